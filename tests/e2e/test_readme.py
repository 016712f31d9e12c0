"""The README's eight lines, run as written and in order by a new team in a fresh clone
in a repository of its own (the openfun factory's sites in it), against a local Scaleway of this module's own: they
deploy and smoke the team's own site, and touch no committed site."""

import re
import shutil
import subprocess
import time

import pytest

from localscw.harness import Harness, copy_project
from localscw.scaleway import ACCOUNT, CREDENTIALS
from ops.checkout import ROOT
from ops.stack.preflight import ENV_FILE
from stacks.settings import site_names
from tests.conftest import TIMINGS
from tests.e2e.conftest import missing_prerequisite, require

pytestmark = pytest.mark.e2e


def readme_lines() -> list[str]:
    """The commands of the README's "Operating, in eight lines", comments left out."""
    section = (ROOT / "README.md").read_text().split("## Operating, in eight lines", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [re.split(r"\s+#", line, maxsplit=1)[0].strip() for line in block.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    """A clone as a new team has it: the committed sites, no env.d/scw, an editor that fills
    it in with the team's key."""
    require(missing_prerequisite())
    harness = Harness(tmp_path_factory.mktemp("readme")).start()
    checkout = harness.checkout
    shutil.rmtree(checkout / "sites")
    copy_project(checkout, ["sites", "Makefile", "requirements.txt", "package-lock.json", ".gitignore"])
    (checkout / ENV_FILE).unlink()
    editor = checkout.parent / "editor"
    values = "".join(f"{name}={value}\n" for name, value in {**CREDENTIALS, **ACCOUNT}.items())
    editor.write_text(f"#!/bin/sh\ncat > \"$1\" <<'EOF'\n{values}EOF\n")
    editor.chmod(0o755)
    env = {name: value for name, value in harness.environ.items() if name != "RICHIE_SITE"}  # the team sets none
    env.update(EDITOR=str(editor), AUTO_APPROVE="1")
    identity = {"GIT_AUTHOR_NAME": "acme", "GIT_AUTHOR_EMAIL": "ops@acme.example", "GIT_COMMITTER_NAME": "acme"}
    env.update(identity, GIT_COMMITTER_EMAIL="ops@acme.example")
    # The clone, in the team's own repository (a bare one here), main pushed.
    origin = checkout.parent / "origin.git"
    for command in (
        ["git", "init", "-q", "--bare", "-b", "main", str(origin)],
        ["git", "init", "-q", "-b", "main"],
        ["git", "add", "-A", ".", ":!node_modules", ":!.venv"],  # the installs are links here, ignored in a real clone
        ["git", "commit", "-q", "-m", "the openfun factory"],
        ["git", "remote", "add", "origin", str(origin)],
        ["git", "push", "-q", "-u", "origin", "main"],
    ):
        subprocess.run(command, cwd=checkout, env=env, check=True, capture_output=True)
    (checkout / ".git" / "info" / "exclude").write_text("node_modules\n.venv\n")
    yield harness, checkout, env
    harness.stop()
    TIMINGS.extend(harness.timings)


def run(harness, command, checkout, env):
    """`command` in a shell of the team's: the harness's environment without RICHIE_SITE."""
    started = time.monotonic()
    result = subprocess.run(["bash", "-c", command], cwd=checkout, env=env, capture_output=True, text=True, timeout=300)
    harness.timings.append((f"README: {command}", time.monotonic() - started))
    return result.returncode, result.stdout + result.stderr


def test_the_readme_has_eight_lines_for_a_new_team():
    lines = readme_lines()
    assert len(lines) == 8 and "SITE=acme" in lines[1] and lines[2] == "make bootstrap"


def test_the_eight_lines_deploy_and_smoke_the_teams_own_site(clone):
    harness, checkout, env = clone
    committed = site_names(checkout / "sites")
    assert "acme" not in committed and len(committed) > 1
    for line in readme_lines():
        code, output = run(harness, line, checkout, env)
        if line == "make status":  # before the rollout, preprod and production are not deployed: the alarm says so
            assert code != 0 and "not deployed" in output, output
            continue
        assert code == 0, f"{line}\n{output}"
        if line.startswith("make smoke"):
            assert "media-staging: django-storages round trip passed" in output, output
        if line.startswith("make project"):
            assert f"Removed the example {len(committed)} sites of the openfun factory" in output, output
    assert site_names(checkout / "sites") == ["acme"]
    assert (checkout / "env.d" / "django" / "acme" / "staging.env").is_file()
    code, output = run(harness, "make status", checkout, env)
    assert code == 0, output  # after the rollout, every stack is as committed


def test_no_committed_site_was_touched(clone):
    harness, _, _ = clone
    keys = [item["Key"] for item in harness.s3.list_objects_v2(Bucket="acme-tf-state").get("Contents", [])]
    states = [key for key in keys if not key.startswith("smoke-results/")]  # the rollout's smoke passes, beside them
    assert sorted(states) == [
        "bootstrap.tfstate",
        "env:/preprod/acme.tfstate",
        "env:/production/acme.tfstate",
        "env:/staging/acme.tfstate",
    ]
    buckets = {bucket["Name"] for bucket in harness.s3.list_buckets()["Buckets"]}
    assert {"staging-acme-media", "preprod-acme-media", "production-acme-media"} <= buckets
    assert not [name for name in buckets if name.endswith("-media") and "-acme-" not in name], buckets
