"""Every setting an operator may write, in one table gathered from where each is declared
once (`stacks.settings.declaration`): on the field of the settings object that holds it
(`stacks.settings.model`), or here for the three keys that give a site its shape.
Validation (`stacks.settings`), the commented templates `make site` and `make project`
write, and the README's settings tables all come from this table; a test checks that each
entry reaches every one of them.

Adding a setting: its field, declared with `setting(...)`, and its use in a construct.
"""

from __future__ import annotations

from stacks.settings.declaration import Scope, Setting, declared_in
from stacks.settings.model import DEFAULT_ENVIRONMENTS, EnvironmentConfig, ProjectConfig, SiteConfig

# The keys that give a site its shape: no field holds them as written.
SITE_NAME = Setting(
    "site",
    "site",
    "site_name",
    None,
    "the site's name, same as its folder: lowercase letters and digits, no hyphen (so `<env>-<site>-media` reads one way)",
    required=True,
)
ENVIRONMENTS = Setting("environments", "site", "name_list", DEFAULT_ENVIRONMENTS, "one `media-<env>` stack each")
ENVIRONMENT_SETTINGS = Setting("environment_settings", "site", "mapping", {}, "per environment, the settings below")

# Every setting, in the order the files, the templates and the README give them.
SETTINGS: tuple[Setting, ...] = (
    *declared_in(ProjectConfig, "project"),
    SITE_NAME,
    ENVIRONMENTS,
    *declared_in(SiteConfig, "site"),
    ENVIRONMENT_SETTINGS,
    *declared_in(EnvironmentConfig, "environment"),
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
