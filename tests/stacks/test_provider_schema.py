import copy

import pytest

from stacks.addresses import (
    API_KEY,
    APPLICATION_POLICY,
    CDN_CACHE_STAGE,
    CDN_DNS_STAGE,
    MEDIA_BUCKET,
)
from tests.provider_schema import load_provider_schema, validate_stack


@pytest.fixture(scope="module")
def provider():
    return load_provider_schema()


def test_every_demo_stack_fits_the_provider_schema(demo_stacks, provider):
    assert set(demo_stacks) == {"bootstrap", "media-staging", "media-preprod", "media-production"}
    for name, stack in demo_stacks.items():
        assert validate_stack(stack, provider) == [], name


@pytest.fixture
def staging(demo_stacks):
    return copy.deepcopy(demo_stacks["media-staging"])


def test_catches_an_unknown_attribute(staging, provider):
    staging["resource"][MEDIA_BUCKET.type][MEDIA_BUCKET.name]["colour"] = "blue"
    assert validate_stack(staging, provider) == [f"{MEDIA_BUCKET}.colour: unknown attribute or block"]


def test_catches_a_computed_only_attribute(staging, provider):
    staging["resource"][API_KEY.type][API_KEY.name]["secret_key"] = "x"
    assert validate_stack(staging, provider) == [f"{API_KEY}.secret_key: computed by the provider, cannot be set"]


def test_catches_a_missing_required_attribute(staging, provider):
    del staging["resource"][CDN_CACHE_STAGE.type][CDN_CACHE_STAGE.name]["pipeline_id"]
    assert validate_stack(staging, provider) == [f"{CDN_CACHE_STAGE}.pipeline_id: required attribute is missing"]


def test_catches_too_many_blocks(staging, provider):
    staging["resource"][MEDIA_BUCKET.type][MEDIA_BUCKET.name]["versioning"] = [{"enabled": True}, {"enabled": False}]
    assert validate_stack(staging, provider) == [f"{MEDIA_BUCKET}.versioning: 2 block(s), at most 1 allowed"]


def test_catches_a_missing_required_block(staging, provider):
    del staging["resource"][APPLICATION_POLICY.type][APPLICATION_POLICY.name]["rule"]
    assert validate_stack(staging, provider) == [f"{APPLICATION_POLICY}.rule: at least 1 block(s) required"]


def test_catches_a_wrongly_typed_value(staging, provider):
    staging["resource"][CDN_CACHE_STAGE.type][CDN_CACHE_STAGE.name]["fallback_ttl"] = "a day"
    assert validate_stack(staging, provider) == [f"{CDN_CACHE_STAGE}.fallback_ttl: 'a day' is not of type number"]


def test_catches_a_reference_to_an_unknown_attribute(staging, provider):
    staging["output"]["edge_service_domain"]["value"] = CDN_DNS_STAGE.ref("hostname")
    assert validate_stack(staging, provider) == [f"reference to unknown attribute {CDN_DNS_STAGE}.hostname"]


def test_catches_an_unknown_resource_type(staging, provider):
    staging["resource"]["scaleway_cdn"] = {"x": {}}
    assert validate_stack(staging, provider) == ["scaleway_cdn: the provider has no such resource"]
