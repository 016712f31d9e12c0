"""The bucket every environment stack keeps its Terraform state in."""

from cdktf import TerraformResourceLifecycle
from constructs import Construct

from imports.scaleway.object_bucket import ObjectBucket, ObjectBucketVersioning
from imports.scaleway.object_bucket_acl import ObjectBucketAcl
from stacks.config import SiteConfig


class StateBucket(Construct):
    """Versioned (a bad apply can be rolled back to an earlier state), private, tagged,
    and protected: losing it would orphan every environment's resources."""

    def __init__(self, scope: Construct, id: str, *, site: SiteConfig):
        super().__init__(scope, id)
        self.bucket = ObjectBucket(
            self,
            "bucket",
            name=site.state_bucket,
            region=site.region,
            versioning=ObjectBucketVersioning(enabled=True),
            tags={"purpose": "terraform-state", "managed-by": "cdktf"},
            force_destroy=False,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=True),
        )
        self.bucket.override_logical_id("state_bucket")
        acl = ObjectBucketAcl(self, "acl", bucket=self.bucket.name, region=site.region, acl="private")
        acl.override_logical_id("state_bucket_acl")
