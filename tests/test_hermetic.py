"""The tests use their own sites: a team working as the guide says keeps a green suite."""

import os
import subprocess
import sys

from localscw.harness import copy_project
from ops.project import ROOT

CHECKOUT = ("main.py", "cdktf.json", "package.json", "pytest.ini", "README.md", "docs", ".gitignore", "stacks", "imports", "ops",
            "localscw", "sites", "tests", "env.d/scw.dist")
# The tests that once read the committed sites, and would fail on a team's own.
ONCE_COMMITTED = ("tests/stacks/test_snapshots.py", "tests/stacks/test_app.py", "tests/stacks/test_legacy.py",
                  "tests/ops/test_preflight.py", "tests/ops/test_commands.py", "tests/ops/test_access.py")


def test_the_suite_stays_green_after_a_new_site_and_a_new_operator(tmp_path):
    copy = copy_project(tmp_path / "checkout", CHECKOUT, links=("node_modules", ".venv"))
    env = {k: v for k, v in os.environ.items() if k != "RICHIE_SITES_DIR"}
    subprocess.run(["git", "init", "-q", str(copy)], check=True)  # a clone, as the team has it
    made = subprocess.run([sys.executable, "-m", "ops", "site", "acme"], cwd=copy, env=env, capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    project = copy / "sites" / "project.tfvars"
    project.write_text(project.read_text().replace("operators = [\n", 'operators = [\n  "user_id:12345678-1234-4234-8234-123456789012",\n'))
    assert "12345678-1234" in project.read_text()
    suite = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *ONCE_COMMITTED],
        cwd=copy, env=env, capture_output=True, text=True, timeout=600,
    )
    assert suite.returncode == 0, suite.stdout[-3000:]
