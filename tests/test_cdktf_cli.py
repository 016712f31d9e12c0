"""The real cdktf CLI drives the app as operators do (`npx cdktf synth`, `npx cdktf list`)."""

import os
import subprocess
from pathlib import Path

import pytest

from ops.checkout import QUIET_CLI, ROOT

STACKS = ["bootstrap", "media-preprod", "media-production", "media-staging"]

pytestmark = [
    pytest.mark.cli,
    pytest.mark.skipif(not (ROOT / "node_modules" / ".bin" / "cdktf").exists(), reason="cdktf CLI not installed: run `npm ci`"),
]


def cdktf(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    cli_config = tmp_path / "terraform.rc"
    cli_config.write_text("")
    env = dict(
        os.environ,
        **QUIET_CLI,
        TF_CLI_CONFIG_FILE=str(cli_config),
        CI="1",
    )
    env.pop("RICHIE_SITE", None)
    return subprocess.run(["npx", "cdktf", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def test_cdktf_synth_writes_every_stack(tmp_path):
    result = cdktf("synth", "--output", str(tmp_path / "out"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.parent.name for p in (tmp_path / "out" / "stacks").glob("*/cdk.tf.json")) == STACKS


def test_cdktf_list_shows_the_stacks(tmp_path):
    result = cdktf("list", "--output", str(tmp_path / "out"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = [line.split()[0] for line in result.stdout.splitlines() if line.strip() and line.split()[0] in STACKS]
    assert sorted(listed) == STACKS
