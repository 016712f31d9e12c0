"""`make rollout`: the waves, their order and gates, what stops them and where to resume.
Terraform and the smoke test are stood in for here; the end-to-end run uses the real ones."""

import json
import subprocess

import pytest

from ops.checkout import OperatorError
from ops.context import Context
from ops.factory import rollout
from ops.factory.fleet import Plan
from ops.scaleway.client import Scaleway
from tests.helpers import site_config


def plan(site_name, env_name, drift="in sync", environments=("staging", "preprod", "production", "demo"), **settings):
    site = site_config(site=site_name, environments=list(environments), **settings)
    env = site.environment(env_name) if env_name else None
    ctx = Context(site=site, env=env, environ={})
    summary = "Plan: 0 to add, 1 to change, 0 to destroy." if drift != "in sync" else ""
    text = f"  # scaleway_object_bucket.media_bucket will be updated in-place\n  ~ resource {{\n      ~ tags = {site_name}/{env_name}\n    }}\n\n{summary}"
    return Plan(ctx, drift, summary, {}, ctx.stack_dir / "p", text)


def test_waves_go_bootstrap_staging_preprod_others_production():
    plans = [plan("alpha", env) for env in ("production", "demo", "preprod", "staging")] + [plan("alpha", None)]
    assert [wave.name for wave in rollout.waves(plans)] == ["bootstrap", "staging", "preprod", "demo", "production"]


def test_a_protected_environment_rolls_out_with_production():
    protected = plan("alpha", "demo", environment_settings={"demo": {"protected": True}})
    assert rollout.wave_of(protected.ctx.env) == "production"


def test_from_and_before_bound_the_waves_by_rank():
    waves = rollout.waves([plan("alpha", env) for env in ("staging", "production", "demo")])
    assert [w.name for w in rollout.within(waves, "demo", None)] == ["demo", "production"]
    assert [w.name for w in rollout.within(waves, None, "production")] == ["staging", "demo"]
    assert [w.name for w in rollout.within(waves, "preprod", None)] == ["demo", "production"]  # a kind every factory ranks
    with pytest.raises(OperatorError, match=r"FROM=qa: no such wave \(the waves are staging, demo, production\)"):
        rollout.within(waves, "qa", None)


@pytest.fixture
def smokes(monkeypatch):
    """The smoke results on record, by stack: the last one's verdict (at the state the stack
    has now); a stack never recorded counts as passed."""
    passes = {}
    monkeypatch.setattr(rollout, "record_smoke", lambda ctx, passed: passes.__setitem__(f"{ctx.site.name}/{ctx.stack}", passed))
    monkeypatch.setattr(rollout, "smoke_passed", lambda ctx: passes.get(f"{ctx.site.name}/{ctx.stack}", True))
    return passes


@pytest.fixture
def stood_in(monkeypatch, smokes):
    """Applies and smoke tests recorded (and failed when told), drift checks answered."""
    done = []
    failing = set()
    later_drift = []

    def terraform(ctx, *args, **kwargs):
        done.append(f"apply {ctx.site.name}/{ctx.stack}")
        return subprocess.CompletedProcess(args, 1 if f"apply {ctx.site.name}/{ctx.stack}" in failing else 0, "Apply complete!\n")

    def smoke(ctx):
        done.append(f"smoke {ctx.site.name}/{ctx.stack}")
        name = f"{ctx.site.name}/{ctx.stack}"
        return rollout.Step(f"smoke test of {name}", name, f"smoke {name}" not in failing, "ok\n")

    monkeypatch.setattr(rollout.tf, "terraform", terraform)
    monkeypatch.setattr(rollout, "after_apply", lambda ctx: 0)
    monkeypatch.setattr(rollout, "smoke", smoke)
    monkeypatch.setattr(rollout, "plan_all", lambda contexts, jobs, *more: later_drift)
    monkeypatch.setenv("AUTO_APPROVE", "1")
    return done, failing, later_drift


FACTORY = [
    plan("alpha", None),
    plan("alpha", "staging", "changes pending"),
    plan("beta", "staging"),
    plan("alpha", "production", "changes pending"),
    plan("beta", "production", "not deployed"),
]


def test_each_wave_applies_its_changes_then_smokes_them(stood_in, capsys):
    done, _, _ = stood_in
    assert rollout.run(FACTORY, None, None, 2) == 0
    # In each wave, its applies (side by side), then its smoke tests (side by side).
    assert done[:2] == ["apply alpha/media-staging", "smoke alpha/media-staging"]
    assert sorted(done[2:4]) == ["apply alpha/media-production", "apply beta/media-production"]
    assert sorted(done[4:]) == ["smoke alpha/media-production", "smoke beta/media-production"]
    out, err = capsys.readouterr()
    titles = [line for line in err.splitlines() if line.startswith("--- ")]
    assert titles[2:] == ["--- production: applying alpha/media-production", "--- production: applying beta/media-production",
                          "--- smoke test of alpha/media-production", "--- smoke test of beta/media-production"]  # fmt: skip
    assert "wave 0, bootstrap: nothing to apply" in out and "Rollout done: 3 stacks applied in 2 waves." in out
    # Every plan's summary and changed resources before the question; those in sync are left out.
    assert (
        "--- plan of alpha/media-staging (staging): Plan: 0 to add, 1 to change, 0 to destroy.\n"
        "      # scaleway_object_bucket.media_bucket will be updated in-place\n"
    ) in out
    assert "tags = alpha/staging" not in out  # the whole plan only with VERBOSE=1
    change = "Plan: 0 to add, 1 to change, 0 to destroy."
    assert (
        "Rollout plan, 3 stacks to apply:\n"
        "  wave 0, bootstrap: nothing to apply\n"
        "  wave 1, staging: 1 stack to apply, then `make smoke` on each\n"
        f"      alpha/media-staging: {change}\n"
        "  wave 2, production: 2 stacks to apply, then `make smoke` on each\n"
        f"      alpha/media-production: {change}\n"
        f"      beta/media-production: {change}\n"
    ) in out
    assert "--- plan of beta/media-staging" not in out and out.index("--- plan of") < out.index("Rollout plan, 3 stacks")


def test_verbose_shows_every_plan_whole(stood_in, capsys, monkeypatch):
    monkeypatch.setenv("VERBOSE", "1")
    assert rollout.run(FACTORY, None, None, 2) == 0
    assert "      ~ tags = alpha/staging\n" in capsys.readouterr().out


def test_waves_keep_their_numbers_when_a_rollout_resumes(stood_in, capsys):
    assert rollout.run(FACTORY, "production", None, 2) == 0
    out = capsys.readouterr().out
    assert "  wave 2, production: 2 stacks to apply, then `make smoke` on every environment of the wave (resumed)\n" in out
    assert "wave 0, bootstrap" not in out and "wave 1, staging" not in out


def test_a_failed_smoke_test_stops_the_rollout_and_says_where_to_resume(stood_in, capsys):
    done, failing, _ = stood_in
    failing.add("smoke alpha/media-staging")
    assert rollout.run(FACTORY, None, None, 2) == 1
    assert done == ["apply alpha/media-staging", "smoke alpha/media-staging"]
    err = capsys.readouterr().err
    assert (
        "Rollout stopped in wave staging: the smoke test of alpha/media-staging failed (above). Fix it, then resume with "
        "`make rollout FROM=staging` (earlier waves are done; that wave is planned again and smoked whole).\n"
    ) in err


def test_a_failed_apply_stops_it_too(stood_in, capsys):
    done, failing, _ = stood_in
    failing.add("apply alpha/media-staging")
    assert rollout.run(FACTORY, None, None, 2) == 1
    assert done == ["apply alpha/media-staging"]
    assert "make rollout FROM=staging" in capsys.readouterr().err


def test_resuming_smokes_the_whole_wave_it_starts_from(stood_in):
    done, _, _ = stood_in
    in_sync = [plan("alpha", "staging"), plan("beta", "staging"), plan("alpha", "production")]
    assert rollout.run(in_sync, "staging", None, 2) == 0
    assert sorted(done) == ["smoke alpha/media-staging", "smoke beta/media-staging"]


def test_production_refuses_to_start_while_an_earlier_wave_drifts(stood_in, capsys):
    done, _, later_drift = stood_in
    later_drift.append(plan("beta", "staging", "changes pending"))
    assert rollout.run(FACTORY, "production", None, 2) == 1
    assert done == []
    assert "Rollout stopped in wave production: earlier waves left drift: beta/media-staging (changes pending)" in capsys.readouterr().err


def test_production_plans_the_earlier_waves_again_and_only_them(stood_in, monkeypatch):
    done, _, _ = stood_in
    asked = []

    def plan_all(contexts, jobs, *more):
        assert jobs == 2  # JOBS at a time, as the rollout's own plans
        asked.extend(f"{ctx.site.name}/{ctx.stack}" for ctx in contexts)
        return [plan("beta", "staging"), plan("alpha", "staging")]  # in sync again: no drift

    monkeypatch.setattr(rollout, "plan_all", plan_all)
    assert rollout.run([*FACTORY, plan("beta", "demo")], "production", None, 2) == 0
    # An environment of another name (`demo`) is a wave of its own, before production: planned too.
    assert sorted(asked) == ["alpha/bootstrap", "alpha/media-staging", "beta/media-demo", "beta/media-staging"]
    assert "apply alpha/media-production" in done


def test_nothing_is_applied_when_a_plan_failed_or_nothing_changed(stood_in, capsys):
    done, _, _ = stood_in
    with pytest.raises(OperatorError, match=r"^1 stack could not be planned \(above\): nothing was applied\.$"):
        rollout.run([*FACTORY, plan("beta", "preprod", "error")], None, None, 2)
    assert "  beta/media-preprod: Plan: 0 to add, 1 to change, 0 to destroy.\n" in capsys.readouterr().err
    assert rollout.run([plan("alpha", "staging")], None, None, 2) == 0
    assert done == [] and "Nothing to roll out" in capsys.readouterr().out


def test_it_asks_first_unless_auto_approved(stood_in, monkeypatch):
    done, _, _ = stood_in
    monkeypatch.delenv("AUTO_APPROVE")
    prompts = []
    for answer in ("no", "YES", ""):
        monkeypatch.setattr("builtins.input", lambda prompt, answer=answer: prompts.append(prompt) or answer)
        with pytest.raises(OperatorError, match=r"^not confirmed: nothing was applied \(AUTO_APPROVE=1 skips the question\)\.$"):
            rollout.run(FACTORY, None, None, 2)
    assert done == []
    assert prompts[0] == "Apply these 3 plans, wave by wave? Type 'yes' to go on: "

    def closed_input(prompt):
        raise EOFError  # no terminal: no answer

    monkeypatch.setattr("builtins.input", closed_input)
    with pytest.raises(OperatorError, match="not confirmed"):
        rollout.run(FACTORY, None, None, 2)
    monkeypatch.setattr("builtins.input", lambda prompt: " yes ")
    assert rollout.run(FACTORY, None, None, 2) == 0
    assert "apply alpha/media-production" in done


def test_before_stops_short_of_its_wave(stood_in, capsys):
    done, _, _ = stood_in
    assert rollout.run(FACTORY, None, "production", 2) == 0
    assert done == ["apply alpha/media-staging", "smoke alpha/media-staging"]
    with pytest.raises(OperatorError, match="BEFORE=prod: no such wave"):
        rollout.run(FACTORY, None, "prod", 2)


def test_other_kinds_roll_out_after_preprod_and_before_production():
    kinds = ("production", "sandbox", "demo", "preprod")
    plans = [plan("alpha", env, environments=kinds) for env in kinds]
    assert [wave.name for wave in rollout.waves(plans)] == ["preprod", "demo", "sandbox", "production"]


def test_the_smoke_test_runs_on_the_environments_key_alone(monkeypatch):
    ran = {}

    def run(command, **kwargs):
        ran.update(command=command, **kwargs)
        return subprocess.CompletedProcess(command, 0, "ok\n")

    outputs = {"edge_service_domain": "x.svc.edge.scw.cloud", "iam_access_key": "SCWENV", "iam_access_secret": "env-secret",
               "bucket_name": "staging-demo-media", "bucket_region": "fr-par", "s3_endpoint_url": "https://s3.fr-par.scw.cloud"}  # fmt: skip
    monkeypatch.setattr(rollout.tf, "outputs", lambda ctx: outputs)
    monkeypatch.setattr(rollout.subprocess, "run", run)
    site = site_config()
    operator = {"SCW_ACCESS_KEY": "SCWOP", "SCW_SECRET_KEY": "op", "AWS_ACCESS_KEY_ID": "SCWOP", "AWS_SECRET_ACCESS_KEY": "op"}
    ctx = Context(site=site, env=site.environment("staging"), environ={"PATH": "/bin", **operator})
    step = rollout.smoke(ctx)
    assert step.passed and step.stack == "demo/media-staging"
    assert ran["command"][-4:] == ["--settings", "-", "--name", "demo/media-staging"]
    assert "DJANGO_AWS_SECRET_ACCESS_KEY=env-secret" in ran["input"]  # on the pipe, never in argv
    assert ran["env"] == {"PATH": "/bin"}


def test_a_wrong_wave_name_stops_before_any_key_or_plan(monkeypatch):
    site = site_config(site="alpha")
    monkeypatch.setattr(rollout, "check_reviewed", lambda root: None)  # this checkout, reviewed
    monkeypatch.setattr(rollout, "factory_stacks", lambda sites: [(site, None), *((site, env) for env in site.environments)])
    monkeypatch.setattr(rollout, "factory_contexts", lambda *args, **kwargs: pytest.fail("the key was checked first"))
    with pytest.raises(OperatorError, match=r"BEFORE=prod: no such wave \(the waves are bootstrap, staging, preprod, production\)"):
        rollout.rollout((), None, "prod", 2)
    with pytest.raises(OperatorError, match=r"^FROM=prod: no such wave"):
        rollout.rollout((), "prod", None, 2)


IN_SYNC = [plan("alpha", None), plan("alpha", "staging"), plan("alpha", "production")]


def test_nothing_to_apply_says_whether_for_the_whole_factory_or_the_waves_chosen(stood_in, capsys):
    done, _, _ = stood_in
    assert rollout.run(IN_SYNC, None, None, 2) == 0
    assert capsys.readouterr().out == "Nothing to roll out: every stack is as committed.\n"
    assert rollout.run(IN_SYNC, None, "production", 2) == 0
    assert capsys.readouterr().out == "Nothing to roll out in these waves: their stacks are as committed.\n"
    assert done == []


def test_resuming_a_wave_with_nothing_to_apply_still_smokes_it_whole(stood_in):
    done, _, _ = stood_in
    assert rollout.run(IN_SYNC, "production", None, 2) == 0
    assert done == ["smoke alpha/media-production"]


def test_the_plans_are_kept_in_a_private_folder_gone_when_the_rollout_ends(monkeypatch):
    """A plan holds the prior state, secrets included."""
    import stat

    seen = []
    monkeypatch.setattr(rollout, "check_reviewed", lambda root: None)  # this checkout, reviewed

    def plan_all(contexts, jobs, plans_in, on_done):
        mode = stat.S_IMODE(plans_in.stat().st_mode)
        (plans_in / "alpha.media-staging.tfplan").write_text("secret")
        seen.append((plans_in, mode))
        raise OperatorError("a failure while planning")

    monkeypatch.setattr(rollout, "factory_stacks", lambda sites: [(site_config(), None)])
    monkeypatch.setattr(rollout, "factory_contexts", lambda stacks, applying: ["context"])
    monkeypatch.setattr(rollout, "refuse_any_unmoved", lambda ctx: None)
    monkeypatch.setattr(rollout, "plan_all", plan_all)
    with pytest.raises(OperatorError, match="a failure while planning"):
        rollout.rollout((), None, None, 2)
    [(folder, mode)] = seen
    assert mode == 0o700 and not folder.exists()


def test_an_error_in_a_step_is_that_steps_failure_shown_and_the_wave_goes_on(stood_in, monkeypatch, capsys):
    """A failed purge or an unreadable output after an apply: shown under its step, the
    other applies of the wave still made, then the rollout stops saying where to resume."""
    done, _, _ = stood_in

    def after_apply(ctx):
        if ctx.site.name == "alpha":
            raise OperatorError("the deploy succeeded but the cache purge failed (timed out); purge it from the console.")
        return 0

    monkeypatch.setattr(rollout, "after_apply", after_apply)
    assert rollout.run(FACTORY, "production", None, 2) == 1
    assert sorted(done) == ["apply alpha/media-production", "apply beta/media-production"]  # the wave went on
    err = capsys.readouterr().err
    assert "--- production: applying alpha/media-production\nerror: the deploy succeeded but the cache purge failed" in err
    assert "Rollout stopped in wave production: the apply of alpha/media-production failed (above)" in err
    assert "`make rollout FROM=production`" in err


def test_each_wave_applies_the_saved_plan_shown_waiting_for_a_lock(stood_in, monkeypatch):
    calls = []
    monkeypatch.setattr(
        rollout.tf, "terraform", lambda ctx, *args, **kwargs: calls.append(args) or subprocess.CompletedProcess(args, 0, "")
    )
    assert rollout.run(FACTORY, None, None, 2) == 0
    planfiles = {str(found.planfile) for found in FACTORY if found.changes}
    assert {args[-1] for args in calls} == planfiles  # exactly the plans shown, nothing re-planned
    assert all(args[:3] == ("apply", "-input=false", rollout.tf.LOCK_WAIT) and "-auto-approve" not in args for args in calls)


def test_every_smoke_result_is_recorded_against_its_stack(stood_in, smokes):
    _, failing, _ = stood_in
    failing.add("smoke alpha/media-staging")
    assert rollout.run(FACTORY, None, None, 2) == 1
    assert smokes == {"alpha/media-staging": False}
    failing.clear()
    assert rollout.run(FACTORY, "staging", None, 2) == 0
    assert smokes == dict.fromkeys(["alpha/media-staging", "beta/media-staging", "alpha/media-production", "beta/media-production"], True)


PRODUCTION_PENDING = [plan("alpha", "staging"), plan("beta", "staging"), plan("alpha", "production", "changes pending")]


@pytest.mark.parametrize("first", [None, "production"])  # a re-run, and CI's production job
def test_production_smokes_again_an_earlier_stack_whose_last_test_failed_and_stops_if_it_fails(stood_in, smokes, capsys, first):
    done, failing, _ = stood_in
    smokes["beta/media-staging"] = False  # failed in an earlier run; staging is in sync since
    failing.add("smoke beta/media-staging")
    assert rollout.run(PRODUCTION_PENDING, first, None, 2) == 1
    assert done == ["smoke beta/media-staging"]  # the others passed at their current state: not smoked again
    assert "Rollout stopped in wave production: the smoke test of beta/media-staging (an earlier wave, as it runs now) failed" in (
        capsys.readouterr().err
    )
    failing.clear()
    assert rollout.run(PRODUCTION_PENDING, first, None, 2) == 0
    assert done[1:] == ["smoke beta/media-staging", "apply alpha/media-production", "smoke alpha/media-production"]
    assert smokes["beta/media-staging"] is True


@pytest.fixture
def digests(monkeypatch):
    """Each plan's digest, by stack (what `terraform show -json` would give), as the test sets it."""
    by_stack = {}
    monkeypatch.setattr(rollout.approval, "digest", lambda found: by_stack.get(f"{found.ctx.site.name}/{found.ctx.stack}", "d0"))
    return by_stack


def test_the_rollout_before_production_records_what_production_will_do(stood_in, digests, tmp_path, capsys):
    done, _, _ = stood_in
    digests["alpha/media-production"] = "a1"
    out = tmp_path / "approval.json"
    assert rollout.run(FACTORY, None, "production", 2, approval_out=out) == 0
    assert not [step for step in done if "production" in step]
    assert json.loads(out.read_text()) == {"alpha/media-production": "a1", "beta/media-production": "d0"}
    printed = capsys.readouterr().out
    assert "--- plan of alpha/media-production (production): Plan: 0 to add, 1 to change, 0 to destroy." in printed
    assert printed.rstrip().endswith(
        f"Production: 2 stacks to apply once approved (the bootstrap's changes with them); their plans' digests are in {out}."
    )


def test_the_bootstraps_changes_wait_for_the_production_approval_then_go_first(stood_in, digests, tmp_path, capsys):
    done, _, _ = stood_in
    factory = [plan("alpha", None, "changes pending"), *FACTORY[1:]]
    out = tmp_path / "approval.json"
    assert rollout.run(factory, None, "production", 2, approval_out=out) == 0
    assert "apply alpha/bootstrap" not in done and done[:2] == ["apply alpha/media-staging", "smoke alpha/media-staging"]
    assert sorted(json.loads(out.read_text())) == ["alpha/media-production", "beta/media-production", "bootstrap"]
    done.clear()
    capsys.readouterr()
    assert rollout.run(factory, "production", None, 2, approved=out) == 0
    assert done[0] == "apply alpha/bootstrap" and sorted(done[1:3]) == ["apply alpha/media-production", "apply beta/media-production"]
    assert "  wave 0, bootstrap: 1 stack to apply\n" in capsys.readouterr().out  # no smoke test: it serves no site


def test_production_applies_only_the_plans_approved(stood_in, digests, tmp_path):
    done, _, _ = stood_in
    approved = tmp_path / "approval.json"
    approved.write_text(json.dumps({"alpha/media-production": "a1", "beta/media-production": "d0"}))
    digests["alpha/media-production"] = "a2"  # its plan changed after the approval
    with pytest.raises(OperatorError, match=r"the plans of alpha/media-production differ from those approved in .*: nothing was applied"):
        rollout.run(FACTORY, "production", None, 2, approved=approved)
    assert done == []
    approved.write_text(json.dumps({"alpha/media-production": "a2"}))  # beta's was never approved
    with pytest.raises(OperatorError, match="the plans of beta/media-production differ"):
        rollout.run(FACTORY, "production", None, 2, approved=approved)
    approved.write_text(json.dumps({"alpha/media-production": "a2", "beta/media-production": "d0"}))
    assert rollout.run(FACTORY, "production", None, 2, approved=approved) == 0
    assert sorted(step for step in done if step.startswith("apply")) == ["apply alpha/media-production", "apply beta/media-production"]


def test_an_approval_goes_with_the_production_wave_only(stood_in, tmp_path):
    with pytest.raises(OperatorError, match=r"^APPROVED= goes with FROM=production: it is the production wave's approval\.$"):
        rollout.run(FACTORY, None, None, 2, approved=tmp_path / "approval.json")
    with pytest.raises(OperatorError, match=r"APPROVED=.*missing.json: cannot read the approved digests"):
        rollout.run(FACTORY, "production", None, 2, approved=tmp_path / "missing.json")


def git(root, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def clone(tmp_path):
    """A clone of a repository whose main holds one commit, pushed."""
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    git(tmp_path, "init", "-q", "-b", "main", str(work))
    (work / "sites").mkdir()
    (work / "sites" / "project.tfvars").write_text('state_bucket = "s"\n')
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "settings")
    git(work, "remote", "add", "origin", str(origin))
    git(work, "push", "-q", "origin", "main")
    return work


def test_main_as_pushed_is_what_a_rollout_applies(clone):
    assert rollout.unreviewed(clone) is None


def test_uncommitted_settings_are_not_rolled_out(clone):
    (clone / "sites" / "project.tfvars").write_text('state_bucket = "t"\n')
    (clone / "sites" / "new").mkdir()
    (clone / "sites" / "new" / "x.tfvars").write_text("")
    assert rollout.unreviewed(clone) == "it has changes git has not committed (2 paths, e.g. sites/project.tfvars)"


def test_a_branch_or_an_unpushed_commit_is_not_rolled_out(clone):
    (clone / "sites" / "project.tfvars").write_text('state_bucket = "t"\n')
    git(clone, "commit", "-q", "-am", "not pushed")
    assert rollout.unreviewed(clone) == "its HEAD is not origin/main (a branch not merged yet, or main not pulled)"
    git(clone, "remote", "remove", "origin")
    assert rollout.unreviewed(clone) == "it has no origin/main to compare HEAD with (push main, or fetch it)"


def test_a_checkout_git_cannot_read_is_not_rolled_out(tmp_path):
    assert rollout.unreviewed(tmp_path) == "it is not a git checkout, so nothing tells that its settings were reviewed"


def test_the_refusal_is_one_line_and_told_otherwise_it_goes_on(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ALLOW_UNREVIEWED", raising=False)
    with pytest.raises(OperatorError, match=r"^refusing to roll out this checkout: it is not a git checkout, .* or set ALLOW_UNREVIEWED=1"):
        rollout.check_reviewed(tmp_path)
    monkeypatch.setenv("ALLOW_UNREVIEWED", "1")
    rollout.check_reviewed(tmp_path)
    assert "note: rolling out this checkout as it is (ALLOW_UNREVIEWED=1): it is not a git checkout" in capsys.readouterr().err


def test_an_unreviewed_checkout_is_refused_before_any_key_is_checked(monkeypatch, tmp_path):
    monkeypatch.delenv("ALLOW_UNREVIEWED", raising=False)
    monkeypatch.setattr(rollout, "ROOT", tmp_path)  # not a git checkout
    monkeypatch.setattr(rollout, "factory_stacks", lambda sites: [])
    monkeypatch.setattr(rollout, "factory_contexts", lambda *args, **kwargs: pytest.fail("the key was checked first"))
    with pytest.raises(OperatorError, match="refusing to roll out this checkout"):
        rollout.rollout((), None, None, 2)


def test_the_rollout_plans_every_stack_with_a_checked_key_then_runs_its_waves(monkeypatch, tmp_path, capsys):
    site = site_config(site="alpha")
    stacks = [(site, None), *((site, env) for env in site.environments)]
    contexts = [Context(site=site, env=env, environ={}) for _, env in stacks]
    asked, planned = [], [plan("alpha", "staging")]
    monkeypatch.setattr(rollout, "check_reviewed", lambda root: asked.append(("reviewed", root)))
    monkeypatch.setattr(rollout, "factory_stacks", lambda sites: asked.append(("stacks", sites)) or stacks)
    monkeypatch.setattr(rollout, "factory_contexts", lambda given, applying: asked.append(("key", given, applying)) or contexts)
    monkeypatch.setattr(rollout, "refuse_any_unmoved", lambda ctx: asked.append(("unmoved", ctx)))
    monkeypatch.setattr(rollout, "progress", lambda total, shown: asked.append(("progress", total)) or "report")

    def plan_all(given, jobs, plans_in, on_done):
        asked.append(("plan", given, jobs, plans_in.is_dir(), on_done))
        return planned

    monkeypatch.setattr(rollout, "plan_all", plan_all)
    monkeypatch.setattr(rollout, "run", lambda *args: asked.append(("run", *args)) or 7)
    approved, out = tmp_path / "approved.json", tmp_path / "out.json"
    assert rollout.rollout(("alpha",), "staging", "production", 3, approved, out) == 7
    assert asked == [
        ("stacks", ("alpha",)),
        ("reviewed", rollout.ROOT),
        # every stack planned (the approval's with the waves'), the key checked for those applied
        ("key", stacks, [stacks[1], stacks[2], stacks[0]]),
        ("unmoved", contexts[0]),
        ("progress", len(contexts)),
        ("plan", contexts, 3, True, "report"),
        ("run", planned, "staging", "production", 3, approved, out),
    ]
    assert capsys.readouterr().err == f"Planning {len(contexts)} stacks, 3 at a time...\n"


def test_a_rollout_plans_only_what_it_applies_or_what_gates_it():
    """So that a deployer's key, which reads only its environments' states, rolls them out."""
    site = site_config(site="alpha")
    bootstrap, staging, preprod, production = (site, None), *((site, env) for env in site.environments)
    every = [bootstrap, staging, preprod, production]
    assert rollout.to_plan(every, "staging", "production", approval=False) == ([staging, preprod], [staging, preprod])
    assert rollout.to_plan(every, None, "production", approval=False) == ([bootstrap, staging, preprod], [bootstrap, staging, preprod])
    # production is gated by the earlier waves' drift and smoke tests: they are planned, not applied
    assert rollout.to_plan(every, "production", None, approval=False) == ([production], every)
    # an approval's plans: the bootstrap's and production's, nothing applied
    assert rollout.to_plan(every, "production", "production", approval=True) == ([], [bootstrap, production])
    assert rollout.to_plan(every, "staging", "preprod", approval=True) == ([staging], [bootstrap, staging, production])


def test_waves_that_hold_no_stack_roll_out_nothing_and_check_no_key(monkeypatch, capsys):
    site = site_config(site="alpha")
    monkeypatch.setattr(rollout, "check_reviewed", lambda root: None)
    monkeypatch.setattr(rollout, "factory_stacks", lambda sites: [(site, None), (site, site.environment("staging"))])
    monkeypatch.setattr(rollout, "factory_contexts", lambda *args, **kwargs: pytest.fail("no key to check"))
    assert rollout.rollout((), "production", "production", 2) == 0
    assert capsys.readouterr().out == "Nothing to roll out in these waves: none of them holds a stack.\n"


def test_an_approval_alone_plans_production_and_the_bootstrap_and_checks_no_right_to_apply(monkeypatch, tmp_path):
    """CI's approval step, with the planner's key: nothing applied, so no key is asked to apply."""
    site = site_config(site="alpha")
    bootstrap, staging, preprod, production = (site, None), *((site, env) for env in site.environments)
    asked = []
    monkeypatch.setattr(rollout, "check_reviewed", lambda root: None)
    monkeypatch.setattr(rollout, "factory_stacks", lambda sites: [bootstrap, staging, preprod, production])
    monkeypatch.setattr(rollout, "factory_contexts", lambda given, applying: asked.append((given, applying)) or ["ctx"])
    monkeypatch.setattr(rollout, "refuse_any_unmoved", lambda ctx: pytest.fail("nothing is applied"))
    monkeypatch.setattr(rollout, "plan_all", lambda *args: [])
    monkeypatch.setattr(rollout, "run", lambda *args: 0)
    assert rollout.rollout(("alpha",), "production", "production", 2, None, tmp_path / "out.json") == 0
    assert asked == [([bootstrap, production], [])]


def test_the_pipelines_a_rollout_creates_are_counted_against_the_edge_plan_before_the_question(stood_in, monkeypatch):
    def creating(site, env, verb):
        found = plan(site, env, "not deployed")
        return Plan(found.ctx, found.drift, found.summary, {}, found.planfile, f"  # scaleway_edge_services_pipeline.cdn_pipeline {verb}\n")

    said = []

    def warn_growth(scaleway, settings, adding, what):
        assert isinstance(scaleway, Scaleway) and scaleway.key == factory[1].ctx.key  # asked with the rollout's key
        assert settings == factory[1].ctx.site.project
        said.append((adding, what))

    monkeypatch.setattr(rollout, "warn_growth", warn_growth)
    monkeypatch.setattr(rollout, "confirmed", lambda count: said.append("asked") or True)
    factory = [
        plan("alpha", None),
        creating("alpha", "staging", "will be created"),
        creating("beta", "staging", "must be replaced"),  # one goes, one comes: no new pipeline
        creating("alpha", "production", "will be created"),
    ]
    assert rollout.run(factory, None, "production", 2) == 0  # production's is not in these waves
    assert said == [(1, "this rollout (alpha/media-staging)"), "asked"]
    said.clear()
    assert rollout.run(factory, None, None, 2) == 0
    assert said == [(2, "this rollout (alpha/media-staging, alpha/media-production)"), "asked"]


def test_an_approval_run_applies_nothing_and_says_so(stood_in, capsys):
    done, _, _ = stood_in
    assert rollout.run(FACTORY, "production", "production", 2) == 0  # FROM and BEFORE production: no wave between
    out = capsys.readouterr().out
    assert "Nothing to roll out in these waves: their stacks are as committed." in out and "Rollout plan" not in out
    assert done == []
