"""`make status`: what is true now of every stack of the factory, in one table.

Per stack (the settings' ones, and the throwaway feature environments the state bucket
holds): deployed or not, drift (a `terraform plan -detailed-exitcode`, lock not taken),
the CDN domain Django uses, the custom domain's step and when the API key expires. It
exits 1 on drift or error, so that a scheduled CI job is a drift alarm; `--json` gives
the same to machines.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from ops.checkout import OperatorError
from ops.context import Context
from ops.factory.fleet import Plan, Undeclared, factory_contexts, factory_stacks, label, plan_all, progress, with_bucket_states
from ops.factory.orphans import as_json as orphans_json
from ops.factory.orphans import find_orphans, orphans_report
from ops.parallel import in_parallel
from ops.scaleway.client import Scaleway
from ops.scaleway.edge_bill import EdgeBill, read_bill, summary
from ops.scaleway.state_bucket import StateBucket
from ops.stack.around_apply import EXPIRY_WARNING_DAYS
from ops.stack.stack_state import read_outputs
from ops.words import make_command, plural
from stacks.contract import API_KEYS_EXPIRE_AT, BUCKET_NAME, CDN_DOMAIN, CUSTOM_DOMAIN_ATTACHED
from stacks.settings.model import MEDIA_STACK_PREFIX, ProjectConfig


@dataclass(frozen=True)
class StackStatus:
    """One row of `make status` (and one object of its `--json`)."""

    site: str | None  # None for the project's bootstrap
    environment: str | None
    stack: str
    deployed: bool
    drift: str  # in sync, changes pending, drifted (changed outside Terraform), not deployed, error, not declared (a state no settings declare)
    detail: str  # Terraform's plan line, or the error
    cdn_domain: str | None
    custom_domain: str | None
    custom_domain_step: str | None  # waiting for its CNAME (or ALIAS), attached
    api_key_expires: str | None  # the earliest expiry of the environment's keys, ISO date; NEVER for a key without one


def status_of(found: Plan) -> StackStatus:
    ctx, outputs = found.ctx, found.outputs
    env = ctx.env
    step = None
    if env is not None and env.custom_domain and outputs:
        attached = outputs.get(CUSTOM_DOMAIN_ATTACHED.name) is True
        step = "attached" if attached else f"waiting for its {'ALIAS' if env.custom_domain_apex else 'CNAME'}"
    stamps = list((outputs.get(API_KEYS_EXPIRE_AT.name) or {}).values())
    expiries = [NEVER] if any(not stamp for stamp in stamps) else sorted(stamps)  # no expiry: null, or "" as the provider reads it
    return StackStatus(
        site=ctx.site.name if env else None,
        environment=env.name if env else None,
        stack=ctx.stack,
        deployed=bool(outputs),
        drift=found.drift,
        detail=found.summary,
        cdn_domain=outputs.get(CDN_DOMAIN.name),
        custom_domain=env.custom_domain if env else None,
        custom_domain_step=step,
        api_key_expires=expiries[0][:10] if expiries else None,
    )


def still_running(undeclared: list[Undeclared], ctx: Context, jobs: int) -> list[StackStatus]:
    """A row for each state of an environment no settings declare that still holds
    resources (a destroyed one holds none): what runs, and how to take it down."""
    bucket = StateBucket.of(ctx.site.project, ctx.key)
    rows = []
    for state, outputs in zip(undeclared, in_parallel(lambda state: read_outputs(bucket, state.key), undeclared, jobs), strict=True):
        if not outputs:
            continue
        runs = ", ".join(
            f"{what} {outputs[name]}" for what, name in (("bucket", BUCKET_NAME.name), ("CDN", CDN_DOMAIN.name)) if name in outputs
        )
        rows.append(
            StackStatus(
                site=state.site,
                environment=state.environment,
                stack=f"{MEDIA_STACK_PREFIX}{state.environment}",
                deployed=True,
                drift="not declared",
                detail=f"{state.key} still runs {runs or 'resources'}: no settings declare it; restore them from git, "
                f"`{make_command(state.site, 'destroy', state.environment)}`, then remove them (docs/scw.md, removing a site)",
                cdn_domain=outputs.get(CDN_DOMAIN.name),
                custom_domain=None,
                custom_domain_step=None,
                api_key_expires=None,
            )
        )
    return rows


# Reads of the state bucket and the API at a time: they wait on the network, not on a core.
READS_AT_A_TIME = 16

# A key made without an expiry (the hand-written project's, adopted): rotate it.
NEVER = "never"


def key_expiry(date: str | None, now: datetime) -> str:
    if date is None:
        return "-"
    if date == NEVER:
        return "never: ROTATE (no expiry)"
    days = (datetime.fromisoformat(date).replace(tzinfo=UTC) - now).days
    return f"{date} ({days} d){' ROTATE' if to_rotate(date, now) else ''}"


def table(rows: list[StackStatus], now: datetime) -> str:
    header = ("site", "environment", "deployed", "drift", "CDN domain", "custom domain", "API key expires")
    lines = [header]
    for row in rows:
        domain = f"{row.custom_domain}: {row.custom_domain_step or 'not deployed'}" if row.custom_domain else "-"
        lines.append(
            (
                row.site or "(project)",
                row.environment or row.stack,
                "yes" if row.deployed else "no",
                row.drift,
                row.cdn_domain or "-",
                domain,
                key_expiry(row.api_key_expires, now),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines)
    details = [f"  {row.site + '/' if row.site else ''}{row.stack}: {row.detail}" for row in rows if row.drift != "in sync" and row.detail]
    return text + ("\n\n" + "\n".join(details) if details else "")


def verdict(rows: list[StackStatus], now: datetime | None = None) -> int:
    """0 when every stack is as committed and no key is to rotate; 1 on drift, pending
    changes, a missing or undeclared stack, an error, or a key expiring within
    `EXPIRY_WARNING_DAYS` (or never)."""
    return 0 if all(row.drift == "in sync" and not to_rotate(row.api_key_expires, now or datetime.now(UTC)) for row in rows) else 1


def to_rotate(date: str | None, now: datetime) -> bool:
    if date is None:
        return False
    return date == NEVER or (datetime.fromisoformat(date).replace(tzinfo=UTC) - now).days < EXPIRY_WARNING_DAYS


def bill_or_error(scaleway: Scaleway, settings: ProjectConfig) -> EdgeBill | str:
    """The Edge Services bill, or why it could not be read: a count, never a reason to fail."""
    try:
        return read_bill(scaleway, settings)
    except OperatorError as error:
        return str(error)


def status(site_names: tuple[str, ...], env_names: tuple[str, ...], jobs: int, as_json: bool, now: datetime | None = None) -> int:
    contexts = factory_contexts(factory_stacks(site_names, env_names))
    declared = {label(ctx) for ctx in contexts}
    undeclared: list[Undeclared] = []
    if not env_names:
        contexts, undeclared = with_bucket_states(contexts, removed_sites=not site_names)
    print(f"Planning {plural(len(contexts), 'stack')}, {jobs} at a time...", file=sys.stderr)
    sites = list({ctx.site.name: ctx.site for ctx in contexts if ctx.env}.values())
    # The orphan search and the undeclared states' reads wait on the network while the plans
    # keep the cores busy: beside them.
    with ThreadPoolExecutor(max_workers=3) as beside:
        searching = beside.submit(find_orphans, contexts[0], sites, READS_AT_A_TIME)
        reading = beside.submit(still_running, undeclared, contexts[0], READS_AT_A_TIME) if undeclared else None
        billing = beside.submit(bill_or_error, Scaleway(contexts[0].key), contexts[0].site.project)
        plans = plan_all(contexts, jobs, on_done=progress(len(contexts), sys.stderr.isatty() and not as_json), tell_drift=True)
        orphans, running = searching.result(), reading.result() if reading else []
        bill = billing.result()
    # A throwaway environment destroyed leaves an empty state behind: no row for it.
    rows = [status_of(found) for found in plans if label(found.ctx) in declared or found.outputs]
    rows += running
    code = 1 if orphans else verdict(rows)
    if as_json:
        document: dict[str, Any] = {
            "in_sync": code == 0,
            "stacks": [asdict(row) for row in rows],
            "orphans": orphans_json(orphans),
            "edge_services": bill.as_json() if isinstance(bill, EdgeBill) else {"error": bill},
        }
        print(json.dumps(document, indent=2))
    else:
        print(table(rows, now or datetime.now(UTC)))
        print("\n" + (summary(bill) if isinstance(bill, EdgeBill) else f"Edge Services: the bill could not be read ({bill})."))
        drifted = [row for row in rows if row.drift != "in sync"]
        if drifted:
            print(f"\n{len(drifted)} of {plural(len(rows), 'stack')} differ from the committed settings; what each would change:")
            for row in drifted:
                if row.drift != "not declared":
                    print(f"  {make_command(row.site, 'diff', row.environment) if row.site else 'make diff'}")
        if orphans:
            print("\n" + orphans_report(orphans))
    return code
