"""The operator's path, for real: bootstrap, deploy, plan, lock, update and destroy with
Terraform against the local Scaleway. The tests run in order and share it."""

import json
import re

import pytest
from botocore.exceptions import ClientError

from localscw.harness import SITE, STATE_BUCKET
from localscw.s3 import bucket_policy
from localscw.scaleway import ACCOUNT, CI_DEPLOY_KEY, OPERATOR
from ops.access.report import capabilities
from ops.access.rules import ANONYMOUS, ANONYMOUS_PRINCIPAL, Bucket, application_principal, operator_principal
from ops.stack.terraform import INIT_STAMP

pytestmark = pytest.mark.e2e
MEDIA = {"staging": f"staging-{SITE}-media", "production": f"production-{SITE}-media"}
# A deadline for what must happen, never a pause: the test goes on as soon as it happens.
DEADLINE_SECONDS = 300


def deploy(harness, env, **extra):
    run = harness.ops("deploy", env, env=extra or None)
    assert run.returncode == 0, run.output
    return run


def state_attributes(harness, env: str, resource_type: str) -> list[dict]:
    """Attributes of the environment's resources of one type, from its state in the state bucket."""
    state = json.loads(harness.s3.get_object(Bucket=STATE_BUCKET, Key=f"env:/{env}/{SITE}.tfstate")["Body"].read())
    return [r["instances"][0]["attributes"] for r in state["resources"] if r["type"] == resource_type]


def test_bootstrap_creates_the_state_bucket_and_the_plan(bootstrapped):
    harness = bootstrapped
    s3 = harness.s3
    assert STATE_BUCKET in [b["Name"] for b in s3.list_buckets()["Buckets"]]
    assert s3.get_bucket_versioning(Bucket=STATE_BUCKET)["Status"] == "Enabled"
    [encryption] = s3.get_bucket_encryption(Bucket=STATE_BUCKET)["ServerSideEncryptionConfiguration"]["Rules"]
    assert encryption["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    [statement] = json.loads(s3.get_bucket_policy(Bucket=STATE_BUCKET)["Policy"])["Statement"]
    assert statement["Principal"] == {"SCW": [OPERATOR, CI_DEPLOY_KEY]}
    [rule] = s3.get_bucket_lifecycle_configuration(Bucket=STATE_BUCKET)["Rules"]
    assert (rule["NoncurrentVersionExpiration"]["NoncurrentDays"], rule["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"]) == (90, 7)
    assert harness.api.plans == {ACCOUNT["TF_VAR_scw_project_id"]: {"plan_name": "professional"}}
    # The provider builds the plan's id from `project_id` before it defaults it (edgeservices/plan.go).
    # Its state is in the bucket it made, moved there at once: no local file is left.
    state = json.loads(s3.get_object(Bucket=STATE_BUCKET, Key="bootstrap.tfstate")["Body"].read())
    assert not (harness.checkout / f"bootstrap.{STATE_BUCKET}.tfstate").exists()
    [plan] = [r["instances"][0]["attributes"] for r in state["resources"] if r["type"] == "scaleway_edge_services_plan"]
    assert plan["id"] == "/professional"


def test_environments_deploy_with_their_state_in_the_bucket(bootstrapped):
    harness = bootstrapped
    for env in MEDIA:
        run = deploy(harness, env)
        assert "Apply complete!" in run.output  # Terraform's own output, shown as it is
    keys = {o["Key"] for o in harness.s3.list_objects_v2(Bucket=STATE_BUCKET)["Contents"]}
    assert {f"env:/production/{SITE}.tfstate", f"env:/staging/{SITE}.tfstate"} <= keys
    for env, bucket in MEDIA.items():
        names = {attributes.get("name") for attributes in state_attributes(harness, env, "scaleway_object_bucket")}
        assert names == {bucket}, f"the state of {env} holds another environment's bucket"


def test_each_command_synthesizes_only_its_stack(harness):
    manifest = json.loads((harness.checkout / "cdktf.out" / "manifest.json").read_text())
    assert list(manifest["stacks"]) == ["media-production"]  # the last command's stack alone
    for stack in ("bootstrap", "media-staging"):  # earlier folders kept, initialized
        assert (harness.stack_dir(stack) / ".terraform" / INIT_STAMP).is_file()


def test_media_buckets_have_their_cors_policy_and_retention(harness):
    s3 = harness.s3
    for bucket in MEDIA.values():
        [rule] = s3.get_bucket_cors(Bucket=bucket)["CORSRules"]
        assert (rule["AllowedHeaders"], rule["AllowedMethods"], rule["AllowedOrigins"], rule["MaxAgeSeconds"]) == (
            ["*"],
            ["GET"],
            ["*"],
            3600,
        )
        policy = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
        operators = [statement for statement in policy["Statement"] if statement["Sid"] == "OperatorsFullAccess"]
        assert [statement["Principal"] for statement in operators] == [{"SCW": [OPERATOR, CI_DEPLOY_KEY]}]
    [rule] = s3.get_bucket_lifecycle_configuration(Bucket=MEDIA["staging"])["Rules"]
    assert (rule["Expiration"]["Days"], rule["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"]) == (2, 7)
    # An unversioned bucket is made `Suspended` by the provider (object/bucket.go).
    assert s3.get_bucket_versioning(Bucket=MEDIA["staging"])["Status"] == "Suspended"
    assert s3.get_bucket_versioning(Bucket=MEDIA["production"])["Status"] == "Enabled"
    [rule] = s3.get_bucket_lifecycle_configuration(Bucket=MEDIA["production"])["Rules"]
    assert (rule["NoncurrentVersionExpiration"]["NoncurrentDays"], rule["AbortIncompleteMultipartUpload"]["DaysAfterInitiation"]) == (30, 7)


def test_what_was_applied_keeps_each_key_to_its_own_bucket(harness):
    """Scaleway's rules, evaluated on the policies read back and the IAM records."""
    applied = [Bucket(name, bucket_policy(harness.s3, name)) for name in (STATE_BUCKET, *MEDIA.values())]
    applications = harness.api.applications_with_permissions()
    principals = [
        operator_principal(OPERATOR),
        *(application_principal(app_id, *found) for app_id, found in applications.items()),
        ANONYMOUS_PRINCIPAL,
    ]
    found = {(p.label, b.name): capabilities(p, b) for p in principals for b in applied}
    for env, own in MEDIA.items():
        application = f"application {env}-{SITE}"
        assert found[(application, own)] == ("list", "get", "put", "delete", "multipart")
        assert found[(application, STATE_BUCKET)] == ()
        for other in set(MEDIA.values()) - {own}:
            assert found[(application, other)] == found[(ANONYMOUS, other)] == ("get",)
    assert all(found[(OPERATOR, bucket.name)][-1] == "configure" for bucket in applied)


def dns_stage(harness, pipeline_id):
    [dns] = [r for r in harness.api.stages["dns"].values() if r["pipeline_id"] == pipeline_id]
    return dns


def test_outputs_resolve_on_the_first_apply(harness):
    outputs = harness.outputs("media-staging")
    dns = dns_stage(harness, outputs["cdn_pipeline_id"])
    assert (dns["default_fqdn"], dns["fqdns"]) == ("", [])  # what the API answers at first
    # The head stage has no id of its own: the provider keeps the DNS stage's (edgeservices/head_stage.go).
    [head] = state_attributes(harness, "staging", "scaleway_edge_services_head_stage")
    assert head["id"] == head["head_stage_id"] == dns["id"]
    assert outputs["edge_service_domain"] == f"{outputs['cdn_pipeline_id']}.svc.edge.scw.cloud"
    assert re.fullmatch(r"SCW[A-Z0-9]{17}", outputs["iam_access_key"])
    assert re.fullmatch(r"[0-9a-f-]{36}", outputs["iam_access_secret"])
    assert outputs["bucket_name"] == MEDIA["staging"]


def test_an_environment_key_cannot_read_the_state_even_through_terraform(harness):
    """The state bucket's policy, enforced on the state backend's own requests."""
    outputs = harness.outputs("media-staging")
    app_key = {"AWS_ACCESS_KEY_ID": outputs["iam_access_key"], "AWS_SECRET_ACCESS_KEY": outputs["iam_access_secret"]}
    run = harness.terraform("plan", "-input=false", "-lock=false", cwd=harness.stack_dir("media-staging"), env={**ACCOUNT, **app_key})
    assert run.returncode != 0, run.output
    assert f'Unable to access object "env:/staging/{SITE}.tfstate"' in run.output, run.output
    assert "StatusCode: 403" in run.output, run.output


def test_a_second_plan_shows_no_changes(harness):
    for env in MEDIA:
        run = harness.ops("diff", env)
        assert run.returncode == 0, run.output
        assert "No changes." in run.output, run.output


def test_once_the_api_reports_a_name_the_next_refresh_hands_it_over(harness):
    pipeline_id = harness.outputs("media-production")["cdn_pipeline_id"]
    reported = "a1b2c3.svc.edge.scw.cloud"
    with harness.api.lock:
        dns_stage(harness, pipeline_id)["default_fqdn"] = reported
    plan = harness.ops("diff", "production")
    assert "Changes to Outputs" in plan.output and reported in plan.output, plan.output
    deploy(harness, "production")
    assert harness.outputs("media-production")["edge_service_domain"] == reported
    settings = harness.ops("django-env", "production", "--output", "-")
    assert f"DJANGO_AWS_S3_CUSTOM_DOMAIN={reported}" in settings.output
    assert f"note: the API names this CDN {reported}" in settings.output
    run = harness.ops("diff", "production")
    assert "No changes." in run.output, run.output


def test_during_an_apply_a_diff_takes_no_lock_and_a_second_apply_waits_for_it(harness):
    """The apply is held by the API at its refresh, its state lock taken, until the test
    releases it: a diff meanwhile plans without the lock (it never breaks an apply under way),
    and a second deploy waits for the lock instead of failing on it."""
    lock = f"env:/staging/{SITE}.tfstate.tflock"
    [app_id] = [i for i, app in harness.api.applications.items() if app["name"] == f"staging-{SITE}"]
    gate = harness.api.hold("GET", f"/iam/v1alpha1/applications/{app_id}")  # the refresh's, not the preflight's
    apply = harness.start_ops("deploy", "staging")
    second = None
    try:
        assert gate.reached.wait(DEADLINE_SECONDS), "the apply never reached the refresh"
        assert harness.s3.list_objects_v2(Bucket=STATE_BUCKET, Prefix=lock).get("KeyCount") == 1
        concurrent = harness.ops("diff", "staging", label="diff during an apply")
        assert harness.s3.list_objects_v2(Bucket=STATE_BUCKET, Prefix=lock).get("KeyCount") == 1  # still the apply's
        second = harness.start_ops("deploy", "staging")
        assert second.stdout is not None
        for line in second.stdout:  # it reaches the lock while the first holds it
            if "Acquiring state lock" in line:
                break
    finally:
        gate.released.set()
        output, _ = apply.communicate(timeout=DEADLINE_SECONDS)
        waited, _ = second.communicate(timeout=DEADLINE_SECONDS) if second else ("", None)
    assert concurrent.returncode == 0 and "No changes." in concurrent.output, concurrent.output
    assert "Error acquiring the state lock" not in concurrent.output
    assert apply.returncode == 0, output
    assert second is not None and second.returncode == 0, waited  # it waited for the first, then applied
    assert not harness.s3.list_objects_v2(Bucket=STATE_BUCKET, Prefix=lock).get("KeyCount"), "the lock was left behind"


def test_changing_the_expiry_updates_the_bucket_in_place(harness):
    created = {b["Name"]: b["CreationDate"] for b in harness.s3.list_buckets()["Buckets"]}
    harness.write_site(environment_settings={"staging": {"media_expiration": 5}})
    run = deploy(harness, "staging")
    assert "0 added, 1 changed, 0 destroyed" in run.output, run.output
    [rule] = harness.s3.get_bucket_lifecycle_configuration(Bucket=MEDIA["staging"])["Rules"]
    assert rule["Expiration"]["Days"] == 5
    assert {b["Name"]: b["CreationDate"] for b in harness.s3.list_buckets()["Buckets"]} == created


def test_a_protected_environment_cannot_be_destroyed(harness):
    harness.s3.put_object(Bucket=MEDIA["production"], Key="course/cover.jpg", Body=b"jpeg")
    run = harness.ops("destroy", "production", env={"ALLOW_PRODUCTION_DESTROY": "1"})
    assert run.returncode != 0, run.output
    assert "Instance cannot be destroyed" in run.output and "prevent_destroy" in run.output, run.output
    assert harness.s3.get_object(Bucket=MEDIA["production"], Key="course/cover.jpg")["Body"].read() == b"jpeg"
    [key] = [attributes["access_key"] for attributes in state_attributes(harness, "production", "scaleway_iam_api_key")]
    assert key in harness.api.api_keys, "production's API key was deleted"
    # Its policy, set aside during the refused destroy, is back in its state and still on its bucket.
    assert len(state_attributes(harness, "production", "scaleway_object_bucket_policy")) == 1
    assert harness.s3.get_bucket_policy(Bucket=MEDIA["production"])["Policy"]
    run = harness.ops("diff", "production")
    assert "No changes." in run.output, run.output


def test_destroying_staging_leaves_production_and_the_edge_plan(harness):
    """While the staging bucket goes, it keeps its policy: production's key, whose IAM rights
    reach every bucket of the project, is refused on it at the last moment too (the bucket's
    deletion held until the test has asked)."""
    harness.s3.put_object(Bucket=MEDIA["staging"], Key="course/draft.jpg", Body=b"jpeg")
    [key] = state_attributes(harness, "production", "scaleway_iam_api_key")
    neighbour = harness.gateway_client(key["access_key"], key["secret_key"])
    gate = harness.hold_object_storage("DELETE", f"/{MEDIA['staging']}/?", query="")  # DeleteBucket, not ?policy
    destroy = harness.start_ops("destroy", "staging")
    try:
        assert gate.reached.wait(DEADLINE_SECONDS), "the destroy never reached the bucket's deletion"
        with pytest.raises(ClientError) as refused:
            neighbour.put_object(Bucket=MEDIA["staging"], Key="intruder.jpg", Body=b"x")
        assert refused.value.response["Error"]["Code"] == "AccessDenied"
        assert harness.s3.get_bucket_policy(Bucket=MEDIA["staging"])["Policy"]
    finally:
        gate.released.set()
        output, _ = destroy.communicate(timeout=DEADLINE_SECONDS)
    assert destroy.returncode == 0, output
    buckets = {b["Name"] for b in harness.s3.list_buckets()["Buckets"]}
    assert MEDIA["staging"] not in buckets
    assert {MEDIA["production"], STATE_BUCKET} <= buckets
    assert len(harness.api.plans) == 1
    pipelines = {r["name"] for r in harness.api.pipelines.values()}
    assert f"production-{SITE}-media-pipeline" in pipelines
    assert f"staging-{SITE}-media-pipeline" not in pipelines
