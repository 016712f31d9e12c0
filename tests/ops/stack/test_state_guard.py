"""A state bucket is closed when it holds exactly the operators-only policy bootstrap
writes, and a private ACL: every loophole an attacker would try is open."""

import json

import pytest

from ops.checkout import OperatorError
from ops.key import ScalewayKey
from ops.stack.state_guard import (
    bucket_grants,
    bucket_policy,
    check_state_closed,
    closed_to_outsiders,
    normalised,
    state_bucket_exists,
    state_bucket_grants,
    state_bucket_policy,
    state_keys,
)
from stacks.policies import policy_document, state_policy_document
from tests.helpers import project_config

PROJECT = project_config()
BUCKET = PROJECT.state_bucket
KEY = ScalewayKey("SCWOPERATOR000000000", "operator-secret")
OWNER_GRANT = [{"Grantee": {"Type": "CanonicalUser", "ID": "p:p"}, "Permission": "FULL_CONTROL", "Owner": True}]


def bootstraps():
    return policy_document(BUCKET, [], PROJECT.operators)


def with_statement(**statement):
    document = bootstraps()
    document["Statement"].append({"Sid": "extra", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", **statement})
    return document


def test_no_policy_is_open():
    assert not closed_to_outsiders(PROJECT, None, OWNER_GRANT)


def test_the_document_bootstrap_writes_is_closed_as_object_storage_reads_it_back():
    assert closed_to_outsiders(PROJECT, bootstraps(), OWNER_GRANT)
    read_back = json.loads(json.dumps(bootstraps()))
    read_back["Statement"][0]["Resource"].reverse()  # lists in another order
    assert closed_to_outsiders(PROJECT, read_back, OWNER_GRANT)


@pytest.mark.parametrize(
    "loophole",
    [
        with_statement(Resource=f"{BUCKET}/env:/*"),  # where the hand-written project's states live
        with_statement(Resource=f"{BUCKET}/*", Condition={"StringLike": {"aws:Referer": "*"}}),  # always true
        with_statement(Resource=f"{BUCKET}/*", Action="s3:GetObjectVersion"),  # the bucket is versioned
        with_statement(Resource=BUCKET, Action="s3:PutBucketPolicy"),
        with_statement(Resource="*/env:/*"),
        with_statement(Resource=[BUCKET, f"{BUCKET}/*"], Action="*", Effect="Deny"),  # a Deny is no guard under 2023-04-17
        {**bootstraps(), "Version": "2012-10-17"},  # the deprecated version leaves IAM's rights as they are
    ],
    ids=["env-prefix", "always-true-condition", "object-versions", "put-policy", "wildcard-bucket", "with-a-deny", "old-version"],
)
def test_each_loophole_is_open(loophole):
    assert not closed_to_outsiders(PROJECT, loophole, OWNER_GRANT)


def test_an_operator_forgotten_is_not_the_operators_policy():
    assert not closed_to_outsiders(PROJECT, policy_document(BUCKET, [], PROJECT.operators[:1]), OWNER_GRANT)


def test_a_public_acl_grant_is_open():
    public = [
        *OWNER_GRANT,
        {"Grantee": {"Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AllUsers"}, "Permission": "READ", "Owner": False},
    ]
    assert not closed_to_outsiders(PROJECT, bootstraps(), public)
    other = [*OWNER_GRANT, {"Grantee": {"Type": "CanonicalUser", "ID": "q:q"}, "Permission": "READ", "Owner": False}]
    assert not closed_to_outsiders(PROJECT, bootstraps(), other)


def test_a_lone_item_read_back_as_a_list_is_still_the_same_document():
    read_back = bootstraps()
    read_back["Statement"][0]["Action"] = ["*"]  # Object Storage may return a lone action in a list
    assert closed_to_outsiders(PROJECT, read_back, OWNER_GRANT)


def test_the_roles_bootstrap_writes_are_closed_and_a_role_left_out_is_not():
    """Deployers and planners are part of the document: the policy without the planners'
    (or a deployer's) statements is not the one bootstrap writes."""
    deployer, planner = "application_id:aaaaaaaa-0000-4000-8000-0000000000d1", "application_id:aaaaaaaa-0000-4000-8000-0000000000e1"
    project = project_config(deployers={deployer: ["staging"]}, planners=[planner])
    full = state_policy_document(BUCKET, project.operators, project.deployers, project.planners)
    assert closed_to_outsiders(project, full, OWNER_GRANT)
    assert not closed_to_outsiders(project, state_policy_document(BUCKET, project.operators, project.deployers, ()), OWNER_GRANT)
    assert not closed_to_outsiders(project, state_policy_document(BUCKET, project.operators, (), project.planners), OWNER_GRANT)
    assert not closed_to_outsiders(PROJECT, full, OWNER_GRANT)  # roles the project does not name


def test_an_operator_swapped_for_an_outsider_is_open():
    outsider = "user_id:ffffffff-0000-4000-8000-00000000dead"
    swapped = policy_document(BUCKET, [], (PROJECT.operators[1], outsider))
    assert not closed_to_outsiders(PROJECT, swapped, OWNER_GRANT)


def test_a_grant_naming_no_grantee_is_refused_not_a_crash():
    assert not closed_to_outsiders(PROJECT, bootstraps(), [*OWNER_GRANT, {"Permission": "READ", "Owner": False}])


def test_statements_compare_in_any_order_whatever_the_order_of_their_keys():
    first, second = {"Action": "*", "Sid": "first"}, {"Effect": "Allow"}
    shuffled = {"Sid": "first", "Action": "*"}  # the first statement's keys read back in another order
    assert normalised([first, second]) == normalised([second, shuffled])


# -- Read from the bucket, as `make deploy` of a legacy site asks ---------------------------


@pytest.fixture
def state_bucket(s3, request):
    """A fresh state bucket with bootstrap's policy and the canned private ACL, the project
    pointing at it, and an admin client to open it up."""
    name = f"guard-{request.node.name.lower().replace('_', '-')[:40]}".rstrip("-")
    project = project_config(state_bucket=name, state_endpoint=s3.endpoint, state_use_path_style=True)
    admin = s3.client()
    admin.create_bucket(Bucket=name, ACL="private")
    admin.put_bucket_policy(Bucket=name, Policy=json.dumps(policy_document(name, [], project.operators)))
    return project, admin


def test_a_bucket_bootstrap_closed_lets_the_deploy_go_on(state_bucket):
    project, admin = state_bucket
    check_state_closed(project, KEY)
    assert state_keys(project, KEY) == []  # a bucket with no state yet
    admin.put_object(Bucket=project.state_bucket, Key="env:/staging/terraform.tfstate", Body=b"{}")
    assert state_keys(project, KEY) == ["env:/staging/terraform.tfstate"]


def test_a_bucket_without_a_policy_is_refused_in_one_line_with_the_fix(state_bucket):
    project, admin = state_bucket
    admin.delete_bucket_policy(Bucket=project.state_bucket)
    with pytest.raises(OperatorError) as error:
        check_state_closed(project, KEY)
    assert str(error.value) == (
        f"the state bucket {project.state_bucket} is not closed to all but the operators (its policy is not exactly the one "
        "bootstrap writes, or its ACL is not private): run `make bootstrap` first (docs/scw.md, moving a site over); "
        "until then every key of the project can read the states and the secrets in them."
    )


def test_a_public_read_acl_behind_the_right_policy_is_refused(state_bucket):
    project, admin = state_bucket
    assert all(grant["Owner"] for grant in state_bucket_grants(project, KEY))
    admin.put_bucket_acl(Bucket=project.state_bucket, ACL="public-read")
    assert not all(grant["Owner"] for grant in state_bucket_grants(project, KEY))
    with pytest.raises(OperatorError, match="is not closed to all but the operators"):
        check_state_closed(project, KEY)


def test_a_bucket_exists_unless_object_storage_says_there_is_none(state_bucket, s3):
    project, _ = state_bucket
    assert state_bucket_exists(project, KEY)
    assert not state_bucket_exists(
        project_config(state_bucket="guard-never-made", state_endpoint=s3.endpoint, state_use_path_style=True), KEY
    )


def test_an_unreachable_state_bucket_is_one_line():
    from localscw.loopback import free_port

    project = project_config(state_endpoint=f"http://127.0.0.1:{free_port()}", state_use_path_style=True)
    for read in (state_bucket_exists, state_bucket_policy):
        with pytest.raises(OperatorError, match=rf"^could not reach the state bucket {project.state_bucket}: "):
            read(project, KEY)


def test_a_bucket_that_cannot_be_read_is_one_line_naming_what_was_asked(s3):
    project = project_config(state_bucket="guard-never-made", state_endpoint=s3.endpoint, state_use_path_style=True)
    for read, asked in (
        (state_bucket_policy, "could not read the policy of the state bucket guard-never-made: "),
        (state_bucket_grants, "could not read the ACL of the state bucket guard-never-made: "),
        (state_keys, "could not list the states in guard-never-made: "),
    ):
        with pytest.raises(OperatorError) as error:
            read(project, KEY)
        assert str(error.value).startswith(asked) and "NoSuchBucket" in str(error.value)


def test_any_buckets_policy_and_acl_are_read_acting_in_its_project(s3, monkeypatch):
    """`make access` reads the media project's buckets naming that project (`<key>@<project>`);
    a bucket that cannot be read is named as a bucket."""
    from ops.stack import state_guard

    project = project_config(state_bucket="guard-never-made", state_endpoint=s3.endpoint, state_use_path_style=True)
    clients = []
    real = state_guard.boto3_client
    monkeypatch.setattr(state_guard, "boto3_client", lambda project, key, acting_in="": clients.append(acting_in) or real(project, key))
    for read, asked in (
        (bucket_policy, "could not read the policy of the bucket media-x: "),
        (bucket_grants, "could not read the ACL of the bucket media-x: "),
    ):
        with pytest.raises(OperatorError) as error:
            read(project, KEY, "media-x", acting_in="77777777-7777-4777-8777-777777777777")
        assert str(error.value).startswith(asked)
    assert clients == ["77777777-7777-4777-8777-777777777777"] * 2
    clients.clear()
    for read in (state_bucket_policy, state_bucket_grants):  # the state bucket: in the key's preferred project
        with pytest.raises(OperatorError):
            read(project, KEY)
    assert clients == ["", ""]
