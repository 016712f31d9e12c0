"""The CDKTF app of one site: `bootstrap` plus a `media-<env>` stack per environment."""

from __future__ import annotations

import shutil
from pathlib import Path

from cdktf import App

from stacks.bootstrap_stack import BootstrapStack
from stacks.media_stack import MediaStack
from stacks.model import BOOTSTRAP_STACK, SiteConfig


def build_app(site: SiteConfig, app: App | None = None, only: str | None = None) -> App:
    """Every stack of the site, or only the one named `only` (what an operator command acts on)."""
    app = app or App()
    if only in (None, BOOTSTRAP_STACK):
        BootstrapStack(app, site.project)
    for env in site.environments:
        if only in (None, env.stack_name):
            MediaStack(app, site, env)
    return app


def synthesize(site: SiteConfig) -> None:
    """Write every stack of the site into the app's output folder, and remove the folders
    of stacks it did not write (another site's, a destroyed feature environment's), so
    that `cdktf.out/stacks/` never shows stale ones."""
    app = build_app(site)
    app.synth()
    names = {stack.node.id for stack in app.node.children}
    for folder in Path(app.outdir, "stacks").iterdir():
        if folder.name not in names:
            shutil.rmtree(folder)
