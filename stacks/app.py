"""The CDKTF app of one site: `bootstrap` plus a `media-<env>` stack per environment."""

from collections.abc import Mapping

from cdktf import App

from stacks.bootstrap_stack import BootstrapStack
from stacks.contract import StateInputs
from stacks.media_stack import MediaStack
from stacks.settings.model import BOOTSTRAP_STACK, SiteConfig


def build_app(
    site: SiteConfig,
    app: App | None = None,
    only: str | None = None,
    bootstrap_state_in_bucket: bool = True,
    *,
    inputs: Mapping[str, StateInputs],
) -> App:
    """Every stack of the site, or only the one named `only` (what an operator command acts on).

    `inputs`: what each media stack carries over from its state, by stack name; a stack
    missing there is synthesized for review only (its plan is refused)."""
    app = app or App()
    if only in (None, BOOTSTRAP_STACK):
        BootstrapStack(app, site.project, bootstrap_state_in_bucket)
    for env in site.environments:
        if only in (None, env.stack_name):
            MediaStack(app, site, env, inputs.get(env.stack_name))
    return app
