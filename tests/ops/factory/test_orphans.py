"""Resources named for the factory that no state holds: found by their names, against every
state's ids, and deleted only after asking (a bucket holding media never).

The end-to-end runs (tests/e2e/test_faults.py) find them after a killed apply of the real
provider; these pin the naming and the decisions."""

import json
import subprocess

import pytest

from ops.checkout import OperatorError
from ops.context import Context
from ops.factory import orphans
from ops.scaleway.state_bucket import StateBucket
from stacks.settings.model import resource_names
from tests.helpers import site_config


@pytest.fixture
def sites():
    return [site_config(), site_config(site="ademo")]


@pytest.mark.parametrize(
    ("kind", "name", "owner"),
    [
        ("bucket", "staging-demo-media", ("demo", "staging")),
        ("bucket", "feature-x-ademo-media", ("ademo", "feature-x")),  # site names have no hyphen: one reading
        ("bucket", "staging-ademo-media", ("ademo", "staging")),
        ("pipeline", "production-demo-media-pipeline", ("demo", "production")),
        ("application", "preprod-demo", ("demo", "preprod")),
        ("policy", "preprod-demo-media-objects", ("demo", "preprod")),
        ("bucket", "demo-media", None),
        ("bucket", "staging-other-media", None),
        ("application", "ci-deploy", None),
        ("pipeline", "staging-demo-media", None),  # a bucket's name is not a pipeline's
        ("policy", "staging-demo-object-full-access", None),  # the hand-written project's
    ],
)
def test_names_are_the_factorys_as_its_stacks_give_them(sites, kind, name, owner):
    assert orphans.named_for(orphans.name_patterns(sites), kind, name) == owner


def test_every_kind_a_stack_names_is_searched(sites):
    assert set(orphans.name_patterns(sites)) == set(resource_names("demo", "staging"))


@pytest.fixture
def state_bucket(s3, request):
    admin = s3.client()
    name = f"held-{request.node.name.lower().replace('_', '-')[:40]}"
    admin.create_bucket(Bucket=name)
    yield admin, StateBucket(name, s3.endpoint, "us-east-1", True, "SCWKEY", "secret")
    for item in admin.list_objects_v2(Bucket=name).get("Contents", []):
        admin.delete_object(Bucket=name, Key=item["Key"])
    admin.delete_bucket(Bucket=name)


def state(*resources):
    return json.dumps(
        {
            "version": 4,
            "lineage": "l",
            "serial": 1,
            "resources": [{"type": kind, "name": "r", "instances": [{"attributes": attributes}]} for kind, attributes in resources],
        }
    ).encode()


def test_held_ids_are_every_states_ids_without_their_region(state_bucket):
    admin, bucket = state_bucket
    admin.put_object(
        Bucket=bucket.name,
        Key="env:/staging/demo.tfstate",
        Body=state(
            ("scaleway_object_bucket", {"id": "fr-par/staging-demo-media", "name": "staging-demo-media"}),
            ("scaleway_edge_services_pipeline", {"id": "fr-par/f00d", "name": "staging-demo-media-pipeline"}),
            ("scaleway_iam_api_key", {"id": "SCWKEY1"}),
        ),
    )
    admin.put_object(Bucket=bucket.name, Key="env:/production/old.tfstate", Body=state(("scaleway_iam_application", {"id": "a1"})))
    held = orphans.held_ids(bucket, ["env:/staging/demo.tfstate", "env:/production/old.tfstate"], 2)
    assert held == {"staging-demo-media", "f00d", "SCWKEY1", "a1"}  # a pipeline's name is no id


def test_a_state_that_is_not_json_stops_the_search(state_bucket):
    admin, bucket = state_bucket
    admin.put_object(Bucket=bucket.name, Key="x.tfstate", Body=b"<html>")
    with pytest.raises(OperatorError, match=r"x\.tfstate is not JSON"):
        orphans.held_ids(bucket, ["x.tfstate"], 1)


EMPTY = orphans.Orphan("bucket", "staging-demo-media", "fr-par/staging-demo-media", "demo", "staging")
FULL = orphans.Orphan("bucket", "production-demo-media", "fr-par/production-demo-media", "demo", "production", objects=3)
PIPELINE = orphans.Orphan("pipeline", "staging-demo-media-pipeline", "f00d", "demo", "staging")
POLICY = orphans.Orphan("policy", "staging-demo-media-objects", "p1", "demo", "staging")


def test_a_bucket_holding_media_is_adopted_not_deleted():
    report = orphans.orphans_report([FULL, PIPELINE])
    assert report.splitlines()[1:] == [
        "  demo/production: bucket production-demo-media (fr-par/production-demo-media, holds 3 objects)",
        "  demo/staging: pipeline staging-demo-media-pipeline (f00d)",
        "`make clean-orphans` deletes them (a bucket only when empty), after asking.",
        "production-demo-media holds media: `RICHIE_SITE=demo make adopt ENV=production` makes it its environment's again.",
    ]
    assert orphans.orphans_report([]) == ""


@pytest.fixture
def ctx():
    site = site_config()
    return Context(site=site, env=None, environ={})


def test_clean_orphans_asks_then_deletes_what_points_at_others_first(ctx, monkeypatch):
    deleted = []
    monkeypatch.setattr(orphans, "find_orphans", lambda ctx, sites, jobs: [EMPTY, PIPELINE, FULL, POLICY])
    monkeypatch.setattr(orphans, "delete", lambda ctx, orphan: deleted.append(orphan.name))
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    with pytest.raises(OperatorError, match="not confirmed: nothing was deleted"):
        orphans.clean_orphans(ctx, [], 1)
    assert deleted == []
    monkeypatch.setattr("builtins.input", lambda prompt: "delete")
    assert orphans.clean_orphans(ctx, [], 1) == 1  # the bucket holding media is left: not all resolved
    assert deleted == ["staging-demo-media-objects", "staging-demo-media-pipeline", "staging-demo-media"]


def test_clean_orphans_with_none_says_so(ctx, monkeypatch, capsys):
    monkeypatch.setattr(orphans, "find_orphans", lambda ctx, sites, jobs: [])
    assert orphans.clean_orphans(ctx, [], 1) == 0
    assert "No resource named for the factory" in capsys.readouterr().err


ORGANIZATION = "22222222-2222-4222-8222-222222222222"
PROJECT = "11111111-1111-4111-8111-111111111111"
SECRET = "e2e00000-0000-4000-8000-000000000000"


@pytest.fixture
def scaleway(s3, monkeypatch):
    """A local Scaleway API and Object Storage holding, for site demo: staging's resources,
    held by its state; a pipeline, an application (with its key) and a bucket holding media
    that no state holds; and what is not the factory's."""
    from localscw.api import ScalewayApi

    api = ScalewayApi(ORGANIZATION)
    api.add_user("33333333-3333-4333-8333-333333333333", "operator@example.org")
    api.add_user_key("33333333-3333-4333-8333-333333333333", "SCWOPERATOR000000000", SECRET, PROJECT)
    server = api.serve()
    admin = s3.client()
    state_bucket = "orphans-terraform-state"
    for name in (state_bucket, "staging-demo-media", "preprod-demo-media", "unrelated-bucket"):
        admin.create_bucket(Bucket=name)
    admin.put_object(Bucket="preprod-demo-media", Key="media/a.png", Body=b"png")
    held_app = api.create_application({"name": "staging-demo"})[1]
    held_key = api.create_api_key({"application_id": held_app["id"]})[1]
    stray_key = api.create_api_key({"application_id": held_app["id"]})[1]  # made by a killed rotation
    held_policy = api.create_policy({"name": "staging-demo-media-objects", "application_id": held_app["id"], "rules": []})[1]
    held_pipeline = api.create_pipeline({"name": "staging-demo-media-pipeline", "project_id": PROJECT})[1]
    orphan_pipeline = api.create_pipeline({"name": "staging-demo-media-pipeline", "project_id": PROJECT})[1]  # a retried create
    orphan_app = api.create_application({"name": "preprod-demo"})[1]
    api.create_api_key({"application_id": orphan_app["id"]})
    orphan_policy = api.create_policy({"name": "preprod-demo-media-objects", "application_id": orphan_app["id"], "rules": []})[1]
    api.create_application({"name": "ci-deploy"})
    # Named as ours, in another organization or project: not this factory's.
    api.create_application({"name": "production-demo", "organization_id": "99999999-9999-4999-8999-999999999999"})
    api.create_policy({"name": "production-demo-media-objects", "organization_id": "99999999-9999-4999-8999-999999999999", "rules": []})
    api.create_pipeline({"name": "production-demo-media-pipeline", "project_id": "99999999-9999-4999-8999-999999999999"})
    admin.put_object(
        Bucket=state_bucket,
        Key="env:/staging/demo.tfstate",
        Body=state(
            ("scaleway_object_bucket", {"id": "fr-par/staging-demo-media", "name": "staging-demo-media"}),
            ("scaleway_iam_application", {"id": held_app["id"]}),
            ("scaleway_iam_api_key", {"id": held_key["access_key"]}),
            ("scaleway_iam_policy", {"id": held_policy["id"]}),
            ("scaleway_edge_services_pipeline", {"id": held_pipeline["id"]}),
        ),
    )
    reader = StateBucket(state_bucket, s3.endpoint, "us-east-1", True, "SCWOPERATOR000000000", SECRET)
    site = site_config()

    def of(cls, project, key):
        assert project == site.project and key.secret_key == SECRET  # the project's bucket, with the operator's key
        return reader

    def keys(project, key):
        assert project == site.project and key.secret_key == SECRET
        return [item["Key"] for item in admin.list_objects_v2(Bucket=state_bucket)["Contents"]]

    monkeypatch.setattr(StateBucket, "of", classmethod(of))
    monkeypatch.setattr(orphans, "state_keys", keys)
    environ = {
        "SCW_API_URL": server.url,
        "SCW_SECRET_KEY": SECRET,
        "TF_VAR_scw_organization_id": ORGANIZATION,
        "TF_VAR_scw_project_id": PROJECT,
    }
    yield (
        Context(site=site, env=None, environ=environ),
        api,
        admin,
        {
            "stray_key": stray_key["access_key"],
            "orphan_pipeline": orphan_pipeline["id"],
            "orphan_app": orphan_app["id"],
            "orphan_policy": orphan_policy["id"],
        },
    )
    server.stop()
    left = {b["Name"] for b in admin.list_buckets()["Buckets"]}
    for name in left & {"staging-demo-media", "preprod-demo-media", "unrelated-bucket", state_bucket}:
        for item in admin.list_object_versions(Bucket=name).get("Versions", []):
            admin.delete_object(Bucket=name, Key=item["Key"], VersionId=item["VersionId"])
        admin.delete_bucket(Bucket=name)


def test_the_search_finds_exactly_what_no_state_holds_of_the_factorys_names(scaleway):
    ctx, _, _, ids = scaleway
    found = orphans.find_orphans(ctx, [ctx.site], 2)
    assert found == [
        orphans.Orphan("application", "preprod-demo", ids["orphan_app"], "demo", "preprod"),  # its key goes with it
        orphans.Orphan("bucket", "preprod-demo-media", "fr-par/preprod-demo-media", "demo", "preprod", objects=1),
        orphans.Orphan("policy", "preprod-demo-media-objects", ids["orphan_policy"], "demo", "preprod"),
        orphans.Orphan("API key", "of staging-demo", ids["stray_key"], "demo", "staging"),
        orphans.Orphan("pipeline", "staging-demo-media-pipeline", ids["orphan_pipeline"], "demo", "staging"),
    ]


def test_cleaning_deletes_them_but_the_bucket_holding_media(scaleway, monkeypatch, capsys):
    ctx, api, admin, ids = scaleway
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "delete")
    found = orphans.find_orphans(ctx, [ctx.site], 2)
    assert orphans.clean_orphans(ctx, [ctx.site], 2) == 1
    assert prompts == ["Delete these 4 resources? Nothing refers to them (no state holds them). Type 'delete' to confirm: "]
    deleted = sorted((o for o in found if o.deletable), key=lambda o: orphans.DELETION_ORDER.index(o.kind))
    assert capsys.readouterr().err == orphans.orphans_report(found) + "\n" + "".join(f"Deleted {o.describe()}.\n" for o in deleted)
    assert [o.kind for o in deleted] == ["policy", "API key", "application", "pipeline"]
    assert ids["orphan_policy"] not in api.policies and ids["stray_key"] not in api.api_keys
    assert ids["orphan_app"] not in api.applications and ids["orphan_pipeline"] not in api.pipelines
    assert [orphan.name for orphan in orphans.find_orphans(ctx, [ctx.site], 2)] == ["preprod-demo-media"]
    admin.delete_object(Bucket="preprod-demo-media", Key="media/a.png")
    assert orphans.clean_orphans(ctx, [ctx.site], 2) == 0
    assert "preprod-demo-media" not in {b["Name"] for b in admin.list_buckets()["Buckets"]}


@pytest.fixture
def staging():
    site = site_config()
    return Context(site=site, env=site.environment("staging"), environ={})


@pytest.fixture
def importing(monkeypatch):
    """Terraform's calls recorded (each answered `code`), the stack neither read nor synthesized."""
    from ops.stack import terraform as tf

    calls, answer = [], {"code": 0}
    monkeypatch.setattr(orphans, "with_state_inputs", lambda ctx: ctx)
    monkeypatch.setattr(tf, "prepared", lambda ctx: ctx)
    monkeypatch.setattr(
        tf,
        "terraform",
        lambda ctx, *args, **kwargs: (
            calls.append((ctx.stack, *args, kwargs))  # in the stack's folder, Terraform's error captured
            or subprocess.CompletedProcess(args, answer["code"], "", "│ Error: Cannot import\n")
        ),
    )
    return calls, answer


def test_adopt_imports_the_environments_bucket_after_asking(staging, importing, monkeypatch, capsys):
    calls, _ = importing
    held = orphans.Orphan("bucket", "staging-demo-media", "fr-par/staging-demo-media", "demo", "staging", objects=4)
    other = orphans.Orphan("bucket", "preprod-demo-media", "fr-par/preprod-demo-media", "demo", "preprod", objects=1)
    searched = []
    monkeypatch.setattr(
        orphans, "find_orphans", lambda ctx, sites, jobs: searched.append((ctx.stack, [s.name for s in sites], jobs)) or [other, held]
    )
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "no")
    with pytest.raises(OperatorError, match="not confirmed"):
        orphans.adopt(staging)
    assert calls == [] and searched == [("media-staging", ["demo"], 4)]
    assert prompts == [
        "Make demo/staging: bucket staging-demo-media (fr-par/staging-demo-media, holds 4 objects) the bucket of media-staging again? "
        "Type 'staging' to confirm: "
    ]
    monkeypatch.setattr("builtins.input", lambda prompt: "staging")
    capsys.readouterr()
    assert orphans.adopt(staging) == 0
    assert calls == [
        (
            "media-staging",
            "import",
            "-input=false",
            "-lock-timeout=300s",
            "scaleway_object_bucket.media_bucket",
            "fr-par/staging-demo-media",
            {"capture_output": True},
        )
    ]
    assert capsys.readouterr().err == (
        "staging-demo-media is media-staging's bucket again; `RICHIE_SITE=demo make deploy ENV=staging` makes the rest.\n"
    )


def test_adopt_without_such_an_orphan_does_nothing_and_a_failed_import_is_one_line(staging, importing, monkeypatch, capsys):
    calls, answer = importing
    monkeypatch.setattr(orphans, "find_orphans", lambda ctx, sites, jobs: [])
    assert orphans.adopt(staging) == 0 and calls == []
    assert "staging-demo-media is not an orphan" in capsys.readouterr().err
    held = orphans.Orphan("bucket", "staging-demo-media", "fr-par/staging-demo-media", "demo", "staging", objects=1)
    monkeypatch.setattr(orphans, "find_orphans", lambda ctx, sites, jobs: [held])
    monkeypatch.setattr("builtins.input", lambda prompt: "staging")
    answer["code"] = 1
    with pytest.raises(OperatorError, match=r"^`terraform import` of staging-demo-media into media-staging failed: Error: Cannot import$"):
        orphans.adopt(staging)


def test_buckets_that_cannot_be_listed_stop_the_search_in_one_line(scaleway, monkeypatch):
    import urllib.error

    ctx, _, _, _ = scaleway

    def refused(bucket):
        raise urllib.error.URLError("connection refused")

    monkeypatch.setattr(orphans, "bucket_names", refused)
    with pytest.raises(OperatorError, match=r"^could not list the project's buckets: connection refused$"):
        orphans.find_orphans(ctx, [ctx.site], 2)


def test_an_orphan_says_what_it_is_and_a_bucket_whether_it_holds_anything():
    assert EMPTY.describe() == "demo/staging: bucket staging-demo-media (fr-par/staging-demo-media, empty)"
    assert FULL.describe() == "demo/production: bucket production-demo-media (fr-par/production-demo-media, holds 3 objects)"
    assert PIPELINE.describe() == "demo/staging: pipeline staging-demo-media-pipeline (f00d)"
    assert (EMPTY.deletable, FULL.deletable, PIPELINE.deletable) == (True, False, True)
