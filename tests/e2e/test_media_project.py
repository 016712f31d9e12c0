"""A Scaleway project of the factory's own (`media_project`), on a local Scaleway of its own:
bootstrap makes it and gives the operators their rights there; an environment's bucket,
pipeline and key live in it; its key, whose IAM rights are the media project's, reaches its
own media and nothing of env.d/scw's project, not even a bucket made there by hand with no
policy (which, without a media project, every environment's key can read and write: the
access matrix shows it)."""

import pytest
from botocore.exceptions import ClientError

from localscw.harness import SITE, STATE_BUCKET, Harness
from localscw.scaleway import ACCOUNT
from tests.e2e.conftest import missing_prerequisite, require

pytestmark = pytest.mark.e2e
MEDIA_PROJECT = "e2e-media"
HANDMADE = "handmade-beside-the-state"


@pytest.fixture(scope="module")
def factory(tmp_path_factory):
    require(missing_prerequisite())
    harness = Harness(tmp_path_factory.mktemp("media-project")).start()
    harness.write_project(harness.checkout, media_project=MEDIA_PROJECT)
    harness.write_site(SITE, environments=["staging"], environment_settings={})
    run = harness.ops("bootstrap", label="bootstrap with a media project")
    assert run.returncode == 0, run.output
    run = harness.ops("deploy", "staging", label="deploy in the media project")
    assert run.returncode == 0, run.output
    harness.s3.create_bucket(Bucket=HANDMADE)  # by hand, in env.d/scw's project, no policy
    harness.s3.put_object(Bucket=HANDMADE, Key="notes.txt", Body=b"private")
    yield harness
    harness.stop()


def media_project_id(harness):
    [project] = [p for p in harness.api.projects.values() if p["name"] == MEDIA_PROJECT]
    return project["id"]


def test_bootstrap_makes_the_project_and_subscribes_the_edge_plan_there(factory):
    media = media_project_id(factory)
    assert media != ACCOUNT["TF_VAR_scw_project_id"]
    assert factory.api.plans[media] == {"plan_name": "professional"}
    assert ACCOUNT["TF_VAR_scw_project_id"] not in factory.api.plans
    assert factory.outputs("bootstrap")["media_project_id"] == media
    rights = factory.api.permission_sets_of("user_id:33333333-3333-4333-8333-333333333333", media)
    assert "ObjectStorageFullAccess" in rights and "EdgeServicesFullAccess" in rights


def test_the_environments_bucket_pipeline_and_key_are_the_media_projects(factory):
    media = media_project_id(factory)
    outputs = factory.outputs("media-staging")
    assert factory.bucket_project(outputs["bucket_name"]) == media
    assert factory.bucket_project(STATE_BUCKET) == ACCOUNT["TF_VAR_scw_project_id"]
    assert factory.api.pipelines[outputs["cdn_pipeline_id"]]["project_id"] == media
    assert factory.api.api_keys[outputs["iam_access_key"]]["default_project_id"] == media
    listed = {b["Name"] for b in factory.gateway_client(*_operator_in(media)).list_buckets()["Buckets"]}
    assert outputs["bucket_name"] in listed and STATE_BUCKET not in listed


def _operator_in(project):
    from localscw.scaleway import CREDENTIALS

    return f"{CREDENTIALS['SCW_ACCESS_KEY']}@{project}", CREDENTIALS["SCW_SECRET_KEY"]


def test_the_environments_key_reaches_its_media_and_nothing_of_env_d_scws_project(factory):
    outputs = factory.outputs("media-staging")
    app = factory.gateway_client(outputs["iam_access_key"], outputs["iam_access_secret"])  # as django-storages uses it
    app.put_object(Bucket=outputs["bucket_name"], Key="media/a.txt", Body=b"hello")
    assert app.get_object(Bucket=outputs["bucket_name"], Key="media/a.txt")["Body"].read() == b"hello"
    for attempt in (
        lambda: app.list_objects_v2(Bucket=HANDMADE),
        lambda: app.get_object(Bucket=HANDMADE, Key="notes.txt"),
        lambda: app.put_object(Bucket=HANDMADE, Key="planted.txt", Body=b"x"),
        lambda: app.get_object(Bucket=STATE_BUCKET, Key=f"env:/staging/{SITE}.tfstate"),
    ):
        with pytest.raises(ClientError, match="AccessDenied"):
            attempt()
    # Naming env.d/scw's project does not help: IAM gives the key nothing there.
    named = factory.gateway_client(f"{outputs['iam_access_key']}@{ACCOUNT['TF_VAR_scw_project_id']}", outputs["iam_access_secret"])
    with pytest.raises(ClientError, match="AccessDenied"):
        named.list_objects_v2(Bucket=HANDMADE)


def test_make_access_judges_each_projects_buckets_as_object_storage_enforces(factory):
    run = factory.ops("access", label="make access with a media project")
    assert run.returncode == 0, run.output
    home = run.output.split("Buckets no stack manages, in env.d/scw's project:\n", 1)[1].split("\n\n")[0]
    [app_row] = [line.split() for line in home.splitlines() if line.startswith(f"application staging-{SITE}")]
    assert app_row[-1] == "-"  # as the gateway enforced above
    assert "Buckets no stack manages, in the media project: none." in run.output


def test_the_next_plan_shows_no_change_and_status_counts_the_media_projects_pipelines(factory):
    run = factory.ops("diff", "staging", label="diff in the media project")
    assert "No changes." in run.output, run.output
    run = factory.ops("status", label="status with a media project")
    assert "Edge Services: 1 pipeline, the professional plan includes" in run.output, run.output
    assert "no state holds" not in run.output, run.output  # the media project's bucket and pipeline are the state's


def test_a_deployed_bucket_is_not_moved_when_the_setting_changes(factory):
    factory.write_project(factory.checkout)  # media_project removed
    try:
        run = factory.ops("diff", "staging", label="diff with media_project removed")
        assert run.returncode != 0
        assert (
            "error: media-staging's bucket staging-e2e-media is in the media project e2e-media, and sites/project.tfvars puts media in env.d/scw's project: a bucket cannot change project"
            in run.output
        ), run.output
    finally:
        factory.write_project(factory.checkout, media_project=MEDIA_PROJECT)
    assert "No changes." in factory.ops("diff", "staging").output


def test_destroy_takes_the_environment_out_of_the_media_project(factory):
    outputs = factory.outputs("media-staging")
    run = factory.ops("destroy", "staging", label="destroy in the media project")
    assert run.returncode == 0, run.output
    assert factory.bucket_project(outputs["bucket_name"]) is None
    assert outputs["cdn_pipeline_id"] not in factory.api.pipelines


def test_an_existing_project_is_adopted_not_made_again(tmp_path_factory):
    require(missing_prerequisite())
    harness = Harness(tmp_path_factory.mktemp("media-project-adopted")).start()
    try:
        _, existing = harness.api.create_project({"name": "made-in-the-console", "organization_id": ACCOUNT["TF_VAR_scw_organization_id"]})
        harness.write_project(harness.checkout, media_project=MEDIA_PROJECT, media_project_id=existing["id"])
        run = harness.ops("bootstrap", label="bootstrap adopting a media project")
        assert run.returncode == 0, run.output
        assert [p["id"] for p in harness.api.projects.values() if p["id"] != ACCOUNT["TF_VAR_scw_project_id"]] == [existing["id"]]
        assert harness.api.projects[existing["id"]]["name"] == MEDIA_PROJECT  # renamed to the setting, in place
        assert harness.outputs("bootstrap")["media_project_id"] == existing["id"]
        again = harness.ops("bootstrap", label="bootstrap after the adoption")
        assert "No changes." in again.output, again.output
    finally:
        harness.stop()
