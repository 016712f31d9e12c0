"""One table of settings: each entry reaches validation, the templates and the README."""

import pytest

from ops.checkout import ROOT
from ops.sites import NEW_PROJECT, NEW_SITE
from stacks.setting_table import REQUIRED, SETTINGS, optional_settings, with_readme_tables
from stacks.settings import ENVIRONMENT_KEYS, PROJECT_KEYS, SITE_KEYS
from tests.helpers import project_config, site_config

VALIDATED = {"project": PROJECT_KEYS, "site": SITE_KEYS, "environment": ENVIRONMENT_KEYS}


def templates() -> dict[str, str]:
    site = NEW_SITE.format(
        name="acme",
        feature_days=7,
        optional=optional_settings("site"),
        environment=optional_settings("environment").removeprefix("# Optional settings, with their defaults:\n"),
    )
    project = NEW_PROJECT.format(state_bucket="acme-state", operator="user_id:x", day="2026-11-30", optional=optional_settings("project"))
    return {"project": project, "site": site, "environment": site}


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: f"{s.scope}.{s.key}")
def test_every_setting_reaches_validation_the_template_and_the_readme(setting):
    assert setting.key in VALIDATED[setting.scope]
    assert f"{setting.key} " in templates()[setting.scope] or f"{setting.key} =" in templates()[setting.scope]
    assert f"| `{setting.key}` |" in (ROOT / "README.md").read_text()


def test_nothing_is_validated_that_the_table_does_not_declare():
    for scope, keys in VALIDATED.items():
        assert keys == {s.key for s in SETTINGS if s.scope == scope}, scope


def test_the_readme_tables_are_the_tables_written_from_the_table():
    readme = (ROOT / "README.md").read_text()
    assert with_readme_tables(readme) == readme, "run `make settings-doc`"


def test_the_defaults_of_the_settings_objects_are_the_tables():
    project, site = project_config(), site_config(environments=["staging", "production"], environment_settings={})
    for setting in SETTINGS:
        if (
            setting.default is REQUIRED
            or setting.default is None
            or not isinstance(setting.default, (int, bool))
            or setting.scope == "environment"
        ):
            continue
        holder = project if setting.scope == "project" else site
        if setting.key == "media_expiration":
            continue  # the helper's demo site expires its media
        assert getattr(holder, setting.key) == setting.default, setting.key
