"""What a run that went wrong leaves, and the commands that put it right: a stale lock
(`make unlock`) and a state Terraform could not save (`make state-push`).

- Terraform's S3 backend (`use_lockfile`) locks a state by writing `<key>.tflock` beside
  it, holding its lock info (ID, Operation, Who, Version, Created). A run killed mid-apply
  (a CI runner that dies) leaves it: the next apply waits for it (`-lock-timeout`), then
  fails. Every command that acts on a stack says so first, in one line.
- A state Terraform cannot write at the end of an apply (Object Storage refused it) is kept
  in the stack's folder as `errored.tfstate`. The command moves it to
  `env.d/unsaved-states/<site>/<stack>.tfstate` (mode 0600: it holds the stack's secrets;
  out of `cdktf.out/`, which CI uploads, and found whichever folder the apply ran in). A
  deploy then would make every resource a second time, so the stack's commands refuse
  until `make state-push` puts it back, guarded by lineage and serial as `terraform state
  push` is.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ops.checkout import OperatorError, shown
from ops.context import Context
from ops.scaleway.state_bucket import StateBucket
from ops.stack import terraform as tf
from ops.stack.stack_state import state_key
from ops.words import make_command

LOCK_SUFFIX = ".tflock"  # Terraform's S3 backend: the lock object beside the state
ERRORED_STATE = "errored.tfstate"  # where Terraform keeps a state it could not save
UNSAVED_STATES = Path("env.d", "unsaved-states")  # where the commands keep it until pushed


@dataclass(frozen=True)
class Lock:
    """Terraform's lock info, as the S3 backend writes it."""

    id: str
    who: str
    created: str
    operation: str

    @classmethod
    def parse(cls, body: bytes) -> Lock:
        try:
            info = json.loads(body)
            return cls(str(info["ID"]), str(info.get("Who") or "?"), str(info.get("Created") or "?"), str(info.get("Operation") or "?"))
        except (ValueError, KeyError, TypeError):
            raise OperatorError(f"the state's lock object is not Terraform's lock info: {body[:80]!r}") from None

    def describe(self) -> str:
        operation = self.operation.removeprefix("OperationType").lower() or "?"
        return f"locked by {self.who} since {self.created} ({operation}, lock id {self.id})"


def lock_of(ctx: Context, bucket: StateBucket | None = None) -> Lock | None:
    """The lock on the stack's state, or None when none is held."""
    bucket = bucket or StateBucket.of(ctx.site.project, ctx.key)
    body = bucket.get(state_key(ctx.site, ctx.env) + LOCK_SUFFIX)
    return None if body is None else Lock.parse(body)


def unlock_command(ctx: Context) -> str:
    return make_command(ctx.site.name, "unlock", ctx.env.name if ctx.env else None)


def lock_warning(ctx: Context, lock: Lock) -> str:
    """The line every command acting on a locked stack starts with."""
    return (
        f"warning: {ctx.stack}'s state is {lock.describe()}: an apply under way holds it, or a killed one left it. "
        f"If none runs any more, `{unlock_command(ctx)}` clears it."
    )


def unlock(ctx: Context) -> int:
    """`make unlock ENV=x`: the lock shown, the environment's name asked for (always: only a
    person knows that no apply runs any more), then `terraform force-unlock` of that lock."""
    lock = lock_of(ctx)
    if lock is None:
        print(f"{ctx.stack}'s state is not locked.", file=sys.stderr)
        return 0
    print(f"{ctx.stack}'s state is {lock.describe()}.", file=sys.stderr)
    confirm(
        ctx,
        f"Clear it? Only if no apply of {ctx.stack} runs any more (a CI job, a colleague's deploy): one would then write over the other.",
    )
    ctx = tf.prepared(ctx)
    result = tf.terraform(ctx, "force-unlock", "-force", lock.id, capture_output=True)
    if result.returncode != 0:
        raise OperatorError(f"`terraform force-unlock` of {ctx.stack} failed: {tf.error_line(result.stderr)}")
    print(f"Cleared the lock {lock.id} of {ctx.stack}'s state.", file=sys.stderr)
    return 0


def confirm(ctx: Context, question: str) -> None:
    """Ask for the environment's name (or `bootstrap`); anything else stops the command."""
    name = ctx.env.name if ctx.env else ctx.stack
    try:
        answer = input(f"{question} Type {name!r} to confirm: ")
    except EOFError:
        answer = ""
    if answer.strip() != name:
        raise OperatorError(f"not confirmed: {ctx.stack} was left as it is.")


# -- A state Terraform could not save ----------------------------------------------------------------


def unsaved_state(ctx: Context) -> Path:
    """Where a state Terraform could not save waits to be pushed back."""
    return ctx.root / UNSAVED_STATES / ctx.site.name / f"{ctx.stack}.tfstate"


def push_command(ctx: Context) -> str:
    return make_command(ctx.site.name, "state-push", ctx.env.name if ctx.env else None)


def refuse_unsaved_state(ctx: Context) -> None:
    """Before anything acts on the stack: a state Terraform kept locally must go back first."""
    path = unsaved_state(ctx)
    if path.exists():
        raise OperatorError(
            f"Terraform could not save {ctx.stack}'s last state in the state bucket; it is kept in {shown(path)}: "
            f"`{push_command(ctx)}` puts it back (anything else now would make every resource a second time)."
        )


def rescued(ctx: Context) -> str | None:
    """After a failed apply: the state Terraform could not save moved to its keeping place,
    and the line that says so; None when Terraform saved it."""
    errored = ctx.stack_dir / ERRORED_STATE
    if not errored.exists():
        return None
    target = unsaved_state(ctx)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(errored, 0o600)
    errored.replace(target)
    return (
        f"error: the apply changed resources but Terraform could not save {ctx.stack}'s state in the state bucket; "
        f"it is kept in {shown(target)}. Nothing is lost: once Object Storage takes writes again, "
        f"`{push_command(ctx)}` puts it back."
    )


def after_failed_apply(ctx: Context) -> None:
    """The line that ends a failed apply: where the state Terraform could not save is kept,
    or that the state holds what was made and the same command goes on from there."""
    line = rescued(ctx) or (
        f"error: the apply of {ctx.stack} failed (Terraform's message above); its state holds what it made: "
        f"`{make_command(ctx.site.name, 'deploy', ctx.env.name if ctx.env else None)}` again goes on from there."
    )
    print(line, file=sys.stderr)


def lineage_and_serial(state: dict[str, Any], where: str) -> tuple[str, int]:
    try:
        return str(state["lineage"]), int(state["serial"])
    except (KeyError, TypeError, ValueError):
        raise OperatorError(f"{where} is not a Terraform state (no lineage or serial).") from None


def push_problem(errored: dict[str, Any], current: dict[str, Any] | None, where: str) -> str | None:
    """Why the errored state must not replace the bucket's, or None when it may."""
    lineage, serial = lineage_and_serial(errored, where)
    if current is None:
        return None
    current_lineage, current_serial = lineage_and_serial(current, "the state bucket's state")
    if current_lineage != lineage:
        return f"{where} belongs to another state (lineage {lineage}; the bucket's is {current_lineage})"
    if current_serial >= serial:
        return f"the bucket's state (serial {current_serial}) is as new as {where} (serial {serial}) or newer"
    return None


def state_push(ctx: Context) -> int:
    """`make state-push ENV=x`: the unsaved state back into the bucket, after asking; refused
    for another state's lineage, or when the bucket's is as new or newer."""
    path = unsaved_state(ctx)
    where = str(shown(path))
    if not path.exists():
        print(f"{ctx.stack} has no state waiting to be saved ({where} does not exist).", file=sys.stderr)
        return 0
    try:
        unsaved = json.loads(path.read_text())
    except ValueError:
        raise OperatorError(f"{where} is not JSON: keep it, and see docs/scw.md (troubleshooting).") from None
    body = StateBucket.of(ctx.site.project, ctx.key).get(state_key(ctx.site, ctx.env))
    problem = push_problem(unsaved, None if body is None else json.loads(body), where)
    if problem:
        raise OperatorError(f"{problem}: not pushed. Keep the file and see docs/scw.md (troubleshooting).")
    _, serial = lineage_and_serial(unsaved, where)
    confirm(ctx, f"Put {where} (serial {serial}) back as {ctx.stack}'s state?")
    ctx = tf.prepared(ctx)
    result = tf.terraform(ctx, "state", "push", str(path.resolve()), capture_output=True)  # Terraform checks them again
    if result.returncode != 0:
        raise OperatorError(f"`terraform state push` of {ctx.stack} failed: {tf.error_line(result.stderr)}; {where} is kept.")
    path.unlink()  # it holds the stack's secrets; the bucket keeps every version now
    print(f"{ctx.stack}'s state is in the state bucket again (serial {serial}); {where} is gone.", file=sys.stderr)
    return 0
