import json

import pytest

from stacks.addresses import MEDIA_BUCKET
from stacks.constructs.media_bucket import APPLICATION_ACTIONS, MediaBucket, MediaRetention
from stacks.policies import POLICY_VERSION
from tests.helpers import OPERATORS, new_stack, only, synth

EXPIRING = MediaRetention(expire_after_days=2, noncurrent_days=30, abort_multipart_days=7)
KEPT = MediaRetention(expire_after_days=0, noncurrent_days=30, abort_multipart_days=7)
TAGS = {"site": "demo", "environment": "staging", "managed-by": "cdktf"}


def synth_bucket(outdir, grant=True, retention=EXPIRING, protected=False):
    stack = new_stack(outdir)
    bucket = MediaBucket(stack, "media", name="staging-demo-media", region="fr-par", retention=retention, protected=protected, tags=TAGS)
    if grant:
        bucket.grant_access(application_id="app-id", operators=OPERATORS)
    return synth(stack)


@pytest.fixture(scope="module")
def expiring(outdir):
    return synth_bucket(outdir, retention=EXPIRING)


@pytest.fixture(scope="module")
def kept(outdir):
    return synth_bucket(outdir, retention=KEPT)


def test_bucket_is_named_after_environment_and_site(expiring):
    bucket = only(expiring, "scaleway_object_bucket")
    assert bucket["name"] == "staging-demo-media"
    assert bucket["region"] == "fr-par"


def test_browsers_may_fetch_media_from_any_origin(expiring):
    assert only(expiring, "scaleway_object_bucket")["cors_rule"] == [
        {"allowed_headers": ["*"], "allowed_methods": ["GET"], "allowed_origins": ["*"], "max_age_seconds": 3600}
    ]


def test_expiring_media_get_a_lifecycle_rule_and_no_versioning(expiring):
    bucket = only(expiring, "scaleway_object_bucket")
    assert bucket["versioning"] == {"enabled": False}
    assert bucket["lifecycle_rule"] == [
        {"id": "expire-media", "enabled": True, "expiration": {"days": 2}, "abort_incomplete_multipart_upload_days": 7}
    ]


def test_kept_media_are_versioned_and_their_old_versions_expire(kept):
    bucket = only(kept, "scaleway_object_bucket")
    assert bucket["versioning"] == {"enabled": True}
    assert bucket["lifecycle_rule"] == [
        {
            "id": "expire-noncurrent-versions",
            "enabled": True,
            "noncurrent_version_expiration": {"noncurrent_days": 30},
            "abort_incomplete_multipart_upload_days": 7,
        }
    ]


def test_retentions_follow_the_settings(outdir):
    synthesized = synth_bucket(outdir, retention=MediaRetention(expire_after_days=0, noncurrent_days=10, abort_multipart_days=2))
    [rule] = only(synthesized, "scaleway_object_bucket")["lifecycle_rule"]
    assert (rule["noncurrent_version_expiration"], rule["abort_incomplete_multipart_upload_days"]) == ({"noncurrent_days": 10}, 2)


def test_bucket_carries_its_tags(expiring):
    assert only(expiring, "scaleway_object_bucket")["tags"] == TAGS


def test_bucket_acl_is_private(expiring):
    acl = only(expiring, "scaleway_object_bucket_acl")
    assert acl["acl"] == "private"
    assert acl["bucket"] == MEDIA_BUCKET.ref("name")


def test_no_policy_until_access_is_granted(outdir):
    assert "scaleway_object_bucket_policy" not in synth_bucket(outdir, grant=False)["resource"]


def policy_statements(synthesized):
    policy = only(synthesized, "scaleway_object_bucket_policy")
    assert policy["bucket"] == MEDIA_BUCKET.ref("name")
    document = json.loads(policy["policy"])
    assert document["Version"] == POLICY_VERSION == "2023-04-17"
    return {statement["Sid"]: statement for statement in document["Statement"]}


def test_policy_lets_anyone_read_objects_only(expiring):
    public = policy_statements(expiring)["PublicReadMedia"]
    assert public["Principal"] == "*"
    assert public["Action"] == "s3:GetObject"
    assert public["Resource"] == f"{MEDIA_BUCKET.ref('name')}/*"


def test_policy_scopes_the_application_to_objects_of_its_bucket(expiring):
    app = policy_statements(expiring)["ApplicationObjects"]
    assert app["Principal"] == {"SCW": "application_id:app-id"}
    assert app["Resource"] == [MEDIA_BUCKET.ref("name"), f"{MEDIA_BUCKET.ref('name')}/*"]
    assert app["Action"] == list(APPLICATION_ACTIONS)
    assert not any("*" in action or action.startswith(("s3:PutBucket", "s3:DeleteBucket")) for action in app["Action"])


def test_policy_keeps_operators_in(expiring):
    operators = policy_statements(expiring)["OperatorsFullAccess"]
    assert operators["Principal"] == {"SCW": list(OPERATORS)}
    assert operators["Action"] == "*"


def test_protected_bucket_cannot_be_destroyed_nor_emptied(outdir):
    bucket = only(synth_bucket(outdir, grant=False, retention=KEPT, protected=True), "scaleway_object_bucket")
    assert bucket["lifecycle"] == {"prevent_destroy": True}
    assert bucket["force_destroy"] is False


def test_unprotected_bucket_goes_away_with_its_media(expiring):
    bucket = only(expiring, "scaleway_object_bucket")
    assert "lifecycle" not in bucket
    assert bucket["force_destroy"] is True


DEPLOYER, PLANNER = "application_id:deployer", "application_id:planner"


def test_the_environments_deployers_administer_it_and_planners_read_its_configuration(outdir):
    stack = new_stack(outdir)
    bucket = MediaBucket(stack, "media", name="staging-demo-media", region="fr-par", retention=KEPT, protected=False, tags=TAGS)
    bucket.grant_access(application_id="app-id", operators=OPERATORS, deployers=(DEPLOYER,), planners=(PLANNER,))
    statements = policy_statements(synth(stack))
    name = MEDIA_BUCKET.ref("name")
    assert statements["DeployersFullAccess"] == {
        "Sid": "DeployersFullAccess",
        "Effect": "Allow",
        "Principal": {"SCW": [DEPLOYER]},
        "Action": "*",
        "Resource": [name, f"{name}/*"],
    }
    planners = statements["PlannersRead"]
    assert (planners["Principal"], planners["Resource"]) == ({"SCW": [PLANNER]}, name)  # the bucket, none of its objects
    assert "s3:ListBucket" in planners["Action"] and all(action.startswith("s3:Get") for action in planners["Action"][1:])
    assert not {"s3:GetObject", "s3:PutBucketPolicy"} & set(planners["Action"])


def test_without_deployers_or_planners_the_policy_names_neither(expiring):
    assert set(policy_statements(expiring)) == {"PublicReadMedia", "ApplicationObjects", "OperatorsFullAccess"}
