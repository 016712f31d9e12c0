"""Reading and validating the committed settings into the frozen objects of `stacks.settings.model`.

- `sites/project.tfvars`: what the whole Scaleway project shares (state bucket, Edge
  plan, region);
- `sites/<site>/scw/config.tfvars`: what one site owns (environments, expiry, cache,
  custom domains, legacy adoption).

A typo or an out-of-range value stops everything with one line naming the file, the
key and the fix, before any construct is built.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from stacks.settings.model import (
    ConfigError,
    Deployer,
    EnvironmentConfig,
    ProjectConfig,
    SiteConfig,
    media_bucket_name,
    s3_bucket_name_problem,
    s3_endpoint,
    valid_name,
)
from stacks.settings.table import keys_of, settings_of
from stacks.settings.tfvars import HTTP_URL, UUID, Reader, parse_tfvars, registrable_domain

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
# `RICHIE_SITES_DIR` points the app at another folder of settings (the tests' own fixtures).
SITES_DIR = Path(os.environ.get("RICHIE_SITES_DIR") or PROJECT_ROOT / "sites")
PROJECT_FILE = "project.tfvars"
DEFAULT_SITE = "demo"


PROJECT_KEYS = keys_of("project")
SITE_KEYS = keys_of("site")
ENVIRONMENT_KEYS = keys_of("environment")


# -- Selection and files ----------------------------------------------------------------


def selected_site(sites_dir: Path = SITES_DIR) -> str:
    """The site chosen by `RICHIE_SITE`, as in the openfun projects; else a factory's only
    site (a new team's); else the demo."""
    chosen = os.environ.get("RICHIE_SITE")
    if chosen:
        return chosen
    names = site_names(sites_dir)
    return names[0] if len(names) == 1 else DEFAULT_SITE


def load_selected_site(env_name: str | None = None, sites_dir: Path = SITES_DIR) -> SiteConfig:
    """The site chosen by `RICHIE_SITE`, plus `env_name` if it is a throwaway feature environment."""
    site = load_site(selected_site(sites_dir), sites_dir)
    return site.with_environment(env_name) if env_name else site


def site_config_path(site: str, sites_dir: Path = SITES_DIR) -> Path:
    return sites_dir / site / "scw" / "config.tfvars"


def site_names(sites_dir: Path = SITES_DIR) -> list[str]:
    return sorted(p.parent.parent.name for p in sites_dir.glob("*/scw/config.tfvars"))


def load_project(sites_dir: Path = SITES_DIR) -> ProjectConfig:
    path = sites_dir / PROJECT_FILE
    if not path.is_file():
        raise ConfigError(f"{path} is missing: it holds the project-wide settings (state_bucket, edge_plan, region).")
    return parse_project(path.read_text(encoding="utf-8"), path)


def load_site(site: str, sites_dir: Path = SITES_DIR, project: ProjectConfig | None = None) -> SiteConfig:
    """Read and validate `sites/<site>/scw/config.tfvars` within its project."""
    path = site_config_path(site, sites_dir)
    if not path.is_file():
        raise ConfigError(
            f"unknown site {site!r}: {path} does not exist. "
            f"Known sites: {', '.join(site_names(sites_dir)) or 'none'}. "
            f"Set RICHIE_SITE to one of them, or create the site with `make site NAME={site}`."
        )
    project = project or load_project(sites_dir)
    return parse_site(path.read_text(encoding="utf-8"), path, project, expected_site=site)


def load_factory(sites_dir: Path = SITES_DIR) -> tuple[SiteConfig, ...]:
    """Every site of the project, validated. Their names cannot collide: a site name has no
    hyphen, so `<env>-<site>-media`, `<env>-<site>` and the pipeline's name read one way."""
    project = load_project(sites_dir)
    return tuple(load_site(name, sites_dir, project) for name in site_names(sites_dir))


# -- Parsing ------------------------------------------------------------------------------


def parse_project(text: str, source: Path) -> ProjectConfig:
    """Validate the project's tfvars text; `source` only serves the error messages."""
    raw = Reader(source, parse_tfvars(text, source))
    raw.reject_unknown(PROJECT_KEYS, "")
    values: dict[str, Any] = {}
    for setting in settings_of("project"):  # as the table says, in its order (a computed default reads those before it)
        values[setting.key] = raw.read(setting, setting.default_in(values))
    region, zone = values["region"], values["zone"]
    if not re.fullmatch(rf"{re.escape(region)}-[1-9]", zone):
        raise ConfigError(f'{source}: zone = {zone!r} is not a zone of region {region!r}. Use one like "{region}-1".')
    state_bucket = values["state_bucket"]
    problem = s3_bucket_name_problem(state_bucket)
    if problem:
        raise ConfigError(
            f"{source}: state_bucket = {state_bucket!r} {problem}. Pick a name of 3-63 lowercase letters, digits, dots or hyphens."
        )
    state_endpoint = values.pop("state_endpoint")
    if not HTTP_URL.match(state_endpoint):
        raise ConfigError(f'{source}: state_endpoint = {state_endpoint!r} is not an http(s) URL. Use e.g. "{s3_endpoint(region)}".')
    check_one_role_each(values["operators"], values["deployers"], values["planners"], source)
    check_media_project(values["media_project"], values["media_project_id"], values["import_legacy_bootstrap"], source)
    return ProjectConfig(source=source, **values, state_endpoint=state_endpoint.rstrip("/"))


def check_one_role_each(operators: tuple[str, ...], deployers: tuple[Deployer, ...], planners: tuple[str, ...], source: Path) -> None:
    """A key is an operator's, a deployer's or a planner's: in two lists, the narrower one would
    mean nothing (the bucket policies give it the wider rights anyway)."""
    seen: dict[str, str] = {}
    for role, principal in (
        *(("operators", p) for p in operators),
        *(("deployers", d.principal) for d in deployers),
        *(("planners", p) for p in planners),
    ):
        if principal in seen and seen[principal] != role:
            raise ConfigError(f"{source}: {principal} is in both {seen[principal]} and {role}: a key has one role; keep it in one list.")
        seen[principal] = role


def check_media_project(name: str | None, project_id: str | None, legacy: bool, source: Path) -> None:
    """A media project has a project's name; one adopted, a project's id; and none holds the
    hand-written project's buckets, which cannot change project."""
    if project_id is not None and name is None:
        raise ConfigError(
            f'{source}: media_project_id is set without media_project: add the project\'s name, e.g. media_project = "acme-media".'
        )
    if name is None:
        return
    if not valid_name(name):
        raise ConfigError(
            f"{source}: media_project = {name!r} is not a valid project name: use lowercase letters, digits and hyphens (at most 40)."
        )
    if project_id is not None and not UUID.fullmatch(project_id):
        raise ConfigError(
            f"{source}: media_project_id = {project_id!r} is not a project id: copy the project's id (a UUID) from the console."
        )
    if legacy:
        raise ConfigError(
            f"{source}: media_project and import_legacy_bootstrap are both set: the hand-written project's buckets and Edge plan "
            "stay in env.d/scw's project (a bucket cannot change project); remove media_project."
        )


def check_zone(domain: str | None, zone: str | None, where: str) -> None:
    """A zone whose record the stack writes must hold the custom domain."""
    if zone is None:
        return
    if domain is None:
        raise ConfigError(f"{where}custom_domain_zone = {zone!r} serves no custom_domain: set custom_domain to a name in it, or remove it.")
    if domain != zone and not domain.endswith("." + zone):
        raise ConfigError(
            f"{where}custom_domain = {domain!r} is not in custom_domain_zone = {zone!r}: give the zone that holds it "
            f"(e.g. {registrable_domain(domain)!r}), or a domain in {zone!r}."
        )


def parse_site(text: str, source: Path, project: ProjectConfig, expected_site: str | None = None) -> SiteConfig:
    """Validate a site's tfvars text; `source` only serves the error messages."""
    raw = Reader(source, parse_tfvars(text, source))
    for key in raw.values:
        if key in PROJECT_KEYS:
            raise ConfigError(
                f"{source}: {key} is a project-wide setting: move it to {project.source} "
                "(every site of the project shares it) and remove it here."
            )
    raw.reject_unknown(SITE_KEYS, "")

    values = {setting.key: raw.read(setting) for setting in settings_of("site")}
    site = values.pop("site")
    if expected_site is not None and site != expected_site:
        raise ConfigError(
            f"{source}: site = {site!r} does not match its folder sites/{expected_site}/. "
            f'Set site = "{expected_site}" or rename the folder.'
        )
    if values["legacy_state"] and project.media_project:
        raise ConfigError(
            f"{source}: legacy_state = true, but {project.source} sets media_project: the hand-written project's buckets stay "
            "in env.d/scw's project (a bucket cannot change project); remove media_project, or legacy_state for a new site."
        )
    names = values.pop("environments")
    overrides = values.pop("environment_settings")
    for env_name in overrides:
        if env_name not in names:
            raise ConfigError(
                f"{source}: environment_settings.{env_name}: no such environment; "
                f"declared environments: {', '.join(names)}. "
                f"Add it to `environments` or fix the name."
            )
    environments = []
    for env_name in names:
        env_raw = Reader(source, overrides.get(env_name, {}), f"environment_settings.{env_name}.")
        env_raw.reject_unknown(ENVIRONMENT_KEYS, f"environment_settings.{env_name}.")
        context = {**values, "environment": env_name}
        env_values = {setting.key: env_raw.read(setting, setting.default_in(context)) for setting in settings_of("environment")}
        domain = env_values["custom_domain"]
        check_zone(domain, env_values["custom_domain_zone"], f"{source}: environment_settings.{env_name}.")
        environments.append(
            EnvironmentConfig(name=env_name, **env_values, custom_domain_apex=domain is not None and registrable_domain(domain) == domain)
        )
        bucket = media_bucket_name(site, env_name)
        problem = s3_bucket_name_problem(bucket)
        if problem:
            raise ConfigError(
                f"{source}: environments: the media bucket name {bucket!r} of environment "
                f"{env_name!r} {problem}. Shorten the site or environment name."
            )
    domains = [e.custom_domain for e in environments if e.custom_domain]
    shared = sorted({d for d in domains if domains.count(d) > 1})
    if shared:
        raise ConfigError(
            f"{source}: environment_settings: custom_domain {shared[0]!r} is given to several "
            "environments; each environment needs its own domain."
        )
    return SiteConfig(name=site, source=source, project=project, environments=tuple(environments), **values)
