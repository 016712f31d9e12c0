"""The access report: Scaleway's rules on the synthesized stacks, and the isolation it proves."""

import copy

import pytest

from ops.access import (
    ANONYMOUS,
    CAPABILITIES,
    Bucket,
    Principal,
    from_synthesized,
    iam_actions,
    matrix,
    render,
    report,
)

MEDIA = ("list", "get", "put", "delete", "multipart")


@pytest.fixture(scope="module")
def demo(demo_stacks, demo_site):
    principals, buckets = from_synthesized(demo_stacks, demo_site.project.operators)
    return demo_site, principals, buckets, matrix(principals, buckets)


def test_each_application_reaches_its_own_media_and_nothing_more_than_anyone_elsewhere(demo):
    site, _, _, found = demo
    for env in site.environments:
        application = f"application {site.application_name(env)}"
        for other in site.environments:
            bucket = site.media_bucket_name(other)
            expected = MEDIA if other == env else found[(ANONYMOUS, bucket)]
            assert found[(application, bucket)] == expected, (application, bucket)
        assert found[(application, site.project.state_bucket)] == (), "an environment's key reaches the state"


def test_anonymous_visitors_only_read_media(demo):
    site, _, _, found = demo
    for env in site.environments:
        assert found[(ANONYMOUS, site.media_bucket_name(env))] == ("get",)
    assert found[(ANONYMOUS, site.project.state_bucket)] == ()


def test_every_operator_has_everything_on_every_bucket(demo):
    site, _, buckets, found = demo
    for operator in site.project.operators:
        for bucket in buckets:
            assert found[(operator, bucket.name)] == tuple(CAPABILITIES)


def test_without_its_policy_the_state_bucket_is_open_to_every_key_of_the_project(demo_stacks, demo_site):
    """What the report is for: the hole a missing policy leaves shows up in it."""
    stacks = copy.deepcopy(demo_stacks)
    del stacks["bootstrap"]["resource"]["scaleway_object_bucket_policy"]
    found = matrix(*from_synthesized(stacks, demo_site.project.operators))
    assert found[("application staging-demo", demo_site.project.state_bucket)] == MEDIA


def test_a_deny_statement_wins_and_unnamed_principals_are_denied():
    app = Principal("app", "application_id:1", iam_actions(["ObjectStorageObjectsRead"]))
    other = Principal("other", "application_id:2", iam_actions(["ObjectStorageFullAccess"]))
    allow = {"Effect": "Allow", "Principal": {"SCW": ["application_id:1"]}, "Action": "s3:*", "Resource": ["b", "b/*"]}
    deny = {"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "b/*"}
    found = matrix([app, other], [Bucket("b", {"Statement": [allow, deny]})])
    assert found[("app", "b")] == ("list",)  # IAM gives read, the policy denies GetObject
    assert found[("other", "b")] == ()  # full IAM, but the bucket's policy does not name it


def test_the_report_is_a_table_of_principals_by_bucket(demo):
    site, principals, buckets, _ = demo
    lines = render(principals, buckets).splitlines()
    assert lines[0].split()[:3] == ["principal", "\\", "bucket"]
    assert lines[1].split() == [site.project.operators[0], "all", "all", "all", "all"]
    assert lines[-1].split() == [ANONYMOUS, "-", "get", "get", "get"]


def test_make_access_reports_on_the_sites_own_synthesis(demo_site, demo):
    _, principals, buckets, _ = demo
    assert report(demo_site) == render(principals, buckets)
