"""The one HCL writer: what it writes, python-hcl2 (the settings' reader) reads back as it was."""

import json
from pathlib import Path

import pytest

from stacks.settings.hcl import hcl, render_tfvars
from stacks.settings.tfvars import parse_tfvars

VALUES = {
    "site": "acme",
    "cache_ttl": 3600,
    "legacy_state": False,
    "purge": True,
    "environments": ["staging", "production"],
    "deployers": {"application_id:4a1b": ["staging", "preprod"]},
    "environment_settings": {"production": {"custom_domain": "media.example.org", "protected": True}},
    "quoted": 'a "quoted" word',
    "none_yet": {},
}


def unquoted(value):
    """python-hcl2 (8) keeps a string's quotes, keys' too: the value they quote."""
    if isinstance(value, str) and value.startswith('"'):
        return json.loads(value)
    if isinstance(value, list):
        return [unquoted(item) for item in value]
    if isinstance(value, dict):
        return {unquoted(key): unquoted(item) for key, item in value.items()}
    return value


def test_what_it_writes_reads_back_the_same():
    assert unquoted(parse_tfvars(render_tfvars(VALUES), Path("test.tfvars"))) == VALUES


@pytest.mark.parametrize(
    ("value", "written"),
    [(True, "true"), (86400, "86400"), ("fr-par", '"fr-par"'), (("staging", "production"), '["staging", "production"]'), ({}, "{}")],
)
def test_a_default_as_the_templates_show_it(value, written):
    assert hcl(value) == written


def test_a_value_hcl_cannot_hold_is_refused():
    with pytest.raises(TypeError, match="no HCL for None"):
        hcl(None)
