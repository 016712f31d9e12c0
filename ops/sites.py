"""Site settings files, written as an operator writes them: `make site NAME=<site>`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ops.project import OperatorError
from stacks.model import DEFAULT_FEATURE_MEDIA_EXPIRATION, SITE_NAME_RULE, ConfigError, valid_site_name
from stacks.settings import (
    SITES_DIR,
    load_project,
    parse_site,
    site_config_path,
)

# Safe defaults: media are kept (and versioned) in every declared environment, production
# is protected from destroy, and throwaway feature environments' media expire.
NEW_SITE = """\
# Settings of the "{name}" site's media storage on Scaleway (what every site of the
# project shares is in sites/project.tfvars).
site = "{name}"

# Media are kept forever and versioned (0). A number of days here would expire every
# declared environment's media, production's included.
media_expiration = 0

# Throwaway environments (`make deploy ENV=feature-x`): their media expire after this many days.
feature_media_expiration = {feature_days}

# Optional settings, with their defaults:
# environments          = ["staging", "preprod", "production"]
# cache_ttl             = 86400   # CDN fallback TTL, in seconds
# media_noncurrent_days = 30      # noncurrent versions of media expire after this many days
# environment_settings = {{
#   production = {{ custom_domain = "media.example.org", purge_cache_on_deploy = true }}
# }}
"""


def scaffold(name: str | None, sites_dir: Path = SITES_DIR) -> Path:
    """Write `sites/<name>/scw/config.tfvars`, validated with every other site first."""
    if not name:
        raise OperatorError("which site? e.g. `make site NAME=acme`.")
    if not valid_site_name(name):
        raise OperatorError(f"{name!r} is not a valid site name: use {SITE_NAME_RULE}.")
    path = site_config_path(name, sites_dir)
    if path.exists():
        raise OperatorError(f"site {name!r} exists already: {path}. Pick another name, or edit that file.")
    text = NEW_SITE.format(name=name, feature_days=DEFAULT_FEATURE_MEDIA_EXPIRATION)
    try:
        parse_site(text, path, load_project(sites_dir), expected_site=name)
    except ConfigError as error:
        raise OperatorError(f"site {name!r} was not created: {error}") from None
    path.parent.mkdir(parents=True)
    path.write_text(text)
    return path


def render_tfvars(settings: dict[str, Any]) -> str:
    """Python values as a tfvars text."""
    return "".join(f"{key} = {_hcl(value)}\n" for key, value in settings.items())


def _hcl(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_hcl(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{\n" + "".join(f"  {json.dumps(k)} = {_hcl(v)}\n" for k, v in value.items()) + "}"
    raise TypeError(value)
