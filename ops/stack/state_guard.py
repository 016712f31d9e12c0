"""The state bucket must be closed to all but the operators before a site's state moves in.

The hand-written project's state bucket has no policy: every key of the project (its
environments' keys hold ObjectStorageFullAccess) can read every state, and each state
holds its environment's secret key. `make bootstrap` puts the operators-only policy on it;
until then, deploying a site that adopts that state is refused.

Closed means exactly what bootstrap writes (`stacks.policies`): that policy, read back as
Object Storage normalises it, and a private ACL. Anything else is open, whatever an
evaluator would make of it: an extra statement on a prefix (where the hand-written
project's states live), a `Condition`, a version, a Deny, a public grant.
"""

from __future__ import annotations

import json
from typing import Any

from ops.checkout import OperatorError
from ops.key import ScalewayKey
from ops.scaleway.state_bucket import boto3_client
from stacks.policies import state_policy_document
from stacks.settings.model import ProjectConfig


def state_bucket_exists(project: ProjectConfig, key: ScalewayKey) -> bool:
    """Whether the state bucket exists (a bucket one may not read exists too)."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        boto3_client(project, key).head_bucket(Bucket=project.state_bucket)
        return True
    except ClientError as error:
        return error.response["Error"]["Code"] not in ("404", "NoSuchBucket")
    except BotoCoreError as error:
        raise OperatorError(f"could not reach the state bucket {project.state_bucket}: {error}") from None


def state_bucket_policy(project: ProjectConfig, key: ScalewayKey) -> dict[str, Any] | None:
    """The state bucket's policy as Object Storage holds it, read with the operator's key."""
    return bucket_policy(project, key, project.state_bucket, "the state bucket")


def bucket_policy(
    project: ProjectConfig, key: ScalewayKey, bucket: str, what: str = "the bucket", acting_in: str = ""
) -> dict[str, Any] | None:
    """A bucket's policy as Object Storage holds it, or None when it has none (`acting_in`:
    the bucket's project, when it is not the key's preferred one)."""
    from botocore.exceptions import BotoCoreError, ClientError

    client = boto3_client(project, key, acting_in)
    try:
        return dict(json.loads(client.get_bucket_policy(Bucket=bucket)["Policy"]))
    except ClientError as error:
        if error.response["Error"]["Code"] == "NoSuchBucketPolicy":
            return None
        raise OperatorError(f"could not read the policy of {what} {bucket}: {error}") from None
    except BotoCoreError as error:
        raise OperatorError(f"could not reach {what} {bucket}: {error}") from None


def state_keys(project: ProjectConfig, key: ScalewayKey) -> list[str]:
    """Every state the state bucket holds, by key."""
    from botocore.exceptions import BotoCoreError, ClientError

    pages = boto3_client(project, key).get_paginator("list_objects_v2").paginate(Bucket=project.state_bucket)
    try:
        return [item["Key"] for page in pages for item in page.get("Contents", [])]
    except (ClientError, BotoCoreError) as error:
        raise OperatorError(f"could not list the states in {project.state_bucket}: {error}") from None


def normalised(document: Any) -> Any:
    """A policy as Object Storage reads it back: a lone action (or principal, resource) as a
    string, lists in any order."""
    if isinstance(document, dict):
        return {key: normalised(value) for key, value in document.items()}
    if isinstance(document, list):
        items = sorted((normalised(item) for item in document), key=lambda item: json.dumps(item, sort_keys=True))
        return items[0] if len(items) == 1 and not isinstance(items[0], dict) else items
    return document


def closed_to_outsiders(project: ProjectConfig, policy: dict[str, Any] | None, grants: list[dict[str, Any]] | None = None) -> bool:
    """Exactly the policy bootstrap writes (operators, and deployers and planners for their
    part), and a private ACL (`grants`: the bucket ACL's, each to its owner alone)."""
    expected = state_policy_document(project.state_bucket, project.operators, project.deployers, project.planners)
    return policy is not None and normalised(policy) == normalised(expected) and private(grants or [])


def private(grants: list[dict[str, Any]]) -> bool:
    """Every grant of the ACL is the owner's own (the canned `private`)."""
    return all(grant.get("Grantee", {}).get("Type") == "CanonicalUser" and grant.get("Owner") for grant in grants)


def state_bucket_grants(project: ProjectConfig, key: ScalewayKey) -> list[dict[str, Any]]:
    """The state bucket's ACL grants, each marked `Owner` when it is to the bucket's owner."""
    return bucket_grants(project, key, project.state_bucket, "the state bucket")


def bucket_grants(
    project: ProjectConfig, key: ScalewayKey, bucket: str, what: str = "the bucket", acting_in: str = ""
) -> list[dict[str, Any]]:
    """A bucket's ACL grants, each marked `Owner` when it is to the bucket's owner (`acting_in`:
    as `bucket_policy`)."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        acl = boto3_client(project, key, acting_in).get_bucket_acl(Bucket=bucket)
    except (ClientError, BotoCoreError) as error:
        raise OperatorError(f"could not read the ACL of {what} {bucket}: {error}") from None
    owner = acl.get("Owner", {}).get("ID")
    return [{**grant, "Owner": grant.get("Grantee", {}).get("ID") == owner} for grant in acl.get("Grants", [])]


def check_state_closed(project: ProjectConfig, key: ScalewayKey) -> None:
    policy = state_bucket_policy(project, key)
    if not closed_to_outsiders(project, policy, state_bucket_grants(project, key) if policy is not None else None):
        raise OperatorError(
            f"the state bucket {project.state_bucket} is not closed to all but the operators (its policy is not exactly "
            "the one bootstrap writes, or its ACL is not private): run `make bootstrap` "
            "first (docs/scw.md, moving a site over); until then every key of the project can read the states and the secrets in them."
        )
