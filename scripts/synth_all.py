"""Synthesize every site under `sites/` for review, each into `<output>/<site>/`: `make synth-all`.

One process and one jsii kernel for all sites. Every site's settings are validated
first, so one bad site stops the run before anything is written.

Usage: python scripts/synth_all.py [--output cdktf.out/sites]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from stacks.optimized import reexec_optimized  # noqa: E402

if __name__ == "__main__":
    reexec_optimized()
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from stacks.config import SITES_DIR, ConfigError, load_site_config  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "cdktf.out" / "sites")
    args = parser.parse_args(argv)
    names = sorted(p.parent.parent.name for p in SITES_DIR.glob("*/scw/config.tfvars"))
    try:
        sites = [load_site_config(name) for name in names]
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    from cdktf import App

    from stacks.app import build_app

    for site in sites:
        outdir = args.output / site.site
        outdir.mkdir(parents=True, exist_ok=True)
        build_app(site, App(outdir=str(outdir))).synth()
        print(f"{site.site}: {', '.join(e.stack_name for e in site.environments)} and bootstrap -> {args.output / site.site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
