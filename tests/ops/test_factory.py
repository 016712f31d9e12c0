"""`make synth-all`: every site of the project, validated first, each in its own folder."""

import shutil
import subprocess
import sys
from pathlib import Path

from ops.localscw.harness import copy_project


def run(project: Path, output: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ops", "synth-all", "--output", str(output)], cwd=project, capture_output=True, text=True, timeout=120
    )


def app_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project", ("main.py", "cdktf.json", "stacks", "imports", "sites", "ops"))


def test_every_site_is_synthesized_into_its_own_folder(tmp_path):
    project = app_copy(tmp_path)
    shutil.copytree(project / "sites" / "demo", project / "sites" / "acme")
    config = project / "sites" / "acme" / "scw" / "config.tfvars"
    config.write_text(config.read_text().replace('site = "demo"', 'site = "acme"'))
    result = run(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    for site in ("acme", "demo"):
        stacks = sorted(p.parent.name for p in (tmp_path / "out" / site / "stacks").glob("*/cdk.tf.json"))
        assert stacks == ["bootstrap", "media-preprod", "media-production", "media-staging"]
    assert '"production-acme-media"' in (tmp_path / "out" / "acme" / "stacks" / "media-production" / "cdk.tf.json").read_text()


def test_one_bad_site_stops_before_anything_is_written(tmp_path):
    project = app_copy(tmp_path)
    shutil.copytree(project / "sites" / "demo", project / "sites" / "broken")
    (project / "sites" / "broken" / "scw" / "config.tfvars").write_text('site = "broken"\nmedia_expiration = -1\n')
    result = run(project, tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "media_expiration = -1 is negative" in result.stderr
    assert not (tmp_path / "out").exists()
