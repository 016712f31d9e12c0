"""The bucket every environment stack keeps its Terraform state in."""

from cdktf import TerraformResourceLifecycle
from constructs import Construct

from imports.scaleway.object_bucket import ObjectBucket, ObjectBucketVersioning
from imports.scaleway.object_bucket_server_side_encryption_configuration import (
    ObjectBucketServerSideEncryptionConfiguration,
    ObjectBucketServerSideEncryptionConfigurationRule,
    ObjectBucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault,
)
from stacks.addresses import (
    STATE_BUCKET,
    STATE_BUCKET_ACL,
    STATE_BUCKET_ENCRYPTION,
    STATE_BUCKET_POLICY,
    pin,
)
from stacks.constructs.bucket_parts import bucket_policy, noncurrent_versions_rule, private_acl
from stacks.policies import state_roles_statements
from stacks.settings.model import Deployer


class StateBucket(Construct):
    """Versioned (a bad apply can be rolled back to an earlier state), private, encrypted at
    rest, protected from destroy (losing it would orphan every environment's resources),
    and reachable by the operators, and by deployers and planners for their part only.

    The state holds every environment's API secret in clear. Object Storage permission
    sets cover a whole project, so without a bucket policy any environment's key could
    read, overwrite or delete it: the policy names the operators, each deployer on its
    environments' states, and the planners for reads (`stacks.policies`).
    """

    name: str

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        region: str,
        noncurrent_days: int,
        abort_multipart_days: int,
        operators: tuple[str, ...],
        deployers: tuple[Deployer, ...] = (),
        planners: tuple[str, ...] = (),
    ):
        super().__init__(scope, id)
        bucket = ObjectBucket(
            self,
            "bucket",
            name=name,
            region=region,
            versioning=ObjectBucketVersioning(enabled=True),
            # Every lock and every apply leaves a version: old ones go after a while.
            lifecycle_rule=[noncurrent_versions_rule(noncurrent_days=noncurrent_days, abort_multipart_days=abort_multipart_days)],
            tags={"purpose": "terraform-state", "managed-by": "cdktf"},
            force_destroy=False,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=True),
        )
        pin(bucket, STATE_BUCKET)
        self.name = bucket.name
        private_acl(self, bucket=self.name, region=region, address=STATE_BUCKET_ACL)
        encryption = ObjectBucketServerSideEncryptionConfiguration(
            self,
            "encryption",
            bucket=self.name,
            region=region,
            rule=[
                ObjectBucketServerSideEncryptionConfigurationRule(
                    apply_server_side_encryption_by_default=(
                        ObjectBucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault(sse_algorithm="AES256")
                    )
                )
            ],
        )
        pin(encryption, STATE_BUCKET_ENCRYPTION)
        bucket_policy(
            self,
            bucket=self.name,
            region=region,
            statements=state_roles_statements(self.name, deployers, planners),
            operators=operators,
            address=STATE_BUCKET_POLICY,
        )
