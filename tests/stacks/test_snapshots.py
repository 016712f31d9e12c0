"""Snapshots of the tests' own sites (never the committed ones): a change to them is
reviewed like code. The demo fixture site, and a site using every feature and setting:
expiry, kept media with noncurrent expiry, a custom domain, protected production, a
throwaway feature environment, the adoption of the hand-written project.

Update with `make snapshots` (pytest --snapshot-update) and read the diff.
"""

import pytest
from syrupy.extensions.json import JSONSnapshotExtension

STACKS = ["bootstrap", "media-staging", "media-preprod", "media-production"]


@pytest.fixture
def snapshot_json(snapshot):
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.mark.parametrize("stack", STACKS)
def test_stack_snapshot(demo_stacks, snapshot_json, stack):
    assert demo_stacks[stack] == snapshot_json


@pytest.fixture(scope="module")
def every_setting_stacks(outdir):
    """A site using every optional setting, as a reviewer would want to see it synthesized."""
    from stacks.app import build_app
    from tests.helpers import first_deploy, fresh_app, site_config, synth_stacks

    site = site_config(
        media_expiration=0,
        media_noncurrent_days=14,
        feature_media_expiration=3,
        cache_ttl=3600,
        environments=["staging", "production"],
        environment_settings={
            "staging": {"media_expiration": 7, "protected": True},
            "production": {"custom_domain": "media.example.org", "purge_cache_on_deploy": True, "cache_ttl": 604800},
        },
        region="nl-ams",
        zone="nl-ams-2",
        state_bucket="acme-terraform-state",
        state_endpoint="https://s3.nl-ams.scw.cloud",
        state_use_path_style=True,
        edge_plan="advanced",
        operators=["user_id:aaaaaaaa-0000-4000-8000-000000000001", "application_id:aaaaaaaa-0000-4000-8000-000000000002"],
        multipart_abort_days=3,
        state_noncurrent_days=30,
        legacy_state=True,
        import_legacy_bootstrap=True,
    )
    site = site.with_environment("feature-x")
    app = build_app(site, fresh_app(outdir / "every-setting"), inputs=first_deploy(site))
    return synth_stacks(app)


@pytest.mark.parametrize("stack", ["bootstrap", "media-staging", "media-production", "media-feature-x"])
def test_every_setting_snapshot(every_setting_stacks, snapshot_json, stack):
    assert every_setting_stacks[stack] == snapshot_json
