"""CDK Terrain (`cdktn`) beside cdktf: the same app, on the other engine, in an environment
of its own.

cdktf 0.21.0 is final (HashiCorp archived it in December 2025); CDK Terrain is its community
fork. `make cdktn` builds `engines/cdktn/`: a Python venv holding cdktn (with constructs
< 10.8, as it asks) and the app's other requirements; CDK Terrain's CLI with the Node.js 22
it needs; the Scaleway bindings that CLI generates (`site/imports`); and the CLI's
`cdktf.json`, derived from the project's. The app runs there unchanged: on that path,
`site/cdktf` hands it cdktn when it imports cdktf, and `site/imports` comes before the
project's own bindings. `make <target> CDK=cdktn` runs an operator command there, and
`npx cdktn deploy media-staging` in `engines/cdktn/` deploys as `cdktf deploy` does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from ops.checkout import ROOT

ENGINES = ("cdktf", "cdktn")
CDKTN_DIR = Path("engines", "cdktn")  # relative to a checkout
SITE = CDKTN_DIR / "site"  # `cdktf` answered by cdktn, and the bindings generated for it
BINDINGS = SITE / "imports"
NODE_BIN = CDKTN_DIR / "node_modules" / ".bin"  # its CLI, and Node.js 22
CLI = NODE_BIN / "cdktn"
PYTHON = CDKTN_DIR / "venv" / "bin" / "python"
# The app as the CLI runs it from engines/cdktn: `-P` keeps the project's folder (and its
# cdktf bindings) off the front of the path, which PYTHONPATH orders instead.
APP = f"PYTHONPATH={SITE.relative_to(CDKTN_DIR)}:../.. {PYTHON.relative_to(CDKTN_DIR)} -O -P ../../main.py"


def environ(base: Mapping[str, str], root: Path = ROOT) -> dict[str, str]:
    """`base` as a command on cdktn runs in: its Node.js first on PATH, its `site` then the
    project on PYTHONPATH."""
    return {
        **base,
        "PATH": f"{root / NODE_BIN}{os.pathsep}{base.get('PATH', '')}",
        "PYTHONPATH": f"{root / SITE}{os.pathsep}{root}",
    }


def cli_config(root: Path = ROOT) -> dict[str, object]:
    """The project's cdktf.json (its providers, pinned there alone), with the app, the
    bindings and the output of the cdktn environment."""
    config = json.loads((root / "cdktf.json").read_text())
    return {**config, "app": APP, "codeMakerOutput": str(BINDINGS.relative_to(CDKTN_DIR)), "output": "cdktf.out"}


def write_cli_config(root: Path = ROOT) -> Path:
    path = root / CDKTN_DIR / "cdktf.json"
    path.write_text(json.dumps(cli_config(root), indent=2) + "\n")
    return path


def missing(root: Path = ROOT) -> str | None:
    """What the cdktn environment lacks, in one line, or None when it is whole."""
    for part in (PYTHON, CLI, BINDINGS / "scaleway" / "__init__.py", CDKTN_DIR / "cdktf.json"):
        if not (root / part).exists():
            return f"{part} is missing: run `make cdktn` (it installs CDK Terrain beside cdktf)."
    return None
