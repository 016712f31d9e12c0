"""Resources named for the factory that no state holds: found by their names, against every
state's ids, and deleted only after asking (a bucket holding media never).

The end-to-end runs (tests/e2e/test_faults.py) find them after a killed apply of the real
provider; these pin the naming and the decisions."""

import json

import pytest

from ops import orphans
from ops.checkout import OperatorError
from ops.context import Context
from ops.stack_state import StateBucket
from stacks.model import resource_names
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
        Key="demo/media-staging.tfstate",
        Body=state(
            ("scaleway_object_bucket", {"id": "fr-par/staging-demo-media", "name": "staging-demo-media"}),
            ("scaleway_edge_services_pipeline", {"id": "fr-par/f00d", "name": "staging-demo-media-pipeline"}),
            ("scaleway_iam_api_key", {"id": "SCWKEY1"}),
        ),
    )
    admin.put_object(Bucket=bucket.name, Key="env:/production/old.tfstate", Body=state(("scaleway_iam_application", {"id": "a1"})))
    held = orphans.held_ids(bucket, ["demo/media-staging.tfstate", "env:/production/old.tfstate"], 2)
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
