"""The access report: Scaleway's rules on the synthesized stacks, and the isolation it proves."""

import copy

import pytest

from ops.access.report import CAPABILITIES, capabilities, from_synthesized, render, report, synthesized_stacks
from ops.access.rules import ANONYMOUS, Bucket, Principal, iam_actions
from ops.key import ScalewayKey
from tests.helpers import OPERATORS, site_config

MEDIA = ("list", "get", "put", "delete", "multipart")
CURRENT = "2023-04-17"


def matrix(principals, buckets):
    """The capabilities certainly allowed, by principal and bucket."""
    return {(p.label, b.name): capabilities(p, b) for p in principals for b in buckets}


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


def test_a_deny_statement_is_useless_and_unnamed_principals_are_denied():
    """ "Bucket policies overview": with 2023-04-17, only what is allowed is permitted, to a
    principal IAM allows too; Deny statements are useless."""
    app = Principal("app", "application_id:1", iam_actions(["ObjectStorageObjectsRead"]))
    other = Principal("other", "application_id:2", iam_actions(["ObjectStorageFullAccess"]))
    allow = {"Effect": "Allow", "Principal": {"SCW": ["application_id:1"]}, "Action": "s3:*", "Resource": ["b", "b/*"]}
    deny = {"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "b/*"}
    found = matrix([app, other], [Bucket("b", {"Version": CURRENT, "Statement": [allow, deny]})])
    assert found[("app", "b")] == ("list", "get")  # what IAM and the policy both allow; the Deny changes nothing
    assert found[("other", "b")] == ()  # full IAM, but the bucket's policy does not name it


def test_the_report_is_a_table_of_principals_by_bucket(demo):
    site, principals, buckets, _ = demo
    lines = render(principals, buckets).splitlines()
    assert lines[0].split()[:3] == ["principal", "\\", "bucket"]
    assert lines[1].split() == [site.project.operators[0], "all", "all", "all", "all"]
    assert lines[-1].split() == [ANONYMOUS, "-", "get", "get", "get"]


def test_make_access_reports_every_key_of_the_project_a_table_a_site():
    """Every site's keys live in one Scaleway project: each table has them all, and a table
    a site keeps it as wide as one site's buckets, whatever the size of the factory."""
    project = {"operators": list(OPERATORS)}
    alpha = site_config(site="alpha", environments=["staging"], environment_settings={}, **project)
    beta = site_config(site="beta", environments=["staging", "production"], environment_settings={}, **project)
    tables = report((alpha, beta)).split("\n\n")
    assert [table.splitlines()[0] for table in tables] == [
        "The state bucket:",
        "alpha:",
        "beta:",
        "Buckets no stack manages: not read (no env.d/scw).",
    ]
    state, alpha_table, beta_table = ([line for line in table.splitlines()[1:]] for table in tables[:3])
    assert state[0].split()[3:] == [alpha.project.state_bucket]
    assert alpha_table[0].split()[3:] == ["staging-alpha-media"] and beta_table[0].split()[3:] == [
        "production-beta-media",
        "staging-beta-media",
    ]
    labels = [line.split("  ")[0] for line in beta_table[1:]]
    assert labels == [*OPERATORS, "application production-beta", "application staging-alpha", "application staging-beta", ANONYMOUS]
    [alpha_on_beta] = [line.split() for line in beta_table if line.startswith("application staging-alpha")]
    assert alpha_on_beta[2:] == ["get", "get"]
    [alpha_on_state] = [line.split() for line in state if line.startswith("application staging-alpha")]
    assert alpha_on_state[2:] == ["-"]
    assert max(len(line) for table in tables for line in table.splitlines()) < 160
    narrowed = report((alpha, beta), ("beta",))
    assert "alpha:" not in narrowed and "beta:" in narrowed and "The state bucket:" in narrowed


def test_deployers_and_planners_are_in_the_report_each_within_its_part():
    deployer, planner = "application_id:aaaaaaaa-0000-4000-8000-0000000000d1", "application_id:aaaaaaaa-0000-4000-8000-0000000000e1"
    site = site_config(deployers={deployer: ["staging"]}, planners=[planner])
    found = matrix(*from_synthesized(synthesized_stacks((site,)), site.project.operators, (deployer,), (planner,)))
    staging, production, state = "staging-demo-media", "production-demo-media", site.project.state_bucket
    assert found[(f"deployer {deployer}", staging)] == tuple(CAPABILITIES)
    assert found[(f"deployer {deployer}", production)] == found[(ANONYMOUS, production)] == ("get",)  # what anyone may
    assert found[(f"deployer {deployer}", state)] == ("list",)  # its states only: some objects, not certainly all
    assert found[(f"planner {planner}", staging)] == found[(f"planner {planner}", production)] == ("list", "get")
    assert found[(f"planner {planner}", state)] == ("list", "get")


def test_the_projects_other_buckets_are_judged_like_the_factorys(s3):
    """A bucket made by hand, without a policy, is open to every key with Object Storage
    rights (IAM reaches every bucket of the project); one with a policy naming nobody is not."""
    from ops.access.live import unmanaged_buckets

    site = site_config(state_endpoint=s3.endpoint, state_use_path_style=True)
    admin = s3.client()
    managed = {site.project.state_bucket, *(site.media_bucket_name(env) for env in site.environments)}
    for name in ("handmade-notes", "handmade-closed", "staging-demo-media"):
        admin.create_bucket(Bucket=name)
    admin.put_bucket_policy(
        Bucket="handmade-closed",
        Policy='{"Version": "2023-04-17", "Statement": [{"Sid": "Nobody", "Effect": "Allow", "Principal": {"SCW": "user_id:x"}, "Action": "*", "Resource": "handmade-closed"}]}',
    )
    admin.put_bucket_acl(Bucket="handmade-notes", ACL="public-read")
    key = ScalewayKey("SCWKEY", "secret")
    buckets = unmanaged_buckets(site.project, key, managed)
    assert [(b.name, b.policy is not None, b.acl) for b in buckets] == [
        ("handmade-closed", True, "private"),
        ("handmade-notes", False, "public-read"),
    ]
    tables = report((site,), (), buckets).split("\n\n")
    assert tables[-1].splitlines()[0] == "Buckets no stack manages:"
    principals, _ = from_synthesized(synthesized_stacks((site,)), site.project.operators)
    found = matrix(principals, buckets)
    assert found[("application staging-demo", "handmade-notes")] == MEDIA  # its object rights reach a bucket no policy guards
    assert found[("application staging-demo", "handmade-closed")] == ()
    assert report((site,), (), []).endswith("Buckets no stack manages: none.")


def test_with_a_media_project_the_environments_keys_reach_nothing_of_env_d_scws_project():
    """`media_project`: each application's IAM rule names the media project only, so a bucket
    made by hand in env.d/scw's project, without a policy, is out of its reach; one made in
    the media project is not. Operators keep both (bootstrap gives them the media project)."""
    from ops.access.rules import HOME_PROJECT, MEDIA_PROJECT

    site = site_config(media_project="acme-media")
    principals, buckets = from_synthesized(synthesized_stacks((site,)), site.project.operators)
    assert {bucket.name: bucket.project for bucket in buckets} == {
        site.project.state_bucket: HOME_PROJECT,
        **{site.media_bucket_name(env): MEDIA_PROJECT for env in site.environments},
    }
    unmanaged = [Bucket("handmade-home", None, "private", HOME_PROJECT), Bucket("handmade-media", None, "private", MEDIA_PROJECT)]
    found = matrix(principals, unmanaged)
    assert found[("application staging-demo", "handmade-home")] == ()
    assert found[("application staging-demo", "handmade-media")] == MEDIA
    assert found[(OPERATORS[0], "handmade-home")] == found[(OPERATORS[0], "handmade-media")] == tuple(CAPABILITIES)
    titles = [table.splitlines()[0] for table in report((site,), (), unmanaged).split("\n\n")][-2:]
    assert titles == [f"Buckets no stack manages, in {HOME_PROJECT}:", f"Buckets no stack manages, in {MEDIA_PROJECT}:"]
    assert report((site,), (), unmanaged[:1]).endswith(f"Buckets no stack manages, in {MEDIA_PROJECT}: none.")
