"""`make chaos`: the faults a real Scaleway has, survived end to end, as a figure.

Each scenario runs the operator's commands (`python -m ops ...`, the real provider) in a
work copy of its own, against the local Scaleway answering with faults
(`localscw.faults`), on a site of its own:
- `transient`: a deploy under 429s, 5xxs and reset connections on every API and Object
  Storage route, and one pipeline create whose answer is lost (the provider retries it:
  two pipelines), completes; `make status` lists the duplicate, `make clean-orphans`
  deletes it; a diff then finds nothing to do;
- `killed`: the deploy is killed (its whole process group, as a CI runner dies) while the
  API holds one of its creates; the next command names the lock left (checked against
  Terraform's own lock object), `make unlock` clears it after asking, `make status` lists
  what the run made and no state holds, `make clean-orphans` deletes it, a deploy converges;
- `refused`: Object Storage refuses the state's write at the end of the apply; the command
  says where the state is kept, the next deploy refuses, `make state-push` puts it back
  once writes pass, and a diff finds nothing to do;
- `rollout`: the production wave's applies fail from faults; the rollout stops saying
  where to resume, and `FROM=production` ends in sync.

After each, the local Scaleway's own records and the states in its bucket (never ops/'s
idea of them) give the resources no state holds and the states lost. The figure: scenarios
survived / total, resources orphaned, states lost (goal: all, 0, 0). `--self-test` runs
each scenario again on a work copy whose handling of it is removed, and requires it to fail.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localscw.faults import Fault, Kind
from localscw.harness import STATE_BUCKET, Harness, Run
from stacks.settings.model import resource_names

DEADLINE_SECONDS = 300
EDGE = "/edge-services/v1beta1"


class Failed(AssertionError):
    """A scenario that did not survive: what went wrong, in one line, and the run's output."""


def check(condition: object, what: str, run: Run | None = None) -> None:
    if not condition:
        raise Failed(what + (f"\n--- output:\n{run.output}" if run else ""))


@dataclass
class Chaos:
    """One scenario's run: the harness, its work copy and its site."""

    harness: Harness
    checkout: Path
    site: str

    def ops(self, *args: str, answer: str | None = None, label: str | None = None) -> Run:
        # The work copy is no git checkout: a rollout is told to roll out what it holds.
        env = {"RICHIE_SITE": self.site, "ALLOW_UNREVIEWED": "1"}
        return self.harness.ops(*args, checkout=self.checkout, env=env, answer=answer, label=label)

    # -- What the local Scaleway holds, as it says (the oracle) ----------------------------------

    def records(self, env: str) -> dict[str, list[str]]:
        """The ids the local Scaleway holds named for the environment, by kind."""
        names = resource_names(self.site, env)
        api = self.harness.api
        with api.lock:
            apps = [i for i, app in api.applications.items() if app["name"] == names["application"]]
            return {
                "bucket": [b["Name"] for b in self.harness.s3.list_buckets()["Buckets"] if b["Name"] == names["bucket"]],
                "pipeline": [i for i, p in api.pipelines.items() if p["name"] == names["pipeline"]],
                "application": apps,
                "policy": [i for i, p in api.policies.items() if p["name"] == names["policy"]],
                "API key": [k for k, key in api.api_keys.items() if key.get("application_id") in apps],
            }

    def state(self, env: str) -> dict[str, Any] | None:
        """The environment's state in the bucket, as Terraform wrote it."""
        s3 = self.harness.s3
        try:
            body = s3.get_object(Bucket=STATE_BUCKET, Key=f"env:/{env}/{self.site}.tfstate")["Body"].read()
        except s3.exceptions.NoSuchKey:
            return None
        state: dict[str, Any] = json.loads(body)
        return state

    def held(self, env: str) -> set[str]:
        """Every id and bucket name the environment's state records (a region prefix left out)."""
        state = self.state(env) or {}
        ids = set()
        for resource in state.get("resources", []):
            for instance in resource.get("instances", []):
                for name in ("id", "name"):
                    value = (instance.get("attributes") or {}).get(name)
                    if isinstance(value, str):
                        ids.add(value.rsplit("/", 1)[-1])
        return ids

    def orphaned(self, env: str) -> list[str]:
        held = self.held(env)
        return [f"{kind} {i}" for kind, ids in self.records(env).items() for i in ids if i not in held]

    def lost(self, env: str) -> bool:
        """Resources made for the environment, and no state in the bucket holding any."""
        return any(self.records(env).values()) and not self.held(env) & {i for ids in self.records(env).values() for i in ids}

    def converged(self, env: str) -> None:
        """One of each resource, all held by the state, and a plan with nothing to do."""
        counts = {kind: len(ids) for kind, ids in self.records(env).items()}
        check(counts == dict.fromkeys(counts, 1), f"{env}: not one of each resource: {counts}")
        check(not self.orphaned(env), f"{env}: resources no state holds: {self.orphaned(env)}")
        run = self.ops("diff", env)
        check(run.returncode == 0 and "No changes." in run.output, f"{env}: the plan after recovery is not empty", run)


# -- The scenarios ------------------------------------------------------------------------------------


def orphans_cleaned(chaos: Chaos, expected: list[str]) -> None:
    """`make status` lists the resources no state holds (those the oracle finds), then
    `make clean-orphans` deletes them after asking."""
    status = chaos.ops("status", "--sites", chaos.site)
    check(status.returncode == 1, "make status did not raise the alarm for resources no state holds", status)
    for orphan in expected:  # an orphan application's keys are named with it
        check(orphan.startswith("API key") or orphan.rsplit(" ", 1)[-1] in status.output, f"make status missed {orphan}", status)
    cleaned = chaos.ops("clean-orphans", "--sites", chaos.site, answer="delete")
    check(cleaned.returncode == 0, "make clean-orphans failed", cleaned)


def transient(chaos: Chaos) -> int:
    env = "staging"
    api, storage = chaos.harness.api.faults, chaos.harness.object_storage_faults
    rotation = [Fault(Kind.TOO_MANY_REQUESTS, 0), Fault(Kind.UNAVAILABLE, 0), Fault(Kind.RESET), Fault(Kind.INTERNAL_ERROR)]
    # A fault every fifth request, the kinds in turn: a request's retries never meet three in a row.
    every_fifth = [fault for turn in range(40) for fault in (None, None, None, None, rotation[turn % len(rotation)])]
    api.sequence("POST", f"{EDGE}/pipelines", Fault(Kind.LOST))
    api.sequence("*", ".*", *every_fifth)
    storage.sequence("*", ".*", *[fault for fault in every_fifth if fault is None or fault.kind is not Kind.TOO_MANY_REQUESTS])
    try:
        run = chaos.ops("deploy", env, label="deploy under transient faults")
    finally:
        injected = api.count() + storage.count()
        api.clear()
        storage.clear()
    check(run.returncode == 0, "the deploy did not survive transient faults", run)
    check(api.count(Kind.LOST) == 1, "no pipeline create lost its answer")
    expected = chaos.orphaned(env)
    check(len(expected) == 1 and expected[0].startswith("pipeline"), f"a lost answer should leave one pipeline: {expected}")
    orphans_cleaned(chaos, expected)
    chaos.converged(env)
    return injected


def killed(chaos: Chaos) -> int:
    env = "staging"
    harness = chaos.harness
    gate = harness.api.hold("POST", "/iam/v1alpha1/api-keys")  # after its application, beside the bucket and pipeline
    apply = harness.start_ops("deploy", env, env={"RICHIE_SITE": chaos.site}, checkout=chaos.checkout)
    try:
        check(gate.reached.wait(DEADLINE_SECONDS), "the deploy never reached the key's create")
        os.killpg(apply.pid, signal.SIGKILL)  # the runner dies: ops, Terraform and the provider at once
        apply.communicate(timeout=DEADLINE_SECONDS)
    finally:
        gate.released.set()  # the API makes the key, for no one: what a crash between create and state write leaves
    lock_key = f"env:/{env}/{chaos.site}.tfstate.tflock"
    check(harness.s3.list_objects_v2(Bucket=STATE_BUCKET, Prefix=lock_key).get("KeyCount"), "the killed apply left no lock")
    lock = json.loads(harness.s3.get_object(Bucket=STATE_BUCKET, Key=lock_key)["Body"].read())
    diff = chaos.ops("diff", env)
    check(f"lock id {lock['ID']}" in diff.output and lock["Who"] in diff.output, "the next command did not name the lock left", diff)
    refused = chaos.ops("unlock", env, answer="no")
    check(
        refused.returncode != 0 and harness.s3.list_objects_v2(Bucket=STATE_BUCKET, Prefix=lock_key).get("KeyCount"), "unlock did not ask"
    )
    unlocked = chaos.ops("unlock", env, answer=env)
    check(unlocked.returncode == 0, "make unlock failed", unlocked)
    check(not harness.s3.list_objects_v2(Bucket=STATE_BUCKET, Prefix=lock_key).get("KeyCount"), "make unlock left the lock")
    expected = chaos.orphaned(env)
    check(expected, "the killed apply left nothing outside a state: the scenario killed too early")
    orphans_cleaned(chaos, expected)
    run = chaos.ops("deploy", env, label="deploy after a killed one")
    check(run.returncode == 0, "the deploy after the killed one failed", run)
    chaos.converged(env)
    return 1


def refused(chaos: Chaos) -> int:
    env = "staging"
    storage = chaos.harness.object_storage_faults
    unsaved = chaos.checkout / "env.d" / "unsaved-states" / chaos.site / f"media-{env}.tfstate"
    storage.sequence("PUT", f"/{STATE_BUCKET}/env(?::|%3A)/{env}/{chaos.site}.tfstate", *[Fault(Kind.FORBIDDEN)] * 50)
    try:
        run = chaos.ops("deploy", env, label="deploy whose state write is refused")
    finally:
        injected = storage.count(Kind.FORBIDDEN)
        storage.clear()
    check(run.returncode != 0 and injected, "the state's write was not refused", run)
    check(
        f"it is kept in env.d/unsaved-states/{chaos.site}/media-{env}.tfstate" in run.output,
        "the command did not say where the state is",
        run,
    )
    check(unsaved.exists(), "the unsaved state is not where the command said")
    again = chaos.ops("deploy", env)
    check(again.returncode == 2 and "make state-push ENV=staging` puts it back" in again.output, "a deploy was not refused", again)
    pushed = chaos.ops("state-push", env, answer=env)
    check(pushed.returncode == 0 and not unsaved.exists(), "make state-push failed", pushed)
    chaos.converged(env)
    return injected


def rollout(chaos: Chaos) -> int:
    api = chaos.harness.api.faults
    # The staging wave's pipeline passes; production's create fails past the provider's retries.
    api.sequence("POST", f"{EDGE}/pipelines", None, *[Fault(Kind.UNAVAILABLE, 0)] * 4)
    try:
        run = chaos.ops("rollout", "--sites", chaos.site, label="rollout under faults")
    finally:
        injected = api.count()
        api.clear()
    check(run.returncode != 0 and "Rollout stopped in wave production" in run.output, "the faulty wave did not stop the rollout", run)
    check("make rollout FROM=production" in run.output, "the rollout did not say where to resume", run)
    resumed = chaos.ops("rollout", "--sites", chaos.site, "--from", "production", label="rollout resumed")
    check(resumed.returncode == 0, "the resumed rollout failed", resumed)
    status = chaos.ops("status", "--sites", chaos.site)
    check(status.returncode == 0, "the factory is not in sync after the resumed rollout", status)
    for env in ("staging", "production"):
        chaos.converged(env)
    return injected


@dataclass(frozen=True)
class Breakage:
    """The scenario's handling removed from a work copy: `old` replaced by `new` in `path`."""

    path: str
    old: str
    new: str


@dataclass(frozen=True)
class Scenario:
    name: str
    run: Callable[[Chaos], int]  # the faults injected
    environments: tuple[str, ...]
    breakage: Breakage


SCENARIOS = (
    Scenario(
        "transient",
        transient,
        ("staging",),
        Breakage("ops/factory/orphans.py", "    return sorted(orphans, key=", "    return [] and sorted(orphans, key="),
    ),
    Scenario(
        "killed",
        killed,
        ("staging",),
        Breakage("ops/stack/recovery.py", "    return None if body is None else Lock.parse(body)", "    return None"),
    ),
    Scenario(
        "refused",
        refused,
        ("staging",),
        Breakage("ops/stack/recovery.py", "    if not errored.exists():\n        return None", "    if True:\n        return None"),
    ),
    Scenario(
        "rollout",
        rollout,
        ("staging", "production"),
        Breakage("ops/factory/rollout.py", "make rollout FROM=", "make rollout FROM "),
    ),
)


@dataclass
class Outcome:
    scenario: str
    survived: bool
    orphaned: int
    lost: int
    seconds: float
    injected: int = 0
    why: str = ""


def run_scenario(harness: Harness, scenario: Scenario, site: str, broken: bool = False) -> Outcome:
    """One scenario on a site and work copy of its own (its handling removed when `broken`)."""
    checkout = harness.variant(site)
    if broken:
        path = checkout / scenario.breakage.path
        text = path.read_text()
        if scenario.breakage.old not in text:
            raise RuntimeError(f"the breakage of {scenario.name} no longer applies to {scenario.breakage.path}: update it")
        path.write_text(text.replace(scenario.breakage.old, scenario.breakage.new))
    harness.write_site(site, checkout=checkout)
    chaos = Chaos(harness, checkout, site)
    started = time.monotonic()
    injected, why = 0, ""
    try:
        injected = scenario.run(chaos)
    except Failed as failure:
        why = str(failure)
    orphaned = sum(len(chaos.orphaned(env)) for env in scenario.environments)
    lost = sum(chaos.lost(env) for env in scenario.environments)
    return Outcome(scenario.name, not why and not orphaned and not lost, orphaned, lost, time.monotonic() - started, injected, why)


def figure(outcomes: list[Outcome]) -> str:
    survived = sum(outcome.survived for outcome in outcomes)
    orphaned, lost = sum(o.orphaned for o in outcomes), sum(o.lost for o in outcomes)
    return f"scenarios survived: {survived}/{len(outcomes)} · resources orphaned: {orphaned} · states lost: {lost}"


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    from ops.checkout import OperatorError
    from ops.stack.preflight import check_terraform

    parser = argparse.ArgumentParser(prog="python -m localscw.chaos", description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=[s.name for s in SCENARIOS], help="this scenario only (repeatable)")
    parser.add_argument("--self-test", action="store_true", help="also run each scenario with its handling removed: it must fail")
    args = parser.parse_args(argv)
    try:
        check_terraform("terraform")
    except OperatorError as error:
        print(f"make chaos needs Terraform: {error}", file=sys.stderr)
        return 2
    chosen = [s for s in SCENARIOS if not args.only or s.name in args.only]
    with tempfile.TemporaryDirectory(prefix="chaos-") as folder:
        harness = Harness(Path(folder)).start()
        try:
            bootstrap = harness.ops("bootstrap")
            if bootstrap.returncode != 0:
                print(bootstrap.output, file=sys.stderr)
                return 2
            outcomes = []
            for n, scenario in enumerate(chosen):
                outcome = run_scenario(harness, scenario, f"chaos{n}")
                outcomes.append(outcome)
                verdict = "survived" if outcome.survived else f"NOT SURVIVED: {outcome.why.splitlines()[0] if outcome.why else ''}"
                print(f"chaos: {scenario.name}: {verdict} ({outcome.injected} faults, {outcome.seconds:.0f} s)", flush=True)
                if outcome.why:
                    print(outcome.why, file=sys.stderr)
            print(figure(outcomes))
            caught = 0
            if args.self_test:
                for n, scenario in enumerate(chosen):
                    broken = run_scenario(harness, scenario, f"broken{n}", broken=True)
                    caught += not broken.survived
                    print(
                        f"self-test: {scenario.name} without its handling: {'caught' if not broken.survived else 'NOT CAUGHT'}", flush=True
                    )
                print(f"self-test: {caught}/{len(chosen)} breakages caught")
        finally:
            harness.stop()
    healthy = all(o.survived for o in outcomes) and (not args.self_test or caught == len(chosen))
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
