"""The bucket policy documents the stacks write, as plain data: the constructs synthesize
them (`stacks.constructs.bucket_parts`) and the state guard compares what Object Storage
holds with them (`ops.stack.state_guard`), without starting the jsii kernel.

Bucket policies on Scaleway use their own dated policy language version. With it, only
what a policy explicitly allows is allowed ("Bucket policies overview").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stacks.settings.model import SMOKE_RESULTS_PREFIX, STATE_PREFIX, Deployer

POLICY_VERSION = "2023-04-17"
# What a planner reads of a media bucket to plan it (the provider's refresh of the bucket, its
# ACL and its policy): the bucket's configuration, never an object nor a change.
PLANNER_BUCKET_ACTIONS = (
    "s3:ListBucket",
    "s3:GetBucketAcl",
    "s3:GetBucketCORS",
    "s3:GetBucketLocation",
    "s3:GetBucketObjectLockConfiguration",
    "s3:GetBucketPolicy",
    "s3:GetBucketTagging",
    "s3:GetBucketVersioning",
    "s3:GetBucketWebsite",
    "s3:GetLifecycleConfiguration",
)
# What a deployer does with its environments' states: read, write and lock them (the lock is
# an object beside the state), and record their smoke tests.
DEPLOYER_STATE_ACTIONS = ("s3:GetObject", "s3:PutObject", "s3:DeleteObject")
# What deployers read of the state bucket itself: its listing (which states
# exist), and its policy and ACL (the state guard checks them before a legacy site deploys).
STATE_BUCKET_READS = ("s3:ListBucket", "s3:GetBucketPolicy", "s3:GetBucketAcl")


def allow(sid: str, principals: Sequence[str], actions: str | Sequence[str], resource: str | list[str]) -> dict[str, Any]:
    """A statement allowing these principals (users, applications) `actions` on `resource`."""
    return {
        "Sid": sid,
        "Effect": "Allow",
        "Principal": {"SCW": list(principals)},
        "Action": actions if isinstance(actions, str) else list(actions),
        "Resource": resource,
    }


def operators_statement(bucket: str, operators: tuple[str, ...]) -> dict[str, Any]:
    """Everything on the bucket and its objects, for the project's operators (users, CI keys).

    Once a bucket has a policy, Scaleway denies every principal it does not allow (the
    organization's owner may still put and delete the policy): each bucket names all the
    operators.
    """
    return allow("OperatorsFullAccess", operators, "*", [bucket, f"{bucket}/*"])


def policy_document(bucket: str, statements: list[dict[str, Any]], operators: tuple[str, ...]) -> dict[str, Any]:
    """The bucket's policy: these statements, then the operators'."""
    return {"Version": POLICY_VERSION, "Id": f"{bucket}-policy", "Statement": [*statements, operators_statement(bucket, operators)]}


def media_roles_statements(bucket: str, deployers: tuple[str, ...], planners: tuple[str, ...]) -> list[dict[str, Any]]:
    """A media bucket's deployers (those of its environment) administer it; planners read its
    configuration. None when the project names none: the policy stays the operators'."""
    statements = [allow("DeployersFullAccess", deployers, "*", [bucket, f"{bucket}/*"])] if deployers else []
    if planners:
        statements.append(allow("PlannersRead", planners, PLANNER_BUCKET_ACTIONS, bucket))
    return statements


def state_roles_statements(bucket: str, deployers: tuple[Deployer, ...], planners: tuple[str, ...]) -> list[dict[str, Any]]:
    """The state bucket: each deployer its environments' states (and their smoke results),
    under their environment's prefix, the bucket's listing, policy and ACL; planners read
    every state and the bucket's configuration (the bootstrap's plan refreshes it)."""
    statements = []
    for number, deployer in enumerate(deployers, start=1):
        prefixes = [STATE_PREFIX.format(env=env) for env in deployer.environments]
        objects = [f"{bucket}/{where}{prefix}*" for where in ("", SMOKE_RESULTS_PREFIX) for prefix in prefixes]
        statements.append(allow(f"DeployerStates{number}", [deployer.principal], DEPLOYER_STATE_ACTIONS, objects))
    if planners:
        statements.append(allow("PlannersReadStates", planners, "s3:GetObject", f"{bucket}/*"))
        statements.append(allow("PlannersReadStateBucket", planners, PLANNER_BUCKET_ACTIONS, bucket))
    if deployers:
        statements.append(allow("ReadStateBucket", [d.principal for d in deployers], STATE_BUCKET_READS, bucket))
    return statements


def state_policy_document(
    bucket: str, operators: tuple[str, ...], deployers: tuple[Deployer, ...], planners: tuple[str, ...]
) -> dict[str, Any]:
    """The state bucket's policy, as bootstrap writes it and the state guard expects it."""
    return policy_document(bucket, state_roles_statements(bucket, deployers, planners), operators)
