"""Synth speed and size against their budgets: `make bench`.

Prints medians of several runs, each also as a ratio to the floor the runtime sets
(`import cdktf; cdktf.App().synth()` in the same venv; for the synthesis budgets, the
median of each round's ratio, steadier on a noisy machine): the demo site, a generated site
with 40 environments (and the cost of each added stack), `make synth-all`, the test
suite (without the end-to-end run, as it runs on a machine without Terraform, and
whole, as `make test` runs it here), the peak memory of a synth and the size of `imports/`.

Every command runs as a user runs it, with Python writing and reusing its bytecode
(PYTHONDONTWRITEBYTECODE unset) after one warm-up run.

Usage: python scripts/bench.py [--runs N] [--skip-tests]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.project import copy_project  # noqa: E402
from tests.tfvars import tfvars  # noqa: E402

PYTHON = sys.executable
BUDGETS = {"demo": 1.3, "site-40": 2.0}
SUITE_BUDGET_SECONDS = 30.0
GENERATED_ENVIRONMENTS = 40


def environ(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "RICHIE_SITE", "RICHIE_ENV")}
    env.update(JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20", CHECKPOINT_DISABLE="1", **extra)
    return env


# Run through a fresh parent, whose children's peak RSS is then this command's alone.
_PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def peak_rss_mib(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Peak resident memory of the largest process the command ran (Python or Node)."""
    result = subprocess.run([PYTHON, "-c", _PEAK_RSS, *command], cwd=cwd, env=env, check=True, capture_output=True, text=True)
    return int(result.stdout.split()[-1]) / 1024


def interleaved_runs(commands: dict[str, tuple[list[str], Path, dict[str, str]]], runs: int) -> dict[str, list[float]]:
    """Wall times of each command, run in turns so that a slow spell of the machine weighs
    on all of them alike; after one warm-up round (bytecode, caches)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, (command, cwd, env) in commands.items():
            seconds = timed(command, cwd, env)
            if round_:
                times[name].append(seconds)
    return times


def paired_ratio(times: list[float], floor: list[float]) -> float:
    """Median of each round's time over the floor of the same round: a slow spell that
    lasts a round slows both, so the ratio is steadier than a ratio of medians."""
    return statistics.median(t / f for t, f in zip(times, floor))


def generated_project(folder: Path, environments: int) -> Path:
    """A copy of the app with one more site, `bench`, of `environments` environments."""
    copy_project(folder, ("main.py", "cdktf.json", "stacks", "imports", "sites"))
    site = folder / "sites" / "bench" / "scw" / "config.tfvars"
    site.parent.mkdir(parents=True)
    names = [f"env{index:02d}" for index in range(environments)]
    site.write_text(tfvars({"site": "bench", "media_expiration": 2, "environments": names}))
    return folder


def round_trips(command: list[str], cwd: Path, env: dict[str, str]) -> int:
    """Requests the command sends to the jsii kernel (its JSII_DEBUG log echoes each one)."""
    result = subprocess.run(
        command, cwd=cwd, env={**env, "JSII_DEBUG": "1"}, check=True, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True,
    )
    return sum(line.startswith("> {") for line in result.stderr.splitlines())


def directory_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-tests", action="store_true", help="do not time the test suites")
    args = parser.parse_args(argv)

    # label, seconds, ratio to the floor, note
    rows: list[tuple[str, float, float, str]] = []
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp_path = Path(tmp)
        outdir = {"demo": tmp_path / "out-demo", "site-40": tmp_path / "out-bench"}
        floor_dir = tmp_path / "floor"
        floor_dir.mkdir()
        project = generated_project(tmp_path / "project", GENERATED_ENVIRONMENTS)
        commands = {
            "floor": ([PYTHON, "-c", "import cdktf; cdktf.App().synth()"], floor_dir, environ()),
            "demo": ([PYTHON, "main.py"], ROOT, environ(CDKTF_OUTDIR=str(outdir["demo"]))),
            "site-40": ([PYTHON, "main.py"], project, environ(CDKTF_OUTDIR=str(outdir["site-40"]), RICHIE_SITE="bench")),
        }
        times = interleaved_runs(commands, args.runs)
        floor, demo, site40 = (statistics.median(times[name]) for name in ("floor", "demo", "site-40"))
        ratios = {name: paired_ratio(times[name], times["floor"]) for name in ("demo", "site-40")}
        spread = {name: f"runs {min(values):.2f}-{max(values):.2f} s" for name, values in times.items()}
        memory = {name: peak_rss_mib(*command) for name, command in commands.items()}
        floor_rss, demo_rss, site40_rss = memory["floor"], memory["demo"], memory["site-40"]
        # Counted in what the runs synthesized: bootstrap and one stack per environment.
        stacks = {name: sum(1 for _ in (folder / "stacks").iterdir()) for name, folder in outdir.items()}
        added_stacks = stacks["site-40"] - stacks["demo"]
        per_stack = (site40 - demo) / added_stacks
        trips = {name: round_trips(*commands[name]) for name in ("demo", "site-40")}
        trips_per_stack = (trips["site-40"] - trips["demo"]) / added_stacks
        synth_all = timed([PYTHON, "scripts/synth_all.py", "--output", str(tmp_path / "all")], ROOT, environ())

        rows += [
            ("floor: import cdktf; App().synth()", floor, 1.0, spread["floor"]),
            (f"demo site ({stacks['demo']} stacks)", demo, ratios["demo"], f"budget {BUDGETS['demo']}x, {spread['demo']}"),
            (f"generated site ({stacks['site-40']} stacks)", site40, ratios["site-40"],
             f"budget {BUDGETS['site-40']}x, {spread['site-40']}"),
            ("  cost per added stack", per_stack, per_stack / floor,
             f"{trips_per_stack:.0f} jsii round trips, {per_stack / trips_per_stack * 1000:.2f} ms each"),
            ("make synth-all (every site, one run)", synth_all, synth_all / floor, ""),
        ]
        for name, ratio in ratios.items():
            if ratio > BUDGETS[name]:
                missed.append(f"{name}: {ratio:.2f}x the floor, budget {BUDGETS[name]}x")

        if not args.skip_tests:
            pytest = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "auto", "--dist", "loadfile"]
            suite = timed([*pytest, "-m", "not e2e"], ROOT, environ())
            rows.append(("test suite without e2e (no Terraform)", suite, suite / floor, f"budget {SUITE_BUDGET_SECONDS:.0f} s"))
            if suite > SUITE_BUDGET_SECONDS:
                missed.append(f"test suite: {suite:.1f} s, budget {SUITE_BUDGET_SECONDS:.0f} s")
            whole = timed(pytest, ROOT, environ())
            rows.append(("whole test suite (make test, e2e too)", whole, whole / floor, f"budget {SUITE_BUDGET_SECONDS:.0f} s"))
            if whole > SUITE_BUDGET_SECONDS:
                missed.append(f"whole test suite: {whole:.1f} s with the end-to-end run, budget {SUITE_BUDGET_SECONDS:.0f} s")

    print(f"median of {args.runs} interleaved runs, on {os.cpu_count()} cores; "
          "the demo and 40-environment ratios are medians of each round's own ratio")
    for label, seconds, ratio, note in rows:
        print(f"  {label:40s} {seconds:7.2f} s  {ratio:6.2f}x floor  {note}")
    print(f"  peak memory (largest process): floor {floor_rss:.0f} MiB, demo {demo_rss:.0f} MiB, "
          f"{stacks['site-40']} stacks {site40_rss:.0f} MiB")
    print(f"  imports/: {directory_size(ROOT / 'imports') / 1024:.0f} KiB")
    for line in missed:
        print(f"BUDGET MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
