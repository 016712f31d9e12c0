"""The site factory: `make synth-all` (every site, validated together) and `make site`."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from localscw.harness import copy_project
from ops.checkout import ROOT
from ops.stack.preflight import ENV_FILE, ENV_TEMPLATE
from stacks.settings import SITES_DIR
from tests.operator_api import ACCESS_KEY, ORGANIZATION, SECRET, served_api

PROJECT = "11111111-1111-4111-8111-111111111111"


def run(project: Path, output: Path) -> subprocess.CompletedProcess:
    return ops(project, "synth-all", "--output", str(output))


def ops(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m ops` in a copy, on the copy's own sites."""
    env = {k: v for k, v in os.environ.items() if k != "RICHIE_SITES_DIR"}
    return subprocess.run([sys.executable, "-m", "ops", *args], cwd=project, env=env, capture_output=True, text=True, timeout=120)


def app_copy(tmp_path: Path) -> Path:
    """A copy of the app holding the tests' fixture sites."""
    project = copy_project(tmp_path / "project", ("main.py", "cdktf.json", "stacks", "imports", "ops"))
    shutil.copytree(SITES_DIR, project / "sites")
    return project


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


def test_the_sites_synthesize_with_one_summary_table(tmp_path):
    result = run(app_copy(tmp_path), tmp_path / "out")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["site", "environment", "media", "bucket", "CDN", "domain", "media", "protected"]
    assert len(lines) == 1 + 3 * 3 + 2
    assert lines[1].split()[:3] == ["ademe", "staging", "staging-ademe-media"]
    assert lines[-1].startswith("Their media stacks are for review (no state was read): Terraform refuses to plan them")
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in lines[1:-2]}
    assert rows[("funmooc", "production")] == ["production-funmooc-media", "<pipeline-id>.svc.edge.scw.cloud", "kept,", "versioned", "yes"]
    assert rows[("demo", "staging")] == ["staging-demo-media", "<pipeline-id>.svc.edge.scw.cloud", "expire", "after", "2", "d", "no"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ademe", "demo", "funmooc"]


def test_a_site_name_with_a_hyphen_is_refused_so_names_read_one_way(tmp_path):
    """`x-demo` with an environment `feature` would own `feature-x-demo-media`, the bucket of
    `demo`'s throwaway `feature-x`: a site name has no hyphen, and no name can collide."""
    project = app_copy(tmp_path)
    (project / "sites" / "x-demo" / "scw").mkdir(parents=True)
    (project / "sites" / "x-demo" / "scw" / "config.tfvars").write_text('site = "x-demo"\nenvironments = ["feature"]\n')
    result = run(project, tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr == (
        f"error: {project / 'sites' / 'x-demo' / 'scw' / 'config.tfvars'}: site = 'x-demo' is not a valid site name: "
        "use lowercase letters and digits only, at most 40 (no hyphen: `<env>-<site>-media` must read one way)\n"
    )
    assert not (tmp_path / "out").exists()


def test_make_site_scaffolds_a_site_whose_production_keeps_its_media(tmp_path):
    project = app_copy(tmp_path)
    result = ops(project, "site", "acme")
    assert result.returncode == 0, result.stderr
    from stacks.settings import load_site

    site = load_site("acme", project / "sites")
    production = site.environment("production")
    assert (production.media_expiration, production.media_versioned, production.protected) == (0, True, True)
    assert site.with_environment("feature-x").environment("feature-x").media_expiration == 7


@pytest.mark.parametrize(
    "name, message",
    [
        ("demo", "error: site 'demo' exists already"),
        ("Acme", "error: 'Acme' is not a valid site name: use lowercase letters and digits only"),
        ("media_", "error: 'media_' is not a valid site name"),
        ("q-z", "error: 'q-z' is not a valid site name"),
    ],
)
def test_make_site_refuses_a_bad_name_and_writes_nothing(tmp_path, name, message):
    project = app_copy(tmp_path)
    before = sorted(p.name for p in (project / "sites").iterdir())
    result = ops(project, "site", name)
    assert result.returncode == 2
    assert result.stderr.startswith(message), result.stderr
    assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in (project / "sites").iterdir()) == before


def test_make_synth_leaves_only_the_selected_sites_stacks(tmp_path):
    project = app_copy(tmp_path)
    stale = project / "cdktf.out" / "stacks" / "media-feature-gone"
    stale.mkdir(parents=True)
    (stale / "cdk.tf.json").write_text("{}")
    result = subprocess.run(
        [sys.executable, "-m", "ops", "synth"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "RICHIE_SITE": "funmooc"},
    )
    assert result.returncode == 0, result.stderr
    stacks = ["bootstrap", "media-preprod", "media-production", "media-staging"]
    assert sorted(p.name for p in (project / "cdktf.out" / "stacks").iterdir()) == stacks
    assert result.stdout == f"Synthesized funmooc into cdktf.out/stacks/: {' '.join(stacks)}\n"


def test_make_site_counts_the_new_sites_pipelines_against_the_edge_plan(tmp_path):
    project = app_copy(tmp_path)
    (project / ENV_TEMPLATE).parent.mkdir()
    shutil.copy(ROOT / ENV_TEMPLATE, project / ENV_TEMPLATE)
    with served_api() as (local, url):
        local.offers = [{"plan_name": "starter", "pipeline_limit": 2}, {"plan_name": "professional", "pipeline_limit": 5}]
        local.set_plan({"project_id": PROJECT, "plan_name": "starter"})
        local.create_pipeline({"name": "staging-demo-media-pipeline", "project_id": PROJECT})
        (project / ENV_FILE).write_text(
            f"SCW_ACCESS_KEY={ACCESS_KEY}\nSCW_SECRET_KEY={SECRET}\nSCW_API_URL={url}\n"
            f"TF_VAR_scw_project_id={PROJECT}\nTF_VAR_scw_organization_id={ORGANIZATION}\n"
        )
        (project / ENV_FILE).chmod(0o600)
        result = ops(project, "site", "acme")
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "warning: site acme adds 3 Edge Services pipelines: 4 with the starter plan's 2 included, 2 billed beyond it "
        '(the professional plan includes 5: `edge_plan = "professional"` in sites/project.tfvars, then `make bootstrap`).\n'
    )
