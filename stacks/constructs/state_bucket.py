"""The bucket every environment stack keeps its Terraform state in."""

from cdktf import TerraformResourceLifecycle
from constructs import Construct

from imports.scaleway.object_bucket import ObjectBucket, ObjectBucketVersioning
from imports.scaleway.object_bucket_acl import ObjectBucketAcl
from stacks.addresses import STATE_BUCKET, STATE_BUCKET_ACL
from stacks.model import ProjectConfig


class StateBucket(Construct):
    """Versioned (a bad apply can be rolled back to an earlier state), private, tagged,
    and protected: losing it would orphan every environment's resources."""

    def __init__(self, scope: Construct, id: str, *, project: ProjectConfig):
        super().__init__(scope, id)
        bucket = ObjectBucket(
            self,
            "bucket",
            name=project.state_bucket,
            region=project.region,
            versioning=ObjectBucketVersioning(enabled=True),
            tags={"purpose": "terraform-state", "managed-by": "cdktf"},
            force_destroy=False,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=True),
        )
        bucket.override_logical_id(STATE_BUCKET.name)
        self.name = bucket.name
        acl = ObjectBucketAcl(self, "acl", bucket=self.name, region=project.region, acl="private")
        acl.override_logical_id(STATE_BUCKET_ACL.name)
