"""Every stack of the factory at once, for `make status` and `make rollout`.

Each site's app is synthesized into a folder of its own (`cdktf.out/factory/<site>`, the
bootstrap in `cdktf.out/factory`), all in this one process: the jsii kernel starts once,
and a stack whose inputs did not change is not synthesized again. Terraform then runs in
each stack's folder, several at a time (`-j`), each folder keeping its own backend.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from ops.checkout import OUT_DIR, ROOT, OperatorError
from ops.context import Context
from ops.key import ScalewayKey
from ops.parallel import in_parallel
from ops.scaleway.state_bucket import StateBucket
from ops.stack import terraform as tf
from ops.stack.preflight import checked_environment
from ops.stack.recovery import refuse_unsaved_state
from ops.stack.stack_state import UnknownStateFormat, read_outputs, read_stack, state_key, with_outputs
from ops.stack.state_guard import check_state_closed, state_keys
from stacks.addresses import Address
from stacks.settings import SITES_DIR, load_factory
from stacks.settings.model import BOOTSTRAP_STACK, ConfigError, EnvironmentConfig, SiteConfig, site_and_environment_of_state_key

FACTORY_DIR = OUT_DIR / "factory"


def names(text: str | None) -> tuple[str, ...]:
    """`SITES=` / `ENVS=`: names separated by commas or spaces."""
    return tuple(name for name in re.split(r"[,\s]+", text or "") if name)


def selected(
    sites: tuple[SiteConfig, ...], site_names: Iterable[str] = (), env_names: Iterable[str] = ()
) -> list[tuple[SiteConfig, EnvironmentConfig | None]]:
    """The stacks `SITES=` and `ENVS=` name, bootstrap first (as `(first site, None)`):
    everything when neither is given; the bootstrap when neither narrows or `ENVS` names it."""
    wanted_sites, wanted_envs = set(site_names), set(env_names)
    known_sites = {site.name for site in sites}
    if unknown := sorted(wanted_sites - known_sites):
        raise OperatorError(f"SITES={','.join(unknown)}: no such site (the sites are {', '.join(sorted(known_sites))}).")
    chosen = [site for site in sites if not wanted_sites or site.name in wanted_sites]
    known_envs = {env.name for site in chosen for env in site.environments} | {BOOTSTRAP_STACK}
    if unknown := sorted(wanted_envs - known_envs):
        raise OperatorError(
            f"ENVS={','.join(unknown)}: no selected site declares it (their environments: {', '.join(sorted(known_envs))})."
        )
    stacks: list[tuple[SiteConfig, EnvironmentConfig | None]] = []
    if sites and ((not wanted_sites and not wanted_envs) or BOOTSTRAP_STACK in wanted_envs):
        stacks.append((sites[0], None))
    for site in chosen:
        stacks += [(site, env) for env in site.environments if not wanted_envs or env.name in wanted_envs]
    return stacks


def label(ctx: Context) -> str:
    """How a stack is named to the operator: `bootstrap`, `demo/media-staging`."""
    return ctx.stack if ctx.env is None else f"{ctx.site.name}/{ctx.stack}"


def factory_sites(sites_dir: Path = SITES_DIR) -> tuple[SiteConfig, ...]:
    """Every site, its settings read and checked together; a mistake is one line."""
    try:
        sites = load_factory(sites_dir)
    except ConfigError as error:
        raise OperatorError(str(error)) from None
    if not sites:
        raise OperatorError(f"no site in {sites_dir}: create one with `make site NAME=...`.")
    return sites


def factory_stacks(
    site_names: Iterable[str] = (), env_names: Iterable[str] = (), sites_dir: Path = SITES_DIR
) -> list[tuple[SiteConfig, EnvironmentConfig | None]]:
    """The selected stacks of every site."""
    return selected(factory_sites(sites_dir), site_names, env_names)


def factory_contexts(
    stacks: list[tuple[SiteConfig, EnvironmentConfig | None]],
    applying: list[tuple[SiteConfig, EnvironmentConfig | None]] | None = None,
    root: Path = ROOT,
) -> list[Context]:
    """What Terraform needs to run on each stack, once the key is checked: when some of them
    are `applying`, its right to apply theirs (an operator's, or their deployer's)."""
    project_site, applying = stacks[0][0], applying or []
    binary, environ = checked_environment(project_site, bool(applying), {env.name if env else None for _, env in applying})
    if any(env is not None and site.legacy_state for site, env in applying):
        check_state_closed(project_site.project, ScalewayKey.of(environ))
    template = Context(site=project_site, env=None, environ=environ, terraform=binary, root=root)
    return [context_of(template, site, env) for site, env in stacks]


def context_of(template: Context, site: SiteConfig, env: EnvironmentConfig | None) -> Context:
    """The stack's context: the template's Terraform and key, the stack's site, environment and folder."""
    return replace(
        template,
        site=site,
        env=env,
        environ={**template.environ, "RICHIE_SITE": site.name, **({"RICHIE_ENV": env.name} if env else {})},
        outdir=FACTORY_DIR / site.name if env else FACTORY_DIR,
    )


@dataclass(frozen=True)
class Undeclared:
    """A state the bucket holds of an environment no settings declare: a removed site's, or
    an environment removed from its site's settings (not destroyed, maybe still running)."""

    site: str
    environment: str
    key: str


def with_bucket_states(contexts: list[Context], removed_sites: bool = True) -> tuple[list[Context], list[Undeclared]]:
    """`contexts`, plus the throwaway feature environments the state bucket holds a state of
    for their sites (`make deploy ENV=feature-x` made them; no settings file declares them),
    each after its site's declared ones; and the states of environments no settings declare
    (of the sites in `contexts`, and of removed sites when `removed_sites`)."""
    sites = {ctx.site.name: ctx.site for ctx in contexts if ctx.env is not None}
    if not sites:
        return contexts, []
    found: list[Context] = []
    undeclared: list[Undeclared] = []
    for key in state_keys(contexts[0].site.project, contexts[0].key):
        named = site_and_environment_of_state_key(key)
        site = sites.get(named[0]) if named else None
        if named is None or (site is None and not removed_sites):
            continue
        if site is not None and site.environment_of_state_key(key) is None:
            continue  # another layout than the site's own: not its state
        if site is not None and named[1] in {env.name for env in site.environments}:
            continue
        try:
            if site is None:
                raise ConfigError("no such site")
            featured = site.with_environment(named[1])
        except ConfigError:
            undeclared.append(Undeclared(named[0], named[1], key))
            continue
        found.append(context_of(contexts[0], featured, featured.environment(named[1])))
    order = list(sites)
    ordered = sorted([*contexts, *found], key=lambda ctx: (-1, 0) if ctx.env is None else (order.index(ctx.site.name), ctx in found))
    return ordered, undeclared


@dataclass(frozen=True)
class Prepared:
    """A stack ready to plan: synthesized with what it carries over from its state, its
    folder initialized; or the line saying what failed."""

    ctx: Context
    outputs: dict[str, Any]
    failed: str | None = None


def prepare(contexts: list[Context], jobs: int) -> list[Prepared]:
    """Every stack's state read from the bucket, side by side; then each
    stack synthesized here (one jsii kernel), and each folder that needs it initialized one
    after the other: a folder without a lock file writes into the shared provider cache,
    which Terraform does not guard against a second writer."""
    if not contexts:
        return []
    bucket = StateBucket.of(contexts[0].site.project, contexts[0].key)

    def read(ctx: Context) -> dict[str, Any] | str | None:  # None: a format Terraform must read
        try:
            return read_outputs(bucket, state_key(ctx.site, ctx.env))
        except UnknownStateFormat:
            return None
        except OperatorError as error:
            return str(error)

    prepared: list[Prepared] = []
    for ctx, found in zip(contexts, in_parallel(read, contexts, jobs), strict=True):
        try:
            if isinstance(found, str):
                raise OperatorError(found)
            refuse_unsaved_state(ctx)
            ctx, outputs = read_stack(ctx, bucket) if found is None else (with_outputs(ctx, found), found)
            tf.synth(ctx)
            tf.init(ctx, show=False)
            prepared.append(Prepared(ctx, outputs))
        except OperatorError as error:
            prepared.append(Prepared(ctx, {}, str(error)))
    return prepared


Drift = Literal["in sync", "changes pending", "drifted", "not deployed", "error"]
# Terraform's lines about reading what exists, before what it will do.
REFRESHING = re.compile(r": (Refreshing state\.\.\.|Reading\.\.\.|Read complete after)")
# Terraform's line for each resource a plan changes.
RESOURCE_CHANGE = re.compile(r"^\s+# \S+ (?:will be|must be) .*$", re.MULTILINE)
# Terraform's summary of a plan, the most telling first.
PLAN_LINES = (
    re.compile(r"^Plan: .*$", re.MULTILINE),
    re.compile(r"^No changes\..*$", re.MULTILINE),
    re.compile(r"^Changes to Outputs:$", re.MULTILINE),
)


@dataclass(frozen=True)
class Plan:
    """What `terraform plan -detailed-exitcode` said of one stack, with its state's outputs."""

    ctx: Context
    drift: Drift
    summary: str  # Terraform's "Plan: ..." line, or the error
    outputs: dict[str, Any] = field(default_factory=dict)
    planfile: Path | None = None
    text: str = ""  # what Terraform will do, as its plan shows it (refreshes left out)

    @property
    def changes(self) -> bool:
        return self.drift in ("changes pending", "drifted", "not deployed")

    @property
    def changed_resources(self) -> list[str]:
        """Terraform's `# <address> will be ...` lines: what the plan changes, one a line."""
        return [line.strip() for line in RESOURCE_CHANGE.findall(self.text)]

    def creates(self, address: Address) -> bool:
        """Whether the plan creates this resource (a replacement is not a new one)."""
        return f"# {address} will be created" in self.changed_resources


def plan(stack: Prepared, planfile: Path | None = None, tell_drift: bool = False) -> Plan:
    """`terraform plan` of a prepared stack, never taking its lock (a plan writes nothing);
    saved to `planfile` when given. `tell_drift`: in Terraform's machine-readable form,
    which tells what changed outside Terraform from what the settings would change."""
    ctx, outputs = stack.ctx, stack.outputs
    if stack.failed:
        return Plan(ctx, "error", stack.failed)
    options = ["-input=false", "-no-color", "-detailed-exitcode", "-lock=false", *([f"-out={planfile}"] if planfile else [])]
    if tell_drift:
        return machine_plan(stack, tf.terraform(ctx, "plan", *options, "-json", capture_output=True))
    result = tf.terraform(ctx, "plan", *options, capture_output=True)
    if result.returncode == 1:
        return Plan(ctx, "error", f"`terraform plan` failed: {tf.error_line(result.stderr)}", outputs)
    summary = next((found.group(0) for line in PLAN_LINES if (found := line.search(result.stdout))), "")
    if result.returncode == 0:
        return Plan(ctx, "in sync", summary, outputs)
    shown = "".join(line for line in result.stdout.splitlines(keepends=True) if not REFRESHING.search(line))
    shown = tf.without_apply_hint(shown).strip("\n")
    return Plan(ctx, "changes pending" if outputs else "not deployed", summary, outputs, planfile, shown)


# Terraform's words for a planned action, as its human plan says them.
ACTION_WORDS = {
    "create": "will be created",
    "update": "will be updated in-place",
    "delete": "will be destroyed",
    "replace": "must be replaced",
    "move": "has moved",
    "import": "will be imported",
}


def machine_plan(stack: Prepared, result: subprocess.CompletedProcess[str]) -> Plan:
    """A plan from Terraform's machine-readable lines (`-json`): a resource the settings would
    change that also changed outside Terraform since its last apply (`resource_drift`) is
    drift; a change alone is pending. A drift on a resource the plan leaves as it is (a
    value the provider reads back otherwise, say) changes nothing and is no drift."""
    ctx, outputs = stack.ctx, stack.outputs
    drifted: list[str] = []
    planned: dict[str, str] = {}
    summary, errors = "", []
    for line in result.stdout.splitlines():
        try:
            message = json.loads(line)
        except ValueError:
            continue
        kind = message.get("type")
        if kind in ("resource_drift", "planned_change"):
            change = message.get("change") or {}
            address = (change.get("resource") or {}).get("addr", "")
            if kind == "resource_drift":
                drifted.append(address)
            else:
                planned[address] = change.get("action", "")
        elif kind == "change_summary":
            changes = message.get("changes") or {}
            summary = f"Plan: {changes.get('add', 0)} to add, {changes.get('change', 0)} to change, {changes.get('remove', 0)} to destroy."
        elif kind == "diagnostic" and (message.get("diagnostic") or {}).get("severity") == "error":
            errors.append(f"Error: {message['diagnostic'].get('summary', '')}")
    if result.returncode == 1:
        return Plan(ctx, "error", f"`terraform plan` failed: {errors[0] if errors else tf.error_line(result.stderr)}", outputs)
    if result.returncode == 0:
        return Plan(ctx, "in sync", "No changes.", outputs)
    text = "\n".join(f"  # {address} {ACTION_WORDS.get(action, action)}" for address, action in planned.items())
    outside = [address for address in drifted if address in planned]
    if outside and outputs:
        summary = f"changed outside Terraform: {', '.join(outside)}; {summary}"
        return Plan(ctx, "drifted", summary, outputs, None, text)
    return Plan(ctx, "changes pending" if outputs else "not deployed", summary or "Changes to Outputs:", outputs, None, text)


def plan_all(
    contexts: list[Context],
    jobs: int,
    plans_in: Path | None = None,
    on_done: Callable[[Plan], None] | None = None,
    tell_drift: bool = False,
) -> list[Plan]:
    """Every stack prepared and planned, `jobs` at a time, each plan saved in the folder
    `plans_in` when given (a plan holds the state's secrets: that folder is the caller's to
    keep private and to remove); `on_done` hears of each plan as it completes; `tell_drift`
    plans in Terraform's machine-readable form (`machine_plan`)."""

    def planned(stack: Prepared) -> Plan:
        found = plan(stack, plans_in / f"{label(stack.ctx).replace('/', '.')}.tfplan" if plans_in else None, tell_drift)
        if on_done is not None:
            on_done(found)
        return found

    return in_parallel(planned, prepare(contexts, jobs), jobs)


def progress(total: int, shown: bool) -> Callable[[Plan], None]:
    """A line on stderr as each of `total` plans completes (`[3/16] demo/media-staging in
    sync`), when `shown`: on a terminal, where someone waits for the table."""
    done = iter(range(1, total + 1))
    lock = threading.Lock()

    def report(found: Plan) -> None:
        if shown:
            with lock:
                print(f"[{next(done)}/{total}] {label(found.ctx)} {found.drift}", file=sys.stderr, flush=True)

    return report
