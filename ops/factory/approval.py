"""Approved = applied: the production plans a reviewer approves are the ones applied.

The rollout before production (`APPROVAL_OUT=file`) shows production's plans (and the
bootstrap's, whose changes wait for the same approval) and records,
per stack, a digest of what each will do (`terraform show -json`'s resource changes: the
addresses, the actions, the values before and after, but those counted from the plan's
time); the production rollout
(`APPROVED=file`) plans again and refuses, before applying anything, when a stack's fresh
plan differs from the approved one, or a stack is to change that was not approved. The
file holds digests only, never a value.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ops.checkout import OperatorError
from ops.factory.fleet import Plan, label
from ops.stack import terraform as tf
from stacks.addresses import API_KEY

# Values Terraform counts from the time of the plan (`plantimestamp()`): a plan made minutes
# after the approved one differs in them alone. A new API key's expiry is one
# (stacks/constructs/app_credentials.py); its lifetime, which the settings hold, is approved.
PLAN_TIME_VALUES = {API_KEY.type: ("expires_at",)}


def without_plan_time(change: dict[str, Any]) -> dict[str, Any]:
    """The resource change without the values counted from the plan's time."""
    dropped = PLAN_TIME_VALUES.get(change.get("type", ""), ())
    sides = {
        side: {k: v for k, v in value.items() if k not in dropped} if isinstance(value, dict) else value
        for side, value in change["change"].items()
    }
    return {"address": change["address"], "change": sides}


def digest(found: Plan) -> str:
    """What the saved plan will do, as a SHA-256 of its resource changes."""
    assert found.planfile is not None  # only a saved plan has one
    shown = tf.terraform(found.ctx, "show", "-json", str(found.planfile), capture_output=True)
    if shown.returncode != 0:
        raise OperatorError(f"`terraform show -json` of {label(found.ctx)}'s plan failed: {tf.error_line(shown.stderr)}")
    changes = [
        without_plan_time(change)
        for change in json.loads(shown.stdout).get("resource_changes") or []
        if change["change"]["actions"] != ["no-op"]
    ]
    return hashlib.sha256(json.dumps(sorted(changes, key=lambda c: str(c["address"])), sort_keys=True).encode()).hexdigest()


def record(plans: list[Plan], path: Path) -> None:
    """The digests of these plans, by stack, to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({label(found.ctx): digest(found) for found in plans}, indent=2, sort_keys=True) + "\n")


def check(plans: list[Plan], path: Path) -> None:
    """Refuse unless these plans are exactly the approved ones."""
    try:
        approved = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise OperatorError(f"APPROVED={path}: cannot read the approved digests ({error}): nothing was applied.") from None
    fresh = {label(found.ctx): digest(found) for found in plans}
    differ = sorted(name for name in fresh.keys() | approved.keys() if fresh.get(name) != approved.get(name))
    if differ:
        raise OperatorError(
            f"the plans of {', '.join(differ)} differ from those approved in {path} (changed since, or not approved): "
            "nothing was applied. Run the rollout before production again, and have its plans approved."
        )
