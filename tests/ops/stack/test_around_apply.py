"""What every apply of a stack does around Terraform: here, the warning for a key that
expires soon, or never (the state read and the step after an apply are exercised through
the commands, tests/ops/stack/test_commands.py)."""

from datetime import UTC, datetime

from ops.context import Context
from ops.stack import around_apply
from tests.helpers import site_config


def staging():
    site = site_config()
    return Context(site=site, env=site.environment("staging"), environ={})


def test_a_key_expiring_within_30_days_is_warned_about():
    now = datetime(2026, 11, 30, tzinfo=UTC)
    lines = around_apply.expiry_warnings(staging(), {"1": "2026-12-20T00:00:00Z", "2": "2027-11-30T00:00:00Z"}, now)
    assert lines == [
        "warning: API key 1 of media-staging expires on 2026-12-20 (in 20 days): "
        "`RICHIE_SITE=demo make rotate-key ENV=staging` replaces it without downtime."
    ]


def test_a_key_without_expiry_is_warned_about_too():
    """The hand-written project's keys, adopted, never expire: every legacy key reads every state it once could."""
    lines = around_apply.expiry_warnings(staging(), {"1": None})
    assert lines == [
        "warning: API key 1 of media-staging never expires (made before the move to this tool): "
        "`RICHIE_SITE=demo make rotate-key ENV=staging` replaces it."
    ]
