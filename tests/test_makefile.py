"""The Makefile's own refusals: a missing tool is one line saying what to install."""

import shutil
import subprocess

from ops.checkout import ROOT


def test_a_missing_npm_is_one_line(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path)
    for name in ("package.json", "package-lock.json"):
        (tmp_path / name).write_text("{}")
    make = shutil.which("make")
    result = subprocess.run(
        [make, "-s", "node_modules/.installed"], cwd=tmp_path, env={"PATH": "/nonexistent"}, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert result.stderr.splitlines()[0] == "npm not found on PATH: install Node.js 22 or 24 with npm (https://nodejs.org/)."


def make(*args):
    """`make <args>` in the checkout (the tests' own sites, as every command they run)."""
    return subprocess.run([shutil.which("make"), "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True)


def test_the_factory_targets_hand_their_variables_over():
    assert "status --json --jobs 3" in make("-n", "status", "JSON=1", "JOBS=3").stdout
    assert "rollout --jobs 3" in make("-n", "rollout", "JOBS=3").stdout
    # SITES=, FROM= and BEFORE= reach the command through its environment, as the workflow relies on.
    assert "error: BEFORE=prod: no such wave" in make("rollout", "BEFORE=prod").stderr
    assert "error: FROM=prod: no such wave" in make("rollout", "FROM=prod").stderr
    assert "error: SITES=nope: no such site" in make("status", "SITES=nope").stderr
    assert "error: ENVS=nope: no selected site declares it" in make("status", "ENVS=nope").stderr


def test_the_engine_is_cdktf_or_cdktn_run_in_its_own_environment():
    assert "Makefile:" in (refused := make("-n", "synth", "CDK=foo")).stderr and refused.returncode != 0
    assert "CDK=foo: the engines are cdktf (the default) and cdktn." in refused.stderr
    assert ".venv/bin/python -O -m ops synth" in make("-n", "synth").stdout
    on_cdktn = make("-n", "synth", "CDK=cdktn").stdout
    assert f'PYTHONPATH="{ROOT}/engines/cdktn/site:{ROOT}" engines/cdktn/venv/bin/python -O -P -m ops synth' in on_cdktn
