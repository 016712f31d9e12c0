import json

import pytest
from cdktf import App

from stacks.bootstrap_stack import BootstrapStack
from stacks.policies import PLANNER_BUCKET_ACTIONS
from tests.helpers import OPERATORS, fresh_app, only, site_config, synth


@pytest.fixture(scope="module")
def bootstrap(outdir):
    return synth(BootstrapStack(fresh_app(outdir), site_config().project))


def test_state_bucket_is_versioned_private_and_tagged(bootstrap):
    bucket = only(bootstrap, "scaleway_object_bucket")
    assert bucket["name"] == "richie-terraform-state"
    assert bucket["versioning"] == {"enabled": True}
    assert bucket["tags"]["purpose"] == "terraform-state"
    assert only(bootstrap, "scaleway_object_bucket_acl")["acl"] == "private"


def test_state_bucket_is_encrypted_at_rest(bootstrap):
    encryption = only(bootstrap, "scaleway_object_bucket_server_side_encryption_configuration")
    assert encryption["bucket"] == "${scaleway_object_bucket.state_bucket.name}"
    assert encryption["rule"] == [{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]


def test_only_the_operators_may_touch_the_state(bootstrap):
    policy = json.loads(only(bootstrap, "scaleway_object_bucket_policy")["policy"])
    bucket = "${scaleway_object_bucket.state_bucket.name}"
    assert policy["Statement"] == [
        {
            "Sid": "OperatorsFullAccess",
            "Effect": "Allow",
            "Principal": {"SCW": list(OPERATORS)},
            "Action": "*",
            "Resource": [bucket, f"{bucket}/*"],
        }
    ]


DEPLOYERS = {
    "application_id:aaaaaaaa-0000-4000-8000-0000000000d1": ["staging", "preprod"],
    "application_id:aaaaaaaa-0000-4000-8000-0000000000d2": ["production"],
}
PLANNER = "application_id:aaaaaaaa-0000-4000-8000-0000000000e1"


def test_each_deployer_reaches_its_environments_states_only_and_planners_read_them_all(outdir):
    project = site_config(deployers=DEPLOYERS, planners=[PLANNER]).project
    policy = json.loads(only(synth(BootstrapStack(fresh_app(outdir / "roles"), project)), "scaleway_object_bucket_policy")["policy"])
    bucket = "${scaleway_object_bucket.state_bucket.name}"
    (staging, production), planner = DEPLOYERS, PLANNER
    assert policy["Statement"][:-1] == [
        {
            "Sid": "DeployerStates1",
            "Effect": "Allow",
            "Principal": {"SCW": [staging]},
            "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
            "Resource": [
                f"{bucket}/env:/staging/*",
                f"{bucket}/env:/preprod/*",
                f"{bucket}/smoke-results/env:/staging/*",
                f"{bucket}/smoke-results/env:/preprod/*",
            ],
        },
        {
            "Sid": "DeployerStates2",
            "Effect": "Allow",
            "Principal": {"SCW": [production]},
            "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
            "Resource": [f"{bucket}/env:/production/*", f"{bucket}/smoke-results/env:/production/*"],
        },
        {
            "Sid": "PlannersReadStates",
            "Effect": "Allow",
            "Principal": {"SCW": [planner]},
            "Action": "s3:GetObject",
            "Resource": f"{bucket}/*",
        },
        {
            "Sid": "PlannersReadStateBucket",
            "Effect": "Allow",
            "Principal": {"SCW": [planner]},
            "Action": list(PLANNER_BUCKET_ACTIONS),
            "Resource": bucket,
        },
        {
            "Sid": "ReadStateBucket",
            "Effect": "Allow",
            "Principal": {"SCW": [staging, production]},
            "Action": ["s3:ListBucket", "s3:GetBucketPolicy", "s3:GetBucketAcl"],
            "Resource": bucket,
        },
    ]
    assert policy["Statement"][-1]["Sid"] == "OperatorsFullAccess"


def test_old_state_versions_and_stale_uploads_expire(bootstrap):
    assert only(bootstrap, "scaleway_object_bucket")["lifecycle_rule"] == [
        {
            "id": "expire-noncurrent-versions",
            "enabled": True,
            "noncurrent_version_expiration": {"noncurrent_days": 90},
            "abort_incomplete_multipart_upload_days": 7,
        }
    ]


def test_edge_plan_is_subscribed_once_here(bootstrap):
    assert only(bootstrap, "scaleway_edge_services_plan")["name"] == "professional"


@pytest.mark.parametrize("plan", ["starter", "advanced"])
def test_edge_plan_follows_the_settings(outdir, plan):
    app: App = fresh_app(outdir)
    stack = BootstrapStack(app, site_config(edge_plan=plan).project)
    assert only(synth(stack), "scaleway_edge_services_plan")["name"] == plan


def test_bootstrap_keeps_its_state_in_the_state_bucket_like_every_stack(bootstrap):
    backend = bootstrap["terraform"]["backend"]["s3"]
    assert (backend["bucket"], backend["key"], backend["use_lockfile"]) == ("richie-terraform-state", "bootstrap.tfstate", True)


def test_only_the_run_that_creates_the_bucket_keeps_a_local_state_named_after_it(outdir):
    other = synth(BootstrapStack(fresh_app(outdir), site_config(state_bucket="acme-state").project, state_in_bucket=False))
    assert other["terraform"]["backend"] == {"local": {"path": "../../../bootstrap.acme-state.tfstate"}}


def test_bootstrap_creates_no_environment_resources(bootstrap):
    assert set(bootstrap["resource"]) == {
        "scaleway_object_bucket",
        "scaleway_object_bucket_acl",
        "scaleway_object_bucket_policy",
        "scaleway_object_bucket_server_side_encryption_configuration",
        "scaleway_edge_services_plan",
    }


def test_state_bucket_is_protected_from_destroy(bootstrap):
    bucket = only(bootstrap, "scaleway_object_bucket")
    assert bucket["lifecycle"] == {"prevent_destroy": True}
    assert bucket["force_destroy"] is False
