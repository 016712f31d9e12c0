"""One table of settings: each entry reaches validation, the templates and the README."""

import pytest

from ops.checkout import ROOT
from ops.factory.sites import NEW_PROJECT, NEW_SITE
from stacks.settings import ENVIRONMENT_KEYS, PROJECT_KEYS, SITE_KEYS
from stacks.settings.table import SETTINGS, environment_block, optional_settings, with_readme_tables
from tests.helpers import project_config, site_config

VALIDATED = {"project": PROJECT_KEYS, "site": SITE_KEYS, "environment": ENVIRONMENT_KEYS}


def templates() -> dict[str, str]:
    site = NEW_SITE.format(
        name="acme",
        feature_days=7,
        optional=optional_settings("site"),
        environment=environment_block(),
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


def test_every_field_of_the_settings_objects_declares_its_setting_but_those_of_their_shape():
    from dataclasses import fields

    from stacks.settings.declaration import DECLARED
    from stacks.settings.model import EnvironmentConfig, ProjectConfig, SiteConfig

    shape = {
        ProjectConfig: {"source"},
        SiteConfig: {"name", "source", "project", "environments"},
        EnvironmentConfig: {"name", "custom_domain_apex"},
    }
    for holder, undeclared in shape.items():
        assert {f.name for f in fields(holder) if DECLARED not in f.metadata} == undeclared, holder.__name__


def test_a_field_declared_once_is_a_setting_with_its_default_and_rule():
    from dataclasses import dataclass

    from stacks.settings.declaration import declared_in, setting

    @dataclass(frozen=True, kw_only=True)
    class Holder:
        name: str
        retries: int = setting("count", "how many times", default=3)
        budget: int = setting("days", "the site's", inherits=True, shown="the site's")
        owners: tuple[str, ...] = setting("principals", "who", required=True, key="owner_list")

    retries, budget, owners = declared_in(Holder, "environment")
    assert (retries.key, retries.scope, retries.kind, retries.default, retries.default_text) == ("retries", "environment", "count", 3, "3")
    assert (budget.inherits, budget.default_in({"budget": 9}), owners.key, owners.required) == (True, 9, "owner_list", True)
    assert Holder(name="x", budget=1, owners=()).retries == 3  # the field's default is the setting's


def test_the_per_environment_settings_are_written_inside_their_block():
    """Uncommented where they stand, they belong to an environment, never to the site."""
    lines = templates()["site"].splitlines()
    start, end = lines.index("# environment_settings = {"), lines.index("# }")
    for setting in (s for s in SETTINGS if s.scope == "environment"):
        [line] = [n for n, text in enumerate(lines) if text.startswith(f"#     {setting.key} ")]
        assert start < line < end, setting.key
    uncommented = "\n".join(line[2:] for line in lines[start : end + 1] if "=" not in line or "{" in line or "}" in line)
    assert "production = {" in uncommented


def test_a_key_set_twice_is_refused_naming_both_lines():
    from stacks.settings.model import ConfigError

    text = 'site = "demo"\ncache_ttl = 60\nmedia_expiration = 0\ncache_ttl = 3600\n'
    with pytest.raises(ConfigError, match=r"^sites/demo/scw/config.tfvars:4: cache_ttl is set twice \(lines 2 and 4\): keep one\.$"):
        site_config_text(text)
    nested = 'site = "demo"\nenvironment_settings = {\n  staging = {\n    cache_ttl = 60\n    cache_ttl = 90\n  }\n}\n'
    with pytest.raises(ConfigError, match=r":5: environment_settings\.staging\.cache_ttl is set twice \(lines 4 and 5\)"):
        site_config_text(nested)


def site_config_text(text):
    from pathlib import Path

    from stacks.settings import parse_site

    return parse_site(text, Path("sites/demo/scw/config.tfvars"), project_config())


def test_every_kind_has_its_reader():
    from typing import get_args

    from stacks.settings.declaration import Kind
    from stacks.settings.tfvars import READERS

    assert set(READERS) == set(get_args(Kind)) == {setting.kind for setting in SETTINGS}


def test_each_default_follows_one_explicit_rule_shown_as_it_is_made():
    site_keys = {setting.key for setting in SETTINGS if setting.scope == "site"}
    for setting in SETTINGS:
        assert setting.required + setting.inherits + (setting.computed is not None) <= 1, setting.key
        if setting.inherits or setting.computed or setting.required:
            assert setting.default is None, setting.key
        if setting.inherits:
            assert setting.scope == "environment" and setting.key in site_keys, setting.key
        if setting.inherits or setting.computed:
            assert setting.shown, setting.key
        if setting.required:
            assert setting.default_text == "(required)"


def test_computed_and_inherited_defaults_are_made_from_what_was_read_before():
    project = project_config(region="nl-ams")
    assert (project.zone, project.state_endpoint) == ("nl-ams-1", "https://s3.nl-ams.scw.cloud")
    assert project_config(region="nl-ams", zone="nl-ams-2").zone == "nl-ams-2"
    site = site_config(cache_ttl=600, environments=["staging", "production"], environment_settings={"staging": {"cache_ttl": 60}})
    staging, production = site.environment("staging"), site.environment("production")
    assert (staging.cache_ttl, production.cache_ttl) == (60, 600)  # the site's, unless the environment says
    assert (staging.protected, production.protected) == (False, True)
