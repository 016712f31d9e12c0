"""The buckets of the project no stack manages, read from Object Storage with the operator's
key: IAM rights reach every bucket of a project, so a bucket made by hand (without a
policy) is open to every key of the factory with Object Storage rights. `make access`
judges them as it judges the factory's own."""

from __future__ import annotations

from ops.access.rules import HOME_PROJECT, MEDIA_PROJECT, Bucket
from ops.checkout import OperatorError
from ops.key import ScalewayKey
from ops.scaleway.account import media_requests_project
from ops.scaleway.client import Scaleway
from ops.scaleway.state_bucket import boto3_client
from ops.stack.state_guard import bucket_grants, bucket_policy, private
from stacks.settings.model import ProjectConfig


def unmanaged_buckets(project: ProjectConfig, key: ScalewayKey, managed: set[str]) -> list[Bucket]:
    """Every bucket of the factory's projects (env.d/scw's, and the media project) but
    `managed`, with its policy and (as the judge reads an ACL) `private` when only its owner
    is granted, else `public-read`: what the report cannot weigh exactly, it marks conditional."""
    from botocore.exceptions import BotoCoreError, ClientError

    found = []
    projects = [(HOME_PROJECT, "")]
    if project.media_project:
        projects.append((MEDIA_PROJECT, media_requests_project(Scaleway(key), project)))
    for label, acting_in in projects:
        try:
            listed = boto3_client(project, key, acting_in).list_buckets().get("Buckets", [])
        except (ClientError, BotoCoreError) as error:
            raise OperatorError(f"could not list the buckets of {label}: {error}") from None
        for name in sorted(item["Name"] for item in listed if item["Name"] not in managed):
            policy = bucket_policy(project, key, name, acting_in=acting_in)
            acl = "private" if private(bucket_grants(project, key, name, acting_in=acting_in)) else "public-read"
            found.append(Bucket(name, policy, acl, label))
    return found
