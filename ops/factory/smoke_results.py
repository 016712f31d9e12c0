"""Smoke results that outlive a run: each smoke test a rollout runs is recorded in the state
bucket (`smoke-results/<state key>.json`, beside the states every operator and CI read)
against the state it tested, its lineage and serial. Production waits for a pass at what
each earlier-wave stack runs now: a stack whose last smoke test failed, or that changed
since its last pass, is smoked again first, whatever run or push comes next.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from ops.context import Context
from ops.scaleway.state_bucket import StateBucket
from ops.stack.stack_state import UnknownStateFormat, state_key, state_version
from stacks.settings.model import SMOKE_RESULTS_PREFIX


@dataclass(frozen=True)
class SmokeResult:
    lineage: str
    serial: int
    passed: bool
    at: str  # ISO time of the test


def result_key(ctx: Context) -> str:
    return f"{SMOKE_RESULTS_PREFIX}{state_key(ctx.site, ctx.env)}.json"


def bucket_of(ctx: Context) -> StateBucket:
    return StateBucket.of(ctx.site.project, ctx.key)


def record(ctx: Context, passed: bool) -> None:
    """The result of the smoke test just run on the stack, against its state now."""
    bucket = bucket_of(ctx)
    version = state_version(bucket, state_key(ctx.site, ctx.env))
    if version is None:
        return  # nothing deployed: nothing a result could vouch for
    result = SmokeResult(*version, passed=passed, at=datetime.now(UTC).isoformat(timespec="seconds"))
    bucket.put(result_key(ctx), json.dumps(asdict(result)).encode())


def passed_now(ctx: Context) -> bool:
    """Whether the stack's last smoke test passed at the state it has now (a stack with no
    state has nothing to vouch for: it passes)."""
    bucket = bucket_of(ctx)
    try:
        version = state_version(bucket, state_key(ctx.site, ctx.env))
    except UnknownStateFormat:
        return False
    if version is None:
        return True
    body = bucket.get(result_key(ctx))
    try:
        found = SmokeResult(**json.loads(body)) if body else None
    except (ValueError, TypeError):
        found = None
    return found is not None and found.passed and (found.lineage, found.serial) == version
