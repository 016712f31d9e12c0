"""An input a stack carries over from its own state (`stacks.contract.StateInputs`).

Its default is the value the synthesis read from the state. A synthesis that could not
read the state makes it null (never left unset: `cdktf deploy` runs `terraform apply`
without `-input=false`, which would prompt for it), and its plan stops on the validation
below rather than falling back on some value: for the API keys' slots, any other value
would replace the key the running site holds.
"""

from collections.abc import Sequence
from typing import Any

from cdktf import TerraformStack, TerraformVariable, TerraformVariableValidationConfig, Token

REVIEW_ONLY = (
    "This stack was synthesized without reading its state (no credentials for the state bucket, or no access to it): "
    "it is for review only. Export the variables of env.d/scw and synthesize again (cdktf deploy and the make targets do)."
)


def state_input(
    stack: TerraformStack,
    name: str,
    *,
    type: str,
    value: Any,
    description: str,
    validation: Sequence[TerraformVariableValidationConfig] = (),
) -> TerraformVariable:
    """The stack's variable `name` (`TF_VAR_<name>` sets it), defaulting to `value`, the
    state's; `None` when the state could not be read. `validation` must accept null."""
    unread = value is None
    checks = list(validation)
    if unread:
        checks.insert(0, TerraformVariableValidationConfig(condition=f"${{var.{name} != null}}", error_message=REVIEW_ONLY))
    variable = TerraformVariable(
        stack,
        f"{name}_input",
        type=type,
        default=Token.null_value() if unread else value,
        nullable=unread,
        description=description,
        validation=checks or None,
    )
    variable.override_logical_id(name)  # an output may carry the same name
    return variable
