"""A state bucket is closed when it holds exactly the operators-only policy bootstrap
writes, and a private ACL: every loophole an attacker would try is open."""

import json

import pytest

from ops.state_guard import closed_to_outsiders, normalised
from stacks.policies import policy_document
from tests.helpers import project_config

PROJECT = project_config()
BUCKET = PROJECT.state_bucket
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
