"""One environment of a site: `media-<env>`."""

from typing import Any

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct

from stacks import contract
from stacks.addresses import API_KEY
from stacks.constructs.app_credentials import AppCredentials
from stacks.constructs.edge_cdn import EdgeCdn
from stacks.constructs.media_bucket import MediaBucket
from stacks.constructs.scaleway_account import ScalewayAccount
from stacks.constructs.state_backend import SharedStateBackend
from stacks.contract import FIRST_SLOTS
from stacks.legacy import adopt_legacy_environment
from stacks.model import EnvironmentConfig, SiteConfig
from stacks.versions import REQUIRED_TERRAFORM


class MediaStack(TerraformStack):
    """Media bucket, CDN and django-storages credentials of one environment."""

    def __init__(self, scope: Construct, site: SiteConfig, env: EnvironmentConfig):
        super().__init__(scope, env.stack_name)
        self.add_override("terraform.required_version", REQUIRED_TERRAFORM)
        SharedStateBackend(self, site=site, env=env)
        account = ScalewayAccount(self, "account", region=site.project.region, zone=site.project.zone)

        bucket = MediaBucket(self, "media", site=site, env=env)
        credentials = AppCredentials(self, "credentials", site=site, env=env, project_id=account.project_id)
        bucket.grant_access(application_id=credentials.application_id, operators=site.project.operators)
        cdn = EdgeCdn(self, "cdn", site=site, env=env, bucket=bucket)

        # One key per slot now: the single key of earlier deployments is slot "1".
        moved = [{"from": str(API_KEY), "to": f'{API_KEY}["{FIRST_SLOTS[0]}"]'}]
        if site.legacy_state:
            moved = adopt_legacy_environment(self) + moved
        self.add_override("moved", moved)

        values: dict[contract.Output, Any] = {
            contract.CDN_DOMAIN: cdn.domain,
            contract.BUCKET_NAME: bucket.name,
            contract.BUCKET_REGION: site.project.region,
            contract.S3_ENDPOINT: site.project.s3_endpoint,
            contract.PIPELINE_ID: cdn.pipeline_id,
            contract.ACCESS_KEY: credentials.access_key,
            contract.SECRET_KEY: credentials.secret_key,
            contract.API_KEY_SLOTS: credentials.slots,
            contract.API_KEYS_EXPIRE_AT: credentials.expire_at,
        }
        if cdn.custom_domain:
            values[contract.CUSTOM_DOMAIN_RECORD] = cdn.dns_record
            values[contract.CUSTOM_DOMAIN_ATTACHED] = cdn.attached
        for output, value in values.items():
            TerraformOutput(self, output.name, value=value, description=output.description, sensitive=output.sensitive or None)
