"""What every bucket of the project has alike, built in one place: its private ACL, its
policy (with the operators' statement, always), and the rule that expires old versions."""

import json
from typing import Any

from constructs import Construct

from imports.scaleway.object_bucket import ObjectBucketLifecycleRule, ObjectBucketLifecycleRuleNoncurrentVersionExpiration
from imports.scaleway.object_bucket_acl import ObjectBucketAcl
from imports.scaleway.object_bucket_policy import ObjectBucketPolicy
from stacks.addresses import Address, pin

# Bucket policies on Scaleway use their own dated policy language version. With it, only
# what a policy explicitly allows is allowed (Scaleway docs, "Bucket policies overview").
POLICY_VERSION = "2023-04-17"


def operators_statement(bucket: str, operators: tuple[str, ...]) -> dict[str, Any]:
    """Everything on the bucket and its objects, for the project's operators (users, CI keys).

    Once a bucket has a policy, Scaleway denies every principal it does not allow
    (the organization owner aside): each bucket names all the operators.
    """
    return {
        "Sid": "OperatorsFullAccess",
        "Effect": "Allow",
        "Principal": {"SCW": list(operators)},
        "Action": "*",
        "Resource": [bucket, f"{bucket}/*"],
    }


def bucket_policy(
    scope: Construct, *, bucket: str, region: str, statements: list[dict[str, Any]], operators: tuple[str, ...], address: Address
) -> ObjectBucketPolicy:
    """The bucket's policy: these statements, then the operators'."""
    document = {"Version": POLICY_VERSION, "Id": f"{bucket}-policy", "Statement": [*statements, operators_statement(bucket, operators)]}
    resource = ObjectBucketPolicy(scope, "policy", bucket=bucket, region=region, policy=json.dumps(document))
    pin(resource, address)
    return resource


def private_acl(scope: Construct, *, bucket: str, region: str, address: Address) -> ObjectBucketAcl:
    acl = ObjectBucketAcl(scope, "acl", bucket=bucket, region=region, acl="private")
    pin(acl, address)
    return acl


def noncurrent_versions_rule(*, noncurrent_days: int, abort_multipart_days: int) -> ObjectBucketLifecycleRule:
    """Old versions expire, and so do incomplete multipart uploads: nothing grows forever."""
    return ObjectBucketLifecycleRule(
        id="expire-noncurrent-versions",
        enabled=True,
        noncurrent_version_expiration=ObjectBucketLifecycleRuleNoncurrentVersionExpiration(noncurrent_days=noncurrent_days),
        abort_incomplete_multipart_upload_days=abort_multipart_days,
    )
