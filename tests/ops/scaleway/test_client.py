"""Scaleway's API with one key, as every IAM, Edge Services and purge request of the
commands goes: answers, refusals told apart from outages, listings read to their last page,
the purge; and the key itself, typed, its secret never shown."""

import pytest

from localscw.faults import Fault, Kind
from ops.checkout import OperatorError
from ops.key import ScalewayKey
from ops.scaleway.client import PAGE_SIZE, Scaleway
from tests.operator_api import ACCESS_KEY, ORGANIZATION, SECRET, served_api

CI = "44444444-4444-4444-8444-444444444444"


def test_a_refusal_of_the_key_is_told_apart_from_an_outage():

    path = "/iam/v1alpha1/users/33333333-3333-4333-8333-333333333333"
    with served_api() as (local, url):
        local.faults.sequence("GET", path, Fault(Kind.FORBIDDEN))
        with pytest.raises(OperatorError) as error:
            Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": SECRET}).call(path + "?x=1")
        assert str(error.value) == (
            "Scaleway refused the key of env.d/scw (403): check SCW_ACCESS_KEY and SCW_SECRET_KEY, "
            f"and that the key has an operator's rights (docs/scw.md; asked for {path})."
        )


def test_a_delete_is_sent_as_one_and_its_empty_answer_is_an_empty_object():

    with served_api() as (local, url):
        local.add_application(CI, "ci")
        _, key = local.create_api_key({"application_id": CI, "default_project_id": ORGANIZATION})
        assert (
            Scaleway.of({"SCW_API_URL": url + "/", "SCW_SECRET_KEY": SECRET}).call(f"/iam/v1alpha1/api-keys/{key['access_key']}", "DELETE")
            == {}
        )
        assert key["access_key"] not in local.api_keys


def test_a_listing_is_read_page_by_page_to_its_last_item():

    with served_api() as (local, url):
        local.add_application(CI, "ci")
        made = [
            local.create_api_key({"application_id": CI, "default_project_id": ORGANIZATION})[1]["access_key"] for _ in range(PAGE_SIZE + 1)
        ]
        found = Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": SECRET}).list(
            "/iam/v1alpha1/api-keys", "api_keys", organization_id=ORGANIZATION
        )
        assert sorted(key["access_key"] for key in found) == sorted([ACCESS_KEY, *made])
        assert local.requests.count(("GET", "/iam/v1alpha1/api-keys")) == 2  # two pages, no third


def test_the_key_is_read_from_the_environment_and_its_secret_never_shown():
    environ = {
        "SCW_ACCESS_KEY": "SCWKEY00000000000000",
        "SCW_SECRET_KEY": "6b1ad1c4-0000-4000-8000-000000000000",
        "TF_VAR_scw_project_id": "p",
        "TF_VAR_scw_organization_id": "o",
        "SCW_API_URL": "http://127.0.0.1:9/",
    }
    key = ScalewayKey.of(environ)
    assert (key.access_key, key.secret_key, key.project_id, key.organization_id, key.api_url) == (
        "SCWKEY00000000000000",
        "6b1ad1c4-0000-4000-8000-000000000000",
        "p",
        "o",
        "http://127.0.0.1:9",
    )
    assert "6b1ad1c4" not in repr(key) and "SCWKEY00000000000000" in repr(key)
    assert ScalewayKey.of({"SCW_SECRET_KEY": "s"}).api_url == "https://api.scaleway.com"  # as the provider defaults


def test_the_purge_asks_for_the_whole_pipeline(recording_api):
    url, requests = recording_api
    Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": "secret-1"}).purge("pipeline-1")
    assert requests == [
        ("POST", "/edge-services/v1beta1/purge-requests", "secret-1", "application/json", {"pipeline_id": "pipeline-1", "all": True})
    ]


def test_a_failed_purge_says_the_deploy_succeeded(recording_api):
    url, _ = recording_api
    with pytest.raises(
        OperatorError, match=r"^the deploy succeeded but the cache purge failed \(no pipeline pipeline-1 at .*/wrong\); purge"
    ):
        Scaleway.of({"SCW_API_URL": url + "/wrong", "SCW_SECRET_KEY": "secret-1"}).purge("pipeline-1")


def test_a_read_sends_no_body(recording_api):
    url, requests = recording_api
    assert Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": "s"}).call("/edge-services/v1beta1/pipelines?page=1") == {}
    assert requests == [("GET", "/edge-services/v1beta1/pipelines?page=1", "s", None, None)]


def test_an_outage_names_the_path_without_its_query(monkeypatch):
    from ops import retry

    monkeypatch.setattr(retry.time, "sleep", lambda seconds: None)
    path = "/iam/v1alpha1/users/33333333-3333-4333-8333-333333333333"
    with served_api() as (local, url):
        local.faults.sequence("GET", path, *[Fault(Kind.UNAVAILABLE, seconds=0)] * retry.ATTEMPTS)
        with pytest.raises(OperatorError) as error:
            Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": SECRET}).call(path + "?x=1")
    assert str(error.value) == f"Scaleway's API answered 503 to GET {path}: try again, or see status.scaleway.com."


def test_an_unreachable_api_says_why(monkeypatch):
    from localscw.loopback import free_port
    from ops import retry

    monkeypatch.setattr(retry.time, "sleep", lambda seconds: None)
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(OperatorError) as error:
        Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": SECRET}).call("/iam/v1alpha1/users/x")
    assert str(error.value).startswith(f"could not reach Scaleway's API at {url} (") and "Connection refused" in str(error.value)
