"""Adopting sites deployed with the hand-written project (the tests' fixture sites, as the
committed ones are set),
in the order the operator guide gives: `make bootstrap` closes the state bucket first, then
each site moves over; nothing is destroyed or rebuilt, and at no step after the bootstrap
can an environment's key read the state."""

import json
import re
import shutil

import pytest
from botocore.exceptions import ClientError

from localscw.scaleway import ACCOUNT
from stacks.legacy import LEGACY_ADDRESSES
from stacks.settings import SITES_DIR

pytestmark = pytest.mark.e2e
SITES = ("ademe", "funmooc")
# The hand-written project's state bucket, made by hand long ago: versioned, no policy.
LEGACY_STATE_BUCKET = "legacy-terraform-state"


@pytest.fixture(scope="module")
def legacy(bootstrapped, tmp_path_factory):
    """The `staging` workspace of two sites of the hand-written project, applied as its
    operators did, and a work copy holding those sites' settings."""
    harness = bootstrapped
    harness.s3.create_bucket(Bucket=LEGACY_STATE_BUCKET, CreateBucketConfiguration={"LocationConstraint": "fr-par"})
    harness.s3.put_bucket_versioning(Bucket=LEGACY_STATE_BUCKET, VersioningConfiguration={"Status": "Enabled"})
    for site in SITES:
        run = harness.apply_legacy(site, tmp_path_factory.mktemp(f"legacy-{site}"), LEGACY_STATE_BUCKET)
        assert run.returncode == 0, run.output
    checkout = harness.variant("adopting")
    harness.write_project(checkout, state_bucket=LEGACY_STATE_BUCKET, import_legacy_bootstrap=True)
    for site in SITES:
        shutil.copytree(SITES_DIR / site, checkout / "sites" / site)
    return harness, checkout


def legacy_key(harness, site):
    """The staging application's key of the hand-written project (ObjectStorageFullAccess), from its state."""
    state = json.loads(harness.s3.get_object(Bucket=LEGACY_STATE_BUCKET, Key=f"env:/staging/{site}.tfstate")["Body"].read())
    [key] = [r["instances"][0]["attributes"] for r in state["resources"] if r["type"] == "scaleway_iam_api_key"]
    return key["access_key"], key["secret_key"]


def reads_the_state(harness, site) -> bool:
    """Can this site's environment key read its own state, through Scaleway's rules?"""
    access, secret = legacy_key(harness, site)
    try:
        harness.gateway_client(access, secret).get_object(Bucket=LEGACY_STATE_BUCKET, Key=f"env:/staging/{site}.tfstate")
        return True
    except ClientError as error:
        assert error.response["Error"]["Code"] == "AccessDenied", error
        return False


def ids(harness):
    """What IAM and Edge Services hold: API keys, pipelines, applications."""
    return {"api_keys": set(harness.api.api_keys), "pipelines": set(harness.api.pipelines), "applications": set(harness.api.applications)}


def test_before_the_bootstrap_the_state_is_open_and_deploys_are_refused(legacy):
    harness, checkout = legacy
    assert reads_the_state(harness, SITES[0]), "the hand-written checkout's state bucket was open: the test would prove nothing"
    run = harness.ops("deploy", "staging", checkout=checkout, env={"RICHIE_SITE": SITES[0]}, label="deploy before bootstrap")
    assert run.returncode != 0
    assert (
        f"error: the state bucket {LEGACY_STATE_BUCKET} is not closed to all but the operators" in run.output
        and "run `make bootstrap` first" in run.output
    )
    assert "Terraform" not in run.output  # refused before anything ran


def test_bootstrap_imports_the_state_bucket_and_plan_and_closes_the_state(legacy):
    harness, checkout = legacy
    run = harness.ops("bootstrap", checkout=checkout, env={"RICHIE_SITE": SITES[0]}, label="bootstrap of the adoption")
    assert run.returncode == 0, run.output
    # The state bucket gains what the hand-written project never gave it: a policy and encryption.
    assert re.search(r"Apply complete! Resources: 3 imported, 2 added, \d+ changed, 0 destroyed", run.output), run.output
    assert "scaleway_object_bucket_acl.state_bucket_acl will be updated" not in run.output  # imported with its real id
    assert "must be replaced" not in run.output
    assert harness.s3.get_bucket_versioning(Bucket=LEGACY_STATE_BUCKET)["Status"] == "Enabled"
    [rule] = harness.s3.get_bucket_encryption(Bucket=LEGACY_STATE_BUCKET)["ServerSideEncryptionConfiguration"]["Rules"]
    assert rule["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    assert not any(reads_the_state(harness, site) for site in SITES)
    plan = harness.terraform("plan", "-input=false", "-detailed-exitcode", cwd=harness.stack_dir("bootstrap", checkout), env=ACCOUNT)
    assert plan.returncode == 0 and "No changes." in plan.output, plan.output


@pytest.mark.parametrize("site", SITES)
def test_first_plan_after_migration_destroys_and_creates_nothing(legacy, site):
    harness, checkout = legacy
    run = harness.ops("diff", "staging", checkout=checkout, env={"RICHIE_SITE": site}, label=f"diff adopted {site} staging")
    assert run.returncode == 0, run.output
    for new, old in ((str(new), old) for new, old in LEGACY_ADDRESSES.items()):
        assert f"{old} has moved to {new}" in run.output or f"(moved from {old})" in run.output, old
    assert "will no longer be managed by Terraform" in run.output  # the per-workspace Edge plan, forgotten
    summary = re.search(r"Plan: (\d+) to add, (\d+) to change, (\d+) to destroy", run.output)
    assert summary and summary.group(1) == "0" and summary.group(3) == "0", run.output
    assert "must be replaced" not in run.output and "will be destroyed" not in run.output


@pytest.mark.parametrize("site", SITES)
def test_deploying_the_adopted_site_keeps_every_resource_and_the_state_closed(legacy, site):
    harness, checkout = legacy
    before = ids(harness)
    created = {b["Name"]: b["CreationDate"] for b in harness.s3.list_buckets()["Buckets"]}
    run = harness.ops("deploy", "staging", checkout=checkout, env={"RICHIE_SITE": site}, label=f"deploy adopted {site} staging")
    assert run.returncode == 0, run.output
    assert ids(harness) == before
    assert {b["Name"]: b["CreationDate"] for b in harness.s3.list_buckets()["Buckets"]}[f"staging-{site}-media"] == created[
        f"staging-{site}-media"
    ]
    [(_, sets)] = [entry for entry in harness.api.applications_with_permissions().values() if entry[0] == f"staging-{site}"]
    assert "ObjectStorageFullAccess" not in sets
    assert harness.api.plans[ACCOUNT["TF_VAR_scw_project_id"]] == {"plan_name": "professional"}
    assert not reads_the_state(harness, site)
    assert "No changes." in harness.ops("diff", "staging", checkout=checkout, env={"RICHIE_SITE": site}).output


@pytest.mark.parametrize("site", SITES)
def test_the_legacy_key_is_flagged_then_rotated_away_and_refused(legacy, site):
    """The key the hand-written project made never expires: the migration ends by rotating it."""
    harness, checkout = legacy
    env = {"RICHIE_SITE": site}
    old_access, old_secret = legacy_key(harness, site)
    diff = harness.ops("diff", "staging", checkout=checkout, env=env)
    assert "never expires (made before the move to this tool)" in diff.output, diff.output
    status = harness.ops("status", "--sites", site, checkout=checkout, env=env)
    assert "never: ROTATE (no expiry)" in status.output, status.output
    for args in (("rotate-key", "staging"), ("rotate-key", "staging", "--finish")):
        run = harness.ops(*args, checkout=checkout, env=env)
        assert run.returncode == 0, run.output
    assert old_access not in harness.api.api_keys
    with pytest.raises(ClientError) as refused:
        harness.gateway_client(old_access, old_secret).list_objects_v2(Bucket=f"staging-{site}-media")
    assert refused.value.response["Error"]["Code"] == "InvalidAccessKeyId"
    assert "never expires" not in harness.ops("diff", "staging", checkout=checkout, env=env).output
