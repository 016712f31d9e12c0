"""What every apply of one stack does around Terraform, whoever applies it (`make deploy`,
`make rotate-key`, `make destroy`, `make adopt`, a rollout's wave): before, the stack's
state read (what it carries over) with its warnings, a lock left on it or a key that
expires soon; after, the custom domain's next step and the cache purge."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

from ops.context import Context
from ops.scaleway.client import Scaleway
from ops.stack import terraform as tf
from ops.stack.recovery import lock_of, lock_warning, refuse_unsaved_state
from ops.stack.stack_state import read_stack
from ops.words import make_command
from stacks.contract import API_KEYS_EXPIRE_AT, CUSTOM_DOMAIN_ATTACHED, CUSTOM_DOMAIN_RECORD, PIPELINE_ID

# `make diff` and `make deploy` warn this many days before a key expires.
EXPIRY_WARNING_DAYS = 30


def with_state_inputs(ctx: Context) -> Context:
    """`ctx` with what the stack carries over from its state (`ops.stack.stack_state`), read
    before it is synthesized; refused while Terraform keeps a state it could not save; a
    warning for a lock on the state, and for a key that expires soon."""
    return read_with_warnings(ctx)[0]


def read_with_warnings(ctx: Context) -> tuple[Context, dict[str, Any]]:
    """`with_state_inputs`, and the stack's outputs (none before its first deploy)."""
    refuse_unsaved_state(ctx)
    if ctx.env is None:
        return ctx, {}
    lock = lock_of(ctx)
    if lock is not None:
        print(lock_warning(ctx, lock), file=sys.stderr)
    ctx, outputs = read_stack(ctx)
    for line in expiry_warnings(ctx, outputs.get(API_KEYS_EXPIRE_AT.name) or {}):
        print(line, file=sys.stderr)
    return ctx, outputs


def expiry_warnings(ctx: Context, expire_at: dict[str, str | None], now: datetime | None = None) -> list[str]:
    """A line for each key of the environment that expires within `EXPIRY_WARNING_DAYS`, or
    never (a key the hand-written project made, adopted: it must be rotated)."""
    assert ctx.env is not None
    now = now or datetime.now(UTC)
    rotate = make_command(ctx.site.name, "rotate-key", ctx.env.name)
    lines = []
    for slot, stamp in sorted(expire_at.items()):
        if not stamp:
            lines.append(
                f"warning: API key {slot} of {ctx.stack} never expires (made before the move to this tool): `{rotate}` replaces it."
            )
            continue
        left = datetime.fromisoformat(stamp.replace("Z", "+00:00")) - now
        if left.days < EXPIRY_WARNING_DAYS:
            lines.append(
                f"warning: API key {slot} of {ctx.stack} expires on {stamp[:10]} (in {max(left.days, 0)} days): "
                f"`{rotate}` replaces it without downtime."
            )
    return lines


def after_apply(ctx: Context) -> int:
    """What follows a successful apply: the custom domain's next step, the cache purge."""
    if ctx.env is None or not (ctx.env.custom_domain or ctx.env.purge_cache_on_deploy):
        return 0
    outputs = tf.outputs(ctx)
    if ctx.env.custom_domain and not outputs[CUSTOM_DOMAIN_ATTACHED.name]:
        print(
            f"{ctx.env.custom_domain} is not attached yet. Create this DNS record, then run "
            f"`{make_command(ctx.site.name, 'deploy', ctx.env.name)}` again to attach it with its certificate:\n"
            f"  {outputs[CUSTOM_DOMAIN_RECORD.name]}"
            + (
                "\n(an apex cannot hold a CNAME: your DNS host may call an ALIAS an ANAME or a flattened CNAME)"
                if ctx.env.custom_domain_apex
                else ""
            ),
            file=sys.stderr,
        )
    if ctx.env.purge_cache_on_deploy:
        Scaleway(ctx.key).purge(outputs[PIPELINE_ID.name])
        print(f"Purged the CDN cache of {ctx.stack}.", file=sys.stderr)
    return 0
