"""One environment of a site: `media-<env>`."""

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct

from stacks.app_credentials import AppCredentials
from stacks.config import EnvironmentConfig, SiteConfig
from stacks.edge_cdn import EdgeCdn
from stacks.legacy import adopt_legacy_environment
from stacks.media_bucket import MediaBucket
from stacks.scaleway_account import ScalewayAccount, account_variable
from stacks.state_backend import REQUIRED_TERRAFORM, SharedStateBackend


class MediaStack(TerraformStack):
    """Media bucket, CDN and django-storages credentials of one environment."""

    def __init__(self, scope: Construct, site: SiteConfig, env: EnvironmentConfig):
        super().__init__(scope, env.stack_name)
        self.add_override("terraform.required_version", REQUIRED_TERRAFORM)
        SharedStateBackend(self, site=site, env=env)
        account = ScalewayAccount(self, "account", region=site.region, zone=site.zone)
        operator_user_id = account_variable(
            self,
            "scw_user_id",
            "Operator's IAM user kept in the bucket policy, so operators never lock themselves out "
            "(TF_VAR_scw_user_id)",
        )

        bucket = MediaBucket(self, "media", site=site, env=env)
        credentials = AppCredentials(self, "credentials", site=site, env=env, project_id=account.project_id)
        bucket.grant_access(application_id=credentials.application_id, operator_user_id=operator_user_id)
        cdn = EdgeCdn(self, "cdn", site=site, env=env, bucket=bucket)

        if site.legacy_state:
            adopt_legacy_environment(self)

        outputs = {
            "edge_service_domain": (cdn.domain, "DJANGO_AWS_S3_CUSTOM_DOMAIN: the CDN serving the media"),
            "bucket_name": (bucket.name, "DJANGO_AWS_STORAGE_BUCKET_NAME"),
            "bucket_region": (site.region, "DJANGO_AWS_S3_REGION_NAME"),
            "s3_endpoint_url": (site.s3_endpoint, "DJANGO_AWS_S3_ENDPOINT_URL"),
            "cdn_pipeline_id": (cdn.pipeline_id, "Edge Services pipeline, for cache purges"),
        }
        if cdn.cname_record:
            outputs["custom_domain_cname"] = (cdn.cname_record, "DNS record to create for the custom domain")
        for name, (value, description) in outputs.items():
            TerraformOutput(self, name, value=value, description=description)
        secrets = {
            "iam_access_key": (credentials.access_key, "DJANGO_AWS_ACCESS_KEY_ID"),
            "iam_access_secret": (credentials.secret_key, "DJANGO_AWS_SECRET_ACCESS_KEY"),
        }
        for name, (value, description) in secrets.items():
            TerraformOutput(self, name, value=value, description=description, sensitive=True)
