"""The CDN in front of the media bucket: the domain Django serves media from."""

from constructs import Construct

from imports.scaleway.edge_services_backend_stage import (
    EdgeServicesBackendStage,
    EdgeServicesBackendStageS3BackendConfig,
)
from imports.scaleway.edge_services_cache_stage import EdgeServicesCacheStage
from imports.scaleway.edge_services_dns_stage import EdgeServicesDnsStage
from imports.scaleway.edge_services_head_stage import EdgeServicesHeadStage
from imports.scaleway.edge_services_pipeline import EdgeServicesPipeline
from imports.scaleway.edge_services_tls_stage import EdgeServicesTlsStage
from stacks.addresses import (
    CDN_BACKEND_STAGE,
    CDN_CACHE_STAGE,
    CDN_DNS_STAGE,
    CDN_HEAD_STAGE,
    CDN_PIPELINE,
    CDN_TLS_STAGE,
)
from stacks.constructs.media_bucket import MediaBucket
from stacks.model import EnvironmentConfig, SiteConfig


class EdgeCdn(Construct):
    """Edge Services pipeline: head -> DNS -> TLS -> cache -> backend (the media bucket).

    Requests enter at the DNS stage (the head stage points at it) and flow towards the
    bucket; each stage names the next one, so they are built from the bucket outwards.
    """

    def __init__(
        self, scope: Construct, id: str, *, site: SiteConfig, env: EnvironmentConfig, bucket: MediaBucket
    ):
        super().__init__(scope, id)
        pipeline = EdgeServicesPipeline(
            self,
            "pipeline",
            name=site.pipeline_name(env),
            description=f"CDN of the media of {site.name} ({env.name})",
        )
        pipeline.override_logical_id(CDN_PIPELINE.name)
        self.pipeline_id = pipeline.id
        backend = EdgeServicesBackendStage(
            self,
            "backend",
            pipeline_id=self.pipeline_id,
            s3_backend_config=EdgeServicesBackendStageS3BackendConfig(
                bucket_name=bucket.name, bucket_region=bucket.region, is_website=False
            ),
        )
        backend.override_logical_id(CDN_BACKEND_STAGE.name)
        cache = EdgeServicesCacheStage(
            self, "cache", pipeline_id=self.pipeline_id, backend_stage_id=backend.id, fallback_ttl=env.cache_ttl
        )
        cache.override_logical_id(CDN_CACHE_STAGE.name)
        self.custom_domain = env.custom_domain
        # A custom domain needs a certificate of its own: Scaleway gets one from Let's Encrypt.
        tls = EdgeServicesTlsStage(
            self,
            "tls",
            pipeline_id=self.pipeline_id,
            cache_stage_id=cache.id,
            managed_certificate=True if self.custom_domain else None,
        )
        tls.override_logical_id(CDN_TLS_STAGE.name)
        dns = EdgeServicesDnsStage(
            self,
            "dns",
            pipeline_id=self.pipeline_id,
            tls_stage_id=tls.id,
            fqdns=[self.custom_domain] if self.custom_domain else None,
        )
        dns.override_logical_id(CDN_DNS_STAGE.name)
        head = EdgeServicesHeadStage(self, "head", pipeline_id=self.pipeline_id, head_stage_id=dns.id)
        head.override_logical_id(CDN_HEAD_STAGE.name)
        # The generated `*.svc.edge.scw.cloud` name, known after the first apply: the API
        # computes `default_fqdn` on creation, while `fqdns[0]` is only filled in on a later
        # refresh (an output indexing it fails with "Invalid index").
        self.default_domain = dns.default_fqdn

    @property
    def domain(self) -> str:
        """The name Django serves media from: the custom domain if any, else the default."""
        return self.custom_domain or self.default_domain

    @property
    def cname_record(self) -> str | None:
        """The DNS record the operator creates so that the custom domain reaches the CDN."""
        if not self.custom_domain:
            return None
        return f"{self.custom_domain}. IN CNAME {self.default_domain}."
