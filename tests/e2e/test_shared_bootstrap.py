"""`bootstrap` keeps its state in the state bucket: another operator, in a work copy of their
own holding nothing but their env.d/scw, runs it (here to add an operator)."""

import json

import pytest

from localscw.harness import STATE_BUCKET
from localscw.scaleway import CI_DEPLOY_KEY, OPERATOR

pytestmark = pytest.mark.e2e
SECOND = "55555555-5555-4555-8555-555555555555"
NEWCOMER = "user_id:66666666-6666-4666-8666-666666666666"


def test_a_second_operator_adds_an_operator_from_a_fresh_work_copy(bootstrapped):
    harness = bootstrapped
    harness.add_operator(f"user_id:{SECOND}", "second@example.org", "SCWSECONDOPERATOR000", "5ec0d000-0000-4000-8000-000000000000")
    harness.api.add_user(NEWCOMER.removeprefix("user_id:"), "newcomer@example.org")
    with_second = [OPERATOR, CI_DEPLOY_KEY, f"user_id:{SECOND}"]
    harness.write_project(harness.checkout, operators=with_second)  # the team made them an operator
    try:
        assert harness.ops("bootstrap", label="bootstrap: a second operator").returncode == 0
        checkout = harness.variant("second-operator")  # their own clone: no local state of anyone's
        harness.write_env_file(checkout, "SCWSECONDOPERATOR000", "5ec0d000-0000-4000-8000-000000000000")
        harness.write_project(checkout, operators=[*with_second, NEWCOMER])
        run = harness.ops("bootstrap", checkout=checkout, label="bootstrap by the second operator")
        assert run.returncode == 0, run.output
        assert "Apply complete! Resources: 0 added, 1 changed, 0 destroyed" in run.output, run.output
        [statement] = json.loads(harness.s3.get_bucket_policy(Bucket=STATE_BUCKET)["Policy"])["Statement"]
        assert statement["Principal"] == {"SCW": [*with_second, NEWCOMER]}
        assert not list(checkout.glob("bootstrap.*.tfstate"))
    finally:
        harness.write_project(harness.checkout)
        harness.ops("bootstrap")  # the first operator's list again


def test_a_local_state_an_earlier_version_left_is_moved_into_the_bucket(bootstrapped):
    """Earlier, bootstrap kept its state in `bootstrap.<bucket>.tfstate` at the checkout's root."""
    harness = bootstrapped
    local = harness.checkout / f"bootstrap.{STATE_BUCKET}.tfstate"
    local.write_bytes(harness.s3.get_object(Bucket=STATE_BUCKET, Key="bootstrap.tfstate")["Body"].read())
    harness.s3.delete_object(Bucket=STATE_BUCKET, Key="bootstrap.tfstate")
    run = harness.ops("bootstrap", label="bootstrap moving an earlier local state")
    assert run.returncode == 0, run.output
    assert "The bootstrap's state is in e2e-terraform-state now" in run.output
    assert "No changes." in run.output, run.output  # the same state, now shared
    assert not local.exists()
    assert json.loads(harness.s3.get_object(Bucket=STATE_BUCKET, Key="bootstrap.tfstate")["Body"].read())["resources"]
