"""Our own calls retried as the provider retries its own (go-retryablehttp's policy: 429, 5xx
but 501, dropped connections; `Retry-After` honoured), against a local Scaleway answering
with faults."""

import pytest

from localscw.faults import Fault, Kind
from ops import retry
from ops.checkout import OperatorError
from ops.scaleway.client import Scaleway
from tests.operator_api import SECRET, USER, served_api

PATH = f"/iam/v1alpha1/users/{USER}"


@pytest.fixture
def api(monkeypatch):
    waits = []
    monkeypatch.setattr(retry.time, "sleep", waits.append)
    with served_api() as (local, url):
        yield local, url, waits


def test_transient_answers_are_tried_again_waiting_as_told(api):
    local, url, waits = api
    local.faults.sequence("GET", PATH, Fault(Kind.TOO_MANY_REQUESTS, seconds=7), Fault(Kind.RESET), Fault(Kind.INTERNAL_ERROR))
    assert Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": SECRET}).call(PATH)["id"] == USER
    assert waits == [7.0, 2.0, 4.0]  # Retry-After, then the doubling wait of the attempt


def test_past_the_attempts_the_failure_is_one_line(api):
    local, url, waits = api
    local.faults.sequence("GET", PATH, *[Fault(Kind.UNAVAILABLE, seconds=0)] * retry.ATTEMPTS)
    with pytest.raises(OperatorError, match=r"^Scaleway's API answered 503 to GET /iam/v1alpha1/users/.*: try again"):
        Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": SECRET}).call(PATH)
    assert len(waits) == retry.ATTEMPTS - 1 and local.faults.count() == retry.ATTEMPTS


@pytest.mark.parametrize("status", [Kind.INTERNAL_ERROR, Kind.UNAVAILABLE, Kind.TOO_MANY_REQUESTS])
def test_each_transient_status_is_retried(api, status):
    local, url, _ = api
    local.faults.sequence("GET", PATH, Fault(status, seconds=0))
    assert Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": SECRET}).call(PATH)["id"] == USER


def test_a_refusal_is_not_tried_again(api):
    local, url, waits = api
    with pytest.raises(OperatorError, match=r"refused the key of env\.d/scw \(401\)"):
        Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": "wrong-secret"}).call(PATH)
    assert waits == [] and local.requests == []


def test_the_doubling_wait_is_bounded():
    assert [retry.wait_before(OSError(), attempt) for attempt in (1, 2, 3, 10)] == [1.0, 2.0, 4.0, retry.MAX_WAIT_SECONDS]
