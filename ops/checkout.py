"""Facts about this checkout (the repository) that every operator command needs: where
things are, which provider version is pinned, and the environment the cdktf and Terraform
CLIs run in. ("Project" is the Scaleway project's word only.)"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path

from stacks.runtime import JSII_QUIET
from stacks.settings import PROJECT_ROOT
from stacks.versions import PROVIDER_SOURCE

ROOT = PROJECT_ROOT
# The project's own cdktf CLI (package-lock.json pins it), relative to a project folder.
CDKTF_CLI = Path("node_modules", ".bin", "cdktf")
OUT_DIR = Path("cdktf.out")  # what cdktf synthesizes into, relative to a checkout
STACKS_SUBDIR = Path("stacks")  # where cdktf writes each stack of an app, in its outdir
STACKS_DIR = OUT_DIR / STACKS_SUBDIR
# Quiet CLIs: no call home from Terraform or cdktf (whose failed check prints an [ERROR]
# offline), and no jsii warning for Node 20 (end of life, still working).
QUIET_CLI = {"CHECKPOINT_DISABLE": "1", **JSII_QUIET}


@cache
def provider_version(root: Path = ROOT) -> str:
    """The scaleway/scaleway version pinned in cdktf.json (`scaleway/scaleway@X.Y.Z`)."""
    for spec in json.loads((root / "cdktf.json").read_text())["terraformProviders"]:
        source, _, version = spec.partition("@")
        if source == PROVIDER_SOURCE:
            return str(version).lstrip("=~>< ")
    raise SystemExit(f"cdktf.json: terraformProviders has no {PROVIDER_SOURCE}@<version> entry")


def cli_environment(environ: dict[str, str]) -> dict[str, str]:
    """`environ` for a child cdktf, Terraform or synthesis: quiet, with this Python first on PATH.

    The cdktf CLI asks `python3 --version` before each synthesis: it then gets the app's
    own Python at once rather than a version manager's shim.
    """
    path = environ.get("PATH")
    bin_dir = str(Path(sys.executable).parent)
    return {**environ, **QUIET_CLI, "PATH": f"{bin_dir}{os.pathsep}{path}" if path else bin_dir}


def shown(path: Path) -> Path:
    """A path as the operator reads it: relative to the checkout when it is inside."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


class OperatorError(Exception):
    """Something the operator must fix; its message is one line saying how."""
