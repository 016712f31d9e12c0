"""Smoke results kept in the state bucket against the state they tested: a pass vouches for
that lineage and serial only."""

import json

import pytest

from ops.context import Context
from ops.factory import smoke_results
from tests.helpers import site_config

STATE_KEY = "env:/staging/demo.tfstate"


@pytest.fixture
def ctx():
    site = site_config()
    return Context(site=site, env=site.environment("staging"), environ={})


def write_state(admin, name, serial, lineage="lineage-a"):
    admin.put_object(Bucket=name, Key=STATE_KEY, Body=json.dumps({"version": 4, "lineage": lineage, "serial": serial}).encode())


def test_a_result_is_kept_beside_the_states_against_the_state_tested(ctx, project_bucket):
    admin, name = project_bucket
    write_state(admin, name, 7)
    smoke_results.record(ctx, True)
    kept = json.loads(admin.get_object(Bucket=name, Key="smoke-results/env:/staging/demo.tfstate.json")["Body"].read())
    assert (kept["lineage"], kept["serial"], kept["passed"]) == ("lineage-a", 7, True) and kept["at"]


def test_a_pass_vouches_for_that_state_only(ctx, project_bucket):
    admin, name = project_bucket
    write_state(admin, name, 7)
    assert not smoke_results.passed_now(ctx)  # never tested
    smoke_results.record(ctx, True)
    assert smoke_results.passed_now(ctx)
    write_state(admin, name, 8)  # applied since
    assert not smoke_results.passed_now(ctx)
    write_state(admin, name, 7, lineage="lineage-b")  # another state altogether
    assert not smoke_results.passed_now(ctx)


def test_a_failure_at_the_current_state_is_no_pass(ctx, project_bucket):
    admin, name = project_bucket
    write_state(admin, name, 3)
    smoke_results.record(ctx, False)
    assert not smoke_results.passed_now(ctx)


def test_nothing_deployed_has_nothing_to_vouch_for(ctx, project_bucket):
    admin, name = project_bucket
    smoke_results.record(ctx, False)
    assert admin.list_objects_v2(Bucket=name).get("KeyCount") == 0
    assert smoke_results.passed_now(ctx)


def test_a_result_that_cannot_be_read_is_no_pass(ctx, project_bucket):
    admin, name = project_bucket
    write_state(admin, name, 3)
    admin.put_object(Bucket=name, Key="smoke-results/env:/staging/demo.tfstate.json", Body=b"{not json")
    assert not smoke_results.passed_now(ctx)
