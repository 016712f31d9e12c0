"""Every site of the project, synthesized for review: `make synth-all`.

One process and one jsii kernel for all sites. Every site's settings are validated
first, so one bad site stops the run before anything is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ops.project import ROOT, cli_environment
from stacks.model import ConfigError
from stacks.settings import (
    SITES_DIR,
    load_project,
    load_site,
    selected_site,
    site_names,
)


def synth_all(output: Path, sites_dir: Path = SITES_DIR) -> int:
    try:
        project = load_project(sites_dir)
        sites = [load_site(name, sites_dir, project) for name in site_names(sites_dir)]
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    from cdktf import App

    from stacks.app import build_app

    for site in sites:
        outdir = output / site.name
        outdir.mkdir(parents=True, exist_ok=True)
        build_app(site, App(outdir=str(outdir))).synth()
        print(f"{site.name}: {', '.join(e.stack_name for e in site.environments)} and bootstrap -> {outdir}")
    return 0


def synth_site(root: Path = ROOT) -> int:
    """`make synth`: the selected site's stacks into cdktf.out/, then the manifest's list."""
    result = subprocess.run([sys.executable, "-O", "main.py"], cwd=root, env=cli_environment(dict(os.environ)))
    if result.returncode != 0:
        return result.returncode
    manifest = json.loads((root / "cdktf.out" / "manifest.json").read_text())
    print(f"Synthesized {selected_site()} into cdktf.out/stacks/: {' '.join(sorted(manifest['stacks']))}")
    return 0
