"""Reading and validating the committed settings into the frozen objects of `stacks.model`.

- `sites/project.tfvars`: what the whole Scaleway project shares (state bucket, Edge
  plan, region);
- `sites/<site>/scw/config.tfvars`: what one site owns (environments, expiry, cache,
  custom domains, legacy adoption).

A typo or an out-of-range value stops everything with one line naming the file, the
key and the fix, before any construct is built.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from stacks.model import (
    DEFAULT_API_KEY_LIFETIME_DAYS,
    DEFAULT_CACHE_TTL,
    DEFAULT_ENVIRONMENTS,
    DEFAULT_FEATURE_MEDIA_EXPIRATION,
    DEFAULT_MEDIA_NONCURRENT_DAYS,
    DEFAULT_MULTIPART_ABORT_DAYS,
    DEFAULT_STATE_NONCURRENT_DAYS,
    EDGE_PLANS,
    PROTECTED_BY_DEFAULT,
    REGIONS,
    SITE_NAME_RULE,
    ConfigError,
    EnvironmentConfig,
    ProjectConfig,
    SiteConfig,
    media_bucket_name,
    s3_bucket_name_problem,
    s3_endpoint,
    valid_name,
    valid_site_name,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# `RICHIE_SITES_DIR` points the app at another folder of settings (the tests' own fixtures).
SITES_DIR = Path(os.environ.get("RICHIE_SITES_DIR") or PROJECT_ROOT / "sites")
PROJECT_FILE = "project.tfvars"
DEFAULT_SITE = "demo"

_URL = re.compile(r"^https?://[^\s/]+(/[^\s]*)?$")
_HOSTNAME = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")

PROJECT_KEYS = {
    "region",
    "zone",
    "state_bucket",
    "state_endpoint",
    "state_use_path_style",
    "edge_plan",
    "operators",
    "import_legacy_bootstrap",
    "multipart_abort_days",
    "state_noncurrent_days",
    "api_key_lifetime_days",
}
_SITE_KEYS = {
    "site",
    "media_expiration",
    "media_noncurrent_days",
    "feature_media_expiration",
    "environments",
    "environment_settings",
    "cache_ttl",
    "legacy_state",
}
_ENVIRONMENT_KEYS = {
    "media_expiration",
    "media_noncurrent_days",
    "cache_ttl",
    "protected",
    "custom_domain",
    "purge_cache_on_deploy",
}
_PRINCIPAL = re.compile(r"^(user_id|application_id):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


# -- Selection and files ----------------------------------------------------------------


def selected_site() -> str:
    """The site chosen by `RICHIE_SITE`, as in the openfun projects."""
    return os.environ.get("RICHIE_SITE") or DEFAULT_SITE


def load_selected_site(env_name: str | None = None, sites_dir: Path = SITES_DIR) -> SiteConfig:
    """The site chosen by `RICHIE_SITE`, plus `env_name` if it is a throwaway feature environment."""
    site = load_site(selected_site(), sites_dir)
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
    raw = _Reader(source, parse_tfvars(text, source))
    raw.reject_unknown(PROJECT_KEYS, "")
    region = raw.choice("region", REGIONS, default="fr-par")
    zone = raw.string("zone", default=f"{region}-1")
    if not re.fullmatch(rf"{re.escape(region)}-[1-9]", zone):
        raise ConfigError(f'{source}: zone = {zone!r} is not a zone of region {region!r}. Use one like "{region}-1".')
    state_bucket = raw.string("state_bucket", required=True, example='state_bucket = "acme-terraform-state"')
    problem = s3_bucket_name_problem(state_bucket)
    if problem:
        raise ConfigError(
            f"{source}: state_bucket = {state_bucket!r} {problem}. Pick a name of 3-63 lowercase letters, digits, dots or hyphens."
        )
    state_endpoint = raw.string("state_endpoint", default=s3_endpoint(region))
    if not _URL.match(state_endpoint):
        raise ConfigError(f'{source}: state_endpoint = {state_endpoint!r} is not an http(s) URL. Use e.g. "{s3_endpoint(region)}".')
    return ProjectConfig(
        source=source,
        region=region,
        zone=zone,
        state_bucket=state_bucket,
        state_endpoint=state_endpoint.rstrip("/"),
        edge_plan=raw.choice("edge_plan", EDGE_PLANS, default="professional"),
        operators=raw.principals("operators"),
        state_use_path_style=raw.flag("state_use_path_style", default=False),
        import_legacy_bootstrap=raw.flag("import_legacy_bootstrap", default=False),
        multipart_abort_days=raw.days("multipart_abort_days", default=DEFAULT_MULTIPART_ABORT_DAYS),
        state_noncurrent_days=raw.days("state_noncurrent_days", default=DEFAULT_STATE_NONCURRENT_DAYS),
        api_key_lifetime_days=raw.days("api_key_lifetime_days", default=DEFAULT_API_KEY_LIFETIME_DAYS),
    )


def parse_site(text: str, source: Path, project: ProjectConfig, expected_site: str | None = None) -> SiteConfig:
    """Validate a site's tfvars text; `source` only serves the error messages."""
    raw = _Reader(source, parse_tfvars(text, source))
    for key in raw.values:
        if key in PROJECT_KEYS:
            raise ConfigError(
                f"{source}: {key} is a project-wide setting: move it to {project.source} "
                "(every site of the project shares it) and remove it here."
            )
    raw.reject_unknown(_SITE_KEYS, "")

    site = raw.site_name("site")
    if expected_site is not None and site != expected_site:
        raise ConfigError(
            f"{source}: site = {site!r} does not match its folder sites/{expected_site}/. "
            f'Set site = "{expected_site}" or rename the folder.'
        )
    media_expiration = raw.count("media_expiration", default=0)
    noncurrent_days = raw.days("media_noncurrent_days", default=DEFAULT_MEDIA_NONCURRENT_DAYS)
    cache_ttl = raw.count("cache_ttl", default=DEFAULT_CACHE_TTL)

    names = raw.name_list("environments", default=DEFAULT_ENVIRONMENTS)
    overrides = raw.mapping("environment_settings")
    for env_name in overrides:
        if env_name not in names:
            raise ConfigError(
                f"{source}: environment_settings.{env_name}: no such environment; "
                f"declared environments: {', '.join(names)}. "
                f"Add it to `environments` or fix the name."
            )
    environments = []
    for env_name in names:
        env_raw = _Reader(source, overrides.get(env_name, {}), f"environment_settings.{env_name}.")
        env_raw.reject_unknown(_ENVIRONMENT_KEYS, f"environment_settings.{env_name}.")
        environments.append(
            EnvironmentConfig(
                name=env_name,
                media_expiration=env_raw.count("media_expiration", default=media_expiration),
                media_noncurrent_days=env_raw.days("media_noncurrent_days", default=noncurrent_days),
                cache_ttl=env_raw.count("cache_ttl", default=cache_ttl),
                protected=env_raw.flag("protected", default=env_name in PROTECTED_BY_DEFAULT),
                custom_domain=(domain := env_raw.hostname("custom_domain")),
                custom_domain_apex=domain is not None and registrable_domain(domain) == domain,
                purge_cache_on_deploy=env_raw.flag("purge_cache_on_deploy", default=False),
            )
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
    return SiteConfig(
        name=site,
        source=source,
        project=project,
        environments=tuple(environments),
        media_expiration=media_expiration,
        media_noncurrent_days=noncurrent_days,
        feature_media_expiration=raw.days("feature_media_expiration", default=DEFAULT_FEATURE_MEDIA_EXPIRATION),
        cache_ttl=cache_ttl,
        legacy_state=raw.flag("legacy_state", default=False),
    )


def registrable_domain(name: str) -> str | None:
    """The domain one registers that `name` belongs to (`example.co.uk` for `media.example.co.uk`),
    by the public suffix list the package bundles (no network); None for a public suffix."""
    found: str | None = _public_suffix_list().privatesuffix(name)
    return found


@lru_cache(maxsize=1)
def _public_suffix_list() -> Any:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def parse_tfvars(text: str, source: Path) -> dict[str, Any]:
    """python-hcl2's reading of the text (its grammar is cached by lark), keys unquoted."""
    import hcl2
    from lark.exceptions import LarkError, UnexpectedInput

    try:
        parsed = hcl2.loads(text, serialization_options=hcl2.SerializationOptions(with_comments=False))
    except UnexpectedInput as error:
        raise ConfigError(f"{source}:{error.line}: not valid HCL (column {error.column}): {_syntax_problem(error)}") from None
    except (LarkError, ValueError) as error:
        first_line = str(error).splitlines()[0]
        raise ConfigError(f"{source}: not valid HCL: {first_line}") from None
    return {_unquote(k): v for k, v in parsed.items()}


# The grammar's token names, as a person types them.
_TOKENS = {"RSQB": "]", "LSQB": "[", "RBRACE": "}", "LBRACE": "{", "COMMA": ",", "EQ": "=", "RPAR": ")", "DBLQUOTE": '"', "COLON": ":"}
_VALUE_STARTS = {"INT_LITERAL", "FLOAT_LITERAL", "TRUE", "FALSE", "NULL", "DBLQUOTE", "HEREDOC_TEMPLATE", "TEMPLATE_STRING"}


def _syntax_problem(error: Exception) -> str:
    """What the parser met, and what it expected, in a person's words."""
    expected = set(getattr(error, "expected", None) or getattr(error, "allowed", None) or ())
    token = getattr(error, "token", None)
    if token is None or token.type == "$END":
        met = "the file ends"
    else:
        met = f"found {str(token).strip()!r}" if str(token).strip() else "the line ends"
    if {"STRING_CHARS", "DBLQUOTE"} <= expected:
        wanted = "a closing '\"'"
    elif "RBRACE" in expected and len(expected) > 4:
        wanted = "'}' (or another key = value)"
    elif expected & _VALUE_STARTS and len(expected) > 4:
        wanted = "a value (a number, a quoted string, true/false, [a list] or {a map})"
    else:
        wanted = " or ".join(sorted(f"'{_TOKENS[name]}'" for name in expected if name in _TOKENS)) or "something else"
    return f"{met} where {wanted} was expected"


def _as_written(value: Any) -> str:
    """A parsed tfvars value as the operator wrote it (strings keep their quotes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _unquote(key: str) -> str:
    return key[1:-1] if len(key) >= 2 and key[0] == key[-1] == '"' else key


class _Reader:
    """Typed access to one level of parsed tfvars, raising ConfigError with the key's path."""

    def __init__(self, source: Path, values: Mapping[str, Any], prefix: str = ""):
        self.source = source
        self.values = values
        self.prefix = prefix

    def _error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.source}: {self.prefix}{key} {problem}")

    def reject_unknown(self, allowed: set[str], prefix: str) -> None:
        for key in self.values:
            if key not in allowed:
                raise ConfigError(f"{self.source}: unknown setting {prefix}{key}; known settings here: {', '.join(sorted(allowed))}.")

    def _literal_string(self, key: str, value: Any) -> str:
        if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
            inner = value[1:-1]
            if "${" in inner or "%{" in inner:
                raise self._error(key, "must be a plain string: expressions are not allowed in tfvars")
            return str(json.loads(value))
        raise self._error(key, f'must be a quoted string, e.g. {key} = "value"; got {value!r}')

    def string(self, key: str, default: str | None = None, required: bool = False, example: str = 'site = "demo"') -> str:
        if key not in self.values or self.values[key] is None:
            if required:
                raise self._error(key, f"is missing: add e.g. {example}")
            return default  # type: ignore[return-value]
        return self._literal_string(key, self.values[key])

    def name(self, key: str, required: bool = False) -> str:
        value = self.string(key, required=required)
        if not valid_name(value):
            raise self._error(
                key,
                f"= {value!r} is not a valid name: use lowercase letters, digits and hyphens "
                "(at most 40), starting and ending with a letter or digit",
            )
        return value

    def site_name(self, key: str) -> str:
        value = self.string(key, required=True)
        if not valid_site_name(value):
            raise self._error(key, f"= {value!r} is not a valid site name: use {SITE_NAME_RULE}")
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.string(key, default=default)
        if value not in choices:
            raise self._error(key, f"= {value!r} is not one of: {', '.join(choices)}")
        return value

    def count(self, key: str, default: int) -> int:
        value = self.values.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._error(key, f"must be a whole number, e.g. {key} = {default or 2} (no quotes); got {_as_written(value)}")
        if value < 0:
            raise self._error(key, f"= {value} is negative; use 0 or more")
        return value

    def days(self, key: str, default: int) -> int:
        """A retention: a whole number of days, at least 1."""
        value = self.count(key, default)
        if value == 0:
            raise self._error(key, "= 0: a retention needs at least 1 day")
        return value

    def principals(self, key: str) -> tuple[str, ...]:
        example = f'{key} = ["user_id:<uuid>", "application_id:<uuid>"]'
        values = self.values.get(key)
        if not isinstance(values, list) or not values:
            raise self._error(key, f"must be a non-empty list of principals, e.g. {example}")
        principals = []
        for index, value in enumerate(values):
            principal = self._literal_string(f"{key}[{index}]", value)
            if not _PRINCIPAL.match(principal):
                raise self._error(
                    f"{key}[{index}]",
                    f"= {principal!r} is not a principal: use user_id:<uuid> or application_id:<uuid> "
                    "(Scaleway console, IAM, with the lowercase id)",
                )
            principals.append(principal)
        duplicates = sorted({p for p in principals if principals.count(p) > 1})
        if duplicates:
            raise self._error(key, f"lists {', '.join(duplicates)} more than once")
        return tuple(principals)

    def flag(self, key: str, default: bool) -> bool:
        value = self.values.get(key, default)
        if not isinstance(value, bool):
            raise self._error(key, f"must be true or false; got {value!r}")
        return value

    def hostname(self, key: str) -> str | None:
        value = self.string(key)
        if value is None:
            return None
        if value.startswith("*."):
            raise self._error(key, f"= {value!r} is a wildcard, for which Edge Services gets no Let's Encrypt certificate: give one name")
        if not _HOSTNAME.match(value):
            raise self._error(key, f'= {value!r} is not a fully qualified lowercase domain name, e.g. "media.example.org"')
        if value.endswith(".scw.cloud"):
            raise self._error(key, f"= {value!r} is a Scaleway name: give a domain of your own, or none")
        if registrable_domain(value) is None:
            raise self._error(key, f'= {value!r} is a public suffix, not a domain of yours: give e.g. "media.example.org"')
        return value

    def name_list(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        if key not in self.values:
            return default
        values = self.values[key]
        if not isinstance(values, list) or not values:
            raise self._error(key, 'must be a non-empty list, e.g. ["staging", "production"]')
        names = []
        for index, value in enumerate(values):
            item = _Reader(self.source, {f"{key}[{index}]": value}, self.prefix)
            names.append(item.name(f"{key}[{index}]"))
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise self._error(key, f"lists {', '.join(duplicates)} more than once")
        return tuple(names)

    def mapping(self, key: str) -> dict[str, Mapping[str, Any]]:
        value = self.values.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
            raise self._error(key, "must be a map of environment name to settings, e.g. { production = { cache_ttl = 3600 } }")
        return {_unquote(k): {_unquote(sk): sv for sk, sv in v.items()} for k, v in value.items()}
