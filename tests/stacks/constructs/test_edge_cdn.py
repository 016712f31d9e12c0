import pytest

from stacks.constructs.edge_cdn import EdgeCdn
from stacks.constructs.media_bucket import MediaBucket
from tests.helpers import new_stack, only, site_config, synth


def synth_cdn(outdir, env_name="production", **settings):
    site = site_config(**settings)
    env = site.environment(env_name)
    stack = new_stack(outdir)
    bucket = MediaBucket(stack, "media", site=site, env=env)
    EdgeCdn(stack, "cdn", site=site, env=env, bucket=bucket)
    return synth(stack)


@pytest.fixture(scope="module")
def synthesized(outdir):
    return synth_cdn(outdir)


def ref(resource_type, name, attribute="id"):
    return f"${{{resource_type}.{name}.{attribute}}}"


def test_pipeline_is_named_after_environment_and_site(synthesized):
    assert only(synthesized, "scaleway_edge_services_pipeline")["name"] == "production-demo-media-pipeline"


def test_every_stage_belongs_to_the_pipeline(synthesized):
    pipeline = ref("scaleway_edge_services_pipeline", "cdn_pipeline")
    for stage in ("backend", "cache", "tls", "dns", "head"):
        assert only(synthesized, f"scaleway_edge_services_{stage}_stage")["pipeline_id"] == pipeline


def test_backend_stage_serves_the_media_bucket(synthesized):
    backend = only(synthesized, "scaleway_edge_services_backend_stage")
    assert backend["s3_backend_config"] == {
        "bucket_name": ref("scaleway_object_bucket", "media_bucket", "name"),
        "bucket_region": "fr-par",
        "is_website": False,
    }


def test_stages_chain_head_dns_tls_cache_backend(synthesized):
    head = only(synthesized, "scaleway_edge_services_head_stage")
    dns = only(synthesized, "scaleway_edge_services_dns_stage")
    tls = only(synthesized, "scaleway_edge_services_tls_stage")
    cache = only(synthesized, "scaleway_edge_services_cache_stage")
    assert head["head_stage_id"] == ref("scaleway_edge_services_dns_stage", "cdn_dns_stage")
    assert dns["tls_stage_id"] == ref("scaleway_edge_services_tls_stage", "cdn_tls_stage")
    assert tls["cache_stage_id"] == ref("scaleway_edge_services_cache_stage", "cdn_cache_stage")
    assert cache["backend_stage_id"] == ref("scaleway_edge_services_backend_stage", "cdn_backend_stage")


def test_cache_ttl_defaults_to_a_day(synthesized):
    assert only(synthesized, "scaleway_edge_services_cache_stage")["fallback_ttl"] == 86400


def test_cache_ttl_follows_the_environment_override(outdir):
    synthesized = synth_cdn(outdir, environment_settings={"production": {"cache_ttl": 600}})
    assert only(synthesized, "scaleway_edge_services_cache_stage")["fallback_ttl"] == 600


def test_no_plan_is_subscribed_per_environment(synthesized):
    assert "scaleway_edge_services_plan" not in synthesized["resource"]


def test_default_domain_needs_no_certificate_nor_fqdn(synthesized):
    assert "fqdns" not in only(synthesized, "scaleway_edge_services_dns_stage")
    assert "managed_certificate" not in only(synthesized, "scaleway_edge_services_tls_stage")


def test_custom_domain_is_served_with_a_managed_certificate(outdir):
    synthesized = synth_cdn(outdir, environment_settings={"production": {"custom_domain": "media.example.org"}})
    assert only(synthesized, "scaleway_edge_services_dns_stage")["fqdns"] == ["media.example.org"]
    assert only(synthesized, "scaleway_edge_services_tls_stage")["managed_certificate"] is True


def test_domain_and_cname_record_follow_the_custom_domain(outdir):
    site = site_config(environment_settings={"production": {"custom_domain": "media.example.org"}})
    stack = new_stack(outdir)
    bucket = MediaBucket(stack, "media", site=site, env=site.environment("production"))
    with_domain = EdgeCdn(stack, "cdn", site=site, env=site.environment("production"), bucket=bucket)
    without = EdgeCdn(stack, "cdn2", site=site, env=site.environment("staging"), bucket=bucket)
    assert with_domain.domain == "media.example.org"
    assert with_domain.cname_record.startswith("media.example.org. IN CNAME ${TfToken[")
    assert without.cname_record is None
    assert without.domain.startswith("${TfToken[")
