"""The bucket that holds the media files a site's users upload."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cdktf import TerraformResourceLifecycle
from constructs import Construct

from imports.scaleway.object_bucket import (
    ObjectBucket,
    ObjectBucketCorsRule,
    ObjectBucketLifecycleRule,
    ObjectBucketLifecycleRuleExpiration,
    ObjectBucketVersioning,
)
from imports.scaleway.object_bucket_policy import ObjectBucketPolicy
from stacks.addresses import MEDIA_BUCKET, MEDIA_BUCKET_ACL, MEDIA_BUCKET_POLICY, pin
from stacks.constructs.bucket_parts import bucket_policy, noncurrent_versions_rule, private_acl
from stacks.policies import media_roles_statements

# What django-storages does with its key: list, read, write and delete objects, and
# clean up its multipart uploads. Nothing on the bucket's own configuration.
APPLICATION_ACTIONS = (
    "s3:ListBucket",
    "s3:GetObject",
    "s3:PutObject",
    "s3:DeleteObject",
    "s3:ListBucketMultipartUploads",
    "s3:ListMultipartUploadParts",
    "s3:AbortMultipartUpload",
)


@dataclass(frozen=True)
class MediaRetention:
    """How long media and their traces stay: media expire after `expire_after_days` (0:
    never, and the bucket is versioned, its noncurrent versions expiring after
    `noncurrent_days`); incomplete multipart uploads are aborted after `abort_multipart_days`."""

    expire_after_days: int
    noncurrent_days: int
    abort_multipart_days: int

    @property
    def versioned(self) -> bool:
        return self.expire_after_days == 0


class MediaBucket(Construct):
    """Private bucket, readable by browsers (CORS), versioned unless its media expire.

    Nothing grows forever (`MediaRetention`): expiring media, or noncurrent versions of kept
    ones, and incomplete multipart uploads (django-storages uploads large files in parts).

    A protected environment's bucket cannot be destroyed by Terraform (`prevent_destroy`)
    and is never emptied on destroy; other environments' buckets are, so that a feature
    environment goes away with one `destroy`.
    """

    name: str  # a reference: whatever uses it waits for the bucket to exist
    region: str
    bucket: ObjectBucket

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        region: str,
        retention: MediaRetention,
        protected: bool,
        tags: Mapping[str, str],
        project_id: str | None = None,
    ):
        """`project_id`: the project the bucket belongs to, unless it is the provider's."""
        super().__init__(scope, id)
        self.region, self.project_id = region, project_id
        abort_days = retention.abort_multipart_days
        if not retention.versioned:
            lifecycle = ObjectBucketLifecycleRule(
                id="expire-media",
                enabled=True,
                expiration=ObjectBucketLifecycleRuleExpiration(days=retention.expire_after_days),
                abort_incomplete_multipart_upload_days=abort_days,
            )
        else:
            lifecycle = noncurrent_versions_rule(noncurrent_days=retention.noncurrent_days, abort_multipart_days=abort_days)
        self.bucket = ObjectBucket(
            self,
            "bucket",
            name=name,
            region=self.region,
            cors_rule=[
                ObjectBucketCorsRule(
                    allowed_headers=["*"],  # preflighted requests (Range, custom headers) need it
                    allowed_methods=["GET"],
                    allowed_origins=["*"],
                    max_age_seconds=3600,
                )
            ],
            versioning=ObjectBucketVersioning(enabled=retention.versioned),
            lifecycle_rule=[lifecycle],
            tags=dict(tags),
            force_destroy=not protected,
            project_id=project_id,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=True) if protected else None,
        )
        pin(self.bucket, MEDIA_BUCKET)
        self.name = self.bucket.name
        private_acl(self, bucket=self.name, region=self.region, address=MEDIA_BUCKET_ACL, project_id=project_id)

    def grant_access(
        self, *, application_id: str, operators: tuple[str, ...], deployers: tuple[str, ...] = (), planners: tuple[str, ...] = ()
    ) -> ObjectBucketPolicy:
        """Public reads for the CDN and browsers, object access for the app, all for operators
        and this environment's deployers, its configuration for planners.

        Once a bucket has a policy, Scaleway denies every principal it does not name: the
        project's operators (committed settings, the same for everyone) are all listed.
        """
        objects = f"{self.name}/*"
        statements: list[dict[str, Any]] = [
            {"Sid": "PublicReadMedia", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": objects},
            {
                "Sid": "ApplicationObjects",
                "Effect": "Allow",
                "Principal": {"SCW": f"application_id:{application_id}"},
                "Action": list(APPLICATION_ACTIONS),
                "Resource": [self.name, objects],
            },
            *media_roles_statements(self.name, deployers, planners),
        ]
        return bucket_policy(
            self,
            bucket=self.name,
            region=self.region,
            statements=statements,
            operators=operators,
            address=MEDIA_BUCKET_POLICY,
            project_id=self.project_id,
        )
