"""The Scaleway provider, configured without credentials.

Ids come from Terraform variables (`TF_VAR_scw_*` in `env.d/scw`) and credentials from
`SCW_ACCESS_KEY`/`SCW_SECRET_KEY` at apply time, so nothing private is synthesized and
`cdktf synth` works on a machine that has no `env.d/scw`.
"""

from cdktf import TerraformStack, TerraformVariable
from constructs import Construct

from imports.scaleway.provider import ScalewayProvider


def account_variable(stack: TerraformStack, name: str, description: str) -> str:
    """A string input of the stack named exactly `name`, so `TF_VAR_<name>` sets it.

    Declared on the stack itself: a top-level construct id is its Terraform name as is,
    with no logical-id override.
    """
    variable = TerraformVariable(stack, name, type="string", nullable=False, description=description)
    return variable.string_value


class ScalewayAccount(Construct):
    """Provider and project of one stack."""

    def __init__(self, stack: TerraformStack, id: str, *, region: str, zone: str):
        super().__init__(stack, id)
        self.project_id = account_variable(stack, "scw_project_id", "Scaleway project holding the resources (TF_VAR_scw_project_id)")
        self.organization_id = organization_id = account_variable(
            stack, "scw_organization_id", "Scaleway organization of the project (TF_VAR_scw_organization_id)"
        )
        ScalewayProvider(
            self,
            "scaleway",
            region=region,
            zone=zone,
            project_id=self.project_id,
            organization_id=organization_id,
        )
