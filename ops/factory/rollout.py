"""`make rollout`: the committed settings applied to every site, in waves.

Wave 0 is the bootstrap (when the project's settings changed it), then one wave per kind
of environment: all staging, then all preprod, then any other, then production (and every
protected environment). The whole rollout is planned and shown first, and asked for
(`AUTO_APPROVE=1` for CI); each wave applies exactly the plans shown, then runs
`make smoke` on every environment it changed before the next wave starts (a wave's applies,
then its smoke tests, run side by side, `JOBS` at a time, each output shown whole). Each
smoke result is recorded against the state it tested (`ops.factory.smoke_results`). A production
wave refuses to start while an earlier wave's stacks still differ from the settings, and
smokes first every earlier-wave stack with no pass at its current state (its last test
failed, in this run or another, or it changed since). The first failure stops it, saying
where to resume (`FROM=<wave>` smokes that whole wave first).
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ops.checkout import ROOT, OperatorError
from ops.context import Context
from ops.factory import approval
from ops.factory.fleet import Plan, factory_contexts, factory_stacks, label, plan_all, progress
from ops.factory.smoke_results import passed_now as smoke_passed
from ops.factory.smoke_results import record as record_smoke
from ops.parallel import in_parallel
from ops.scaleway.client import Scaleway
from ops.scaleway.edge_bill import warn_growth
from ops.stack import terraform as tf
from ops.stack.around_apply import after_apply
from ops.stack.django import render_django_env
from ops.stack.preflight import without_operator_key
from ops.stack.recovery import rescued
from ops.stack.state_moves import refuse_any_unmoved
from ops.words import plural
from stacks.addresses import CDN_PIPELINE
from stacks.settings.model import BOOTSTRAP_STACK, EnvironmentConfig, SiteConfig

PRODUCTION = "production"
Stack = tuple[SiteConfig, EnvironmentConfig | None]
# Waves by rank: the bootstrap, these kinds in this order, any other kind, production last.
FIRST_KINDS = ("staging", "preprod")


def wave_of(env: EnvironmentConfig | None) -> str:
    if env is None:
        return BOOTSTRAP_STACK
    return PRODUCTION if env.protected or env.name == PRODUCTION else env.name


def rank(wave: str) -> tuple[int, str]:
    if wave == BOOTSTRAP_STACK:
        return (0, "")
    if wave in FIRST_KINDS:
        return (1 + FIRST_KINDS.index(wave), "")
    return (len(FIRST_KINDS) + (2 if wave == PRODUCTION else 1), wave)


@dataclass(frozen=True)
class Wave:
    name: str
    plans: tuple[Plan, ...]

    @property
    def changed(self) -> tuple[Plan, ...]:
        return tuple(found for found in self.plans if found.changes)


def waves(plans: Iterable[Plan]) -> list[Wave]:
    by_wave: dict[str, list[Plan]] = {}
    for found in plans:
        by_wave.setdefault(wave_of(found.ctx.env), []).append(found)
    return [Wave(name, tuple(by_wave[name])) for name in sorted(by_wave, key=rank)]


def check_bound(name: str | None, option: str, waves: set[str]) -> None:
    """`FROM=`/`BEFORE=` name a wave of this factory, or a kind every factory ranks."""
    if name and name not in waves | {BOOTSTRAP_STACK, *FIRST_KINDS, PRODUCTION}:
        raise OperatorError(f"{option}={name}: no such wave (the waves are {', '.join(sorted(waves, key=rank))}).")


def within(all_waves: list[Wave], first: str | None, before: str | None) -> list[Wave]:
    names = {wave.name for wave in all_waves}
    check_bound(first, "FROM", names)
    check_bound(before, "BEFORE", names)
    return [wave for wave in all_waves if in_range(wave.name, first, before)]


def in_range(wave: str, first: str | None, before: str | None) -> bool:
    return (first is None or rank(wave) >= rank(first)) and (before is None or rank(wave) < rank(before))


def to_plan(stacks: list[Stack], first: str | None, before: str | None, approval: bool) -> tuple[list[Stack], list[Stack]]:
    """The stacks this rollout applies, and those it plans: these, the earlier waves when it
    reaches production (their drift and smoke tests gate it), production's and the
    bootstrap's for an `approval`. A deployer's key thus plans nothing it may not read."""
    applied = [stack for stack in stacks if in_range(wave_of(stack[1]), first, before)]
    if any(wave_of(env) == PRODUCTION for _, env in applied):
        return applied, stacks  # production is the last wave: every other one is earlier
    approved = [stack for stack in stacks if approval and wave_of(stack[1]) in (BOOTSTRAP_STACK, PRODUCTION)]
    return applied, [stack for stack in stacks if stack in applied or stack in approved]


def describe(chosen: list[Wave], first: str | None, all_waves: list[Wave]) -> str:
    """The waves to roll, numbered as in the whole rollout (wave 0 is the bootstrap's)."""
    lines = []
    numbers = {wave.name: number for number, wave in enumerate(all_waves)}
    for wave in chosen:
        number = numbers[wave.name]
        gate = "" if wave.name == BOOTSTRAP_STACK else ", then `make smoke` on each"
        if first == wave.name and wave.name != BOOTSTRAP_STACK:
            gate = ", then `make smoke` on every environment of the wave (resumed)"
        lines.append(
            f"  wave {number}, {wave.name}: "
            + (f"{plural(len(wave.changed), 'stack')} to apply{gate}" if wave.changed else "nothing to apply")
        )
        lines += [f"      {label(found.ctx)}: {found.summary or found.drift}" for found in wave.changed]
    return "\n".join(lines)


def confirmed(count: int) -> bool:
    if tf.auto_approve():
        return True
    try:
        answer = input(f"Apply these {count} plans, wave by wave? Type 'yes' to go on: ")
    except EOFError:
        answer = ""
    return answer.strip() == "yes"


def stop(wave: Wave, what: str) -> int:
    print(
        f"Rollout stopped in wave {wave.name}: {what}. Fix it, then resume with `make rollout FROM={wave.name}` "
        "(earlier waves are done; that wave is planned again and smoked whole).",
        file=sys.stderr,
    )
    return 1


@dataclass(frozen=True)
class Step:
    """An apply or a smoke test of one stack, run beside the others of its wave."""

    what: str  # "staging: applying demo/media-staging", "smoke test of demo/media-staging"
    stack: str
    passed: bool
    output: str


def failing_as_a_step(what: Callable[..., Step]) -> Callable[..., Step]:
    """A step whose code raises (a failed purge, an unreadable output) is that step's
    failure, its error shown under its title: the others of its wave go on, and the
    rollout stops after them saying where to resume."""

    @functools.wraps(what)
    def step(*args: Any) -> Step:
        found = args[-1]
        ctx = found.ctx if isinstance(found, Plan) else found
        title = f"{args[0].name}: applying {label(ctx)}" if isinstance(found, Plan) else f"smoke test of {label(ctx)}"
        try:
            return what(*args)
        except Exception as error:
            return Step(title, label(ctx), False, f"error: {error}\n")

    return step


@failing_as_a_step
def apply(wave: Wave, found: Plan) -> Step:
    """`terraform apply` of the plan shown (waiting for a lock another apply holds), then
    what follows a deploy (custom domain, purge)."""
    result = tf.terraform(
        found.ctx, "apply", "-input=false", tf.LOCK_WAIT, str(found.planfile), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    output = result.stdout or ""
    if result.returncode == 0:
        after_apply(found.ctx)
    else:
        output += (rescued(found.ctx) or "") + "\n"
    return Step(f"{wave.name}: applying {label(found.ctx)}", label(found.ctx), result.returncode == 0, output)


@failing_as_a_step
def smoke(ctx: Context) -> Step:
    """`make smoke` of a deployed environment, in a Python of its own (Django is configured
    once per process), its settings handed over on a pipe, the operator's key withheld (a
    setting missing from them must fail, not fall back on it)."""
    settings = render_django_env(tf.outputs(ctx), ctx.stack, ctx.site.name)
    result = subprocess.run(
        [sys.executable, "-m", "ops", "smoke", "--settings", "-", "--name", label(ctx)],
        input=settings,
        text=True,
        env=without_operator_key(ctx.environ),
        cwd=ctx.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    return Step(f"smoke test of {label(ctx)}", label(ctx), result.returncode == 0, result.stdout)


def shown(steps: list[Step]) -> list[Step]:
    """The steps' output, each whole under its title, in the wave's order; the failed ones."""
    for step in steps:
        print(f"--- {step.what}", file=sys.stderr)
        sys.stderr.write(step.output)
    return [step for step in steps if not step.passed]


def drift_before(earlier: list[Wave], jobs: int) -> list[Plan]:
    """The stacks of earlier waves that still differ from the settings (planned again now)."""
    contexts = [found.ctx for previous in earlier for found in previous.plans]
    return [found for found in plan_all(contexts, jobs) if found.drift != "in sync"]


def unreviewed(root: Path) -> str | None:
    """Why this checkout may not be what was reviewed and merged: changes git has not
    committed, a HEAD that is not the remote's main, or no git to tell; None when it is
    main as pushed."""

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)

    status = git("status", "--porcelain")
    if status.returncode != 0:
        return "it is not a git checkout, so nothing tells that its settings were reviewed"
    changed = status.stdout.splitlines()
    if changed:
        return f"it has changes git has not committed ({plural(len(changed), 'path')}, e.g. {changed[0][3:]})"
    main = git("rev-parse", "--verify", "-q", "refs/remotes/origin/main")
    if main.returncode != 0:
        return "it has no origin/main to compare HEAD with (push main, or fetch it)"
    if git("rev-parse", "HEAD").stdout.strip() != main.stdout.strip():
        return "its HEAD is not origin/main (a branch not merged yet, or main not pulled)"
    return None


def check_reviewed(root: Path) -> None:
    """A rollout applies what was reviewed and merged: main as pushed, unless told otherwise."""
    why = unreviewed(root)
    if why is None:
        return
    if os.environ.get("ALLOW_UNREVIEWED") == "1":
        print(f"note: rolling out this checkout as it is (ALLOW_UNREVIEWED=1): {why}.", file=sys.stderr)
        return
    raise OperatorError(
        f"refusing to roll out this checkout: {why}. Roll out main once reviewed, merged and pulled, "
        "or set ALLOW_UNREVIEWED=1 to roll out what is here."
    )


def rollout(
    site_names: tuple[str, ...],
    first: str | None,
    before: str | None,
    jobs: int,
    approved: Path | None = None,
    approval_out: Path | None = None,
) -> int:
    stacks = factory_stacks(site_names)
    kinds = {wave_of(env) for _, env in stacks}
    check_bound(first, "FROM", kinds)
    check_bound(before, "BEFORE", kinds)
    check_reviewed(ROOT)  # before any key is checked or anything planned
    applied, planned_stacks = to_plan(stacks, first, before, approval=approved is not None or approval_out is not None)
    if approved is not None:
        applied += [stack for stack in stacks if stack[1] is None and stack not in applied]  # its approved changes go first
    if not planned_stacks:
        print("Nothing to roll out in these waves: none of them holds a stack.")
        return 0
    contexts = factory_contexts(planned_stacks, applying=applied)
    if applied:
        refuse_any_unmoved(contexts[0])
    print(f"Planning {plural(len(contexts), 'stack')}, {jobs} at a time...", file=sys.stderr)
    # The plans hold every state's secrets: in a folder only this user reads (0700), gone
    # when the rollout ends, whatever happens.
    with tempfile.TemporaryDirectory(prefix="rollout-plans-") as plans:
        planned = plan_all(contexts, jobs, Path(plans), progress(len(contexts), sys.stderr.isatty()))
        return run(planned, first, before, jobs, approved, approval_out)


def run(
    plans: list[Plan], first: str | None, before: str | None, jobs: int, approved: Path | None = None, approval_out: Path | None = None
) -> int:
    all_waves = waves(plans)
    chosen = within(all_waves, first, before)
    # What a production approval covers: the bootstrap's changes (the state bucket's policy,
    # the Edge plan) and the production wave's.
    bootstrap = [wave for wave in all_waves if wave.name == BOOTSTRAP_STACK and wave.changed]
    approvable = [found for wave in all_waves if wave.name in (BOOTSTRAP_STACK, PRODUCTION) for found in wave.changed]
    if approved is not None:
        if first != PRODUCTION:
            raise OperatorError("APPROVED= goes with FROM=production: it is the production wave's approval.")
        approval.check(approvable, approved)
        chosen = bootstrap + chosen  # the bootstrap's approved changes first
    if approval_out is not None:
        chosen = [wave for wave in chosen if wave.name != BOOTSTRAP_STACK]  # they wait for the approval
    code = roll_out(plans, all_waves, chosen, first, jobs)
    if code == 0 and approval_out is not None:
        for found in approvable:
            print(plan_shown(found))
        approval.record(approvable, approval_out)
        print(
            f"Production: {plural(len(approvable), 'stack')} to apply once approved (the bootstrap's changes with them); "
            f"their plans' digests are in {approval_out}."
        )
    return code


def roll_out(plans: list[Plan], all_waves: list[Wave], chosen: list[Wave], first: str | None, jobs: int) -> int:
    unplanned = [found for found in plans if found.drift == "error"]
    if unplanned:
        for found in unplanned:
            print(f"  {label(found.ctx)}: {found.summary}", file=sys.stderr)
        raise OperatorError(f"{plural(len(unplanned), 'stack')} could not be planned (above): nothing was applied.")
    to_apply = sum(len(wave.changed) for wave in chosen)
    resumed = first is not None and any(wave.name == first for wave in chosen if wave.name != BOOTSTRAP_STACK)
    if not to_apply and not resumed:
        every = len(chosen) == len(all_waves)
        print(
            "Nothing to roll out: every stack is as committed."
            if every
            else "Nothing to roll out in these waves: their stacks are as committed."
        )
        return 0
    for wave in chosen:
        for found in wave.changed:
            print(plan_shown(found))
    print(f"Rollout plan, {plural(to_apply, 'stack')} to apply:\n{describe(chosen, first, all_waves)}")
    new = [found for wave in chosen for found in wave.changed if found.creates(CDN_PIPELINE)]
    if new:
        warn_growth(
            Scaleway(new[0].ctx.key), new[0].ctx.site.project, len(new), f"this rollout ({', '.join(label(found.ctx) for found in new)})"
        )
    if not confirmed(to_apply):
        raise OperatorError("not confirmed: nothing was applied (AUTO_APPROVE=1 skips the question).")
    for wave in chosen:
        code = roll(wave, all_waves, first, jobs)
        if code != 0:
            return code
    print(f"Rollout done: {plural(to_apply, 'stack')} applied in {plural(sum(1 for wave in chosen if wave.changed), 'wave')}.")
    return 0


def plan_shown(found: Plan) -> str:
    """A plan as the operator reads it before saying yes: its summary and the resources it
    changes, or (VERBOSE=1) the whole plan."""
    head = f"--- plan of {label(found.ctx)} ({wave_of(found.ctx.env)}): {found.summary or found.drift}"
    if os.environ.get("VERBOSE") == "1":
        return f"{head}\n{found.text}\n"
    return "\n".join([head, *(f"      {line}" for line in found.changed_resources)]) + "\n"


def roll(wave: Wave, all_waves: list[Wave], first: str | None, jobs: int) -> int:
    """One wave: (production: no drift left before it) its applies, then its smoke tests."""
    if wave.name == PRODUCTION:
        earlier = [previous for previous in all_waves if rank(previous.name) < rank(PRODUCTION)]
        drifted = drift_before(earlier, jobs)
        if drifted:
            return stop(wave, "earlier waves left drift: " + ", ".join(f"{label(found.ctx)} ({found.drift})" for found in drifted))
        unproven = [ctx for ctx in in_parallel(unless_passed, [f.ctx for w in earlier for f in w.plans if f.ctx.env], jobs) if ctx]
        failed = shown(smoked_and_recorded(unproven, jobs))
        if failed:
            return stop(
                wave, f"the smoke test of {', '.join(step.stack for step in failed)} (an earlier wave, as it runs now) failed (above)"
            )
    failed = shown(in_parallel(partial(apply, wave), wave.changed, jobs))
    if failed:
        return stop(wave, f"the apply of {', '.join(step.stack for step in failed)} failed (above)")
    smoked = [found.ctx for found in (wave.plans if wave.name == first else wave.changed) if found.ctx.env is not None]
    failed = shown(smoked_and_recorded(smoked, jobs))
    if failed:
        return stop(wave, f"the smoke test of {', '.join(step.stack for step in failed)} failed (above)")
    return 0


def unless_passed(ctx: Context) -> Context | None:
    """The stack, unless its last smoke test passed at the state it has now."""
    return None if smoke_passed(ctx) else ctx


def smoked_and_recorded(contexts: list[Context], jobs: int) -> list[Step]:
    """`make smoke` on each stack, side by side, each result recorded against its state."""
    steps = in_parallel(smoke, contexts, jobs)
    in_parallel(lambda pair: record_smoke(*pair), [(ctx, step.passed) for ctx, step in zip(contexts, steps, strict=True)], jobs)
    return steps
