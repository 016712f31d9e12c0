"""The CDN in front of the media bucket: the domain Django serves media from."""

from dataclasses import dataclass

from cdktf import IResolvable, TerraformStack
from constructs import Construct

from imports.scaleway.domain_record import DomainRecord
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
    CUSTOM_DOMAIN_DNS_RECORD,
    pin,
)
from stacks.constructs.state_input import state_input
from stacks.contract import CUSTOM_DOMAIN_READY, ENDPOINT_FORMAT

PIPELINE_ENDPOINT = f'format("{ENDPOINT_FORMAT}", {CDN_PIPELINE.expr("id")})'


@dataclass(frozen=True)
class CustomDomain:
    """A domain of the operator's, served instead of the pipeline endpoint. At a domain's
    apex (`example.org`), which cannot hold a CNAME, it takes an ALIAS record. `zone`: the
    Scaleway Domains and DNS zone holding it, when Scaleway hosts it; the stack then writes
    its record itself."""

    name: str
    apex: bool = False
    zone: str | None = None

    @property
    def record_type(self) -> str:
        """A CNAME; an ALIAS (a flattened CNAME) at a domain's apex or a zone's, which hold
        other records ("How to configure a custom domain for Edge Services")."""
        return "ALIAS" if self.apex or self.name == self.zone else "CNAME"

    @property
    def record_name(self) -> str:
        """The record's name inside `zone`: "" at the zone's apex."""
        assert self.zone is not None
        return "" if self.name == self.zone else self.name.removesuffix(f".{self.zone}")


class EdgeCdn(Construct):
    """Edge Services pipeline: head -> DNS -> TLS -> cache -> backend (the media bucket).

    Requests enter at the DNS stage (the head stage points at it) and flow towards the
    bucket; each stage names the next one, so they are built from the bucket outwards.

    The API leaves an automatic DNS stage's `default_fqdn` and `fqdns` empty for a while
    after creation, so the domain is the name the API reports once it reports one, and the
    documented pipeline endpoint until then: never empty.

    A custom domain is attached in a second step: its certificate is requested only once
    its record (a CNAME, or an ALIAS at a domain's apex) to the pipeline endpoint exists
    (Let's Encrypt validates it, and limits how often it may fail). Whether it does is the
    stack's `custom_domain_ready` input, which the synthesis reads from the state and the DNS.
    In a zone Scaleway hosts, the stack writes the record itself, and the certificate is
    requested after it in the same apply: one step.
    """

    pipeline_id: str
    domain: str  # what Django serves media from
    custom_domain: str | None
    dns_record: str | None  # the record the operator creates for the custom domain
    attached: IResolvable | bool | None  # whether the custom domain is attached

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        pipeline_name: str,
        description: str,
        bucket_name: str,
        bucket_region: str,
        cache_ttl: int,
        custom_domain: CustomDomain | None = None,
        custom_domain_ready: bool | None = False,
        project_id: str | None = None,
    ):
        """`custom_domain_ready`: whether the custom domain's record reaches the pipeline (or it
        is attached already); None when the stack's state could not be read. `project_id`:
        the pipeline's project (its bucket's), unless it is the provider's."""
        super().__init__(scope, id)
        pipeline = EdgeServicesPipeline(
            self,
            "pipeline",
            name=pipeline_name,
            description=description,
            project_id=project_id,
        )
        pin(pipeline, CDN_PIPELINE)
        self.pipeline_id = pipeline.id
        backend = EdgeServicesBackendStage(
            self,
            "backend",
            pipeline_id=self.pipeline_id,
            s3_backend_config=EdgeServicesBackendStageS3BackendConfig(
                bucket_name=bucket_name, bucket_region=bucket_region, is_website=False
            ),
        )
        pin(backend, CDN_BACKEND_STAGE)
        cache = EdgeServicesCacheStage(self, "cache", pipeline_id=self.pipeline_id, backend_stage_id=backend.id, fallback_ttl=cache_ttl)
        pin(cache, CDN_CACHE_STAGE)
        # In a zone Scaleway hosts, the record first: Let's Encrypt validates the name.
        record = self._record(custom_domain) if custom_domain is not None and custom_domain.zone else None
        tls = EdgeServicesTlsStage(
            self,
            "tls",
            pipeline_id=self.pipeline_id,
            cache_stage_id=cache.id,
            managed_certificate=True if record else None,
            depends_on=[record] if record else None,
        )
        pin(tls, CDN_TLS_STAGE)
        dns = EdgeServicesDnsStage(
            self, "dns", pipeline_id=self.pipeline_id, tls_stage_id=tls.id, fqdns=[custom_domain.name] if record and custom_domain else None
        )
        pin(dns, CDN_DNS_STAGE)
        head = EdgeServicesHeadStage(self, "head", pipeline_id=self.pipeline_id, head_stage_id=dns.id)
        pin(head, CDN_HEAD_STAGE)

        self.custom_domain = custom_domain.name if custom_domain else None
        reported = CDN_DNS_STAGE.expr("default_fqdn")
        if self.custom_domain is None:
            # An automatic stage may also list its generated name in `fqdns` (after a refresh).
            self.domain = f'${{coalesce({reported}, try({CDN_DNS_STAGE.expr("fqdns")}[0], ""), {PIPELINE_ENDPOINT})}}'
            self.dns_record = None
            self.attached = None
            return
        assert custom_domain is not None
        self.dns_record = f"{self.custom_domain}. {custom_domain.record_type} ${{{PIPELINE_ENDPOINT}}}."
        if record is not None:  # written in this apply: attached at once
            self.domain = self.custom_domain
            self.attached = True
            return
        ready = state_input(
            TerraformStack.of(self),
            CUSTOM_DOMAIN_READY,
            type="bool",
            value=custom_domain_ready,
            description=f"Whether {self.custom_domain} has its CNAME to the pipeline: then it is attached, "
            "with a managed certificate (the synthesis checks it)",
        ).boolean_value
        tls.add_override("managed_certificate", f"${{var.{CUSTOM_DOMAIN_READY} ? true : null}}")
        dns.add_override("fqdns", f'${{var.{CUSTOM_DOMAIN_READY} ? ["{self.custom_domain}"] : null}}')
        self.domain = f'${{var.{CUSTOM_DOMAIN_READY} ? "{self.custom_domain}" : coalesce({reported}, {PIPELINE_ENDPOINT})}}'
        self.attached = ready

    def _record(self, domain: CustomDomain) -> DomainRecord:
        """The custom domain's record in its Scaleway-hosted zone, to the pipeline endpoint."""
        assert domain.zone is not None
        record = DomainRecord(
            self, "record", dns_zone=domain.zone, name=domain.record_name, type=domain.record_type, data=f"${{{PIPELINE_ENDPOINT}}}."
        )
        pin(record, CUSTOM_DOMAIN_DNS_RECORD)
        return record
