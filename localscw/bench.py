"""What users wait for, measured side by side against the budgets: `make bench`.

On the local Scaleway, with the real provider, in one run:
- a second `make diff ENV=staging` (nothing changed) on a deployed environment against
  `terraform plan` of the hand-written checkout's HCL (the adoption fixture);
- `make status` of the committed factory (its sites, rolled out here), and of a generated
  factory of 20 sites, against the peer a team would otherwise run: the same stacks'
  `terraform plan -detailed-exitcode` straight from their synthesized folders, JOBS at a
  time (a `parallel` loop, the way Terramate runs stacks); seconds per stack printed;
- `make diff` on a site of 3 environments against one of 40: one stack is synthesized
  either way, so the cost must not grow with the number of environments;
- the demo's synthesis (`python -O main.py`) against the floor the runtime sets
  (`import cdktf; cdktf.App().synth()`);
- the test suite with and without the end-to-end run; peak memory.

Commands run in turns (one warm-up round first) so that a slow spell of the machine
weighs on both sides of a comparison alike; a ratio is the median of each round's ratio.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from localscw.harness import Harness, copy_project, legacy_variables
from localscw.scaleway import ACCOUNT, CREDENTIALS
from localscw.toolchain import ToolchainError, build_provider
from ops.checkout import ROOT, OperatorError, cli_environment
from ops.stack.preflight import check_terraform

PYTHON = sys.executable
MAKE_FILES = ("Makefile", "requirements.txt", "package-lock.json")  # what `make <command>` needs in a work copy


@dataclass(frozen=True)
class Measured:
    """A command timed by the bench: what it runs, where, with what besides the base environment."""

    label: str
    command: list[str]
    cwd: Path
    env: dict[str, str]
    stacks: int = 0  # how many stacks it plans, for a figure per stack
    # `make status` fails (make's 2) on what it reports: here, the other work copies' states
    # in the shared state bucket ("not declared"). Its time is what is measured.
    ok: tuple[int, ...] = (0,)


@dataclass(frozen=True)
class Comparison:
    """A command against its baseline, and the ratio it may reach."""

    measured: Measured
    baseline: Measured
    budget: float


@dataclass(frozen=True)
class Suite:
    label: str
    marker: str | None  # pytest's -m expression; None for the whole suite
    budget: float  # seconds


SUITES = (Suite("test suite without the end-to-end run", "not e2e", 30.0), Suite("whole test suite (make test)", None, 90.0))


def timed(command: list[str], cwd: Path, env: dict[str, str], ok: tuple[int, ...] = (0,)) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode not in ok:
        raise SystemExit(f"bench: `{' '.join(command)}` failed in {cwd}:\n{result.stderr}{result.stdout[-2000:]}")
    return time.perf_counter() - started


def interleaved(comparisons: list[Comparison], runs: int, base_env: dict[str, str]) -> dict[str, list[float]]:
    """Wall times of each command of the comparisons, by label, in turns, after one warm-up round."""
    commands = {side.label: side for comparison in comparisons for side in (comparison.measured, comparison.baseline)}
    times: dict[str, list[float]] = {label: [] for label in commands}
    for round_ in range(runs + 1):
        for label, side in commands.items():
            seconds = timed(side.command, side.cwd, {**base_env, **side.env}, side.ok)
            if round_:
                times[label].append(seconds)
    return times


def paired_ratio(times: list[float], baseline: list[float]) -> float:
    """Median of each round's ratio: a slow spell that lasts a round slows both sides."""
    return statistics.median(t / b for t, b in zip(times, baseline, strict=True))


_PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_rss_mib(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Peak resident memory of the largest process the command ran (Python, Node or Terraform)."""
    result = subprocess.run([PYTHON, "-c", _PEAK_RSS, *command], cwd=cwd, env=env, check=True, capture_output=True, text=True)
    return int(result.stdout.split()[-1]) / 1024


def sites_of(harness: Harness, checkout: Path, sizes: dict[str, int]) -> None:
    """Sites named after their size, each with environments env00, env01..."""
    for site, count in sizes.items():
        harness.write_site(site, checkout, environments=[f"env{i:02d}" for i in range(count)], environment_settings={})


def measure_operator_loop(runs: int, tmp: Path) -> tuple[list[Comparison], dict[str, list[float]], dict[str, float]]:
    harness = Harness(tmp / "localscw").start()
    try:
        checkout = harness.checkout
        copy_project(checkout, MAKE_FILES)
        sites_of(harness, checkout, {"three": 3, "forty": 40})
        setup = [("bootstrap",), ("deploy", "staging"), ("deploy", "env00")]
        for args in setup:
            for site in {"e2e"} if args[0] != "deploy" or args[1] == "staging" else {"three", "forty"}:
                run = harness.ops(*args, env={"RICHIE_SITE": site})
                if run.returncode != 0:
                    raise SystemExit(f"bench: {' '.join(args)} of {site} failed:\n{run.output}")
        legacy = tmp / "legacy"
        run = harness.apply_legacy("legacy", legacy)
        if run.returncode != 0:
            raise SystemExit(f"bench: the hand-written checkout failed to apply:\n{run.output}")
        make_diff = ["make", "--no-print-directory", "diff"]
        staging = Measured("make diff ENV=staging", [*make_diff, "ENV=staging"], checkout, {"RICHIE_SITE": "e2e"})
        plan = Measured(
            "terraform plan (hand-written HCL)",
            ["terraform", "plan", "-input=false"],
            legacy,
            {**legacy_variables("legacy"), **CREDENTIALS},
        )
        three = Measured("make diff, site of 3 environments", [*make_diff, "ENV=env00"], checkout, {"RICHIE_SITE": "three"})
        forty = Measured("make diff, site of 40 environments", [*make_diff, "ENV=env00"], checkout, {"RICHIE_SITE": "forty"})
        # `make status` against the same plans run directly: the peer a team would otherwise
        # run. (It was held to 3x one `make diff` before: the wrong yardstick for N stacks.)
        committed = factory_status(harness, "factory", committed_sites)
        generated = factory_status(harness, "generated", generated_sites(GENERATED_SITES))
        comparisons = [
            Comparison(staging, plan, 1.2),
            Comparison(forty, three, 1.1),
            *(Comparison(status, parallel_plans(status), STATUS_BUDGET) for status in (committed, generated)),
        ]
        times = interleaved(comparisons, runs, harness.environ)
        memory = {staging.label: peak_rss_mib(staging.command, staging.cwd, {**harness.environ, **staging.env})}
        return comparisons, times, memory
    finally:
        harness.stop()


STATUS_BUDGET = 1.15  # `make status` against the same plans run directly
GENERATED_SITES = 20  # of 3 environments each: 61 stacks with the bootstrap


def committed_sites(harness: Harness, checkout: Path) -> None:
    for path in (ROOT / "sites").glob("*/scw/config.tfvars"):
        copy_project(checkout, [str(path.relative_to(ROOT))])


def generated_sites(count: int) -> Callable[[Harness, Path], None]:
    def write(harness: Harness, checkout: Path) -> None:
        for number in range(count):
            harness.write_site(f"gen{number:02d}", checkout, environments=["staging", "preprod", "production"], environment_settings={})

    return write


def factory_status(harness: Harness, name: str, sites: Callable[[Harness, Path], None]) -> Measured:
    """`make status` in a work copy holding these sites, every stack rolled out."""
    checkout = harness.variant(name)
    copy_project(checkout, MAKE_FILES)
    shutil.rmtree(checkout / "sites")
    harness.write_project(checkout)
    sites(harness, checkout)
    run = harness.ops("rollout", checkout=checkout, env={"ALLOW_UNREVIEWED": "1"})  # a work copy, no git checkout
    if run.returncode != 0:
        raise SystemExit(f"bench: the rollout of the {name} factory failed:\n{run.output}")
    stacks = sum(1 for _ in (checkout / "cdktf.out" / "factory").rglob("cdk.tf.json"))
    return Measured(f"make status, {stacks} stacks ({name})", ["make", "--no-print-directory", "status"], checkout, {}, stacks, (0, 2))


# The peer: every synthesized stack folder planned straight by Terraform, JOBS at a time,
# the lock not taken; exit code 2 (changes) counts as a plan made.
PARALLEL_PLANS = (
    "find cdktf.out/factory -name cdk.tf.json -printf '%h\\n' | xargs -P \"$JOBS\" -I{} sh -c "
    "'terraform -chdir=\"$1\" plan -input=false -no-color -lock=false -detailed-exitcode >/dev/null 2>&1; [ $? -ne 1 ]' _ {}"
)


def parallel_plans(status: Measured) -> Measured:
    """The same stacks as `status`, planned the way a Terramate-style runner would."""
    jobs = str(os.cpu_count() or 1)  # what `make status` runs at a time by default
    return Measured(
        f"  terraform plan of the same {status.stacks}, {jobs} at a time",
        ["bash", "-c", PARALLEL_PLANS],
        status.cwd,
        {**CREDENTIALS, **ACCOUNT, "JOBS": jobs},
        status.stacks,
    )


def measure_synthesis(runs: int, tmp: Path) -> tuple[list[Comparison], dict[str, list[float]], dict[str, float]]:
    floor_dir = tmp / "floor"
    floor_dir.mkdir()
    env = cli_environment({k: v for k, v in os.environ.items() if k not in ("RICHIE_SITE", "RICHIE_ENV")})
    floor = Measured("floor: import cdktf; App().synth()", [PYTHON, "-c", "import cdktf; cdktf.App().synth()"], floor_dir, {})
    demo = Measured("demo synthesis (python -O main.py)", [PYTHON, "-O", "main.py"], ROOT, {"CDKTF_OUTDIR": str(tmp / "demo-out")})
    comparisons = [Comparison(demo, floor, 1.5)]
    times = interleaved(comparisons, runs, env)
    memory = {side.label: peak_rss_mib(side.command, side.cwd, {**env, **side.env}) for side in (floor, demo)}
    return comparisons, times, memory


def bench(runs: int = 5, skip_tests: bool = False) -> int:
    comparisons: list[Comparison] = []
    times: dict[str, list[float]] = {}
    memory: dict[str, float] = {}
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        tmp = Path(folder)
        measurers = [measure_synthesis]
        try:
            check_terraform("terraform")
            build_provider()
            measurers.append(measure_operator_loop)
        except (OperatorError, ToolchainError) as error:
            notes.append(f"operator loop not measured: {error}")
        for measure in measurers:
            found, found_times, peaks = measure(runs, tmp)
            comparisons += found
            times.update(found_times)
            memory.update(peaks)
    suites: list[tuple[Suite, float]] = []
    if not skip_tests:
        for suite in SUITES:
            command = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "auto", "--dist", "loadfile"]
            suites.append((suite, timed(command + (["-m", suite.marker] if suite.marker else []), ROOT, dict(os.environ))))
    return report(comparisons, times, memory, suites, runs, notes)


def per_stack(side: Measured, times: dict[str, list[float]]) -> str:
    return f" ({statistics.median(times[side.label]) / side.stacks:.2f} s per stack)" if side.stacks else ""


def report(
    comparisons: list[Comparison],
    times: dict[str, list[float]],
    memory: dict[str, float],
    suites: list[tuple[Suite, float]],
    runs: int,
    notes: list[str],
) -> int:
    missed = []
    print(f"median of {runs} interleaved runs on {os.cpu_count()} cores; ratio = median of each round's ratio")
    for comparison in comparisons:
        measured, baseline = comparison.measured.label, comparison.baseline.label
        ratio = paired_ratio(times[measured], times[baseline])
        verdict = "ok" if ratio <= comparison.budget else "MISSED"
        if verdict != "ok":
            missed.append(measured)
        print(f"  {measured:38s} {statistics.median(times[measured]):6.2f} s{per_stack(comparison.measured, times)}")
        print(
            f"  {'  vs ' + baseline.strip():38s} {statistics.median(times[baseline]):6.2f} s{per_stack(comparison.baseline, times)}"
            f"   {ratio:5.2f}x (budget {comparison.budget}x) {verdict}"
        )
    for suite, seconds in suites:
        verdict = "ok" if seconds <= suite.budget else "MISSED"
        if verdict != "ok":
            missed.append(suite.label)
        print(f"  {suite.label:38s} {seconds:6.2f} s   (budget {suite.budget:.0f} s) {verdict}")
    for name, mib in memory.items():
        print(f"  peak memory, {name:26s} {mib:6.0f} MiB")
    for note in notes:
        print(f"  note: {note}")
    for label in missed:
        print(f"BUDGET MISSED: {label}")
    return 1 if missed else 0


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m localscw.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-tests", action="store_true", help="do not time the test suites")
    args = parser.parse_args(argv)
    return bench(args.runs, args.skip_tests)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
