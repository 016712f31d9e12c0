"""Settings files, written as an operator writes them: `make project` for a new team's
project, `make site NAME=<site>` for each site."""

from __future__ import annotations

import shutil
from pathlib import Path

from ops.checkout import OperatorError
from stacks.settings import (
    PROJECT_FILE,
    SITES_DIR,
    load_project,
    parse_project,
    parse_site,
    site_config_path,
    site_names,
)
from stacks.settings.model import DEFAULT_FEATURE_MEDIA_EXPIRATION, SITE_NAME_RULE, ConfigError, s3_bucket_name_problem, valid_site_name
from stacks.settings.table import environment_block, optional_settings

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

{optional}
{environment}"""


# A new team's project: its own state bucket, its operator (read from its key), nothing adopted.
NEW_PROJECT = """\
# Settings every site of this Scaleway project shares, written by `make project` for
# {operator} on {day}. Sites keep only their own settings, in sites/<site>/scw/config.tfvars.

# Bucket of every environment's Terraform state (bucket names are global): `make bootstrap`
# creates it.
state_bucket = "{state_bucket}"

# Who administers every bucket (media and state): each operator's IAM user and each CI
# deploy key's application, as `user_id:<uuid>` or `application_id:<uuid>`. Every bucket
# policy names exactly this list; bootstrap, deploy and destroy refuse a key that is not one
# of theirs (docs/scw.md, section 3).
operators = [
  "{operator}",
]

{optional}"""


def write_project(state_bucket: str | None, owner: str, sites_dir: Path = SITES_DIR, replace_existing: bool = False) -> Path:
    """`sites/project.tfvars` for a new team, validated before it is written."""
    from datetime import date

    path = sites_dir / PROJECT_FILE
    if not state_bucket:
        raise OperatorError("which state bucket? e.g. `make project STATE_BUCKET=acme-terraform-state` (bucket names are global).")
    if path.exists() and not replace_existing:
        raise OperatorError(f"{path} exists already (the committed one is the openfun factory's): `REPLACE=1` writes yours over it.")
    problem = s3_bucket_name_problem(state_bucket)
    if problem:
        raise OperatorError(f"STATE_BUCKET={state_bucket}: a bucket name {problem}.")
    text = NEW_PROJECT.format(
        state_bucket=state_bucket, operator=owner, day=date.today().isoformat(), optional=optional_settings("project")
    )
    try:
        parse_project(text, path)
    except ConfigError as error:
        raise OperatorError(str(error)) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def check_site_name(name: str) -> None:
    if not valid_site_name(name):
        raise OperatorError(f"SITE={name}: {name!r} is not a valid site name: use {SITE_NAME_RULE}.")


def own_site(name: str, sites_dir: Path = SITES_DIR) -> list[str]:
    """A new team's site alone in `sites/`: every other site's folder (the openfun factory's
    examples, which a clone brings) removed, theirs scaffolded unless it exists. Returns the
    removed sites' names."""
    if not valid_site_name(name):
        raise OperatorError(f"SITE={name}: {name!r} is not a valid site name: use {SITE_NAME_RULE}.")
    removed = [other for other in site_names(sites_dir) if other != name]
    for other in removed:
        shutil.rmtree(sites_dir / other)
    if not site_config_path(name, sites_dir).exists():
        scaffold(name, sites_dir)
    return removed


def scaffold(name: str | None, sites_dir: Path = SITES_DIR) -> Path:
    """Write `sites/<name>/scw/config.tfvars`, validated with every other site first."""
    if not name:
        raise OperatorError("which site? e.g. `make site NAME=acme`.")
    if not valid_site_name(name):
        raise OperatorError(f"{name!r} is not a valid site name: use {SITE_NAME_RULE}.")
    path = site_config_path(name, sites_dir)
    if path.exists():
        raise OperatorError(f"site {name!r} exists already: {path}. Pick another name, or edit that file.")
    text = NEW_SITE.format(
        name=name,
        feature_days=DEFAULT_FEATURE_MEDIA_EXPIRATION,
        optional=optional_settings("site"),
        environment=environment_block(),
    )
    try:
        parse_site(text, path, load_project(sites_dir), expected_site=name)
    except ConfigError as error:
        raise OperatorError(f"site {name!r} was not created: {error}") from None
    path.parent.mkdir(parents=True)
    path.write_text(text)
    return path
