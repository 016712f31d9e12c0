"""What a site is, once its settings are validated: frozen objects and naming rules.

Constructs read only these objects. Every name a deployment implies (stacks, buckets,
applications, pipelines, state keys) is derived here and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from stacks.settings.declaration import setting

BOOTSTRAP_STACK = "bootstrap"
BOOTSTRAP_STATE_KEY = f"{BOOTSTRAP_STACK}.tfstate"  # its state, in the state bucket
MEDIA_STACK_PREFIX = "media-"  # each environment's stack is media-<env>
DEFAULT_ENVIRONMENTS = ("staging", "preprod", "production")
DEFAULT_CACHE_TTL = 86400
# Retentions, in days: incomplete multipart uploads are aborted, noncurrent versions expire.
DEFAULT_MULTIPART_ABORT_DAYS = 7
DEFAULT_MEDIA_NONCURRENT_DAYS = 30
DEFAULT_STATE_NONCURRENT_DAYS = 90
# Each environment's API key expires this long after it is made; `make rotate-key` replaces it.
DEFAULT_API_KEY_LIFETIME_DAYS = 365
# Throwaway environments' media go away on their own.
DEFAULT_FEATURE_MEDIA_EXPIRATION = 7
EDGE_PLANS = ("starter", "professional", "advanced")
# Regions where Scaleway offers Object Storage and Edge Services backends.
REGIONS = ("fr-par", "nl-ams", "pl-waw")
# Environments whose media are protected from `destroy` unless a site says otherwise.
PROTECTED_BY_DEFAULT = ("production",)
# Undeclared environments with this prefix are throwaway ones: `make deploy ENV=feature-x`.
FEATURE_PREFIX = "feature-"

_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
# A site name has no hyphen: `<env>-<site>-media` and `<env>-<site>` then read one way only,
# whatever hyphens the environment holds (`feature-x` of `demo` is never `x-demo`'s `feature`).
_SITE_NAME = re.compile(r"^[a-z0-9]{1,40}$")
SITE_NAME_RULE = "lowercase letters and digits only, at most 40 (no hyphen: `<env>-<site>-media` must read one way)"
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_IPV4 = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")


class ConfigError(ValueError):
    """A setting is missing or wrong; the message names the file, the key and the fix."""


@dataclass(frozen=True)
class Deployer:
    """A key (CI's, typically) that deploys these environments of every site and nothing
    else: the state bucket's policy gives it their states only, each media bucket's policy
    its own environments' buckets only."""

    principal: str
    environments: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ProjectConfig:
    """What every site of one Scaleway project shares (`sites/project.tfvars`): where state
    lives, who may do what, the Edge plan, the region. Each field below `source` declares
    its setting."""

    source: Path
    state_bucket: str = setting(
        "string", "bucket of every environment's state (names are global)", required=True, example='"acme-terraform-state"'
    )
    operators: tuple[str, ...] = setting("principals", "`user_id:<uuid>` / `application_id:<uuid>` allowed on every bucket", required=True)
    deployers: tuple[Deployer, ...] = setting(
        "deployers",
        'keys that deploy only the environments listed, e.g. `{ "application_id:<uuid>" = ["staging", "preprod"] }` (docs/scw.md, CI)',
        default={},
        held_as=(),
    )
    planners: tuple[str, ...] = setting(
        "principals", "read-only keys that plan every stack and apply nothing (CI's pull-request plans, the drift check)", default=()
    )
    region: str = setting("choice", "where the buckets live", default="fr-par", choices=REGIONS)
    zone: str = setting("string", "the zone, in that region", computed=lambda read: f"{read['region']}-1", shown='"<region>-1"')
    state_endpoint: str = setting(
        "string",
        "S3 endpoint of the state bucket",
        computed=lambda read: s3_endpoint(read["region"]),
        shown='"https://s3.<region>.scw.cloud"',
    )
    state_use_path_style: bool = setting("flag", "path-style S3 requests, for state servers addressed by IP", default=False)
    edge_plan: str = setting("choice", "`starter`, `professional` or `advanced`", default="professional", choices=EDGE_PLANS)
    multipart_abort_days: int = setting(
        "days", "incomplete multipart uploads are aborted after this many days", default=DEFAULT_MULTIPART_ABORT_DAYS
    )
    state_noncurrent_days: int = setting(
        "days", "old versions of the state expire after this many days", default=DEFAULT_STATE_NONCURRENT_DAYS
    )
    api_key_lifetime_days: int = setting(
        "days",
        "each environment's API key expires this long after it is made (`make rotate-key` replaces it)",
        default=DEFAULT_API_KEY_LIFETIME_DAYS,
    )
    import_legacy_bootstrap: bool = setting("flag", "`bootstrap` imports the hand-written project's state bucket and plan", default=False)
    media_project: str | None = setting(
        "string",
        "a Scaleway project of the factory's own, which `bootstrap` makes, for the media buckets, their CDN and their keys (docs/scw.md)",
        shown="(none: env.d/scw's project holds all)",
        example='"acme-media"',
    )
    media_project_id: str | None = setting(
        "string",
        "`bootstrap` adopts this existing project as `media_project` instead of making one",
        shown="(none)",
        example='"<project uuid>"',
    )

    def deployers_of(self, environment: str) -> tuple[str, ...]:
        """The principals that deploy this environment (besides the operators)."""
        return tuple(d.principal for d in self.deployers if environment in d.environments)

    @property
    def bootstrap_state_file(self) -> str:
        """The bootstrap's local state while its bucket does not exist (moved into the bucket
        right after), named after the state bucket: two projects never share it."""
        return f"bootstrap.{self.state_bucket}.tfstate"

    @property
    def s3_endpoint(self) -> str:
        """Public Object Storage endpoint of the region, as django-storages needs it."""
        return s3_endpoint(self.region)


@dataclass(frozen=True, kw_only=True)
class EnvironmentConfig:
    """One deployable environment of a site (staging, production, feature-x...), from its
    block of `environment_settings`. Each field below `name` but `custom_domain_apex`
    declares its setting."""

    name: str
    media_expiration: int = setting("count", "the site's, for this environment", inherits=True, shown="the site's")
    media_noncurrent_days: int = setting("days", "the site's, for this environment", inherits=True, shown="the site's")
    cache_ttl: int = setting("count", "the site's, for this environment", inherits=True, shown="the site's")
    protected: bool = setting(
        "flag",
        "its media bucket cannot be destroyed",
        computed=lambda read: read["environment"] in PROTECTED_BY_DEFAULT,
        shown="`production` only",
    )
    custom_domain: str | None = setting("hostname", "a domain of yours the CDN serves (docs/scw.md)", shown="(none)")
    custom_domain_zone: str | None = setting(
        "hostname",
        "the Scaleway Domains and DNS zone holding `custom_domain`: its record is written in the same deploy (docs/scw.md)",
        shown="(none: you create the record)",
    )
    purge_cache_on_deploy: bool = setting("flag", "`make deploy` purges the CDN cache", default=False)
    # A domain's apex (`example.org`, `example.co.uk`) takes an ALIAS record, not a CNAME.
    custom_domain_apex: bool = False

    @property
    def stack_name(self) -> str:
        return f"{MEDIA_STACK_PREFIX}{self.name}"

    @property
    def media_versioned(self) -> bool:
        """Expiring media are throwaway: versioning them would only keep what expires."""
        return self.media_expiration == 0


@dataclass(frozen=True, kw_only=True)
class SiteConfig:
    """Everything the stacks need to know about one site (`sites/<site>/scw/config.tfvars`),
    validated. Its name and environments give it its shape (`stacks.settings.table`); each
    field below them declares its setting."""

    name: str
    source: Path
    project: ProjectConfig
    environments: tuple[EnvironmentConfig, ...]
    media_expiration: int = setting("count", "days after which media expire; `0` = never (the bucket is versioned)", default=0)
    media_noncurrent_days: int = setting(
        "days", "noncurrent versions of kept media expire after this many days", default=DEFAULT_MEDIA_NONCURRENT_DAYS
    )
    feature_media_expiration: int = setting(
        "days", "media of throwaway `feature-*` environments expire after this many days", default=DEFAULT_FEATURE_MEDIA_EXPIRATION
    )
    cache_ttl: int = setting("count", "CDN fallback TTL in seconds", default=DEFAULT_CACHE_TTL)
    legacy_state: bool = setting("flag", "adopt the state of the hand-written project (docs/scw.md)", default=False)

    def media_bucket_name(self, env: EnvironmentConfig) -> str:
        return media_bucket_name(self.name, env.name)

    def application_name(self, env: EnvironmentConfig) -> str:
        return resource_names(self.name, env.name)["application"]

    def application_policy_name(self, env: EnvironmentConfig) -> str:
        return resource_names(self.name, env.name)["policy"]

    def pipeline_name(self, env: EnvironmentConfig) -> str:
        return resource_names(self.name, env.name)["pipeline"]

    def state_key(self, env: EnvironmentConfig) -> str:
        """Where the environment's state lives in the state bucket: `state_key`."""
        return state_key(self.name, env.name)

    def environment_of_state_key(self, key: str) -> str | None:
        """The environment of this site whose state is at `key` (`state_key`'s inverse), or None."""
        found = site_and_environment_of_state_key(key)
        return found[1] if found and found[0] == self.name else None

    def environment(self, name: str) -> EnvironmentConfig:
        for env in self.environments:
            if env.name == name:
                return env
        known = ", ".join(e.name for e in self.environments)
        if not valid_name(name):
            raise ConfigError(
                f"environment {name!r} is not a valid name: use lowercase letters, digits and hyphens "
                f"(at most 40); declared environments: {known}."
            )
        raise ConfigError(
            f"{self.source}: environment {name!r} is not declared; "
            f"declared environments: {known}. Add it to `environments` in that file, "
            f"or name a throwaway environment {FEATURE_PREFIX}<name>."
        )

    def with_environment(self, name: str) -> SiteConfig:
        """This site, plus `name` when it is an undeclared throwaway feature environment.

        Feature environments take the site's defaults, their media expire
        (`feature_media_expiration`) and they are never protected.
        """
        if name in (e.name for e in self.environments) or not (name.startswith(FEATURE_PREFIX) and valid_name(name)):
            self.environment(name)  # the declared one, or the reason it is none and no valid feature one
            return self
        problem = s3_bucket_name_problem(media_bucket_name(self.name, name))
        if problem:
            raise ConfigError(f"environment {name!r}: its media bucket name {problem}. Shorten it.")
        feature = EnvironmentConfig(
            name=name,
            media_expiration=self.feature_media_expiration,
            cache_ttl=self.cache_ttl,
            media_noncurrent_days=self.media_noncurrent_days,
            protected=False,
        )
        return replace(self, environments=(*self.environments, feature))


# Every environment's state, whichever site, sits under its environment's prefix: a bucket
# policy can then give a deployer its environments' states and no other (its resources take
# `<bucket>/<prefix>/*`, no wildcard inside a key). It is the hand-written project's
# workspace layout, so its states are adopted where they are.
STATE_PREFIX = "env:/{env}/"
_STATE_KEY = re.compile(r"env:/(?P<env>[^/]+)/(?P<site>[a-z0-9]+)\.tfstate")
# Where `make smoke`'s results are kept, beside the states: `<prefix><state key>.json`.
SMOKE_RESULTS_PREFIX = "smoke-results/"
# The layout of earlier versions of this tool, `<site>/media-<env>.tfstate`: `make move-states`
# moves such states under their environment's prefix.
EARLIER_STATE_KEY = re.compile(rf"(?P<site>[a-z0-9]+)/{re.escape(MEDIA_STACK_PREFIX)}(?P<env>[^/]+)\.tfstate")


def state_key(site: str, environment: str) -> str:
    return f"{STATE_PREFIX.format(env=environment)}{site}.tfstate"


def earlier_state_key(site: str, environment: str) -> str:
    return f"{site}/{MEDIA_STACK_PREFIX}{environment}.tfstate"


def site_and_environment_of_state_key(key: str) -> tuple[str, str] | None:
    """The site and environment whose state is at `key`, whether or not any settings declare
    them (a removed site's state too); None for any other object."""
    found = _STATE_KEY.fullmatch(key)
    return (found["site"], found["env"]) if found else None


def valid_name(name: str) -> bool:
    """Site and environment names: DNS labels of at most 40 characters."""
    return bool(_NAME.match(name)) and len(name) <= 40


def s3_endpoint(region: str) -> str:
    """Object Storage's public endpoint in a region."""
    return f"https://s3.{region}.scw.cloud"


def valid_site_name(name: str) -> bool:
    return bool(_SITE_NAME.match(name))


def media_bucket_name(site: str, environment: str) -> str:
    return f"{environment}-{site}-media"


def resource_names(site: str, environment: str) -> dict[str, str]:
    """The names an environment's stack gives its resources, by kind: how Scaleway's console
    shows them, and how `make status` finds those no state holds."""
    application = f"{environment}-{site}"
    return {
        "bucket": media_bucket_name(site, environment),
        "application": application,
        "policy": f"{application}-media-objects",
        "pipeline": f"{environment}-{site}-media-pipeline",
    }


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
