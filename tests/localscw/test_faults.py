"""Faults on demand: the API and the gateway answer as a loaded Scaleway does, when told."""

import http.client
import json
import time
import urllib.error
import urllib.request

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.exceptions import ConnectionError as S3ConnectionError

from localscw.faults import TRANSIENT, Fault, FaultPlan, Kind
from localscw.gateway import Gateway
from localscw.objectstorage.rules import Caller
from tests.operator_api import SECRET, USER, served_api

APPLICATIONS = "/iam/v1alpha1/applications"


@pytest.fixture
def api():
    with served_api() as served:
        yield served


def post(url, path, body):
    request = urllib.request.Request(
        url + path, method="POST", data=json.dumps(body).encode(), headers={"X-Auth-Token": SECRET, "Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def names(local):
    return sorted(app["name"] for app in local.applications.values())


def test_a_sequence_is_served_in_order_then_lets_requests_through(api):
    local, url = api
    local.faults.sequence("POST", APPLICATIONS, Fault(Kind.TOO_MANY_REQUESTS, seconds=7), None, Fault(Kind.UNAVAILABLE))
    status, headers, body = post(url, APPLICATIONS, {"name": "first"})
    assert (status, headers["Retry-After"], body) == (429, "7", b"429 Too Many Requests\n")
    assert post(url, APPLICATIONS, {"name": "second"})[0] == 200
    status, headers, _ = post(url, APPLICATIONS, {"name": "third"})
    assert (status, headers["Retry-After"]) == (503, "1")
    assert post(url, APPLICATIONS, {"name": "fourth"})[0] == 200
    assert names(local) == ["fourth", "second"]  # a refused request did nothing
    assert [injected.fault.kind for injected in local.faults.injected] == [Kind.TOO_MANY_REQUESTS, Kind.UNAVAILABLE]


def test_a_fault_applies_to_its_route_and_method_only(api):
    local, url = api
    local.faults.sequence("GET", APPLICATIONS, Fault(Kind.INTERNAL_ERROR))
    local.faults.sequence("POST", "/edge-services/.*", Fault(Kind.INTERNAL_ERROR))
    assert post(url, APPLICATIONS, {"name": "kept"})[0] == 200
    assert local.faults.count() == 0


def test_a_reset_connection_does_nothing_and_a_lost_answer_does_the_request(api):
    local, url = api
    local.faults.sequence("POST", APPLICATIONS, Fault(Kind.RESET), Fault(Kind.LOST))
    for name in ("reset", "lost"):
        with pytest.raises((ConnectionError, http.client.RemoteDisconnected, urllib.error.URLError)):
            post(url, APPLICATIONS, {"name": name})
    assert names(local) == ["lost"]  # what a retried create duplicates


def test_a_slow_answer_comes_late_and_whole(api):
    local, url = api
    local.faults.sequence("POST", APPLICATIONS, Fault(Kind.SLOW, seconds=0.3))
    started = time.monotonic()
    assert post(url, APPLICATIONS, {"name": "slow"})[0] == 200
    assert time.monotonic() - started >= 0.3 and names(local) == ["slow"]


def test_a_rate_is_the_same_for_the_same_seed_and_near_its_value():
    def draws(seed):
        plan = FaultPlan().rate("*", "/.*", 0.25, seed=seed)
        return [plan.draw("GET", f"/{n}") for n in range(400)]

    assert draws(7) == draws(7) != draws(8)
    drawn = [fault for fault in draws(7) if fault is not None]
    assert 60 <= len(drawn) <= 140 and set(drawn) <= set(TRANSIENT)
    assert {fault.kind for fault in drawn} == {fault.kind for fault in TRANSIENT}


def test_a_rate_of_one_or_more_is_refused():
    with pytest.raises(ValueError, match="below 1"):
        FaultPlan().rate("*", "/.*", 1.0, seed=1)


def test_clearing_lets_everything_through():
    plan = FaultPlan().sequence("GET", "/x", Fault(Kind.INTERNAL_ERROR))
    plan.clear()
    assert plan.draw("GET", "/x") is None


@pytest.fixture
def gateway(tmp_path):
    from localscw.s3 import S3Server

    server = S3Server()
    keys = {"SCWOPERATOR000000000": (Caller(f"user_id:{USER}", frozenset({"ObjectStorageFullAccess"})), "operator-secret")}
    gateway = Gateway(server.endpoint, lambda key, project: keys.get(key), lambda bucket: None, tmp_path)
    yield gateway
    gateway.stop()
    server.stop()


def s3_client(gateway, attempts):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url="https://s3.fr-par.scw.cloud",
        region_name="fr-par",
        aws_access_key_id="SCWOPERATOR000000000",
        aws_secret_access_key="operator-secret",
        verify=str(gateway.ca_file),
        config=Config(proxies={"https": gateway.proxy}, retries={"total_max_attempts": attempts, "mode": "standard"}),
    )


def test_object_storage_faults_are_retried_by_an_sdk_and_fail_one_without_retries(gateway):
    gateway.faults.sequence("PUT", "/faulty", Fault(Kind.UNAVAILABLE, seconds=0), Fault(Kind.RESET))
    s3_client(gateway, attempts=3).create_bucket(Bucket="faulty")  # 503, reset, then made
    assert gateway.faults.count() == 2
    gateway.faults.sequence("PUT", "/faulty/key", Fault(Kind.INTERNAL_ERROR))
    with pytest.raises(ClientError, match="500"):
        s3_client(gateway, attempts=1).put_object(Bucket="faulty", Key="key", Body=b"x")
    gateway.faults.sequence("PUT", "/faulty/key", Fault(Kind.RESET))
    with pytest.raises(S3ConnectionError):
        s3_client(gateway, attempts=1).put_object(Bucket="faulty", Key="key", Body=b"x")
