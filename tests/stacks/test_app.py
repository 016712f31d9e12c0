"""The app as operators run it: `python main.py` (what `cdktf synth` calls)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ops.checkout import QUIET_CLI, ROOT
from stacks.app import build_app
from stacks.settings import load_site
from tests.helpers import first_deploy, fresh_app, only, synth_stacks


def run_main(outdir: Path, **env: str) -> subprocess.CompletedProcess:
    """`python main.py` as a user runs it: none of the suite's silencing variables."""
    environment = {k: v for k, v in os.environ.items() if k != "RICHIE_SITE" and k not in QUIET_CLI}
    environment.update(env, CDKTF_OUTDIR=str(outdir))
    return subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def synthesized_demo(tmp_path_factory):
    outdir = tmp_path_factory.mktemp("main")
    result = run_main(outdir)
    assert result.returncode == 0, result.stderr
    return outdir, result


def test_main_writes_one_folder_per_stack(synthesized_demo):
    outdir, _ = synthesized_demo
    stacks = sorted(p.parent.name for p in (outdir / "stacks").glob("*/cdk.tf.json"))
    assert stacks == ["bootstrap", "media-preprod", "media-production", "media-staging"]
    manifest = json.loads((outdir / "manifest.json").read_text())
    assert sorted(manifest["stacks"]) == stacks


def test_main_without_a_key_says_in_one_line_that_it_is_for_review(synthesized_demo):
    outdir, result = synthesized_demo
    assert result.stdout == ""
    # No jsii banner, though the user exported nothing: only why the stacks cannot be deployed.
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("note: no key for the state bucket in the environment")
    staging = json.loads((outdir / "stacks" / "media-staging" / "cdk.tf.json").read_text())
    assert staging["variable"]["api_key_slots"]["default"] is None  # marked: Terraform refuses to plan it


def test_without_node_main_and_the_commands_say_so_in_one_line(tmp_path):
    python_only = str(Path(sys.executable).parent)
    result = run_main(tmp_path, PATH=python_only)
    assert result.returncode == 1 and result.stderr.startswith("error: node not found on PATH: install Node.js 22 or 24")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    for command in ("synth", "access", "diff"):
        run = subprocess.run(
            [sys.executable, "-m", "ops", command], cwd=ROOT, env={"PATH": python_only}, capture_output=True, text=True, timeout=60
        )
        assert run.returncode == 2 and run.stderr.startswith("error: node not found on PATH: install Node.js 22 or 24"), (
            command,
            run.stderr,
        )
        assert run.stderr.count("\n") == 1


def test_unknown_site_is_one_clear_line(tmp_path):
    result = run_main(tmp_path, RICHIE_SITE="nope")
    assert result.returncode == 1
    assert result.stderr.startswith("error: unknown site 'nope'")
    assert "Known sites: ademe, demo, funmooc." in result.stderr  # the tests' own sites
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "stacks").exists()


def test_a_copied_site_synthesizes_with_its_own_names(tmp_path, outdir):
    site_dir = tmp_path / "acme" / "scw"
    site_dir.mkdir(parents=True)
    (tmp_path / "project.tfvars").write_text((ROOT / "sites" / "project.tfvars").read_text())
    (site_dir / "config.tfvars").write_text('site = "acme"\nenvironments = ["staging", "production"]\n')
    site = load_site("acme", sites_dir=tmp_path)
    app = build_app(site, fresh_app(outdir / "acme"), inputs=first_deploy(site))
    stacks = synth_stacks(app)
    assert sorted(stacks) == ["bootstrap", "media-production", "media-staging"]
    production = stacks["media-production"]
    assert only(production, "scaleway_object_bucket")["name"] == "production-acme-media"
    assert only(production, "scaleway_iam_application")["name"] == "production-acme"
    assert only(production, "scaleway_edge_services_pipeline")["name"] == "production-acme-media-pipeline"
    assert production["terraform"]["backend"]["s3"]["key"] == "env:/production/acme.tfstate"


def test_richie_env_adds_a_throwaway_feature_stack(tmp_path):
    result = run_main(tmp_path, RICHIE_ENV="feature-x")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "stacks" / "media-feature-x" / "cdk.tf.json").is_file()
    assert (tmp_path / "stacks" / "media-staging" / "cdk.tf.json").is_file()


def test_richie_env_rejects_a_typo(tmp_path):
    result = run_main(tmp_path, RICHIE_ENV="prodution")
    assert result.returncode == 1
    assert "environment 'prodution' is not declared" in result.stderr
    assert "Traceback" not in result.stderr
