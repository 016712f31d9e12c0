"""A key per role, each boundary proven with its real key against the local Scaleway (whose
Object Storage enforces bucket policies and permission sets as Scaleway documents them):
a staging deployer rolls out its environments and reaches no other's state or bucket; a
production deployer deploys production; a planner plans every media stack, and its apply
writes nothing, not even a lock."""

import json
import shutil

import pytest
from botocore.exceptions import ClientError

from localscw.scaleway import ACCOUNT

pytestmark = pytest.mark.e2e
SITE, STATE_BUCKET = "gamma", "roles-tf-state"
STAGING_DEPLOYER = "application_id:d1d1d1d1-0000-4000-8000-000000000001"
PRODUCTION_DEPLOYER = "application_id:d2d2d2d2-0000-4000-8000-000000000002"
PLANNER = "application_id:e1e1e1e1-0000-4000-8000-000000000003"
# docs/scw.md, CI: the permission sets each role's application gets on the project.
PERMISSION_SETS = {
    STAGING_DEPLOYER: ["ObjectStorageFullAccess", "EdgeServicesFullAccess"],
    PRODUCTION_DEPLOYER: ["ObjectStorageFullAccess", "EdgeServicesFullAccess"],
    PLANNER: ["ObjectStorageReadOnly", "EdgeServicesReadOnly", "IAMReadOnly"],
}


@pytest.fixture(scope="module")
def roles(bootstrapped):
    harness = bootstrapped
    checkout = harness.variant("roles")
    shutil.rmtree(checkout / "sites" / "e2e")
    keys = {}
    for principal, sets in PERMISSION_SETS.items():
        application = principal.removeprefix("application_id:")
        harness.api.add_application(application, f"ci {application[:4]}")
        harness.api.create_policy(
            {
                "name": f"ci {application}",
                "application_id": application,
                "rules": [{"permission_set_names": sets, "project_ids": [ACCOUNT["TF_VAR_scw_project_id"]]}],
            }
        )
        _, key = harness.api.create_api_key({"application_id": application, "default_project_id": ACCOUNT["TF_VAR_scw_project_id"]})
        keys[principal] = (key["access_key"], key["secret_key"])
    harness.write_project(
        checkout,
        state_bucket=STATE_BUCKET,
        deployers={STAGING_DEPLOYER: ["staging"], PRODUCTION_DEPLOYER: ["production"]},
        planners=[PLANNER],
    )
    harness.write_site(SITE, checkout, environments=["staging", "production"], environment_settings={})
    run = harness.ops("bootstrap", checkout=checkout, env={"RICHIE_SITE": SITE}, label="bootstrap, roles")
    assert run.returncode == 0, run.output
    return harness, checkout, keys


def as_role(roles, principal, *args):
    """`python -m ops <args>` with this role's key in env.d/scw."""
    harness, checkout, keys = roles
    harness.write_env_file(checkout, *keys[principal])
    try:
        return harness.ops(*args, checkout=checkout, env={"RICHIE_SITE": SITE}, label=" ".join(args) + " as " + principal[15:19])
    finally:
        harness.write_env_file(checkout)


def refused(call) -> bool:
    try:
        call()
    except ClientError as error:
        return error.response["Error"]["Code"] == "AccessDenied"
    return False


def test_each_deployer_deploys_its_environment_and_is_refused_the_other(roles):
    harness, _, keys = roles
    run = as_role(roles, STAGING_DEPLOYER, "deploy", "staging")
    assert run.returncode == 0, run.output
    run = as_role(roles, STAGING_DEPLOYER, "deploy", "production")
    assert run.returncode == 2  # an operator error: one line, nothing run
    assert "a deployer of staging (" in run.output and "it may not apply production" in run.output
    run = as_role(roles, PRODUCTION_DEPLOYER, "deploy", "production")
    assert run.returncode == 0, run.output
    # Object Storage itself, with the staging deployer's own key: production's state and bucket are out of reach.
    staging = harness.gateway_client(*keys[STAGING_DEPLOYER])
    production_state = f"env:/production/{SITE}.tfstate"
    assert refused(lambda: staging.get_object(Bucket=STATE_BUCKET, Key=production_state))
    assert refused(lambda: staging.put_object(Bucket=STATE_BUCKET, Key=production_state, Body=b"{}"))
    assert refused(lambda: staging.get_object(Bucket=STATE_BUCKET, Key=f"smoke-results/{production_state}.json"))
    assert refused(lambda: staging.get_bucket_policy(Bucket=f"production-{SITE}-media"))
    assert refused(lambda: staging.put_object(Bucket=f"production-{SITE}-media", Key="x", Body=b"x"))
    assert refused(lambda: staging.get_object(Bucket=STATE_BUCKET, Key="bootstrap.tfstate"))
    # ... while its own are within reach.
    assert json.loads(staging.get_object(Bucket=STATE_BUCKET, Key=f"env:/staging/{SITE}.tfstate")["Body"].read())["serial"] > 0
    staging.put_object(Bucket=f"staging-{SITE}-media", Key="deployed-by-staging", Body=b"x")


def test_a_planner_plans_every_media_stack_and_its_apply_writes_nothing(roles):
    harness, checkout, keys = roles
    assert as_role(roles, STAGING_DEPLOYER, "deploy", "staging").returncode == 0
    for env in ("staging", "production"):
        run = as_role(roles, PLANNER, "diff", env)
        assert run.returncode == 0, run.output
        assert "No changes." in run.output, run.output
    run = as_role(roles, PLANNER, "plan", "--out", str(checkout / "plans"))  # the bootstrap's, as CI plans it
    assert run.returncode == 0, run.output
    run = as_role(roles, PLANNER, "deploy", "staging")
    assert run.returncode == 2 and "a planner (" in run.output and "applies nothing" in run.output
    # Past our checks, straight to Terraform with the planner's key: refused by Object Storage.
    state_key = f"env:/staging/{SITE}.tfstate"
    before = harness.s3.get_object(Bucket=STATE_BUCKET, Key=state_key)["Body"].read()
    access, secret = keys[PLANNER]
    credentials = {
        "SCW_ACCESS_KEY": access,
        "SCW_SECRET_KEY": secret,
        "AWS_ACCESS_KEY_ID": access,
        "AWS_SECRET_ACCESS_KEY": secret,
        **ACCOUNT,
    }
    run = harness.terraform(
        "apply", "-auto-approve", "-input=false", "-no-color", cwd=harness.stack_dir("media-staging", checkout), env=credentials
    )
    assert run.returncode != 0
    assert harness.s3.get_object(Bucket=STATE_BUCKET, Key=state_key)["Body"].read() == before
    assert "Contents" not in harness.s3.list_objects_v2(Bucket=STATE_BUCKET, Prefix=state_key + ".tflock")
    planner = harness.gateway_client(access, secret)
    assert refused(lambda: planner.put_object(Bucket=STATE_BUCKET, Key=state_key, Body=b"{}"))
    assert refused(
        lambda: planner.put_bucket_policy(Bucket=f"staging-{SITE}-media", Policy=json.dumps({"Version": "2023-04-17", "Statement": []}))
    )
    assert refused(lambda: planner.put_object(Bucket=f"staging-{SITE}-media", Key="x", Body=b"x"))
