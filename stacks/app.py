"""The CDKTF app of one site: `bootstrap` plus a `media-<env>` stack per environment."""

from cdktf import App

from stacks.bootstrap_stack import BootstrapStack
from stacks.config import SiteConfig
from stacks.media_stack import MediaStack


def build_app(site: SiteConfig, app: App | None = None) -> App:
    app = app or App()
    BootstrapStack(app, site)
    for env in site.environments:
        MediaStack(app, site, env)
    return app
