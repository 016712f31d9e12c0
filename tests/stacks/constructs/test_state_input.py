"""An input carried over from the stack's state: read, it is the default; unread, Terraform
itself refuses the plan (the oracle here is a real `terraform plan`, no provider needed)."""

import json
import shutil
import subprocess

import pytest
from cdktf import TerraformOutput, TerraformVariableValidationConfig

from ops.checkout import QUIET_CLI
from stacks.constructs.state_input import REVIEW_ONLY, state_input
from tests.helpers import new_stack, synth

NULL_SAFE = TerraformVariableValidationConfig(
    condition="${var.slots == null || alltrue([for slot in (var.slots == null ? [] : var.slots) : can(tonumber(slot))])}",
    error_message="Slots are numbers.",
)


def stack_with(outdir, value):
    stack = new_stack(outdir, "carried")
    slots = state_input(stack, "slots", type="list(string)", value=value, description="slots", validation=[NULL_SAFE])
    TerraformOutput(stack, "slots_output", value=slots.list_value).override_logical_id("slots")
    return synth(stack)


def test_a_read_value_is_the_default_and_cannot_be_null(outdir):
    variable = stack_with(outdir / "read", ["1", "2"])["variable"]["slots"]
    assert (variable["default"], variable["nullable"]) == (["1", "2"], False)
    assert [check["error_message"] for check in variable["validation"]] == ["Slots are numbers."]


def test_an_unread_value_is_null_and_refused_first(outdir):
    variable = stack_with(outdir / "unread", None)["variable"]["slots"]
    assert "default" in variable and variable["default"] is None  # never unset: `cdktf deploy` would prompt
    assert variable["nullable"] is True
    assert [check["error_message"] for check in variable["validation"]] == [REVIEW_ONLY, "Slots are numbers."]


def plan(tmp_path, synthesized, **variables):
    """A real `terraform plan` of the synthesized stack, with a local state."""
    terraform = shutil.which("terraform")
    if terraform is None:
        pytest.skip("terraform is not on PATH")
    synthesized.pop("terraform", None)  # no backend: a local state
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "main.tf.json").write_text(json.dumps(synthesized))
    env = {**QUIET_CLI, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **{f"TF_VAR_{k}": v for k, v in variables.items()}}
    run = [terraform, f"-chdir={tmp_path}"]
    assert subprocess.run([*run, "init", "-input=false"], env=env, capture_output=True).returncode == 0
    return subprocess.run([*run, "plan", "-input=false", "-no-color"], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)


def test_terraform_refuses_to_plan_an_unread_input_with_the_reason(outdir, tmp_path):
    result = plan(tmp_path, stack_with(outdir / "refused", None))
    assert result.returncode == 1
    text = " ".join(result.stderr.replace("│", " ").split())
    assert "for review only" in text and "Export the variables of env.d/scw" in text, result.stderr
    assert text.count("Error:") == 1  # the other checks accept null: one reason


def test_terraform_plans_a_read_input_and_one_given_explicitly(outdir, tmp_path):
    assert plan(tmp_path, stack_with(outdir / "planned", ["1"])).returncode == 0
    given = plan(tmp_path / "given", stack_with(outdir / "given", None), slots='["1", "2"]')
    assert given.returncode == 0, given.stderr
