"""The local Scaleway API over HTTP, as the SDK calls it."""

import json
import re
import threading
import urllib.error
import urllib.request

import pytest

from localscw.toolchain import ToolchainError, sdk_module
from tests.operator_api import ORGANIZATION, SECRET, USER, served_api


@pytest.fixture
def api():
    with served_api() as served:
        yield served


PROJECT = "11111111-1111-4111-8111-111111111111"


def call(url, method, path, body=None, token=SECRET):
    request = urllib.request.Request(
        url + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"X-Auth-Token": token, "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
            return response.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def test_an_unknown_token_is_refused(api):
    _, url = api
    assert call(url, "GET", f"/iam/v1alpha1/users/{USER}", token="nope")[0] == 401


def test_a_key_says_whose_it_is(api):
    local, url = api
    _, app = call(url, "POST", "/iam/v1alpha1/applications", {"name": "staging-demo"})
    status, key = call(url, "POST", "/iam/v1alpha1/api-keys", {"application_id": app["id"]})
    assert status == 200 and key["secret_key"] and key["access_key"].startswith("SCW")
    _, read = call(url, "GET", f"/iam/v1alpha1/api-keys/{key['access_key']}")
    assert read["application_id"] == app["id"] and read["secret_key"] is None
    _, operator = call(url, "GET", "/iam/v1alpha1/api-keys/SCWOPERATOR000000000")
    assert operator["user_id"] == USER and "application_id" not in operator
    assert local.principal_of(key["access_key"]) == f"application_id:{app['id']}"
    assert local.principal_of("SCWOPERATOR000000000") == f"user_id:{USER}"


def test_a_principals_rights_are_those_of_the_project_it_acts_in(api):
    local, url = api
    _, app = call(url, "POST", "/iam/v1alpha1/applications", {"name": "staging-demo"})
    media = "77777777-7777-4777-8777-777777777777"
    rules = [
        {"permission_set_names": ["ObjectStorageObjectsRead"], "project_ids": [media]},
        {"permission_set_names": ["EdgeServicesReadOnly"], "organization_id": ORGANIZATION},
    ]
    call(url, "POST", "/iam/v1alpha1/policies", {"name": "media", "application_id": app["id"], "rules": rules})
    principal = f"application_id:{app['id']}"
    assert local.permission_sets_of(principal, media) == ["ObjectStorageObjectsRead", "EdgeServicesReadOnly"]
    assert local.permission_sets_of(principal, PROJECT) == ["EdgeServicesReadOnly"]  # the organization's rule covers every project
    assert local.permission_sets_of(principal) == ["ObjectStorageObjectsRead", "EdgeServicesReadOnly"]


def test_deleting_an_application_takes_its_keys(api):
    _, url = api
    _, app = call(url, "POST", "/iam/v1alpha1/applications", {"name": "feature-x-demo"})
    _, key = call(url, "POST", "/iam/v1alpha1/api-keys", {"application_id": app["id"]})
    assert call(url, "DELETE", f"/iam/v1alpha1/applications/{app['id']}")[0] == 204
    status, body = call(url, "GET", f"/iam/v1alpha1/api-keys/{key['access_key']}")
    assert (status, body["type"], body["resource"]) == (404, "not_found", "access_key")


def test_a_pipeline_is_ready_once_its_head_stage_is_set(api):
    _, url = api
    _, pipeline = call(url, "POST", "/edge-services/v1beta1/pipelines", {"name": "p", "project_id": ORGANIZATION})
    assert pipeline["status"] == "warning" and pipeline["errors"][0]["code"] == "pipeline_missing_head_stage"
    _, tls = call(url, "POST", f"/edge-services/v1beta1/pipelines/{pipeline['id']}/tls-stages", {"managed_certificate": False})
    _, dns = call(url, "POST", f"/edge-services/v1beta1/pipelines/{pipeline['id']}/dns-stages", {"tls_stage_id": tls["id"]})
    assert (dns["type"], dns["default_fqdn"], dns["fqdns"]) == ("managed", "", [])
    _, head = call(
        url,
        "POST",
        f"/edge-services/v1beta1/pipelines/{pipeline['id']}/set-head-stage",
        {"add_new_head_stage": {"new_stage_id": dns["id"]}},
    )
    assert head == {"head_stage": {"dns_stage_id": dns["id"]}}
    _, pipeline = call(url, "GET", f"/edge-services/v1beta1/pipelines/{pipeline['id']}")
    assert (pipeline["status"], pipeline["errors"]) == ("ready", [])
    assert call(url, "DELETE", f"/edge-services/v1beta1/pipelines/{pipeline['id']}")[0] == 204
    assert call(url, "GET", f"/edge-services/v1beta1/dns-stages/{dns['id']}") == (404, {"message": "Not Found"})


def test_the_cache_ttl_comes_back_in_whole_seconds(api):
    _, url = api
    _, pipeline = call(url, "POST", "/edge-services/v1beta1/pipelines", {"name": "p"})
    _, cache = call(url, "POST", f"/edge-services/v1beta1/pipelines/{pipeline['id']}/cache-stages", {"fallback_ttl": "86400.000000000s"})
    assert cache["fallback_ttl"] == "86400s"


def test_a_held_request_waits_for_its_release(api):
    local, url = api
    gate = local.hold("GET", f"/iam/v1alpha1/users/{USER}")
    answers = []
    caller = threading.Thread(target=lambda: answers.append(call(url, "GET", f"/iam/v1alpha1/users/{USER}")))
    caller.start()
    assert gate.reached.wait(30)
    assert answers == []  # held
    gate.released.set()
    caller.join(30)
    assert answers[0][0] == 200
    assert call(url, "GET", f"/iam/v1alpha1/users/{USER}")[0] == 200  # a gate holds once


def test_an_unknown_route_names_itself(api):
    _, url = api
    status, body = call(url, "GET", "/instance/v1/zones/fr-par-1/servers")
    assert status == 404 and "no route for GET /instance/v1/zones/fr-par-1/servers" in body["message"]


def test_listings_filter_and_page_as_the_sdk_asks(api):
    _, url = api
    apps = [call(url, "POST", "/iam/v1alpha1/applications", {"name": f"app-{n}"})[1] for n in range(3)]
    _, second = call(url, "GET", "/iam/v1alpha1/applications?page=2&page_size=2")
    assert second["total_count"] == 3 and [app["name"] for app in second["applications"]] == ["app-2"]
    key = call(url, "POST", "/iam/v1alpha1/api-keys", {"application_id": apps[1]["id"]})[1]
    _, keys = call(url, "GET", f"/iam/v1alpha1/api-keys?application_id={apps[1]['id']}")
    assert [(k["access_key"], k["secret_key"]) for k in keys["api_keys"]] == [(key["access_key"], None)]
    call(url, "POST", "/iam/v1alpha1/policies", {"name": "p-1", "application_id": apps[0]["id"], "rules": []})
    _, policies = call(url, "GET", "/iam/v1alpha1/policies?policy_name=p-1")
    assert [p["application_id"] for p in policies["policies"]] == [apps[0]["id"]]
    for name in ("a", "b"):
        call(url, "POST", "/edge-services/v1beta1/pipelines", {"name": name, "project_id": ORGANIZATION})
    _, pipelines = call(url, "GET", "/edge-services/v1beta1/pipelines?name=b")
    assert [p["name"] for p in pipelines["pipelines"]] == ["b"] and pipelines["total_count"] == 1


@pytest.fixture(scope="module")
def sdk_edge_services():
    """scaleway-sdk-go's Edge Services client, as the provider is built with it."""
    try:
        return (sdk_module() / "api" / "edge_services" / "v1beta1" / "edge_services_sdk.go").read_text()
    except ToolchainError as error:  # no Go, no module cache
        pytest.skip(str(error))


def json_fields(go_source, struct):
    """The JSON names of a Go struct's fields."""
    body = re.search(rf"^type {struct} struct {{\n(.*?)^}}", go_source, re.S | re.M)
    assert body, struct
    return set(re.findall(r'json:"([a-z_]+)"', body[1]))


def test_the_billing_names_the_projects_plan_and_counts_its_pipelines_as_the_sdk_reads_them(api, sdk_edge_services):
    local, url = api
    starter = {
        "plan_name": "starter",
        "package_gb": 1000,
        "pipeline_limit": 2,
        "waf_requests": 0,
        "backend_limit": 1,
        "wildcard_domain": False,
    }
    local.offers = [starter, {**starter, "plan_name": "professional", "pipeline_limit": 5}]
    assert {field for offer in local.offers for field in offer} == json_fields(sdk_edge_services, "PlanDetails")
    assert call(url, "GET", f"/edge-services/v1beta1/billing/{PROJECT}") == (200, {"current_plan": None, "pipeline_number": 0})
    call(url, "PATCH", "/edge-services/v1beta1/current-plan", {"project_id": PROJECT, "plan_name": "starter"})
    for project in (PROJECT, PROJECT, ORGANIZATION):
        call(url, "POST", "/edge-services/v1beta1/pipelines", {"name": "p", "project_id": project})
    status, billing = call(url, "GET", f"/edge-services/v1beta1/billing/{PROJECT}")
    assert (status, billing) == (200, {"current_plan": starter, "pipeline_number": 2})
    assert set(billing) <= json_fields(sdk_edge_services, "GetBillingResponse")
    status, plans = call(url, "GET", "/edge-services/v1beta1/plans")
    assert (status, plans) == (200, {"total_count": 2, "plans": local.offers})
    assert set(plans) == json_fields(sdk_edge_services, "ListPlansResponse")
