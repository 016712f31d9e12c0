"""`make mutation`: mutmut on the modules whose tests guard a promise (apply what was
shown, drift caught, the state closed, who may do what, an incident's leftovers
resolved only after asking, transient faults retried, production after a smoke pass and
exactly as approved, a key applying only what its role may), its score per module and the
mutants the tests let live. Too slow for `make test` on 2 cores; CI's scheduled job runs it.

mutmut works in a copy of the checkout (its `mutants/` folder), so the tree stays clean.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Each module, with the tests that mirror it.
GUARDED = {
    "ops/factory/rollout.py": "tests/ops/factory/test_rollout.py",
    "ops/factory/status.py": "tests/ops/factory/test_status.py",
    "ops/stack/state_guard.py": "tests/ops/stack/test_state_guard.py",
    "ops/access/rules.py": "tests/ops/access/test_rules.py",
    "ops/access/report.py": "tests/ops/access/test_report.py",
    "ops/stack/recovery.py": "tests/ops/stack/test_recovery.py",
    "ops/factory/orphans.py": "tests/ops/factory/test_orphans.py",
    "ops/retry.py": "tests/ops/test_retry.py",
    "ops/factory/smoke_results.py": "tests/ops/factory/test_smoke_results.py",
    "ops/factory/approval.py": "tests/ops/factory/test_approval.py",
    "ops/scaleway/identity.py": "tests/ops/scaleway/test_identity.py",
    "ops/scaleway/client.py": "tests/ops/scaleway/test_client.py",
    "ops/scaleway/edge_bill.py": "tests/ops/scaleway/test_edge_bill.py",
    "ops/scaleway/account.py": "tests/ops/scaleway/test_account.py",
}
FLOOR = 0.85  # of each module's mutants killed
CAUGHT = {"killed", "timeout"}  # a mutant that hangs the tests is caught too
RESULT = re.compile(r"^\s*(?P<name>[\w.]+)\.x[_ǁ]\S*__mutmut_\d+: (?P<status>.+)$")


def config(top_level: set[str]) -> str:
    """mutmut's settings: what to mutate, the tests to run, and the rest of the checkout
    its copy needs (the tests import stacks/, localscw/ and their helpers)."""

    def listed(names: Iterable[str]) -> str:
        return ", ".join(f'"{name}"' for name in names)

    return (
        f"\n[tool.mutmut]\nsource_paths = [{listed(GUARDED)}]\n"
        f"pytest_add_cli_args_test_selection = [{listed(GUARDED.values())}]\n"
        f"also_copy = [{listed(sorted(top_level))}]\n"
    )


def copy_checkout(into: Path) -> None:
    """The committed files and the work tree's changes to them, without caches or outputs."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode()
    names = [name for name in listed.split("\0") if name and (ROOT / name).is_file()]
    for name in names:
        (into / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, into / name)
    with (into / "pyproject.toml").open("a") as pyproject:
        pyproject.write(config({name.split("/")[0] for name in names}))


def scores(results: str) -> dict[str, tuple[int, int, list[str]]]:
    """Per module: mutants caught, mutants made, and the names of those not caught."""
    made: dict[str, int] = defaultdict(int)
    caught: dict[str, int] = defaultdict(int)
    alive: dict[str, list[str]] = defaultdict(list)
    for line in results.splitlines():
        found = RESULT.match(line)
        if not found:
            continue
        module = found["name"].replace(".", "/") + ".py"
        made[module] += 1
        if found["status"] in CAUGHT:
            caught[module] += 1
        else:
            alive[module].append(f"{line.strip()}")
    return {module: (caught[module], made[module], alive[module]) for module in made}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="mutation-") as folder:
        work = Path(folder)
        copy_checkout(work)
        mutmut = [sys.executable, "-m", "mutmut"]
        run = subprocess.run([*mutmut, "run", "--max-children", str(os.cpu_count() or 1)], cwd=work, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"mutmut failed: {(run.stdout + run.stderr).strip().splitlines()[-1:]}", file=sys.stderr)
            return 2
        results = subprocess.run([*mutmut, "results", "--all", "true"], cwd=work, capture_output=True, text=True, check=True).stdout
    below = []
    measured = scores(results)
    for module in GUARDED:
        caught, made, alive = measured.get(module, (0, 0, []))
        score = caught / made if made else 0.0
        print(f"{module:28} {caught:4}/{made:<4} killed  {score:6.1%}")
        for name in alive:
            print(f"    {name}")
        if score < FLOOR:
            below.append(module)
    if below:
        print(f"below {FLOOR:.0%}: {', '.join(below)} (`python -m mutmut show <name>` in a copy shows a mutant)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
