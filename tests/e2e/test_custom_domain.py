"""A custom domain in two steps: no certificate is asked before its CNAME reaches the pipeline."""

import json

import pytest

pytestmark = pytest.mark.e2e
SITE = "cdn"
DOMAIN = "media.example.org"


@pytest.fixture(scope="module")
def cdn(bootstrapped, tmp_path_factory):
    harness = bootstrapped
    project = harness.variant("custom-domain")
    harness.write_site(SITE, project, environments=["production"], environment_settings={"production": {"custom_domain": DOMAIN}})
    records = tmp_path_factory.mktemp("dns") / "records.json"
    records.write_text("{}")
    env = {"RICHIE_SITE": SITE, "RICHIE_DNS_RECORDS": str(records)}
    return harness, project, env, records


def stages(harness, pipeline_id):
    dns = [harness.api.get_stage("dns", r["id"])[1] for r in harness.api.stages["dns"].values() if r["pipeline_id"] == pipeline_id]
    tls = [r for r in harness.api.stages["tls"].values() if r["pipeline_id"] == pipeline_id]
    return dns[0], tls[0]


def test_the_first_deploy_serves_the_default_endpoint_and_gives_the_record(cdn):
    harness, project, env, _ = cdn
    run = harness.ops("deploy", "production", project=project, env=env, label="deploy custom domain, no record")
    assert run.returncode == 0, run.output
    outputs = harness.outputs("media-production", project)
    endpoint = f"{outputs['cdn_pipeline_id']}.svc.edge.scw.cloud"
    assert f"  {DOMAIN}. CNAME {endpoint}.\n" in run.output
    dns, tls = stages(harness, outputs["cdn_pipeline_id"])
    assert dns["fqdns"] == [] and tls["managed_certificate"] is False  # no certificate asked
    assert (outputs["edge_service_domain"], outputs["custom_domain_attached"]) == (endpoint, False)


def test_once_the_record_resolves_the_domain_and_its_certificate_are_attached(cdn):
    harness, project, env, records = cdn
    pipeline_id = harness.outputs("media-production", project)["cdn_pipeline_id"]
    records.write_text(json.dumps({DOMAIN: f"{pipeline_id}.svc.edge.scw.cloud"}))
    run = harness.ops("deploy", "production", project=project, env=env, label="deploy custom domain, record present")
    assert run.returncode == 0, run.output
    assert "is not attached yet" not in run.output
    dns, tls = stages(harness, pipeline_id)
    assert dns["fqdns"] == [DOMAIN] and tls["managed_certificate"] is True
    outputs = harness.outputs("media-production", project)
    assert (outputs["edge_service_domain"], outputs["custom_domain_attached"]) == (DOMAIN, True)
    settings = harness.ops("django-env", "production", "--output", "-", project=project, env=env)
    assert f"DJANGO_AWS_S3_CUSTOM_DOMAIN={DOMAIN}\n" in settings.output


def test_an_attached_domain_stays_when_the_resolver_fails(cdn):
    harness, project, env, records = cdn
    records.write_text("{}")
    run = harness.ops("diff", "production", project=project, env=env)
    assert "No changes." in run.output, run.output
