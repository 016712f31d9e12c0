"""The tests use their own sites: a team working as the guide says keeps a green suite."""

import os
import subprocess
import sys

from localscw.api import ScalewayApi
from localscw.harness import copy_project

CHECKOUT = (
    "main.py",
    "cdktf.json",
    "package.json",
    "pyproject.toml",
    "README.md",
    "docs",
    ".gitignore",
    "stacks",
    "imports",
    "ops",
    "localscw",
    "sites",
    "tests",
    "env.d/scw.dist",
)
# The tests that once read the committed sites, and would fail on a team's own.
ONCE_COMMITTED = (
    "tests/stacks/test_snapshots.py",
    "tests/stacks/test_app.py",
    "tests/stacks/test_legacy.py",
    "tests/ops/stack/test_preflight.py",
    "tests/ops/stack/test_commands.py",
    "tests/ops/access/test_rules.py",
    "tests/ops/access/test_report.py",
)


def test_the_suite_stays_green_after_a_new_project_a_new_site_and_a_new_operator(tmp_path):
    copy = copy_project(tmp_path / "checkout", CHECKOUT, links=("node_modules", ".venv"))
    env = {k: v for k, v in os.environ.items() if k != "RICHIE_SITES_DIR"}
    subprocess.run(["git", "init", "-q", str(copy)], check=True)  # a clone, as the team has it
    iam = ScalewayApi("88888888-8888-4888-8888-888888888888")
    iam.add_user("77777777-7777-4777-8777-777777777777", "newcomer@example.org")
    iam.add_user_key("77777777-7777-4777-8777-777777777777", "SCWNEWTEAM0000000000", "new-team-secret", "p")
    server = iam.serve()
    (copy / "env.d" / "scw").write_text(
        "SCW_ACCESS_KEY=SCWNEWTEAM0000000000\nSCW_SECRET_KEY=new-team-secret\n"
        "TF_VAR_scw_project_id=88888888-8888-4888-8888-888888888888\nTF_VAR_scw_organization_id=88888888-8888-4888-8888-888888888888\n"
    )
    (copy / "env.d" / "scw").chmod(0o600)  # as `make env.d/scw` makes it
    try:
        for command in (("project", "acme-terraform-state", "--replace"), ("site", "acme")):
            made = subprocess.run(
                [sys.executable, "-m", "ops", *command],
                cwd=copy,
                env={**env, "SCW_API_URL": server.url},
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert made.returncode == 0, made.stderr
    finally:
        server.stop()
    project = copy / "sites" / "project.tfvars"
    project.write_text(project.read_text().replace("operators = [\n", 'operators = [\n  "user_id:12345678-1234-4234-8234-123456789012",\n'))
    assert "12345678-1234" in project.read_text()
    factory = subprocess.run(
        [sys.executable, "-m", "ops", "synth-all", "--output", str(tmp_path / "all")],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert factory.returncode == 0, factory.stderr  # what make test checks of the committed sites
    suite = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *ONCE_COMMITTED],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert suite.returncode == 0, suite.stdout[-3000:]
