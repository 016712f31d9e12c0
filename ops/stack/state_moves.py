"""`make move-states`: the states earlier versions of this tool kept at
`<site>/media-<env>.tfstate` move to `env:/<env>/<site>.tfstate`, under their environment's
prefix, where the state bucket's policy gives each deployer its environments' states.

A state moves only when nothing holds its lock and nothing is at its new key; the copy is
read back before the old key is deleted (the versioned bucket keeps the old object as a
noncurrent version). Its smoke results are left behind: the next rollout smokes it again.
Until it has moved, `make deploy` of its stack refuses (it would start an empty state and
create everything a second time).
"""

from __future__ import annotations

import sys

from ops.checkout import OperatorError
from ops.context import Context
from ops.scaleway.state_bucket import StateBucket
from ops.stack.recovery import LOCK_SUFFIX
from ops.stack.state_guard import state_keys
from ops.words import plural
from stacks.settings.model import EARLIER_STATE_KEY, earlier_state_key, state_key


def moves(keys: list[str]) -> list[tuple[str, str]]:
    """(earlier key, key) of each state in the earlier layout among `keys`."""
    found = (EARLIER_STATE_KEY.fullmatch(key) for key in keys)
    return [(match.group(0), state_key(match["site"], match["env"])) for match in found if match]


def move_states(ctx: Context) -> int:
    bucket = StateBucket.of(ctx.site.project, ctx.key)
    keys = state_keys(ctx.site.project, ctx.key)
    pending = moves(keys)
    if not pending:
        print(f"Every state of {ctx.site.project.state_bucket} is under its environment's prefix: nothing to move.")
        return 0
    for earlier, key in pending:
        if earlier + LOCK_SUFFIX in keys:
            raise OperatorError(
                f"{earlier} is locked (a run holds it, or a killed one left its lock): let it end, or `make unlock`, then move again."
            )
        if key in keys:
            raise OperatorError(
                f"both {earlier} and {key} exist: keep the one the stack runs on, delete the other (docs/scw.md, states), then move again."
            )
    for earlier, key in pending:
        body = bucket.get(earlier)
        if body is None:
            raise OperatorError(f"{earlier} went away while moving: run `make move-states` again.")
        bucket.put(key, body)
        if bucket.get(key) != body:
            raise OperatorError(f"{key} does not read back as {earlier} was written: {earlier} is kept; run `make move-states` again.")
        bucket.delete(earlier)
        print(f"  {earlier} -> {key}", file=sys.stderr)
    print(f"Moved {plural(len(pending), 'state')} under their environment's prefix.")
    return 0


def refuse_unmoved(ctx: Context) -> None:
    """Before a deploy: a state left at its earlier key must move first (read from the
    listing: a deployer may not read another layout's objects, but lists them)."""
    if ctx.env is None:
        return
    earlier = earlier_state_key(ctx.site.name, ctx.env.name)
    bucket = StateBucket.of(ctx.site.project, ctx.key)
    if bucket.holds(earlier) and not bucket.holds(state_key(ctx.site.name, ctx.env.name)):
        raise OperatorError(
            f"the state of {ctx.env.stack_name} is still at {earlier}, where earlier versions kept it: run `make move-states` first."
        )


def refuse_any_unmoved(ctx: Context) -> None:
    """Before a rollout: no state may be left at its earlier key."""
    left = moves(state_keys(ctx.site.project, ctx.key))
    if left:
        raise OperatorError(
            f"{plural(len(left), 'state')} still where earlier versions kept them ({left[0][0]}...): run `make move-states` first."
        )
