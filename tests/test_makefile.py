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
