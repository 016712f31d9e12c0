"""Choosing the factory's stacks (SITES=, ENVS=) and reading Terraform's plans of them."""

import json
import subprocess

import pytest

from ops.checkout import OperatorError
from ops.context import Context
from ops.factory import fleet
from tests.helpers import site_config


def sites():
    return (site_config(site="alpha"), site_config(site="beta", environments=["staging", "production", "demo"]))


def chosen(site_names=(), env_names=()):
    return [(site.name, env.name if env else None) for site, env in fleet.selected(sites(), site_names, env_names)]


def test_everything_is_the_bootstrap_then_every_site_environment_by_environment():
    assert chosen() == [
        ("alpha", None),
        ("alpha", "staging"),
        ("alpha", "preprod"),
        ("alpha", "production"),
        ("beta", "staging"),
        ("beta", "production"),
        ("beta", "demo"),
    ]


def test_sites_and_environments_narrow_it_and_leave_the_bootstrap_out():
    assert chosen(["beta"]) == [("beta", "staging"), ("beta", "production"), ("beta", "demo")]
    assert chosen(env_names=["production"]) == [("alpha", "production"), ("beta", "production")]
    assert chosen(["alpha"], ["bootstrap", "staging"]) == [("alpha", None), ("alpha", "staging")]


def test_an_unknown_name_is_one_line_naming_the_known_ones():
    with pytest.raises(OperatorError, match=r"SITES=gamma: no such site \(the sites are alpha, beta\)"):
        chosen(["gamma"])
    with pytest.raises(OperatorError, match=r"ENVS=demo: no selected site declares it"):
        chosen(["alpha"], ["demo"])


def test_names_are_separated_by_commas_or_spaces():
    assert fleet.names("alpha, beta gamma,") == ("alpha", "beta", "gamma")
    assert fleet.names(None) == ()


def test_each_site_has_a_folder_of_its_own():
    site = site_config(site="alpha")
    ctx = Context(site=site, env=site.environment("staging"), environ={}, outdir=fleet.FACTORY_DIR / "alpha")
    assert ctx.stack_dir == ctx.root / "cdktf.out" / "factory" / "alpha" / "stacks" / "media-staging"
    assert fleet.label(ctx) == "alpha/media-staging"


@pytest.fixture
def planned(tmp_path):
    """A stack prepared with its state's outputs, and a `terraform` answering `plan` as told."""

    def run(plan_exit: int, plan_stdout: str = "", outputs: str = "{}", plan_stderr: str = ""):
        binary = tmp_path / "terraform"
        (tmp_path / "plan.out").write_text(plan_stdout)
        (tmp_path / "plan.err").write_text(plan_stderr)
        binary.write_text(
            "#!/bin/sh\n"
            f'case "$2" in plan) echo "$@" > {tmp_path}/plan.args; cat {tmp_path}/plan.out; cat {tmp_path}/plan.err >&2; exit {plan_exit};; esac\n'
        )
        binary.chmod(0o755)
        site = site_config()
        ctx = Context(site=site, env=site.environment("staging"), environ={"PATH": "/usr/bin:/bin"}, terraform=str(binary), root=tmp_path)
        found = fleet.plan(fleet.Prepared(ctx, json.loads(outputs)))
        return found, (tmp_path / "plan.args").read_text() if (tmp_path / "plan.args").exists() else ""

    return run


def test_a_plan_never_takes_the_lock_and_reads_its_exit_code(planned):
    found, args = planned(0, "No changes. Your infrastructure matches the configuration.\n", '{"bucket_name": "b"}')
    assert (found.drift, found.summary) == ("in sync", "No changes. Your infrastructure matches the configuration.")
    assert "-lock=false" in args.split() and "-detailed-exitcode" in args.split()
    found, _ = planned(2, "Changes to Outputs:\nPlan: 0 to add, 1 to change, 0 to destroy.\n", '{"bucket_name": "b"}')
    assert (found.drift, found.summary, found.changes) == ("changes pending", "Plan: 0 to add, 1 to change, 0 to destroy.", True)


def test_a_plan_keeps_what_terraform_will_do_without_its_refreshes(planned):
    stdout = (
        "scaleway_object_bucket.media_bucket: Refreshing state... [id=fr-par/b]\n"
        "data.terraform_remote_state.x: Reading...\n"
        "data.terraform_remote_state.x: Read complete after 0s\n"
        "\n"
        "  # scaleway_object_bucket.media_bucket will be updated in-place\n"
        "Plan: 0 to add, 1 to change, 0 to destroy.\n"
    )
    found, _ = planned(2, stdout, '{"bucket_name": "b"}')
    assert found.text == "  # scaleway_object_bucket.media_bucket will be updated in-place\nPlan: 0 to add, 1 to change, 0 to destroy."


def test_a_stack_without_state_is_not_deployed(planned):
    found, _ = planned(2, "Plan: 12 to add, 0 to change, 0 to destroy.\n")
    assert (found.drift, found.changes) == ("not deployed", True)


def test_a_failed_plan_is_terraforms_error_line(planned):
    found, _ = planned(1, plan_stderr="╷\n│ Error: reading bucket: AccessDenied\n│\n╵\n", outputs='{"x": 1}')
    assert (found.drift, found.summary, found.changes) == ("error", "`terraform plan` failed: Error: reading bucket: AccessDenied", False)


def test_terraforms_hint_to_apply_the_saved_plan_by_hand_is_left_out(planned):
    stdout = (
        "  # scaleway_object_bucket.media_bucket will be updated in-place\n"
        "Plan: 0 to add, 1 to change, 0 to destroy.\n\n"
        "─────────────────────────────────────────────────────────────\n\n"
        "Saved the plan to: rollout.tfplan\n\nTo perform exactly these actions, run the following command to apply:\n"
        '    terraform apply "rollout.tfplan"\n'
    )
    found, _ = planned(2, stdout, '{"bucket_name": "b"}')
    assert "terraform apply" not in found.text and "Saved the plan" not in found.text
    assert found.changed_resources == ["# scaleway_object_bucket.media_bucket will be updated in-place"]


def test_the_bucket_adds_feature_environments_and_names_states_no_settings_declare(monkeypatch):
    alpha = site_config(site="alpha", environments=["staging"], environment_settings={})
    contexts = [Context(site=alpha, env=None, environ={}), Context(site=alpha, env=alpha.environment("staging"), environ={})]
    keys = [
        "bootstrap.tfstate",
        "env:/staging/alpha.tfstate",  # declared
        "env:/feature-x/alpha.tfstate",  # a throwaway one: planned
        "env:/preprod/alpha.tfstate",  # removed from alpha's settings
        "env:/production/gone.tfstate",  # a removed site's
        "env:/staging/old.tfstate",  # a removed adopted site's (workspace layout)
        "notes.txt",
    ]
    monkeypatch.setattr(fleet, "state_keys", lambda project, environ: keys)
    planned, undeclared = fleet.with_bucket_states(contexts)
    assert [ctx.stack for ctx in planned] == ["bootstrap", "media-staging", "media-feature-x"]
    assert [(u.site, u.environment) for u in undeclared] == [("alpha", "preprod"), ("gone", "production"), ("old", "staging")]
    _, narrowed = fleet.with_bucket_states(contexts, removed_sites=False)  # SITES= asked about alpha alone
    assert [(u.site, u.environment) for u in narrowed] == [("alpha", "preprod")]


def machine_lines(*messages):
    return "".join(json.dumps(message) + "\n" for message in messages)


def change(kind, address, action):
    return {"type": kind, "change": {"resource": {"addr": address}, "action": action}}


SUMMARY = {"type": "change_summary", "changes": {"add": 0, "change": 1, "import": 0, "remove": 0, "operation": "plan"}}
BUCKET = "scaleway_object_bucket.media_bucket"


@pytest.fixture
def prepared():
    site = site_config()
    ctx = Context(site=site, env=site.environment("staging"), environ={})
    return lambda outputs: fleet.Prepared(ctx, outputs)


def test_a_change_the_settings_make_is_pending(prepared):
    result = subprocess.CompletedProcess([], 2, machine_lines({"type": "version"}, change("planned_change", BUCKET, "update"), SUMMARY))
    found = fleet.machine_plan(prepared({"bucket_name": "b"}), result)
    assert (found.drift, found.summary) == ("changes pending", "Plan: 0 to add, 1 to change, 0 to destroy.")
    assert found.changed_resources == [f"# {BUCKET} will be updated in-place"]


def test_a_resource_changed_outside_terraform_that_the_plan_changes_back_is_drift(prepared):
    lines = machine_lines(change("resource_drift", BUCKET, "update"), change("planned_change", BUCKET, "update"), SUMMARY)
    found = fleet.machine_plan(prepared({"bucket_name": "b"}), subprocess.CompletedProcess([], 2, lines))
    assert (found.drift, found.summary) == ("drifted", f"changed outside Terraform: {BUCKET}; Plan: 0 to add, 1 to change, 0 to destroy.")


def test_a_drift_the_plan_leaves_alone_is_no_drift(prepared):
    lines = machine_lines(
        change("resource_drift", "scaleway_iam_api_key.app_api_key", "update"), change("planned_change", BUCKET, "update")
    )
    assert fleet.machine_plan(prepared({"bucket_name": "b"}), subprocess.CompletedProcess([], 2, lines)).drift == "changes pending"
    quiet = machine_lines(change("resource_drift", BUCKET, "update"))
    assert fleet.machine_plan(prepared({"bucket_name": "b"}), subprocess.CompletedProcess([], 0, quiet)).drift == "in sync"


def test_a_machine_plan_without_state_is_not_deployed_and_an_error_is_its_summary(prepared):
    lines = machine_lines(change("planned_change", BUCKET, "create"), change("resource_drift", BUCKET, "update"))
    assert fleet.machine_plan(prepared({}), subprocess.CompletedProcess([], 2, lines)).drift == "not deployed"
    failed = machine_lines({"type": "diagnostic", "diagnostic": {"severity": "error", "summary": "reading bucket: AccessDenied"}})
    found = fleet.machine_plan(prepared({}), subprocess.CompletedProcess([], 1, failed, "noise"))
    assert (found.drift, found.summary) == ("error", "`terraform plan` failed: Error: reading bucket: AccessDenied")


def test_the_key_is_checked_for_the_stacks_applied_only_and_every_stack_planned_gets_it(monkeypatch):
    """A deployer's rollout: its right to apply is asked for the environments it applies,
    not for those it only plans; the state guard only when an applied site adopts legacy state."""
    legacy, fresh = site_config(site="alpha", legacy_state=True), site_config(site="beta")
    stacks = [(fresh, None), (fresh, fresh.environment("staging")), (legacy, legacy.environment("production"))]
    asked = []
    monkeypatch.setattr(
        fleet, "checked_environment", lambda site, writes, envs: asked.append((site.name, writes, envs)) or ("tf", {"K": "v"})
    )
    monkeypatch.setattr(fleet, "check_state_closed", lambda project, environ: asked.append("guard"))
    contexts = fleet.factory_contexts(stacks, applying=[stacks[1]])
    assert asked == [("beta", True, {"staging"})]
    assert [(ctx.site.name, ctx.env.name if ctx.env else None, ctx.terraform, ctx.environ["K"]) for ctx in contexts] == [
        ("beta", None, "tf", "v"),
        ("beta", "staging", "tf", "v"),
        ("alpha", "production", "tf", "v"),
    ]
    asked.clear()
    fleet.factory_contexts(stacks, applying=[stacks[0], stacks[2]])
    assert asked == [("beta", True, {None, "production"}), "guard"]
    asked.clear()
    fleet.factory_contexts(stacks)  # planning only: no right to apply asked
    assert asked == [("beta", False, set())]
