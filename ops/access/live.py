"""The buckets of the project no stack manages, read from Object Storage with the operator's
key: IAM rights reach every bucket of a project, so a bucket made by hand (without a
policy) is open to every key of the factory with Object Storage rights. `make access`
judges them as it judges the factory's own."""

from __future__ import annotations

from ops.access.rules import Bucket
from ops.checkout import OperatorError
from ops.key import ScalewayKey
from ops.scaleway.state_bucket import boto3_client
from ops.stack.state_guard import bucket_grants, bucket_policy, private
from stacks.settings.model import ProjectConfig


def unmanaged_buckets(project: ProjectConfig, key: ScalewayKey, managed: set[str]) -> list[Bucket]:
    """Every bucket of the project but `managed`, with its policy and (as the judge reads an
    ACL) `private` when only its owner is granted, else `public-read`: what the report cannot
    weigh exactly, it marks conditional."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        names = sorted(item["Name"] for item in boto3_client(project, key).list_buckets().get("Buckets", []))
    except (ClientError, BotoCoreError) as error:
        raise OperatorError(f"could not list the project's buckets: {error}") from None
    return [
        Bucket(
            name,
            bucket_policy(project, key, name),
            "private" if private(bucket_grants(project, key, name)) else "public-read",
        )
        for name in names
        if name not in managed
    ]
