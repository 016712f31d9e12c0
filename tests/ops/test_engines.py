"""CDK Terrain beside cdktf: every committed site synthesizes to the same Terraform JSON on
both engines, their own metadata aside (run when `make cdktn` has built its environment,
always in CI); the cdktn environment's CLI config comes from the project's."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ops import engines
from ops.checkout import ROOT
from stacks.settings import PROJECT_ROOT

COMMITTED_SITES = PROJECT_ROOT / "sites"


def pinned(requirements: Path, package: str) -> str:
    return re.search(rf"^{package}==(\S+)", requirements.read_text(), re.MULTILINE)[1]  # type: ignore[index]


def without_metadata(value):
    """Terraform JSON without the engine's own `//` blocks (its version, construct paths)."""
    if isinstance(value, dict):
        return {key: without_metadata(item) for key, item in value.items() if key != "//"}
    if isinstance(value, list):
        return [without_metadata(item) for item in value]
    return value


@pytest.fixture(scope="module")
def cdktn_environment():
    problem = engines.missing()
    if problem:
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail(f"CDK Terrain is required here, but {problem}", pytrace=False)
        pytest.skip(problem)


def synth_all(command, environ, output):
    environ = {key: value for key, value in environ.items() if key != "RICHIE_SITES_DIR"}  # the committed sites
    result = subprocess.run(
        [*command, "-O", "-m", "ops", "synth-all", "--output", str(output)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return {path.relative_to(output): json.loads(path.read_text()) for path in sorted(output.rglob("cdk.tf.json"))}


def test_every_committed_site_is_the_same_terraform_on_cdktn(cdktn_environment, tmp_path):
    on_cdktf = synth_all([sys.executable], dict(os.environ), tmp_path / "cdktf")
    on_cdktn = synth_all([str(ROOT / engines.PYTHON), "-P"], engines.environ(os.environ), tmp_path / "cdktn")
    sites = sorted(path.name for path in COMMITTED_SITES.iterdir() if path.is_dir())
    assert sorted({path.parts[0] for path in on_cdktf}) == sites and len(on_cdktf) > len(sites)
    assert list(on_cdktn) == list(on_cdktf)
    for path, document in on_cdktf.items():
        assert without_metadata(on_cdktn[path]) == without_metadata(document), path
    # Each engine did synthesize its own: its version, as pinned, in its metadata.
    versions = {
        engine: {document["//"]["metadata"]["version"] for document in run.values()}
        for engine, run in (("cdktf", on_cdktf), ("cdktn", on_cdktn))
    }
    assert versions == {
        "cdktf": {pinned(ROOT / "requirements.txt", "cdktf")},
        "cdktn": {pinned(ROOT / engines.CDKTN_DIR / "requirements.txt", "cdktn")},
    }


def test_the_cdktn_cli_config_is_the_projects_with_its_own_app_bindings_and_output(tmp_path):
    (tmp_path / "cdktf.json").write_text(json.dumps({"language": "python", "app": "x", "terraformProviders": ["scaleway/scaleway@9.9.9"]}))
    (tmp_path / engines.CDKTN_DIR).mkdir(parents=True)
    written = json.loads(engines.write_cli_config(tmp_path).read_text())
    assert written == {
        "language": "python",
        "app": "PYTHONPATH=site:../.. venv/bin/python -O -P ../../main.py",
        "terraformProviders": ["scaleway/scaleway@9.9.9"],
        "codeMakerOutput": "site/imports",
        "output": "cdktf.out",
    }
    # Its app, run from engines/cdktn, finds the project's main.py and the cdktn site.
    assert (ROOT / engines.CDKTN_DIR / "../../main.py").resolve() == ROOT / "main.py"
    assert (ROOT / engines.SITE / "cdktf" / "__init__.py").is_file()


def test_a_command_on_cdktn_finds_its_node_and_its_site_first():
    environ = engines.environ({"PATH": "/usr/bin", "HOME": "/home/x"}, Path("/p"))
    assert environ == {
        "PATH": f"/p/engines/cdktn/node_modules/.bin{os.pathsep}/usr/bin",
        "PYTHONPATH": f"/p/engines/cdktn/site{os.pathsep}/p",
        "HOME": "/home/x",
    }


def test_a_missing_part_of_the_environment_is_one_line(tmp_path):
    assert engines.missing(tmp_path) == "engines/cdktn/venv/bin/python is missing: run `make cdktn` (it installs CDK Terrain beside cdktf)."
