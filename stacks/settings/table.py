"""Every setting an operator may write, declared once: its key, where it goes (the project,
a site, an environment of a site), how it is read and checked, its default and what it
means. Validation (`stacks.settings`), the defaults of the frozen settings, the commented
templates `make site` and `make project` write, and the README's settings tables all come
from this table; a test checks that each entry reaches every one of them.

Adding a setting: an entry here, its field on the settings object, its use in a construct.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from stacks.settings.hcl import hcl
from stacks.settings.model import (
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
    s3_endpoint,
)

Scope = Literal["project", "site", "environment"]
# How a value is read and checked: each kind has its reader (`stacks.settings.tfvars.READERS`).
Kind = Literal["string", "site_name", "choice", "count", "days", "flag", "principals", "deployers", "hostname", "name_list", "mapping"]
# What a computed default is made from: the values of the settings read before it (and,
# for an environment's, `environment`: its name).
Computed = Callable[[Mapping[str, Any]], Any]


@dataclass(frozen=True)
class Setting:
    """One setting, declared once. When the file leaves it out, its value is its `default`
    (None: no value), unless a rule says otherwise: `required` (the file must give it),
    `inherits` (an environment's: the site's value of the same key), `computed` (made from
    the settings read before it, as `shown` says)."""

    key: str
    scope: Scope
    kind: Kind
    default: Any
    meaning: str
    required: bool = False
    inherits: bool = False
    computed: Computed | None = None
    shown: str = ""  # the default as the README and the templates show it, when not the value itself
    choices: tuple[str, ...] = ()
    example: str = ""  # a value to show when one is missing

    @property
    def default_text(self) -> str:
        if self.shown:
            return self.shown
        if self.required:
            return "(required)"
        return hcl(self.default)

    def default_in(self, context: Mapping[str, Any]) -> Any:
        """The value when the file leaves it out, given the settings read before it (the
        site's, for an environment's)."""
        if self.inherits:
            return context[self.key]
        if self.computed is not None:
            return self.computed(context)
        return self.default


SETTINGS: tuple[Setting, ...] = (
    # -- sites/project.tfvars: what every site of the Scaleway project shares.
    Setting(
        "state_bucket",
        "project",
        "string",
        None,
        "bucket of every environment's state (names are global)",
        required=True,
        example='"acme-terraform-state"',
    ),
    Setting(
        "operators", "project", "principals", None, "`user_id:<uuid>` / `application_id:<uuid>` allowed on every bucket", required=True
    ),
    Setting(
        "deployers",
        "project",
        "deployers",
        {},
        'keys that deploy only the environments listed, e.g. `{ "application_id:<uuid>" = ["staging", "preprod"] }` (docs/scw.md, CI)',
    ),
    Setting(
        "planners",
        "project",
        "principals",
        (),
        "read-only keys that plan every stack and apply nothing (CI's pull-request plans, the drift check)",
    ),
    Setting("region", "project", "choice", "fr-par", "where the buckets live", choices=REGIONS),
    Setting(
        "zone", "project", "string", None, "the zone, in that region", computed=lambda read: f"{read['region']}-1", shown='"<region>-1"'
    ),
    Setting(
        "state_endpoint",
        "project",
        "string",
        None,
        "S3 endpoint of the state bucket",
        computed=lambda read: s3_endpoint(read["region"]),
        shown='"https://s3.<region>.scw.cloud"',
    ),
    Setting("state_use_path_style", "project", "flag", False, "path-style S3 requests, for state servers addressed by IP"),
    Setting("edge_plan", "project", "choice", "professional", "`starter`, `professional` or `advanced`", choices=EDGE_PLANS),
    Setting(
        "multipart_abort_days",
        "project",
        "days",
        DEFAULT_MULTIPART_ABORT_DAYS,
        "incomplete multipart uploads are aborted after this many days",
    ),
    Setting(
        "state_noncurrent_days", "project", "days", DEFAULT_STATE_NONCURRENT_DAYS, "old versions of the state expire after this many days"
    ),
    Setting(
        "api_key_lifetime_days",
        "project",
        "days",
        DEFAULT_API_KEY_LIFETIME_DAYS,
        "each environment's API key expires this long after it is made (`make rotate-key` replaces it)",
    ),
    Setting("import_legacy_bootstrap", "project", "flag", False, "`bootstrap` imports the hand-written project's state bucket and plan"),
    # -- sites/<site>/scw/config.tfvars: one site.
    Setting(
        "site",
        "site",
        "site_name",
        None,
        "the site's name, same as its folder: lowercase letters and digits, no hyphen (so `<env>-<site>-media` reads one way)",
        required=True,
    ),
    Setting("environments", "site", "name_list", DEFAULT_ENVIRONMENTS, "one `media-<env>` stack each"),
    Setting("media_expiration", "site", "count", 0, "days after which media expire; `0` = never (the bucket is versioned)"),
    Setting(
        "media_noncurrent_days",
        "site",
        "days",
        DEFAULT_MEDIA_NONCURRENT_DAYS,
        "noncurrent versions of kept media expire after this many days",
    ),
    Setting(
        "feature_media_expiration",
        "site",
        "days",
        DEFAULT_FEATURE_MEDIA_EXPIRATION,
        "media of throwaway `feature-*` environments expire after this many days",
    ),
    Setting("cache_ttl", "site", "count", DEFAULT_CACHE_TTL, "CDN fallback TTL in seconds"),
    Setting("legacy_state", "site", "flag", False, "adopt the state of the hand-written project (docs/scw.md)"),
    Setting("environment_settings", "site", "mapping", {}, "per environment, the settings below"),
    # -- environment_settings = { <env> = { ... } }: one environment of a site.
    Setting("media_expiration", "environment", "count", None, "the site's, for this environment", inherits=True, shown="the site's"),
    Setting("media_noncurrent_days", "environment", "days", None, "the site's, for this environment", inherits=True, shown="the site's"),
    Setting("cache_ttl", "environment", "count", None, "the site's, for this environment", inherits=True, shown="the site's"),
    Setting(
        "protected",
        "environment",
        "flag",
        None,
        "its media bucket cannot be destroyed",
        computed=lambda read: read["environment"] in PROTECTED_BY_DEFAULT,
        shown="`production` only",
    ),
    Setting("custom_domain", "environment", "hostname", None, "a domain of yours the CDN serves (docs/scw.md)", shown="(none)"),
    Setting(
        "custom_domain_zone",
        "environment",
        "hostname",
        None,
        "the Scaleway Domains and DNS zone holding `custom_domain`: its record is written in the same deploy (docs/scw.md)",
        shown="(none: you create the record)",
    ),
    Setting("purge_cache_on_deploy", "environment", "flag", False, "`make deploy` purges the CDN cache"),
)


def settings_of(scope: Scope) -> tuple[Setting, ...]:
    return tuple(setting for setting in SETTINGS if setting.scope == scope)


def keys_of(scope: Scope) -> frozenset[str]:
    return frozenset(setting.key for setting in settings_of(scope))


def readme_table(scope: Scope) -> str:
    """The README's table of one scope's settings."""
    rows = [f"| {scope} setting | default | meaning |", "| --- | --- | --- |"]
    rows += [f"| `{s.key}` | {_cell(s.default_text)} | {s.meaning} |" for s in settings_of(scope)]
    return "\n".join(rows)


def _cell(text: str) -> str:
    return text if text.startswith("(") or (" " in text and not text.startswith(('"', "["))) else f"`{text}`"


def optional_settings(scope: Scope) -> str:
    """The commented block of a template: every optional setting of the scope, with its default."""
    return "# Optional settings, with their defaults:\n" + _commented(scope, "")


def environment_block() -> str:
    """The per-environment settings, commented inside the `environment_settings` block they
    belong to (uncommented at the top level, they would be the site's own keys)."""
    return (
        "# Per environment, inside environment_settings (uncomment in place), with their defaults:\n"
        "# environment_settings = {\n"
        "#   production = {\n" + _commented("environment", "    ") + "#   }\n"
        "# }\n"
    )


def _commented(scope: Scope, indent: str) -> str:
    entries = [s for s in settings_of(scope) if not s.required and s.kind != "mapping"]
    width = max(len(s.key) for s in entries)
    return "".join(f"# {indent}{s.key.ljust(width)} = {s.default_text.ljust(14)} # {s.meaning}\n" for s in entries)


# -- The README's tables ---------------------------------------------------------------------

BEGIN, END = "<!-- settings tables: `make settings-doc` writes them from stacks/settings/table.py -->", "<!-- end of settings tables -->"


def readme_tables() -> str:
    return "\n\n".join(readme_table(scope) for scope in ("project", "site", "environment"))


def with_readme_tables(readme: str) -> str:
    """The README with its settings tables written anew between their markers."""
    head, _, rest = readme.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{readme_tables()}\n{END}{tail}"


def write_readme_tables() -> None:
    """`make settings-doc`: the README's settings tables, written from the table."""
    from pathlib import Path

    readme = Path(__file__).resolve().parent.parent.parent / "README.md"
    readme.write_text(with_readme_tables(readme.read_text()))
