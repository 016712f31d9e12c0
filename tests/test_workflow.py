"""The GitHub workflow that operates the factory: actionlint passes it (built from its Go
module, no network), and it does what docs/scw.md says of it."""

import json
import os
import re
import shutil
import subprocess

import pytest
import yaml

from localscw.toolchain import ToolchainError, build_actionlint
from ops.checkout import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "factory.yml"


@pytest.fixture(scope="module")
def actionlint():
    try:
        return build_actionlint()
    except ToolchainError as error:
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail(f"actionlint required but {error}", pytrace=False)
        pytest.skip(str(error))


def lint(actionlint, root):
    return subprocess.run([str(actionlint), "-color=false"], cwd=root, capture_output=True, text=True)


def test_actionlint_passes_the_workflow_and_its_actions(actionlint):
    result = lint(actionlint, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_a_broken_one(actionlint, tmp_path):
    shutil.copytree(ROOT / ".github", tmp_path / ".github")
    broken = tmp_path / ".github" / "workflows" / "factory.yml"
    broken.write_text(broken.read_text().replace("needs: rollout", "needs: rolout"))
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    result = lint(actionlint, tmp_path)
    assert result.returncode == 1 and 'job "production" needs job "rolout" which does not exist' in result.stdout


@pytest.fixture(scope="module")
def workflow():
    return yaml.safe_load(WORKFLOW.read_text())


def runs(job):
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_it_runs_on_pull_requests_main_and_a_schedule_with_read_only_permissions(workflow):
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) >= {"pull_request", "push", "schedule"} and triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}


def test_a_pull_request_is_tested_and_plans_exactly_the_stacks_it_touches(workflow):
    jobs = workflow["jobs"]
    assert ".ci/run" in runs(jobs["test"]) and "make synth-all" in runs(jobs["test"])
    assert "make --no-print-directory matrix" in runs(jobs["matrix"])
    plan = jobs["plan"]
    assert "github.event.pull_request.head.repo.full_name == github.repository" in plan["if"]  # a fork has no secret
    assert plan["strategy"]["matrix"] == "${{ fromJSON(needs.matrix.outputs.stacks) }}"
    [step] = [step for step in plan["steps"] if "make --no-print-directory plan" in step.get("run", "")]
    assert step["run"] == 'make --no-print-directory plan ENV="$ENV" OUT=plans EVERY="$EVERY" >> "$GITHUB_STEP_SUMMARY"'
    assert step["env"] == {"RICHIE_SITE": "${{ matrix.site }}", "ENV": "${{ matrix.env }}", "EVERY": "${{ matrix.every }}"}
    [upload] = [step for step in plan["steps"] if step.get("uses", "").startswith("actions/upload-artifact")]
    assert upload["with"]["path"] == "plans/"  # the text plans: no binary plan, which holds the state's secrets


def test_main_rolls_out_in_waves_production_behind_its_approval(workflow):
    jobs = workflow["jobs"]
    [step] = [step for step in jobs["rollout"]["steps"] if "make rollout" in step.get("run", "")]
    assert step["run"] == (
        'make rollout BEFORE="$BEFORE" AUTO_APPROVE=1 APPROVAL_OUT=production-approval.json | tee -a "$GITHUB_STEP_SUMMARY"'
    )
    assert step["env"]["BEFORE"] == "${{ inputs.before || 'production' }}"
    production = jobs["production"]
    assert production["environment"] == "production" and production["needs"] == "rollout"
    assert "make rollout FROM=production AUTO_APPROVE=1 APPROVED=production-approval.json" in runs(production)


def test_production_runs_only_when_it_has_changes_its_commit_is_mains_head_and_applies_what_was_approved(workflow):
    jobs = workflow["jobs"]
    rollout, production = jobs["rollout"], jobs["production"]
    assert rollout["outputs"]["production"] == "${{ steps.approval.outputs.production }}"
    assert "needs.rollout.outputs.production == 'true'" in production["if"]
    uploaded = [s for s in rollout["steps"] if s.get("uses", "").startswith("actions/upload-artifact")]
    downloaded = [s for s in production["steps"] if s.get("uses", "").startswith("actions/download-artifact")]
    assert uploaded[0]["with"]["name"] == downloaded[0]["with"]["name"] == "production-approval"
    names = [step.get("name", step.get("uses", "")) for step in production["steps"]]
    head = names.index("only while this run's commit is still main's head")
    assert head < names.index("make rollout, the production wave, exactly the plans approved")
    assert production["steps"][head]["env"]["SHA"] == "${{ github.sha }}"
    # Each queued, never cancelled; a pending production approval never holds up the earlier waves.
    assert jobs["rollout"]["concurrency"]["cancel-in-progress"] is production["concurrency"]["cancel-in-progress"] is False
    assert jobs["rollout"]["concurrency"]["group"] != production["concurrency"]["group"]


def test_the_schedule_raises_the_drift_alarm_and_its_issue(workflow):
    drift = workflow["jobs"]["drift"]
    assert "schedule" in drift["if"] and "make --no-print-directory status JSON=1" in runs(drift) and 'exit "$code"' in runs(drift)
    assert "make --no-print-directory drift-issue STATUS=status.json" in runs(drift)
    # The one job that may write, and only issues.
    writers = {name: job["permissions"] for name, job in workflow["jobs"].items() if "permissions" in job}
    assert writers == {"drift": {"contents": "read", "issues": "write"}}


def test_the_schedule_runs_the_mutation_tester_without_a_key(workflow):
    mutation = workflow["jobs"]["mutation"]
    assert mutation["if"] == "github.event_name == 'schedule'"
    assert "make --no-print-directory mutation" in runs(mutation)
    assert "secrets." not in json.dumps(mutation) and "environment" not in mutation


def test_a_piped_step_fails_when_its_command_does(workflow):
    """`shell: bash` is `bash -eo pipefail` on GitHub's runners (the default shell has no pipefail)."""
    assert workflow["defaults"]["run"]["shell"] == "bash"
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            assert step.get("shell", "bash") == "bash", step


def test_the_schedule_runs_the_fault_scenarios_without_a_key(workflow):
    chaos = workflow["jobs"]["chaos"]
    assert chaos["if"] == "github.event_name == 'schedule'"
    assert "make --no-print-directory chaos" in runs(chaos)
    assert "secrets." not in json.dumps(chaos) and "environment" not in chaos
    assert any(step.get("with", {}).get("go") == "true" for step in chaos["steps"])  # the real provider is built


def test_secrets_reach_env_d_scw_only_never_a_command_line(workflow):
    text = WORKFLOW.read_text()
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            assert "secrets." not in step.get("run", "") and "secrets." not in str(step.get("env", ""))
    assert re.findall(r"\$\{\{ secrets\.(\w+) \}\}", text) and set(re.findall(r"\$\{\{ secrets\.(\w+) \}\}", text)) == {
        "SCW_ACCESS_KEY",
        "SCW_SECRET_KEY",
    }
    action = (ROOT / ".github" / "actions" / "scaleway-key" / "action.yml").read_text()
    assert "umask 077" in action and "> env.d/scw" in action


def test_every_make_target_it_runs_exists(workflow):
    targets = set(re.findall(r"^([a-z][a-z0-9-]*):", (ROOT / "Makefile").read_text(), re.MULTILINE))
    used = set(re.findall(r"make (?:--no-print-directory )?([a-z][a-z0-9-]*)", WORKFLOW.read_text()))
    assert used and used <= targets, used - targets


def test_every_job_has_a_timeout_and_no_checkout_leaves_credentials(workflow):
    for name, job in workflow["jobs"].items():
        assert 0 < job["timeout-minutes"] <= 60, name
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout"):
                assert step["with"]["persist-credentials"] is False, name


def test_a_pull_requests_newer_push_cancels_its_older_plans(workflow):
    concurrency = workflow["jobs"]["plan"]["concurrency"]
    assert concurrency["cancel-in-progress"] is True and "github.event.pull_request.number" in concurrency["group"]
    assert workflow["jobs"]["plan"]["strategy"]["max-parallel"] >= 1


def test_a_dispatch_resumes_or_narrows_a_rollout_from_main_only(workflow):
    inputs = workflow[True]["workflow_dispatch"]["inputs"]
    assert set(inputs) == {"from", "before", "sites"}
    rollout = workflow["jobs"]["rollout"]
    assert "github.ref == 'refs/heads/main'" in rollout["if"] and "workflow_dispatch" in rollout["if"]
    [step] = [step for step in rollout["steps"] if "make rollout" in step.get("run", "")]
    assert step["env"]["FROM"] == "${{ inputs.from }}" and step["env"]["SITES"] == "${{ inputs.sites }}"
    assert workflow["jobs"]["drift"]["if"].split("== ")[-1].strip("'") == "schedule"  # the alarm: the schedule only


def test_every_action_from_elsewhere_is_pinned_to_a_commit_its_tag_named():
    """A tag can be moved to other code; a commit cannot."""
    files = [WORKFLOW, *(ROOT / ".github" / "actions").rglob("action.yml")]
    uses = [line.strip() for path in files for line in path.read_text().splitlines() if line.strip().startswith(("uses:", "- uses:"))]
    remote = [line for line in uses if "./.github/" not in line]
    assert remote
    for line in remote:
        assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line
