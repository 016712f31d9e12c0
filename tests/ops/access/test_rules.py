"""The access judge, case by case beyond the documented table (tests/access_cases.py):
what the documentation does not settle is conditional, never a refusal."""

from ops.access.report import render
from ops.access.rules import (
    ALLOWED,
    ANONYMOUS,
    ANONYMOUS_PRINCIPAL,
    CONDITIONAL,
    DENIED,
    Bucket,
    Principal,
    application_principal,
    evaluate,
    iam_actions,
)

CURRENT = "2023-04-17"


STATEMENT = {"Effect": "Allow", "Principal": {"SCW": "application_id:1"}, "Action": "s3:GetObject", "Resource": "b/*"}
APP = Principal("app", "application_id:1", iam_actions(["ObjectStorageFullAccess"]))
OTHER = Principal("other", "application_id:2", iam_actions(["ObjectStorageFullAccess"]))


def verdict(principal, *statements, acl="private", action="s3:GetObject", on="object", version=CURRENT, key=None):
    return evaluate(principal, Bucket("b", {"Version": version, "Statement": list(statements)}, acl), action, on, key)


def test_a_condition_makes_an_allow_conditional_never_absent():
    assert verdict(APP, STATEMENT) == ALLOWED
    assert verdict(APP, {**STATEMENT, "Condition": {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}}}) == CONDITIONAL


def test_a_prefix_of_the_objects_is_conditional_for_the_bucket_and_exact_for_an_object():
    prefix = {**STATEMENT, "Resource": "b/uploads/*"}
    assert verdict(APP, prefix) == CONDITIONAL
    assert (verdict(APP, prefix, key="uploads/a.jpg"), verdict(APP, prefix, key="other/a.jpg")) == (ALLOWED, DENIED)
    assert verdict(APP, {**STATEMENT, "Resource": "other-bucket/*"}) == DENIED


def test_what_the_overview_does_not_document_is_conditional():
    for undocumented in ({"NotPrincipal": {"SCW": "application_id:2"}}, {"NotAction": "s3:DeleteObject"}, {"NotResource": "b"}):
        assert verdict(APP, {**STATEMENT, **undocumented}) == CONDITIONAL, undocumented
    assert verdict(APP, {**STATEMENT, "Resource": "b*/*"}) == CONDITIONAL  # a wildcard in a bucket name
    assert verdict(APP, {**STATEMENT, "Action": "s3:Get*"}) == CONDITIONAL  # a wildcard in an action
    assert verdict(APP, STATEMENT, version="2024-01-01") == CONDITIONAL  # an unknown version
    assert verdict(APP, STATEMENT, version="2024-01-01", action="s3:PutObject") == CONDITIONAL
    unknown_set = application_principal("1", "app", ["ObjectStorageEverything"])
    assert unknown_set.unknown_sets == ("ObjectStorageEverything",)
    assert verdict(unknown_set, STATEMENT) == CONDITIONAL  # an unknown permission set: never "no rights"


def test_a_deny_under_the_deprecated_version_makes_an_allow_conditional():
    deny = {"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "b/*"}
    assert verdict(APP, STATEMENT, deny) == ALLOWED  # useless under 2023-04-17
    assert verdict(APP, STATEMENT, deny, version="2012-10-17") == CONDITIONAL
    assert verdict(OTHER, STATEMENT, version="2012-10-17", action="s3:GetBucketAcl", on="bucket") == ALLOWED  # IAM's, as recorded


def test_the_owner_puts_and_deletes_policies_and_must_be_named_for_the_rest():
    owner = Principal("owner", "user_id:9", iam_actions([]), owner=True)
    assert verdict(owner, STATEMENT, action="s3:PutBucketPolicy", on="bucket") == ALLOWED
    assert verdict(owner, STATEMENT, action="s3:DeleteBucketPolicy", on="bucket") == ALLOWED
    assert verdict(owner, STATEMENT) == DENIED
    assert verdict(owner, {**STATEMENT, "Principal": {"SCW": "user_id:9"}}) == ALLOWED


def test_a_public_acl_grant_is_conditional_for_anonymous_reads():
    assert verdict(ANONYMOUS_PRINCIPAL, STATEMENT) == DENIED
    assert verdict(ANONYMOUS_PRINCIPAL, STATEMENT, acl="public-read") == CONDITIONAL
    lines = render([ANONYMOUS_PRINCIPAL], [Bucket("b", {"Version": CURRENT, "Statement": [STATEMENT]}, "public-read")]).splitlines()
    assert lines[1].split() == [ANONYMOUS, "list?", "get?"] and lines[-1].startswith("?: conditional")
