"""The state bucket must be closed to all but the operators before a site's state moves in.

The hand-written project's state bucket has no policy: every key of the project (its
environments' keys hold ObjectStorageFullAccess) can read every state, and each state
holds its environment's secret key. `make bootstrap` puts the operators-only policy on it;
until then, deploying a site that adopts that state is refused.
"""

from __future__ import annotations

import json
import os
from typing import Any

from ops.access import Bucket, Principal, allowed, iam_actions, operator_principal
from ops.checkout import OperatorError
from stacks.model import ProjectConfig

# Anyone of the project who is not an operator, with the widest Object Storage IAM.
OUTSIDER = Principal("any other key of the project", "application_id:outsider", iam_actions(["ObjectStorageFullAccess"]))


def state_client(project: ProjectConfig, credentials: dict[str, str]) -> Any:
    """boto3 on the state bucket's endpoint, with the operator's key."""
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=project.state_endpoint,
        region_name=project.region,
        aws_access_key_id=credentials["SCW_ACCESS_KEY"],
        aws_secret_access_key=credentials["SCW_SECRET_KEY"],
        # Trust what Go and OpenSSL trust on this machine (SSL_CERT_FILE), like Terraform does.
        verify=os.environ.get("SSL_CERT_FILE") or True,
        config=Config(s3={"addressing_style": "path" if project.state_use_path_style else "virtual"}, retries={"max_attempts": 2}),
    )


def state_bucket_exists(project: ProjectConfig, credentials: dict[str, str]) -> bool:
    """Whether the state bucket exists (a bucket one may not read exists too)."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        state_client(project, credentials).head_bucket(Bucket=project.state_bucket)
        return True
    except ClientError as error:
        return error.response["Error"]["Code"] not in ("404", "NoSuchBucket")
    except BotoCoreError as error:
        raise OperatorError(f"could not reach the state bucket {project.state_bucket}: {error}") from None


def state_bucket_policy(project: ProjectConfig, credentials: dict[str, str]) -> dict[str, Any] | None:
    """The state bucket's policy as Object Storage holds it, read with the operator's key."""
    from botocore.exceptions import BotoCoreError, ClientError

    client = state_client(project, credentials)
    try:
        return dict(json.loads(client.get_bucket_policy(Bucket=project.state_bucket)["Policy"]))
    except ClientError as error:
        if error.response["Error"]["Code"] == "NoSuchBucketPolicy":
            return None
        raise OperatorError(f"could not read the policy of the state bucket {project.state_bucket}: {error}") from None
    except BotoCoreError as error:
        raise OperatorError(f"could not reach the state bucket {project.state_bucket}: {error}") from None


def state_keys(project: ProjectConfig, credentials: dict[str, str]) -> list[str]:
    """Every state the state bucket holds, by key."""
    from botocore.exceptions import BotoCoreError, ClientError

    pages = state_client(project, credentials).get_paginator("list_objects_v2").paginate(Bucket=project.state_bucket)
    try:
        return [item["Key"] for page in pages for item in page.get("Contents", [])]
    except (ClientError, BotoCoreError) as error:
        raise OperatorError(f"could not list the states in {project.state_bucket}: {error}") from None


def closed_to_outsiders(project: ProjectConfig, policy: dict[str, Any] | None) -> bool:
    """Scaleway's rules on that policy: every operator may read the states, nobody else."""
    if policy is None:
        return False
    bucket = Bucket(project.state_bucket, policy)
    return not allowed(OUTSIDER, bucket, "s3:GetObject", "object") and all(
        allowed(operator_principal(operator), bucket, "s3:GetObject", "object") for operator in project.operators
    )


def check_state_closed(project: ProjectConfig, credentials: dict[str, str]) -> None:
    if not closed_to_outsiders(project, state_bucket_policy(project, credentials)):
        raise OperatorError(
            f"the state bucket {project.state_bucket} has no policy keeping it to the operators: run `make bootstrap` "
            "first (docs/scw.md, moving a site over); until then every key of the project can read the states and the secrets in them."
        )
