"""A custom domain in two steps: no certificate is asked before its record reaches the
pipeline. A subdomain takes a CNAME; a domain's apex, an ALIAS (flattened CNAME), which
resolves to the pipeline endpoint's own addresses. In a zone Scaleway hosts, one step: the
stack writes the record, then asks for the certificate."""

import json

import pytest

from localscw.scaleway import ACCOUNT

pytestmark = pytest.mark.e2e
ADDRESSES = {"A": ["192.0.2.7"], "AAAA": ["2001:db8::7"]}


@pytest.fixture(
    scope="module", params=[("cdn", "media.example.org", "CNAME"), ("apex", "example.co.uk", "ALIAS")], ids=["subdomain", "apex"]
)
def cdn(bootstrapped, tmp_path_factory, request):
    harness = bootstrapped
    site, domain, kind = request.param
    checkout = harness.variant(f"custom-domain-{site}")
    harness.write_site(site, checkout, environments=["production"], environment_settings={"production": {"custom_domain": domain}})
    records = tmp_path_factory.mktemp("dns") / "records.json"
    records.write_text("{}")
    env = {"RICHIE_SITE": site, "RICHIE_DNS_RECORDS": str(records)}
    return harness, checkout, env, records, domain, kind


def stages(harness, pipeline_id):
    dns = [harness.api.get_stage("dns", r["id"])[1] for r in harness.api.stages["dns"].values() if r["pipeline_id"] == pipeline_id]
    tls = [r for r in harness.api.stages["tls"].values() if r["pipeline_id"] == pipeline_id]
    return dns[0], tls[0]


def record_in_place(records, domain, kind, endpoint):
    """What the operator's DNS answers once the printed record exists."""
    if kind == "CNAME":
        records.write_text(json.dumps({domain: endpoint}))
    else:
        records.write_text(json.dumps({domain: ADDRESSES, endpoint: ADDRESSES}))


def test_the_first_deploy_serves_the_default_endpoint_and_gives_the_record(cdn):
    harness, checkout, env, _records, domain, kind = cdn
    run = harness.ops("deploy", "production", checkout=checkout, env=env, label=f"deploy custom domain ({kind}), no record")
    assert run.returncode == 0, run.output
    outputs = harness.outputs("media-production", checkout)
    endpoint = f"{outputs['cdn_pipeline_id']}.svc.edge.scw.cloud"
    assert f"  {domain}. {kind} {endpoint}.\n" in run.output
    dns, tls = stages(harness, outputs["cdn_pipeline_id"])
    assert dns["fqdns"] == [] and tls["managed_certificate"] is False  # no certificate asked
    assert (outputs["edge_service_domain"], outputs["custom_domain_attached"]) == (endpoint, False)


def test_once_the_record_resolves_the_domain_and_its_certificate_are_attached(cdn):
    harness, checkout, env, records, domain, kind = cdn
    pipeline_id = harness.outputs("media-production", checkout)["cdn_pipeline_id"]
    record_in_place(records, domain, kind, f"{pipeline_id}.svc.edge.scw.cloud")
    run = harness.ops("deploy", "production", checkout=checkout, env=env, label=f"deploy custom domain ({kind}), record present")
    assert run.returncode == 0, run.output
    assert "is not attached yet" not in run.output
    dns, tls = stages(harness, pipeline_id)
    assert dns["fqdns"] == [domain] and tls["managed_certificate"] is True
    assert dns["type"] == "managed"  # a DNS stage leading to a TLS stage (edge-services-dns-wildcard)
    outputs = harness.outputs("media-production", checkout)
    assert (outputs["edge_service_domain"], outputs["custom_domain_attached"]) == (domain, True)
    settings = harness.ops("django-env", "production", "--output", "-", checkout=checkout, env=env)
    assert f"DJANGO_AWS_S3_CUSTOM_DOMAIN={domain}\n" in settings.output


def test_an_attached_domain_stays_when_the_resolver_fails(cdn):
    harness, checkout, env, records, _, _ = cdn
    records.write_text("{}")
    run = harness.ops("diff", "production", checkout=checkout, env=env)
    assert "No changes." in run.output, run.output


# -- In a zone Scaleway hosts: one step ---------------------------------------------------------


@pytest.fixture(
    scope="module",
    params=[("zoned", "media.example.net", "example.net", "media", "CNAME"), ("zonedapex", "example.com", "example.com", "", "ALIAS")],
    ids=["subdomain", "apex"],
)
def zoned(bootstrapped, request):
    """A site whose custom domain is in a zone of the project's Scaleway Domains and DNS."""
    harness = bootstrapped
    site, domain, zone, name, kind = request.param
    harness.api.add_dns_zone(zone, ACCOUNT["TF_VAR_scw_project_id"])
    checkout = harness.variant(f"custom-domain-{site}")
    settings = {"staging": {"custom_domain": domain, "custom_domain_zone": zone, "media_expiration": 2}}
    harness.write_site(site, checkout, environments=["staging"], environment_settings=settings)
    return harness, checkout, {"RICHIE_SITE": site}, domain, zone, name, kind


def test_one_deploy_writes_the_record_then_attaches_the_domain_and_its_certificate(zoned):
    harness, checkout, env, domain, zone, name, kind = zoned
    asked = len(harness.api.requests)
    run = harness.ops("deploy", "staging", checkout=checkout, env=env, label=f"deploy custom domain ({kind}) in a Scaleway zone")
    assert run.returncode == 0, run.output
    assert "is not attached yet" not in run.output
    outputs = harness.outputs("media-staging", checkout)
    endpoint = f"{outputs['cdn_pipeline_id']}.svc.edge.scw.cloud"
    [record] = [r for r in harness.api.records[zone] if r["type"] != "NS"]
    assert (record["name"], record["type"], record["data"]) == (name, kind, f"{endpoint}.")
    dns, tls = stages(harness, outputs["cdn_pipeline_id"])
    assert dns["fqdns"] == [domain] and tls["managed_certificate"] is True
    assert (outputs["edge_service_domain"], outputs["custom_domain_attached"]) == (domain, True)
    # The certificate was asked for once the record existed, never before.
    calls = harness.api.requests[asked:]
    written = calls.index(("PATCH", f"/domain/v2beta1/dns-zones/{zone}/records"))
    assert written < next(i for i, (method, path) in enumerate(calls) if method == "POST" and path.endswith("/tls-stages"))
    settings = harness.ops("django-env", "staging", "--output", "-", checkout=checkout, env=env)
    assert f"DJANGO_AWS_S3_CUSTOM_DOMAIN={domain}\n" in settings.output


def test_the_record_read_back_is_no_change_and_goes_with_the_environment(zoned):
    harness, checkout, env, _, zone, _, _ = zoned
    run = harness.ops("diff", "staging", checkout=checkout, env=env)
    assert "No changes." in run.output, run.output
    run = harness.ops("destroy", "staging", checkout=checkout, env=env)
    assert run.returncode == 0, run.output
    assert [r["type"] for r in harness.api.records[zone]] == ["NS", "NS"]  # the zone's own records stay
