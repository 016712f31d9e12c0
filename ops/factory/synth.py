"""The site factory as a whole: `make synth` (one site) and `make synth-all` (every site).

`synth-all` validates every site and the names they imply together before anything is
written, synthesizes them in one process (one jsii kernel), and prints the summary a
reviewer reads: site x environment -> bucket, where the CDN domain comes from, protection.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ops.checkout import OUT_DIR, ROOT, STACKS_DIR, cli_environment
from ops.words import plural
from stacks.contract import pipeline_endpoint
from stacks.settings import SITES_DIR, load_factory, selected_site
from stacks.settings.model import ConfigError, SiteConfig


def synth_all(output: Path, sites_dir: Path = SITES_DIR) -> int:
    try:
        sites = load_factory(sites_dir)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    from cdktf import App

    from stacks.app import build_app

    for site in sites:
        outdir = output / site.name
        outdir.mkdir(parents=True, exist_ok=True)
        build_app(site, App(outdir=str(outdir)), inputs={}).synth()
    print(summary(sites))
    print(f"Synthesized {plural(len(sites), 'site')} into {output}/<site>/")
    print("Their media stacks are for review (no state was read): Terraform refuses to plan them; `make deploy` or `cdktf deploy` deploy.")
    return 0


def summary(sites: tuple[SiteConfig, ...]) -> str:
    rows = [("site", "environment", "media bucket", "CDN domain", "media", "protected")]
    for site in sites:
        for env in site.environments:
            rows.append(
                (
                    site.name,
                    env.name,
                    site.media_bucket_name(env),
                    env.custom_domain or pipeline_endpoint("<pipeline-id>"),
                    f"expire after {env.media_expiration} d" if env.media_expiration else "kept, versioned",
                    "yes" if env.protected else "no",
                )
            )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows)


def synth_site(root: Path = ROOT) -> int:
    """`make synth`: the selected site's stacks into cdktf.out/, and only them: the folders
    of stacks the manifest does not list (another site's, a destroyed feature
    environment's) are removed, so that a reviewer never reads a stale stack."""
    safe_path = ["-P"] if sys.flags.safe_path else []  # on cdktn, PYTHONPATH orders the path (ops/engines.py)
    result = subprocess.run([sys.executable, "-O", *safe_path, "main.py"], cwd=root, env=cli_environment(dict(os.environ)))
    if result.returncode != 0:
        return result.returncode
    manifest = json.loads((root / OUT_DIR / "manifest.json").read_text())
    for folder in (root / STACKS_DIR).iterdir():
        if folder.name not in manifest["stacks"]:
            shutil.rmtree(folder)
    print(f"Synthesized {selected_site()} into cdktf.out/stacks/: {' '.join(sorted(manifest['stacks']))}")
    return 0
