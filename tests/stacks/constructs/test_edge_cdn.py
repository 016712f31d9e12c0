import pytest

from stacks.addresses import (
    CDN_BACKEND_STAGE,
    CDN_CACHE_STAGE,
    CDN_DNS_STAGE,
    CDN_PIPELINE,
    CDN_TLS_STAGE,
    CUSTOM_DOMAIN_DNS_RECORD,
    MEDIA_BUCKET,
)
from stacks.constructs.edge_cdn import CustomDomain, EdgeCdn
from stacks.constructs.state_input import REVIEW_ONLY
from tests.helpers import new_stack, only, synth

BUCKET_NAME = MEDIA_BUCKET.ref("name")  # the stack hands it the bucket's name as a reference


def new_cdn(outdir, cache_ttl=86400, custom_domain=None, custom_domain_ready=False):
    stack = new_stack(outdir)
    cdn = EdgeCdn(
        stack,
        "cdn",
        pipeline_name="production-demo-media-pipeline",
        description="CDN of the media of demo (production)",
        bucket_name=BUCKET_NAME,
        bucket_region="fr-par",
        cache_ttl=cache_ttl,
        custom_domain=custom_domain,
        custom_domain_ready=custom_domain_ready,
    )
    return stack, cdn


def synth_cdn(outdir, **inputs):
    stack, _ = new_cdn(outdir, **inputs)
    return synth(stack)


@pytest.fixture(scope="module")
def synthesized(outdir):
    return synth_cdn(outdir)


def test_pipeline_is_named_after_environment_and_site(synthesized):
    assert only(synthesized, "scaleway_edge_services_pipeline")["name"] == "production-demo-media-pipeline"


def test_every_stage_belongs_to_the_pipeline(synthesized):
    pipeline = CDN_PIPELINE.ref()
    for stage in ("backend", "cache", "tls", "dns", "head"):
        assert only(synthesized, f"scaleway_edge_services_{stage}_stage")["pipeline_id"] == pipeline


def test_backend_stage_serves_the_media_bucket(synthesized):
    backend = only(synthesized, "scaleway_edge_services_backend_stage")
    assert backend["s3_backend_config"] == {
        "bucket_name": MEDIA_BUCKET.ref("name"),
        "bucket_region": "fr-par",
        "is_website": False,
    }


def test_stages_chain_head_dns_tls_cache_backend(synthesized):
    head = only(synthesized, "scaleway_edge_services_head_stage")
    dns = only(synthesized, "scaleway_edge_services_dns_stage")
    tls = only(synthesized, "scaleway_edge_services_tls_stage")
    cache = only(synthesized, "scaleway_edge_services_cache_stage")
    assert head["head_stage_id"] == CDN_DNS_STAGE.ref()
    assert dns["tls_stage_id"] == CDN_TLS_STAGE.ref()
    assert tls["cache_stage_id"] == CDN_CACHE_STAGE.ref()
    assert cache["backend_stage_id"] == CDN_BACKEND_STAGE.ref()


def test_cache_ttl_defaults_to_a_day(synthesized):
    assert only(synthesized, "scaleway_edge_services_cache_stage")["fallback_ttl"] == 86400


def test_cache_ttl_is_the_one_given(outdir):
    synthesized = synth_cdn(outdir, cache_ttl=600)
    assert only(synthesized, "scaleway_edge_services_cache_stage")["fallback_ttl"] == 600


def test_no_plan_is_subscribed_per_environment(synthesized):
    assert "scaleway_edge_services_plan" not in synthesized["resource"]


def test_default_domain_needs_no_certificate_nor_fqdn(synthesized):
    assert "fqdns" not in only(synthesized, "scaleway_edge_services_dns_stage")
    assert "managed_certificate" not in only(synthesized, "scaleway_edge_services_tls_stage")


def test_the_domain_is_the_reported_name_else_the_documented_endpoint_never_empty(outdir):
    _, cdn = new_cdn(outdir)
    assert cdn.domain == (
        f"${{coalesce({CDN_DNS_STAGE.expr('default_fqdn')}, "
        f'try({CDN_DNS_STAGE.expr("fqdns")}[0], ""), '
        f'format("%s.svc.edge.scw.cloud", {CDN_PIPELINE.expr()}))}}'
    )
    assert cdn.dns_record is None and cdn.attached is None


@pytest.fixture(scope="module")
def custom(outdir):
    return synth_cdn(outdir, custom_domain=CustomDomain("media.example.org"))


def test_a_custom_domain_and_its_certificate_wait_for_the_cname(custom):
    assert custom["variable"]["custom_domain_ready"]["default"] is False
    dns = only(custom, "scaleway_edge_services_dns_stage")
    tls = only(custom, "scaleway_edge_services_tls_stage")
    assert dns["fqdns"] == '${var.custom_domain_ready ? ["media.example.org"] : null}'
    assert tls["managed_certificate"] == "${var.custom_domain_ready ? true : null}"


def test_a_domain_ready_at_synthesis_is_attached_by_default(outdir):
    ready = synth_cdn(outdir / "ready", custom_domain=CustomDomain("media.example.org"), custom_domain_ready=True)
    assert ready["variable"]["custom_domain_ready"]["default"] is True


def test_readiness_unread_from_the_state_is_refused_not_guessed(outdir):
    unread = synth_cdn(outdir / "unread", custom_domain=CustomDomain("media.example.org"), custom_domain_ready=None)
    variable = unread["variable"]["custom_domain_ready"]
    assert variable["default"] is None and REVIEW_ONLY in [check["error_message"] for check in variable["validation"]]


def test_the_cname_record_targets_the_pipeline_endpoint(outdir):
    _, cdn = new_cdn(outdir, custom_domain=CustomDomain("media.example.org"))
    assert cdn.dns_record == (f'media.example.org. CNAME ${{format("%s.svc.edge.scw.cloud", {CDN_PIPELINE.expr()})}}.')
    assert cdn.domain.startswith('${var.custom_domain_ready ? "media.example.org" : coalesce(')


def test_an_apex_gets_an_alias_record(outdir):
    _, cdn = new_cdn(outdir, custom_domain=CustomDomain("example.co.uk", apex=True))
    assert cdn.dns_record == f'example.co.uk. ALIAS ${{format("%s.svc.edge.scw.cloud", {CDN_PIPELINE.expr()})}}.'


ENDPOINT = f'format("%s.svc.edge.scw.cloud", {CDN_PIPELINE.expr()})'


@pytest.mark.parametrize(
    "domain, zone, name, kind",
    [
        (CustomDomain("media.example.org", zone="example.org"), "example.org", "media", "CNAME"),
        (CustomDomain("cdn.media.example.org", zone="example.org"), "example.org", "cdn.media", "CNAME"),
        (CustomDomain("example.co.uk", apex=True, zone="example.co.uk"), "example.co.uk", "", "ALIAS"),
        (CustomDomain("media.example.org", zone="media.example.org"), "media.example.org", "", "ALIAS"),  # a zone's apex
    ],
)
def test_in_a_scaleway_hosted_zone_the_record_is_written_and_the_certificate_asked_after_it(outdir, domain, zone, name, kind):
    stack, cdn = new_cdn(outdir / f"{name or 'apex'}-{zone}", custom_domain=domain)
    synthesized = synth(stack)
    record = only(synthesized, CUSTOM_DOMAIN_DNS_RECORD.type)
    assert record == {"dns_zone": zone, "name": name, "type": kind, "data": f"${{{ENDPOINT}}}."}
    assert list(synthesized["resource"][CUSTOM_DOMAIN_DNS_RECORD.type]) == [CUSTOM_DOMAIN_DNS_RECORD.name]
    tls = only(synthesized, "scaleway_edge_services_tls_stage")
    assert tls["managed_certificate"] is True and tls["depends_on"] == [str(CUSTOM_DOMAIN_DNS_RECORD)]
    assert only(synthesized, "scaleway_edge_services_dns_stage")["fqdns"] == [domain.name]
    assert "variable" not in synthesized  # nothing to wait for, nothing read from the DNS
    assert (cdn.domain, cdn.attached) == (domain.name, True)
    assert cdn.dns_record == f"{domain.name}. {kind} ${{{ENDPOINT}}}."


def test_without_a_zone_no_record_is_written(custom):
    assert CUSTOM_DOMAIN_DNS_RECORD.type not in custom["resource"]
