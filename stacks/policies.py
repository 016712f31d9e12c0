"""The bucket policy documents the stacks write, as plain data: the constructs synthesize
them (`stacks.constructs.bucket_parts`) and the state guard compares what Object Storage
holds with them (`ops.state_guard`), without starting the jsii kernel.

Bucket policies on Scaleway use their own dated policy language version. With it, only
what a policy explicitly allows is allowed ("Bucket policies overview").
"""

from __future__ import annotations

from typing import Any

POLICY_VERSION = "2023-04-17"


def operators_statement(bucket: str, operators: tuple[str, ...]) -> dict[str, Any]:
    """Everything on the bucket and its objects, for the project's operators (users, CI keys).

    Once a bucket has a policy, Scaleway denies every principal it does not allow (the
    organization's owner may still put and delete the policy): each bucket names all the
    operators.
    """
    return {
        "Sid": "OperatorsFullAccess",
        "Effect": "Allow",
        "Principal": {"SCW": list(operators)},
        "Action": "*",
        "Resource": [bucket, f"{bucket}/*"],
    }


def policy_document(bucket: str, statements: list[dict[str, Any]], operators: tuple[str, ...]) -> dict[str, Any]:
    """The bucket's policy: these statements, then the operators'."""
    return {"Version": POLICY_VERSION, "Id": f"{bucket}-policy", "Statement": [*statements, operators_statement(bucket, operators)]}
