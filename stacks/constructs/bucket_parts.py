"""What every bucket of the project has alike, built in one place: its private ACL, its
policy (with the operators' statement, always), and the rule that expires old versions."""

import json
from typing import Any

from constructs import Construct

from imports.scaleway.object_bucket import ObjectBucketLifecycleRule, ObjectBucketLifecycleRuleNoncurrentVersionExpiration
from imports.scaleway.object_bucket_acl import ObjectBucketAcl
from imports.scaleway.object_bucket_policy import ObjectBucketPolicy
from stacks.addresses import Address, pin
from stacks.policies import policy_document


def bucket_policy(
    scope: Construct,
    *,
    bucket: str,
    region: str,
    statements: list[dict[str, Any]],
    operators: tuple[str, ...],
    address: Address,
    project_id: str | None = None,
) -> ObjectBucketPolicy:
    """The bucket's policy: these statements, then the operators' (`stacks.policies`).
    `project_id`: the bucket's project, unless it is the provider's."""
    resource = ObjectBucketPolicy(
        scope,
        "policy",
        bucket=bucket,
        region=region,
        policy=json.dumps(policy_document(bucket, statements, operators)),
        project_id=project_id,
    )
    pin(resource, address)
    return resource


def private_acl(scope: Construct, *, bucket: str, region: str, address: Address, project_id: str | None = None) -> ObjectBucketAcl:
    acl = ObjectBucketAcl(scope, "acl", bucket=bucket, region=region, acl="private", project_id=project_id)
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
