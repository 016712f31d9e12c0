"""Site settings: `sites/<site>/scw/config.tfvars` parsed and validated once.

Every construct receives these frozen objects, never raw tfvars, so a typo or an
out-of-range value stops the app with one clear message before anything is built.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SITES_DIR = PROJECT_ROOT / "sites"
# Parsed tfvars by content: lark takes ~0.15 s to load and parse, a tenth of a synthesis.
PARSE_CACHE_DIR = PROJECT_ROOT / ".cache" / "tfvars"
DEFAULT_SITE = "demo"
BOOTSTRAP_STACK = "bootstrap"
DEFAULT_ENVIRONMENTS = ("staging", "preprod", "production")
DEFAULT_CACHE_TTL = 86400
EDGE_PLANS = ("starter", "professional", "advanced")
# Regions where Scaleway offers Object Storage and Edge Services backends.
REGIONS = ("fr-par", "nl-ams", "pl-waw")

_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_IPV4 = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
_URL = re.compile(r"^https?://[^\s/]+(/[^\s]*)?$")
_HOSTNAME = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
# Environments whose media are protected from `destroy` unless a site says otherwise.
PROTECTED_BY_DEFAULT = ("production",)
# Undeclared environments with this prefix are throwaway ones: `make deploy ENV=feature-x`.
FEATURE_PREFIX = "feature-"


class ConfigError(ValueError):
    """A setting is missing or wrong; the message names the file, the key and the fix."""


@dataclass(frozen=True)
class EnvironmentConfig:
    """One deployable environment of a site (staging, production, feature-x...)."""

    name: str
    media_expiration: int
    cache_ttl: int
    protected: bool = False
    custom_domain: str | None = None
    purge_cache_on_deploy: bool = False

    @property
    def stack_name(self) -> str:
        return f"media-{self.name}"

    @property
    def media_versioned(self) -> bool:
        """Expiring media are throwaway: versioning them would only keep what expires."""
        return self.media_expiration == 0


@dataclass(frozen=True)
class SiteConfig:
    """Everything the stacks need to know about one site, validated."""

    site: str
    source: Path
    region: str
    zone: str
    environments: tuple[EnvironmentConfig, ...]
    state_bucket: str
    state_endpoint: str
    edge_plan: str
    media_expiration: int = 0
    cache_ttl: int = DEFAULT_CACHE_TTL
    state_use_path_style: bool = False
    legacy_state: bool = False

    @property
    def s3_endpoint(self) -> str:
        """Public Object Storage endpoint of the region, as django-storages needs it."""
        return f"https://s3.{self.region}.scw.cloud"

    def media_bucket_name(self, env: EnvironmentConfig) -> str:
        return media_bucket_name(self.site, env.name)

    def state_key(self, env: EnvironmentConfig) -> str:
        """Where the environment's state lives in the state bucket.

        Sites adopted from the hand-written project keep its workspace layout,
        `env:/<env>/<site>.tfstate`, so their existing state is reused as it is.
        """
        if self.legacy_state:
            return f"env:/{env.name}/{self.site}.tfstate"
        return f"{self.site}/{env.stack_name}.tfstate"

    def environment(self, name: str) -> EnvironmentConfig:
        for env in self.environments:
            if env.name == name:
                return env
        known = ", ".join(e.name for e in self.environments)
        raise ConfigError(
            f"{self.source}: environment {name!r} is not declared; "
            f"declared environments: {known}. Add it to `environments` in that file, "
            f"or name a throwaway environment {FEATURE_PREFIX}<name>."
        )

    def with_environment(self, name: str) -> SiteConfig:
        """This site, plus `name` when it is an undeclared throwaway feature environment.

        Feature environments take the site's defaults and are never protected.
        """
        if name in (e.name for e in self.environments) or not name.startswith(FEATURE_PREFIX):
            self.environment(name)  # raises for an unknown, non-feature name
            return self
        if not valid_name(name):
            raise ConfigError(
                f"environment {name!r} is not a valid name: use lowercase letters, digits and hyphens"
            )
        problem = s3_bucket_name_problem(media_bucket_name(self.site, name))
        if problem:
            raise ConfigError(f"environment {name!r}: its media bucket name {problem}. Shorten it.")
        feature = EnvironmentConfig(name=name, media_expiration=self.media_expiration, cache_ttl=self.cache_ttl)
        return replace(self, environments=self.environments + (feature,))


_TOP_LEVEL_KEYS = {
    "site",
    "media_expiration",
    "environments",
    "environment_settings",
    "cache_ttl",
    "region",
    "zone",
    "state_bucket",
    "state_endpoint",
    "edge_plan",
    "state_use_path_style",
    "legacy_state",
}
_ENVIRONMENT_KEYS = {"media_expiration", "cache_ttl", "protected", "custom_domain", "purge_cache_on_deploy"}


def site_config_path(site: str, sites_dir: Path = SITES_DIR) -> Path:
    return sites_dir / site / "scw" / "config.tfvars"


def selected_site() -> str:
    """The site chosen by `RICHIE_SITE`, as in the openfun projects."""
    return os.environ.get("RICHIE_SITE") or DEFAULT_SITE


def load_selected_site(env_name: str | None = None) -> SiteConfig:
    """The site chosen by `RICHIE_SITE`, plus `env_name` if it is a throwaway feature environment."""
    site = load_site_config(selected_site())
    return site.with_environment(env_name) if env_name else site


def load_site_config(site: str, sites_dir: Path = SITES_DIR) -> SiteConfig:
    """Read and validate `sites/<site>/scw/config.tfvars`."""
    path = site_config_path(site, sites_dir)
    if not path.is_file():
        known = sorted(p.parent.parent.name for p in sites_dir.glob("*/scw/config.tfvars"))
        raise ConfigError(
            f"unknown site {site!r}: {path} does not exist. "
            f"Known sites: {', '.join(known) or 'none'}. "
            f"Set RICHIE_SITE to one of them, or create the site by copying sites/demo."
        )
    return parse_site_config(path.read_text(encoding="utf-8"), path, expected_site=site)


def parse_site_config(text: str, source: Path, expected_site: str | None = None) -> SiteConfig:
    """Validate tfvars text; `source` only serves the error messages."""
    raw = _Reader(source, _parse_tfvars(text, source))
    raw.reject_unknown(_TOP_LEVEL_KEYS, "")

    site = raw.name("site", required=True)
    if expected_site is not None and site != expected_site:
        raise ConfigError(
            f"{source}: site = {site!r} does not match its folder sites/{expected_site}/. "
            f'Set site = "{expected_site}" or rename the folder.'
        )
    media_expiration = raw.count("media_expiration", default=0)
    cache_ttl = raw.count("cache_ttl", default=DEFAULT_CACHE_TTL)
    region = raw.choice("region", REGIONS, default="fr-par")
    zone = raw.string("zone", default=f"{region}-1")
    if not re.fullmatch(rf"{re.escape(region)}-[1-9]", zone):
        raise ConfigError(
            f"{source}: zone = {zone!r} is not a zone of region {region!r}. "
            f'Use one like "{region}-1".'
        )

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
        env = EnvironmentConfig(
            name=env_name,
            media_expiration=env_raw.count("media_expiration", default=media_expiration),
            cache_ttl=env_raw.count("cache_ttl", default=cache_ttl),
            protected=env_raw.flag("protected", default=env_name in PROTECTED_BY_DEFAULT),
            custom_domain=env_raw.hostname("custom_domain"),
            purge_cache_on_deploy=env_raw.flag("purge_cache_on_deploy", default=False),
        )
        bucket = media_bucket_name(site, env_name)
        problem = s3_bucket_name_problem(bucket)
        if problem:
            raise ConfigError(
                f"{source}: environments: the media bucket name {bucket!r} of environment "
                f"{env_name!r} {problem}. Shorten the site or environment name."
            )
        environments.append(env)
    domains = [e.custom_domain for e in environments if e.custom_domain]
    shared = sorted({d for d in domains if domains.count(d) > 1})
    if shared:
        raise ConfigError(
            f"{source}: environment_settings: custom_domain {shared[0]!r} is given to several "
            "environments; each environment needs its own domain."
        )

    state_bucket = raw.string("state_bucket", default="richie-terraform-state")
    problem = s3_bucket_name_problem(state_bucket)
    if problem:
        raise ConfigError(
            f"{source}: state_bucket = {state_bucket!r} {problem}. "
            "Pick a name of 3-63 lowercase letters, digits, dots or hyphens."
        )
    state_endpoint = raw.string("state_endpoint", default=f"https://s3.{region}.scw.cloud")
    if not _URL.match(state_endpoint):
        raise ConfigError(
            f"{source}: state_endpoint = {state_endpoint!r} is not an http(s) URL. "
            f'Use e.g. "https://s3.{region}.scw.cloud".'
        )

    return SiteConfig(
        site=site,
        source=source,
        region=region,
        zone=zone,
        environments=tuple(environments),
        state_bucket=state_bucket,
        state_endpoint=state_endpoint.rstrip("/"),
        edge_plan=raw.choice("edge_plan", EDGE_PLANS, default="professional"),
        media_expiration=media_expiration,
        cache_ttl=cache_ttl,
        state_use_path_style=raw.flag("state_use_path_style", default=False),
        legacy_state=raw.flag("legacy_state", default=False),
    )


def valid_name(name: str) -> bool:
    """Site and environment names: DNS labels of at most 40 characters."""
    return bool(_NAME.match(name)) and len(name) <= 40


def media_bucket_name(site: str, environment: str) -> str:
    return f"{environment}-{site}-media"


def s3_bucket_name_problem(name: str) -> str | None:
    """What breaks the S3 bucket naming rules, or None when the name is valid."""
    if not 3 <= len(name) <= 63:
        return f"is {len(name)} characters long (S3 allows 3 to 63)"
    if not _BUCKET.match(name):
        return "must hold only lowercase letters, digits, dots and hyphens, and start and end with a letter or digit"
    if ".." in name or ".-" in name or "-." in name:
        return "must not hold '..', '.-' or '-.'"
    if _IPV4.match(name):
        return "must not look like an IP address"
    if name.startswith("xn--") or name.endswith("-s3alias"):
        return "must not start with 'xn--' nor end with '-s3alias'"
    return None


def _parse_tfvars(text: str, source: Path) -> dict[str, Any]:
    """python-hcl2's reading of the text, from the cache when the same text was read before."""
    parser = Path(importlib.util.find_spec("hcl2").origin).stat().st_mtime_ns  # a reinstall renews the cache
    key = hashlib.sha256(f"{parser}\n{text}".encode()).hexdigest()
    cached = PARSE_CACHE_DIR / f"{key}.json"
    try:
        parsed = json.loads(cached.read_text())
    except (OSError, ValueError):
        parsed = _parse_hcl(text, source)
        try:
            PARSE_CACHE_DIR.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(parsed))
            partial.replace(cached)
        except OSError:
            pass  # a read-only checkout still works, only slower
    return {_unquote(k): v for k, v in parsed.items()}


def _parse_hcl(text: str, source: Path) -> dict[str, Any]:
    import hcl2  # imported only on a cache miss
    from lark.exceptions import LarkError

    try:
        return hcl2.loads(text, serialization_options=hcl2.SerializationOptions(with_comments=False))
    except (LarkError, ValueError) as error:
        first_line = str(error).splitlines()[0]
        raise ConfigError(f"{source}: not valid HCL: {first_line}") from None


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
                raise ConfigError(
                    f"{self.source}: unknown setting {prefix}{key}; "
                    f"known settings here: {', '.join(sorted(allowed))}."
                )

    def _literal_string(self, key: str, value: Any) -> str:
        if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
            inner = value[1:-1]
            if "${" in inner or "%{" in inner:
                raise self._error(key, "must be a plain string: expressions are not allowed in tfvars")
            return json.loads(value)
        raise self._error(key, f'must be a quoted string, e.g. {key} = "value"; got {value!r}')

    def string(self, key: str, default: str | None = None, required: bool = False) -> str:
        if key not in self.values or self.values[key] is None:
            if required:
                raise self._error(key, 'is missing: add e.g. site = "demo"')
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

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.string(key, default=default)
        if value not in choices:
            raise self._error(key, f"= {value!r} is not one of: {', '.join(choices)}")
        return value

    def count(self, key: str, default: int) -> int:
        value = self.values.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._error(key, f"must be a whole number; got {value!r}")
        if value < 0:
            raise self._error(key, f"= {value} is negative; use 0 or more")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.values.get(key, default)
        if not isinstance(value, bool):
            raise self._error(key, f"must be true or false; got {value!r}")
        return value

    def hostname(self, key: str) -> str | None:
        value = self.string(key)
        if value is None:
            return None
        if not _HOSTNAME.match(value):
            raise self._error(
                key, f"= {value!r} is not a fully qualified lowercase domain name, e.g. \"media.example.org\""
            )
        if value.endswith(".scw.cloud"):
            raise self._error(key, f"= {value!r} is a Scaleway name: give a domain of your own, or none")
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
