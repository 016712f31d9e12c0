"""The GitHub workflow that operates the factory: actionlint passes it (built from its Go
module, no network), and it does what docs/scw.md says of it: which jobs run on which event,
in which order, behind which gate, holding which key (a model of GitHub's rules for `if`
and `needs`, `jobs_run`), and what each runs."""

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
    assert plan["strategy"]["matrix"] == "${{ fromJSON(needs.matrix.outputs.stacks) }}"
    [step] = [step for step in plan["steps"] if "make --no-print-directory plan" in step.get("run", "")]
    assert step["run"] == 'make --no-print-directory plan ENV="$ENV" OUT=plans EVERY="$EVERY" >> "$GITHUB_STEP_SUMMARY"'
    assert step["env"] == {"RICHIE_SITE": "${{ matrix.site }}", "ENV": "${{ matrix.env }}", "EVERY": "${{ matrix.every }}"}
    [upload] = [step for step in plan["steps"] if step.get("uses", "").startswith("actions/upload-artifact")]
    assert upload["with"]["path"] == "plans/"  # the text plans: no binary plan, which holds the state's secrets


def test_main_rolls_out_in_waves_production_behind_its_approval(workflow):
    jobs = workflow["jobs"]
    steps = jobs["rollout"]["steps"]
    [waves, approval] = [step for step in steps if "make rollout" in step.get("run", "")]
    assert waves["run"] == 'make rollout FROM="$FROM" BEFORE="$BEFORE" AUTO_APPROVE=1 | tee -a "$GITHUB_STEP_SUMMARY"'
    assert waves["env"]["BEFORE"] == "${{ inputs.before || 'production' }}"
    assert waves["env"]["FROM"] == "${{ inputs.from || 'staging' }}"  # never the bootstrap: a deployer's key may not apply it
    assert approval["run"] == (
        'make rollout FROM=production BEFORE=production APPROVAL_OUT=cdktf.out/production-approval.json | tee -a "$GITHUB_STEP_SUMMARY"'
    )
    # The approval's plans are made with the planner's key, written after the waves are rolled out.
    keys = [step["with"]["access-key"] for step in steps if step.get("uses") == "./.github/actions/scaleway-key"]
    assert keys == ["${{ secrets.SCW_ACCESS_KEY }}", "${{ secrets.SCW_PLANNER_ACCESS_KEY }}"]
    assert (
        steps.index(waves)
        < [i for i, step in enumerate(steps) if step.get("uses") == "./.github/actions/scaleway-key"][1]
        < steps.index(approval)
    )
    production = jobs["production"]
    assert production["environment"] == "production" and production["needs"] == "rollout"
    assert "make rollout FROM=production AUTO_APPROVE=1 APPROVED=cdktf.out/production-approval.json" in runs(production)


def test_production_runs_only_when_it_has_changes_its_commit_is_mains_head_and_applies_what_was_approved(workflow):
    jobs = workflow["jobs"]
    rollout, production = jobs["rollout"], jobs["production"]
    assert rollout["outputs"]["production"] == "${{ steps.approval.outputs.production }}"
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
    assert "make --no-print-directory status JSON=1" in runs(drift) and 'exit "$code"' in runs(drift)
    assert "make --no-print-directory drift-issue STATUS=status.json" in runs(drift)
    # The one job that may write, and only issues.
    writers = {name: job["permissions"] for name, job in workflow["jobs"].items() if "permissions" in job}
    assert writers == {"drift": {"contents": "read", "issues": "write"}}


def test_the_schedule_runs_the_mutation_tester_without_a_key(workflow):
    mutation = workflow["jobs"]["mutation"]
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
        "SCW_PLANNER_ACCESS_KEY",  # the rollout job's second key, for production's plans
        "SCW_PLANNER_SECRET_KEY",
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
    [step, approval] = [step for step in rollout["steps"] if "make rollout" in step.get("run", "")]
    assert step["env"]["FROM"] == "${{ inputs.from || 'staging' }}" and step["env"]["SITES"] == "${{ inputs.sites }}"
    assert approval["env"]["SITES"] == "${{ inputs.sites }}"


def test_every_action_from_elsewhere_is_pinned_to_a_commit_its_tag_named():
    """A tag can be moved to other code; a commit cannot."""
    files = [WORKFLOW, *(ROOT / ".github" / "actions").rglob("action.yml")]
    uses = [line.strip() for path in files for line in path.read_text().splitlines() if line.strip().startswith(("uses:", "- uses:"))]
    remote = [line for line in uses if "./.github/" not in line]
    assert remote
    for line in remote:
        assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


# -- What runs when: the workflow's jobs, their gates and order, as GitHub would run them ---------


NAME = re.compile(r"\b(?:github|inputs|needs)(?:\.[A-Za-z_][\w-]*)+")


def condition(expression, context):
    """A job's `if`, evaluated as GitHub does for the operators this workflow uses (`==`, `&&`,
    `||`, parentheses, `null`, `always()`), names looked up in `context` (missing: null)."""
    python = NAME.sub(lambda name: repr(context.get(name.group(0))), expression)
    python = python.replace("&&", " and ").replace("||", " or ").replace("always()", "True").replace("null", "None")
    return bool(eval(python, {"__builtins__": {}}))  # the workflow's own expressions, translated above


def jobs_run(workflow, event, *, ref="refs/heads/main", inputs=None, fork=False, failed=(), outputs=None):
    """The jobs that run for `event`, in an order their `needs` allow: a job runs when its
    `if` holds and every job it needs succeeded (unless its `if` calls `always()`); `failed`
    jobs fail when they run; `outputs` are the jobs' outputs, by `needs.<job>.outputs.<name>`."""
    triggers = workflow.get("on") or workflow[True]  # YAML 1.1 reads `on` as true
    if event not in triggers or (event == "push" and ref.removeprefix("refs/heads/") not in triggers["push"]["branches"]):
        return []
    context = {
        "github.event_name": event,
        "github.ref": ref,
        "github.repository": "openfun/richie-media",
        "github.event.pull_request.head.repo.full_name": "someone/richie-media" if fork else "openfun/richie-media",
        **{f"inputs.{name}": value for name, value in (inputs or {}).items()},
        **(outputs or {}),
    }
    results, order = {}, []
    pending = dict(workflow["jobs"])
    while pending:
        ready = [name for name, job in pending.items() if all(need in results for need in needed(job))]
        assert ready, f"a cycle in needs: {sorted(pending)}"
        for name in ready:
            job = pending.pop(name)
            expression = job.get("if", "success()")
            needs_met = all(results[need] == "success" for need in needed(job)) or "always()" in expression
            context.update({f"needs.{need}.result": results[need] for need in needed(job)})
            runs_now = needs_met and (expression == "success()" or condition(expression, context))
            results[name] = ("failure" if name in failed else "success") if runs_now else "skipped"
            if runs_now:
                order.append(name)
    return order


def needed(job):
    needs = job.get("needs", [])
    return [needs] if isinstance(needs, str) else list(needs)


PLANNED = {"needs.matrix.outputs.any": "true"}
PRODUCTION_CHANGES = {"needs.rollout.outputs.production": "true"}


def test_a_pull_request_is_tested_and_planned_and_nothing_is_applied(workflow):
    assert jobs_run(workflow, "pull_request", ref="refs/pull/7/merge", outputs=PLANNED) == ["test", "matrix", "plan"]
    assert jobs_run(workflow, "pull_request", ref="refs/pull/7/merge", outputs={"needs.matrix.outputs.any": "false"}) == ["test", "matrix"]


def test_a_forks_pull_request_is_tested_never_planned_with_a_key(workflow):
    assert jobs_run(workflow, "pull_request", ref="refs/pull/7/merge", fork=True, outputs=PLANNED) == ["test", "matrix"]


def test_main_rolls_out_then_production_only_with_changes_to_apply(workflow):
    assert jobs_run(workflow, "push", outputs=PRODUCTION_CHANGES) == ["test", "rollout", "production"]
    assert jobs_run(workflow, "push", outputs={"needs.rollout.outputs.production": "false"}) == ["test", "rollout"]  # docs only
    assert jobs_run(workflow, "push", ref="refs/heads/feature", outputs=PRODUCTION_CHANGES) == []


def test_failed_tests_stop_the_rollout_and_a_failed_rollout_stops_production(workflow):
    assert jobs_run(workflow, "push", failed={"test"}, outputs=PRODUCTION_CHANGES) == ["test"]
    assert jobs_run(workflow, "push", failed={"rollout"}, outputs=PRODUCTION_CHANGES) == ["test", "rollout"]


def test_a_dispatch_rolls_out_from_main_only_and_stops_before_production_when_asked(workflow):
    inputs = {"from": "", "before": "", "sites": ""}
    assert jobs_run(workflow, "workflow_dispatch", inputs=inputs, outputs=PRODUCTION_CHANGES) == ["rollout", "production"]
    stopped = {**inputs, "before": "production"}
    assert jobs_run(workflow, "workflow_dispatch", inputs=stopped, outputs=PRODUCTION_CHANGES) == ["rollout"]
    assert jobs_run(workflow, "workflow_dispatch", ref="refs/heads/feature", inputs=inputs, outputs=PRODUCTION_CHANGES) == []


def test_the_schedule_runs_the_alarms_and_the_slow_proofs_only(workflow):
    assert sorted(jobs_run(workflow, "schedule", outputs=PRODUCTION_CHANGES)) == ["chaos", "drift", "mutation"]


def test_only_jobs_behind_an_environment_hold_a_key_and_none_applies_a_pull_requests_code(workflow):
    holders = {name for name, job in workflow["jobs"].items() if "secrets." in json.dumps(job)}
    assert holders == {"plan", "rollout", "production", "drift"}
    assert all(workflow["jobs"][name].get("environment") for name in holders)
    on_pull_requests = set(jobs_run(workflow, "pull_request", ref="refs/pull/7/merge", outputs=PLANNED))
    assert on_pull_requests & holders == {"plan"} and workflow["jobs"]["plan"]["environment"] == "plan"
    assert "make rollout" not in runs(workflow["jobs"]["plan"]) and "apply" not in runs(workflow["jobs"]["plan"])


def test_node_is_the_lts_named_once_in_nvmrc_which_ci_and_package_json_follow():
    major = (ROOT / ".nvmrc").read_text().strip()
    setup = yaml.safe_load((ROOT / ".github" / "actions" / "setup" / "action.yml").read_text())
    node = next(step["with"] for step in setup["runs"]["steps"] if step.get("uses", "").startswith("actions/setup-node@"))
    engines = json.loads((ROOT / "package.json").read_text())["engines"]["node"]
    lock = json.loads((ROOT / "package-lock.json").read_text())["packages"][""]["engines"]["node"]
    assert major == "22" and node == {"node-version-file": ".nvmrc", "cache": "npm"}
    assert engines == lock == f">={major}"
    assert f"Node.js {major} LTS" in (ROOT / "README.md").read_text()
