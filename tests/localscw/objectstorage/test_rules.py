"""The local Scaleway's rules beyond the documented cases (tests/test_access_cases.py):
each refusal says which rule and which page, and what the pages leave open is refused."""

from localscw.objectstorage.rules import ANONYMOUS, COMBINING, EQUIVALENCE, POLICIES, Caller, decide

APP = Caller("application_id:1", frozenset({"ObjectStorageObjectsRead"}))
POLICY = {
    "Version": "2023-04-17",
    "Statement": [{"Effect": "Allow", "Principal": {"SCW": "application_id:1"}, "Action": "s3:GetObject", "Resource": "b/*"}],
}


def test_each_answer_names_its_rule_and_page():
    assert decide(APP, "GetObject", "b", "a", POLICY).reason.endswith(f"({POLICIES})")
    assert EQUIVALENCE in decide(APP, "PutObject", "b", "a", None).reason
    assert COMBINING in decide(ANONYMOUS, "GetObject", "b", "a", None).reason


def test_an_unknown_operation_is_refused():
    decision = decide(Caller("user_id:1", frozenset({"ObjectStorageFullAccess"})), "SelectObjectContent", "b", "a", None)
    assert not decision and "SelectObjectContent is no operation" in decision.reason


def test_listing_every_bucket_is_iams_alone():
    assert not decide(APP, "ListBuckets", None, None, None)
    assert decide(Caller("application_id:2", frozenset({"ObjectStorageBucketsRead"})), "ListBuckets", None, None, None)


def test_an_unknown_permission_set_grants_nothing_and_says_so():
    decision = decide(Caller("application_id:3", frozenset({"ObjectStorageEverything"})), "GetObject", "b", "a", None)
    assert not decision and "ObjectStorageEverything unknown" in decision.reason


def test_a_statement_with_an_undocumented_element_allows_nothing():
    odd = {**POLICY, "Statement": [{**POLICY["Statement"][0], "NotResource": "b/secret"}]}
    assert decide(APP, "GetObject", "b", "a", POLICY) and not decide(APP, "GetObject", "b", "a", odd)
