"""One environment of a site: `media-<env>`."""

from typing import Any

from cdktf import TerraformOutput, TerraformStack
from constructs import Construct

from stacks import contract
from stacks.addresses import API_KEY
from stacks.constructs.app_credentials import AppCredentials
from stacks.constructs.edge_cdn import CustomDomain, EdgeCdn
from stacks.constructs.media_bucket import MediaBucket, MediaRetention
from stacks.constructs.media_project import media_project_id
from stacks.constructs.scaleway_account import ScalewayAccount
from stacks.constructs.state_backend import SharedStateBackend
from stacks.contract import FIRST_SLOTS, StateInputs
from stacks.legacy import adopt_legacy_environment
from stacks.settings.model import EnvironmentConfig, SiteConfig
from stacks.versions import REQUIRED_TERRAFORM


class MediaStack(TerraformStack):
    """Media bucket, CDN and django-storages credentials of one environment.

    `inputs` are what it carries over from its own state; None when the synthesis could not
    read it (a review synthesis, whose plan is refused).
    """

    def __init__(self, scope: Construct, site: SiteConfig, env: EnvironmentConfig, inputs: StateInputs | None):
        super().__init__(scope, env.stack_name)
        self.add_override("terraform.required_version", REQUIRED_TERRAFORM)
        project = site.project
        SharedStateBackend(
            self,
            bucket=project.state_bucket,
            key=site.state_key(env),
            region=project.region,
            endpoint=project.state_endpoint,
            path_style=project.state_use_path_style,
        )
        account = ScalewayAccount(self, "account", region=project.region, zone=project.zone)
        # The media project's id (`media_project`), or None: the provider's project holds all.
        media_project = (
            media_project_id(self, name=project.media_project, organization_id=account.organization_id) if project.media_project else None
        )

        bucket = MediaBucket(
            self,
            "media",
            name=site.media_bucket_name(env),
            region=project.region,
            retention=MediaRetention(env.media_expiration, env.media_noncurrent_days, project.multipart_abort_days),
            protected=env.protected,
            tags={"site": site.name, "environment": env.name, "managed-by": "cdktf"},
            project_id=media_project,
        )
        credentials = AppCredentials(
            self,
            "credentials",
            name=site.application_name(env),
            policy_name=site.application_policy_name(env),
            description=f"django-storages of {site.name} ({env.name}) writing its media",
            tags=[f"site:{site.name}", f"environment:{env.name}"],
            project_id=media_project or account.project_id,
            key_lifetime_days=project.api_key_lifetime_days,
            slots=inputs.api_key_slots if inputs else None,
        )
        bucket.grant_access(
            application_id=credentials.application_id,
            operators=project.operators,
            deployers=project.deployers_of(env.name),
            planners=project.planners,
        )
        cdn = EdgeCdn(
            self,
            "cdn",
            pipeline_name=site.pipeline_name(env),
            description=f"CDN of the media of {site.name} ({env.name})",
            bucket_name=bucket.name,
            bucket_region=bucket.region,
            cache_ttl=env.cache_ttl,
            custom_domain=CustomDomain(env.custom_domain, env.custom_domain_apex, env.custom_domain_zone) if env.custom_domain else None,
            custom_domain_ready=inputs.custom_domain_ready if inputs else None,
            project_id=media_project,
        )

        # One key per slot now: the single key of earlier deployments is slot "1".
        moved = [{"from": str(API_KEY), "to": f'{API_KEY}["{FIRST_SLOTS[0]}"]'}]
        if site.legacy_state:
            moved = adopt_legacy_environment(self) + moved
        self.add_override("moved", moved)

        values: dict[contract.Output, Any] = {
            contract.CDN_DOMAIN: cdn.domain,
            contract.BUCKET_NAME: bucket.name,
            contract.BUCKET_REGION: project.region,
            contract.S3_ENDPOINT: project.s3_endpoint,
            contract.PIPELINE_ID: cdn.pipeline_id,
            contract.ACCESS_KEY: credentials.access_key,
            contract.SECRET_KEY: credentials.secret_key,
            contract.API_KEY_SLOTS: credentials.slots,
            contract.API_KEYS_EXPIRE_AT: credentials.expire_at,
        }
        if project.media_project:  # what the next synthesis checks the setting against (a bucket cannot change project)
            values[contract.MEDIA_PROJECT_NAME] = project.media_project
        if cdn.custom_domain:
            values[contract.CUSTOM_DOMAIN_RECORD] = cdn.dns_record
            values[contract.CUSTOM_DOMAIN_ATTACHED] = cdn.attached
        for output, value in values.items():
            TerraformOutput(self, output.name, value=value, description=output.description, sensitive=output.sensitive or None)
