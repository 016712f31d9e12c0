"""Documented cases of Object Storage access: what Scaleway's pages say (or leave unsaid)
of one principal doing one operation, for both judges to answer alike (tests/test_access_cases.py):
the local Scaleway's rules (`localscw.objectstorage.rules`) and `make access`'s (`ops.access.rules`).

`expected`: "allowed" or "denied" where a page settles it; "unsettled" where none does,
which `make access` must show as conditional (`?`) and the local Scaleway must refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EQUIVALENCE = "Amazon S3 and IAM permissions equivalence"
POLICIES = "Bucket policies overview"
COMBINING = "Combining IAM and bucket policies"
RECORDED = "the provider's recording object-bucket-policy-basic"

BUCKET = "media"
APP = "application_id:11111111-1111-4111-8111-111111111111"
USER = "user_id:22222222-2222-4222-8222-222222222222"
OWNER = "user_id:33333333-3333-4333-8333-333333333333"
OBJECTS = ("ObjectStorageObjectsRead", "ObjectStorageObjectsWrite", "ObjectStorageObjectsDelete")


@dataclass(frozen=True)
class Case:
    name: str
    who: str | None  # the principal; None: anonymous
    sets: tuple[str, ...]  # its IAM permission sets on the project
    operation: str  # the S3 operation (EQUIVALENCE's left column)
    action: str  # the bucket-policy action it needs (EQUIVALENCE's right column)
    key: str | None  # the object, or None for the bucket itself
    policy: dict[str, Any] | None
    expected: str
    page: str
    versioned: bool = False
    owner: bool = False


def policy(*statements: dict[str, Any], version: str = "2023-04-17") -> dict[str, Any]:
    return {"Version": version, "Id": "case", "Statement": list(statements)}


def allow(principal: Any, actions: Any, resources: Any, **more: Any) -> dict[str, Any]:
    return {"Sid": "case", "Effect": "Allow", "Principal": principal, "Action": actions, "Resource": resources, **more}


def scw(*principals: str) -> dict[str, Any]:
    return {"SCW": list(principals)}


EVERY_OBJECT = f"{BUCKET}/*"
APP_READS = policy(allow(scw(APP), ["s3:ListBucket", "s3:GetObject"], [BUCKET, EVERY_OBJECT]))

CASES = (
    # IAM alone, for every bucket of the project.
    Case("no policy: IAM's rights reach the bucket", APP, OBJECTS[:1], "GetObject", "s3:GetObject", "a.jpg", None, "allowed", COMBINING),
    Case("no policy: anonymous has no IAM", None, (), "GetObject", "s3:GetObject", "a.jpg", None, "denied", COMBINING),
    Case("no policy: reading does not write", APP, OBJECTS[:1], "PutObject", "s3:PutObject", "a.jpg", None, "denied", EQUIVALENCE),
    Case("ObjectsRead reads an object's ACL", APP, OBJECTS[:1], "GetObjectAcl", "s3:GetObjectAcl", "a.jpg", None, "allowed", EQUIVALENCE),
    Case("ObjectsRead reads its tags", APP, OBJECTS[:1], "GetObjectTagging", "s3:GetObjectTagging", "a.jpg", None, "allowed", EQUIVALENCE),
    Case("ObjectsWrite sets its ACL", APP, OBJECTS[1:2], "PutObjectAcl", "s3:PutObjectAcl", "a.jpg", None, "allowed", EQUIVALENCE),
    Case("ObjectsDelete deletes", APP, OBJECTS[2:], "DeleteObject", "s3:DeleteObject", "a.jpg", None, "allowed", EQUIVALENCE),
    Case("ObjectsRead lists the bucket", APP, OBJECTS[:1], "ListObjectsV2", "s3:ListBucket", None, None, "allowed", EQUIVALENCE),
    Case(
        "ReadOnly reads a bucket policy",
        APP,
        ("ObjectStorageReadOnly",),
        "GetBucketPolicy",
        "s3:GetBucketPolicy",
        None,
        None,
        "allowed",
        EQUIVALENCE,
    ),
    Case(
        "BucketsRead reads CORS",
        APP,
        ("ObjectStorageBucketsRead",),
        "GetBucketCors",
        "s3:GetBucketCORS",
        None,
        None,
        "allowed",
        EQUIVALENCE,
    ),
    Case(
        "BucketsRead reads no object", APP, ("ObjectStorageBucketsRead",), "GetObject", "s3:GetObject", "a.jpg", None, "denied", EQUIVALENCE
    ),
    Case(
        "BucketsWrite sets CORS",
        APP,
        ("ObjectStorageBucketsWrite",),
        "PutBucketCors",
        "s3:PutBucketCORS",
        None,
        None,
        "allowed",
        EQUIVALENCE,
    ),
    Case(
        "BucketsDelete deletes the bucket",
        APP,
        ("ObjectStorageBucketsDelete",),
        "DeleteBucket",
        "s3:DeleteBucket",
        None,
        None,
        "allowed",
        EQUIVALENCE,
    ),
    Case(
        "AllProductsFullAccess writes", APP, ("AllProductsFullAccess",), "PutObject", "s3:PutObject", "a.jpg", None, "allowed", EQUIVALENCE
    ),
    Case(
        "an unknown permission set", APP, ("ObjectStorageEverything",), "PutObject", "s3:PutObject", "a.jpg", None, "unsettled", EQUIVALENCE
    ),
    # A policy of the current version: only what it allows, to whom IAM allows too.
    Case("named and allowed by IAM", APP, OBJECTS[:1], "GetObject", "s3:GetObject", "a.jpg", APP_READS, "allowed", POLICIES),
    Case("named but without IAM", APP, (), "GetObject", "s3:GetObject", "a.jpg", APP_READS, "denied", POLICIES),
    Case(
        "full IAM but not named", USER, ("ObjectStorageFullAccess",), "GetObject", "s3:GetObject", "a.jpg", APP_READS, "denied", COMBINING
    ),
    Case("named, but not for this action", APP, OBJECTS, "PutObject", "s3:PutObject", "a.jpg", APP_READS, "denied", POLICIES),
    Case(
        "`*` lets anonymous visitors read",
        None,
        (),
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow("*", "s3:GetObject", EVERY_OBJECT)),
        "allowed",
        POLICIES,
    ),
    Case(
        "a Deny statement is useless",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow(scw(APP), "s3:GetObject", EVERY_OBJECT), {**allow(scw(APP), "s3:GetObject", EVERY_OBJECT), "Effect": "Deny"}),
        "allowed",
        POLICIES,
    ),
    Case(
        "the bucket resource is not its objects",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow(scw(APP), "s3:GetObject", BUCKET)),
        "denied",
        POLICIES,
    ),
    Case(
        "`<bucket>/*` is not the bucket",
        APP,
        OBJECTS[:1],
        "ListObjectsV2",
        "s3:ListBucket",
        None,
        policy(allow(scw(APP), "s3:ListBucket", EVERY_OBJECT)),
        "denied",
        POLICIES,
    ),
    Case(
        "a prefix covers its objects",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "photos/a.jpg",
        policy(allow(scw(APP), "s3:GetObject", f"{BUCKET}/photos/*")),
        "allowed",
        POLICIES,
    ),
    Case(
        "a prefix covers no other",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "docs/a.pdf",
        policy(allow(scw(APP), "s3:GetObject", f"{BUCKET}/photos/*")),
        "denied",
        POLICIES,
    ),
    Case(
        "`s3:*` is every action",
        APP,
        OBJECTS,
        "DeleteObject",
        "s3:DeleteObject",
        "a.jpg",
        policy(allow(scw(APP), "s3:*", EVERY_OBJECT)),
        "allowed",
        POLICIES,
    ),
    Case(
        "reading a version needs s3:GetObjectVersion",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObjectVersion",
        "a.jpg",
        APP_READS,
        "denied",
        EQUIVALENCE,
        versioned=True,
    ),
    Case(
        "deleting versions needs s3:DeleteObjectVersion",
        APP,
        OBJECTS,
        "DeleteObjects",
        "s3:DeleteObjectVersion",
        "a.jpg",
        policy(allow(scw(APP), "s3:DeleteObject", EVERY_OBJECT)),
        "denied",
        EQUIVALENCE,
        versioned=True,
    ),
    # The organization's owner.
    Case(
        "the owner puts a policy that does not name it",
        OWNER,
        (),
        "PutBucketPolicy",
        "s3:PutBucketPolicy",
        None,
        APP_READS,
        "allowed",
        POLICIES,
        owner=True,
    ),
    Case(
        "the owner deletes it", OWNER, (), "DeleteBucketPolicy", "s3:DeleteBucketPolicy", None, APP_READS, "allowed", POLICIES, owner=True
    ),
    Case("the owner must be named to read", OWNER, (), "GetObject", "s3:GetObject", "a.jpg", APP_READS, "denied", POLICIES, owner=True),
    Case(
        "the owner named reads",
        OWNER,
        (),
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow(scw(OWNER), "s3:GetObject", EVERY_OBJECT)),
        "allowed",
        POLICIES,
        owner=True,
    ),
    # The deprecated version, as recorded.
    Case(
        "2012-10-17 leaves IAM's other rights",
        USER,
        ("ObjectStorageFullAccess",),
        "GetBucketAcl",
        "s3:GetBucketAcl",
        None,
        policy(allow(scw("*"), ["s3:ListBucket", "s3:GetObject"], [BUCKET, EVERY_OBJECT]), version="2012-10-17"),
        "allowed",
        RECORDED,
    ),
    Case(
        "2012-10-17 and a Deny",
        USER,
        ("ObjectStorageFullAccess",),
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy({**allow(scw(USER), "s3:GetObject", EVERY_OBJECT), "Effect": "Deny"}, version="2012-10-17"),
        "unsettled",
        POLICIES,
    ),
    # What no page settles.
    Case(
        "an unknown policy version",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow(scw(APP), "s3:GetObject", EVERY_OBJECT), version="2024-01-01"),
        "unsettled",
        POLICIES,
    ),
    Case(
        "a Condition",
        None,
        (),
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow("*", "s3:GetObject", EVERY_OBJECT, Condition={"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}})),
        "unsettled",
        POLICIES,
    ),
    Case(
        "a wildcard in the bucket name",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow(scw(APP), "s3:GetObject", "med*/*")),
        "unsettled",
        POLICIES,
    ),
    Case(
        "a wildcard in an action",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow(scw(APP), "s3:Get*", EVERY_OBJECT)),
        "unsettled",
        POLICIES,
    ),
    Case(
        "NotPrincipal",
        APP,
        OBJECTS[:1],
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy({**allow(scw(APP), "s3:GetObject", EVERY_OBJECT), "NotPrincipal": scw(USER)}),
        "unsettled",
        POLICIES,
    ),
    Case(
        "`SCW: *` and an anonymous visitor",
        None,
        (),
        "GetObject",
        "s3:GetObject",
        "a.jpg",
        policy(allow(scw("*"), "s3:GetObject", EVERY_OBJECT)),
        "unsettled",
        POLICIES,
    ),
)
