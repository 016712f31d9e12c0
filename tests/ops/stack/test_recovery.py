"""A stale lock and a state Terraform could not save: shown, kept, and put right only after asking.

Real Terraform is the oracle of the lock's format and of `state push` (tests/e2e/test_faults.py);
these pin the commands' own decisions."""

import json
import subprocess

import pytest

from ops.checkout import OperatorError, shown
from ops.context import Context
from ops.stack import around_apply, recovery
from ops.stack import terraform as tf
from tests.helpers import site_config

# Lock info as Terraform's S3 backend writes it (statemgr.LockInfo).
LOCK = {
    "ID": "0b9f5a47-51a6-4c5f-8a3e-27e7c0c1c0de",
    "Operation": "OperationTypeApply",
    "Info": "",
    "Who": "runner@ci-42",
    "Version": "1.11.4",
    "Created": "2026-12-06T10:00:00.123456Z",
    "Path": "state/env:/staging/demo.tfstate",
}
STATE = {"version": 4, "lineage": "lineage-a", "serial": 7, "outputs": {}, "resources": []}


@pytest.fixture
def ctx(tmp_path):
    site = site_config()
    return Context(site=site, env=site.environment("staging"), environ={}, root=tmp_path)


def test_a_lock_is_read_beside_its_state_and_said_in_one_line(ctx, project_bucket):
    admin, name = project_bucket
    assert recovery.lock_of(ctx) is None
    admin.put_object(Bucket=name, Key="env:/staging/demo.tfstate.tflock", Body=json.dumps(LOCK).encode())
    lock = recovery.lock_of(ctx)
    assert lock == recovery.Lock(LOCK["ID"], "runner@ci-42", "2026-12-06T10:00:00.123456Z", "OperationTypeApply")
    assert recovery.lock_warning(ctx, lock) == (
        "warning: media-staging's state is locked by runner@ci-42 since 2026-12-06T10:00:00.123456Z "
        f"(apply, lock id {LOCK['ID']}): an apply under way holds it, or a killed one left it. "
        "If none runs any more, `RICHIE_SITE=demo make unlock ENV=staging` clears it."
    )


def test_a_lock_object_that_is_not_terraforms_is_one_line():
    with pytest.raises(OperatorError, match="not Terraform's lock info"):
        recovery.Lock.parse(b'{"who": "me"}')


def test_every_command_on_a_locked_stack_warns_first(ctx, monkeypatch, capsys):
    lock = recovery.Lock.parse(json.dumps(LOCK).encode())
    monkeypatch.setattr(around_apply, "lock_of", lambda ctx: lock)
    monkeypatch.setattr(around_apply, "read_stack", lambda ctx: (ctx, {}))
    around_apply.with_state_inputs(ctx)
    assert recovery.lock_warning(ctx, lock) in capsys.readouterr().err


@pytest.fixture
def terraform_calls(monkeypatch):
    calls = []
    monkeypatch.setattr(tf, "prepared", lambda ctx: ctx)
    monkeypatch.setattr(tf, "terraform", lambda ctx, *args, **kwargs: calls.append(args) or subprocess.CompletedProcess(args, 0, "", ""))
    return calls


def answering(monkeypatch, answer):
    """`input()` answering `answer` (EOFError for None, as without a terminal); the prompts asked."""
    prompts = []

    def ask(prompt):
        prompts.append(prompt)
        if answer is None:
            raise EOFError
        return answer

    monkeypatch.setattr("builtins.input", ask)
    return prompts


def test_unlock_asks_for_the_environment_then_forces_that_lock_only(ctx, project_bucket, terraform_calls, monkeypatch, capsys):
    admin, name = project_bucket
    admin.put_object(Bucket=name, Key="env:/staging/demo.tfstate.tflock", Body=json.dumps(LOCK).encode())
    monkeypatch.setenv("AUTO_APPROVE", "1")  # never skips this question
    for wrong in ("production", None):
        prompts = answering(monkeypatch, wrong)
        with pytest.raises(OperatorError, match=r"^not confirmed: media-staging was left as it is\.$"):
            recovery.unlock(ctx)
    assert terraform_calls == []
    assert prompts == [
        "Clear it? Only if no apply of media-staging runs any more (a CI job, a colleague's deploy): one would then write over "
        "the other. Type 'staging' to confirm: "
    ]
    answering(monkeypatch, " staging \n")
    capsys.readouterr()
    assert recovery.unlock(ctx) == 0
    assert terraform_calls == [("force-unlock", "-force", LOCK["ID"])]
    assert capsys.readouterr().err == (
        f"media-staging's state is locked by runner@ci-42 since 2026-12-06T10:00:00.123456Z (apply, lock id {LOCK['ID']}).\n"
        f"Cleared the lock {LOCK['ID']} of media-staging's state.\n"
    )


def test_a_failed_force_unlock_is_one_line(ctx, project_bucket, monkeypatch):
    admin, name = project_bucket
    admin.put_object(Bucket=name, Key="env:/staging/demo.tfstate.tflock", Body=json.dumps(LOCK).encode())
    answering(monkeypatch, "staging")
    monkeypatch.setattr(tf, "prepared", lambda ctx: ctx)
    monkeypatch.setattr(
        tf, "terraform", lambda ctx, *args, **kwargs: subprocess.CompletedProcess(args, 1, "", "│ Error: Failed to unlock state\n")
    )
    with pytest.raises(OperatorError, match=r"^`terraform force-unlock` of media-staging failed: Error: Failed to unlock state$"):
        recovery.unlock(ctx)


def test_lock_info_without_its_optional_fields_reads_unknown():
    lock = recovery.Lock.parse(json.dumps({"ID": "x"}).encode())
    assert lock == recovery.Lock("x", "?", "?", "?") and lock.describe() == "locked by ? since ? (?, lock id x)"


def test_unlock_of_an_unlocked_state_does_nothing(ctx, project_bucket, terraform_calls, capsys):
    assert recovery.unlock(ctx) == 0
    assert terraform_calls == [] and "is not locked" in capsys.readouterr().err


def test_a_state_terraform_could_not_save_is_kept_privately_and_blocks_the_stack(ctx, capsys):
    ctx.stack_dir.mkdir(parents=True)
    (ctx.stack_dir / "errored.tfstate").write_text(json.dumps(STATE))
    recovery.after_failed_apply(ctx)
    kept = ctx.root / "env.d/unsaved-states/demo/media-staging.tfstate"
    assert json.loads(kept.read_text()) == STATE and kept.stat().st_mode & 0o777 == 0o600
    assert not (ctx.stack_dir / "errored.tfstate").exists()
    assert "`RICHIE_SITE=demo make state-push ENV=staging` puts it back" in capsys.readouterr().err
    with pytest.raises(
        OperatorError, match=r"kept in .*unsaved-states/demo/media-staging.tfstate: `RICHIE_SITE=demo make state-push ENV=staging`"
    ):
        around_apply.with_state_inputs(ctx)


def test_a_failed_apply_whose_state_was_saved_says_to_deploy_again(ctx, capsys):
    recovery.after_failed_apply(ctx)
    assert capsys.readouterr().err == (
        "error: the apply of media-staging failed (Terraform's message above); its state holds what it made: "
        "`RICHIE_SITE=demo make deploy ENV=staging` again goes on from there.\n"
    )
    assert not recovery.unsaved_state(ctx).exists()


@pytest.mark.parametrize(
    ("current", "problem"),
    [
        (None, None),
        ({**STATE, "serial": 6}, None),
        ({**STATE, "serial": 7}, "the bucket's state (serial 7) is as new as kept (serial 7) or newer"),
        ({**STATE, "serial": 9}, "the bucket's state (serial 9) is as new as kept (serial 7) or newer"),
        ({**STATE, "lineage": "lineage-b", "serial": 1}, "kept belongs to another state (lineage lineage-a; the bucket's is lineage-b)"),
    ],
)
def test_a_push_needs_the_same_lineage_and_a_newer_serial(current, problem):
    assert recovery.push_problem(STATE, current, "kept") == problem


def test_state_push_asks_then_pushes_the_kept_state_and_removes_it(ctx, project_bucket, terraform_calls, monkeypatch, capsys):
    admin, name = project_bucket
    admin.put_object(Bucket=name, Key="env:/staging/demo.tfstate", Body=json.dumps({**STATE, "serial": 3}).encode())
    kept = recovery.unsaved_state(ctx)
    kept.parent.mkdir(parents=True)
    kept.write_text(json.dumps(STATE))
    prompts = answering(monkeypatch, "")
    with pytest.raises(OperatorError, match="not confirmed"):
        recovery.state_push(ctx)
    assert kept.exists() and terraform_calls == []
    where = str(shown(kept))
    assert prompts == [f"Put {where} (serial 7) back as media-staging's state? Type 'staging' to confirm: "]
    answering(monkeypatch, "staging")
    capsys.readouterr()
    assert recovery.state_push(ctx) == 0
    assert terraform_calls == [("state", "push", str(kept.resolve()))] and not kept.exists()
    assert capsys.readouterr().err == f"media-staging's state is in the state bucket again (serial 7); {where} is gone.\n"


def test_state_push_into_a_bucket_without_a_state_pushes(ctx, project_bucket, terraform_calls, monkeypatch):
    kept = recovery.unsaved_state(ctx)
    kept.parent.mkdir(parents=True)
    kept.write_text(json.dumps(STATE))
    answering(monkeypatch, "staging")
    assert recovery.state_push(ctx) == 0 and terraform_calls == [("state", "push", str(kept.resolve()))]


def test_a_failed_push_keeps_the_state_and_is_one_line(ctx, project_bucket, monkeypatch):
    kept = recovery.unsaved_state(ctx)
    kept.parent.mkdir(parents=True)
    kept.write_text(json.dumps(STATE))
    answering(monkeypatch, "staging")
    monkeypatch.setattr(tf, "prepared", lambda ctx: ctx)
    monkeypatch.setattr(
        tf, "terraform", lambda ctx, *args, **kwargs: subprocess.CompletedProcess(args, 1, "", "│ Error: Failed to write state\n")
    )
    with pytest.raises(
        OperatorError, match=r"^`terraform state push` of media-staging failed: Error: Failed to write state; .* is kept\.$"
    ):
        recovery.state_push(ctx)
    assert kept.exists()


@pytest.mark.parametrize(("text", "problem"), [("{not json", "is not JSON"), ('{"serial": 1}', "is not a Terraform state")])
def test_a_kept_file_that_is_no_state_is_not_pushed(ctx, project_bucket, terraform_calls, text, problem):
    kept = recovery.unsaved_state(ctx)
    kept.parent.mkdir(parents=True)
    kept.write_text(text)
    with pytest.raises(OperatorError, match=problem):
        recovery.state_push(ctx)
    assert terraform_calls == [] and kept.exists()


def test_nothing_to_push_says_so(ctx, capsys, terraform_calls):
    assert recovery.state_push(ctx) == 0 and terraform_calls == []
    assert "media-staging has no state waiting to be saved" in capsys.readouterr().err


def test_state_push_refuses_an_older_state_and_keeps_it(ctx, project_bucket, terraform_calls):
    admin, name = project_bucket
    admin.put_object(Bucket=name, Key="env:/staging/demo.tfstate", Body=json.dumps({**STATE, "serial": 8}).encode())
    kept = recovery.unsaved_state(ctx)
    kept.parent.mkdir(parents=True)
    kept.write_text(json.dumps(STATE))
    with pytest.raises(OperatorError, match=r"serial 8\) is as new as .* \(serial 7\) or newer: not pushed"):
        recovery.state_push(ctx)
    assert kept.exists() and terraform_calls == []
