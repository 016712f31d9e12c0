"""Whose key it is, and whether the operators exist: IAM's word, each refusal one line."""

import pytest

from localscw.api import ScalewayApi
from ops.checkout import OperatorError
from ops.scaleway.client import Scaleway
from ops.scaleway.identity import Iam, check_identity
from tests.helpers import project_config

USER = "33333333-3333-4333-8333-333333333333"
CI = "44444444-4444-4444-8444-444444444444"
DEPLOYER = "55555555-5555-4555-8555-555555555555"
PLANNER = "66666666-6666-4666-8666-666666666666"


def iam_at(url, secret):
    """IAM at `url` (`SCW_API_URL`), asked with `secret`."""
    return Iam(Scaleway.of({"SCW_API_URL": url, "SCW_SECRET_KEY": secret}))


def project(operators, deployers=None, planners=None):
    return project_config(operators=list(operators), deployers=deployers, planners=planners)


SOURCE = project([f"user_id:{USER}"]).source


@pytest.fixture(scope="module")
def iam():
    api = ScalewayApi("22222222-2222-4222-8222-222222222222")
    api.add_user(USER, "operator@example.org")
    api.add_user_key(USER, "SCWOPERATOR000000000", "operator-secret", "p")
    api.add_application(CI, "ci-deploy")
    for application, key in ((DEPLOYER, "SCWDEPLOYER000000000"), (PLANNER, "SCWPLANNER0000000000")):
        api.add_application(application, "ci")
        api.api_keys[key] = {**api.api_keys["SCWOPERATOR000000000"], "application_id": application, "access_key": key, "user_id": None}
    server = api.serve()
    yield iam_at(server.url, "operator-secret"), server.url, api
    server.stop()


def test_iam_says_whose_key_it_is(iam):
    client, url, api = iam
    assert client.owner_of("SCWOPERATOR000000000") == f"user_id:{USER}"
    assert iam_at(url + "/", "operator-secret").owner_of("SCWOPERATOR000000000") == f"user_id:{USER}"  # SCW_API_URL with a slash
    api.api_keys["SCWCIKEY000000000000"] = {
        **api.api_keys["SCWOPERATOR000000000"],
        "application_id": CI,
        "access_key": "SCWCIKEY000000000000",
    }
    api.api_keys["SCWCIKEY000000000000"].pop("user_id")
    assert client.owner_of("SCWCIKEY000000000000") == f"application_id:{CI}"


def test_an_operator_passes(iam):
    client, _, _ = iam
    assert check_identity(client, "SCWOPERATOR000000000", project((f"user_id:{USER}", f"application_id:{CI}")), [None, "production"]) == (
        f"user_id:{USER}"
    )


def test_a_key_of_someone_not_an_operator_is_refused_with_the_fix(iam):
    client, _, _ = iam
    with pytest.raises(OperatorError) as error:
        check_identity(client, "SCWOPERATOR000000000", project((f"application_id:{CI}",)), ["staging"])
    assert str(error.value) == (
        f"env.d/scw: its key belongs to user_id:{USER}, which is not in `operators` of {SOURCE}: "
        "add it there (and commit), or use the key of one of the operators listed."
    )


def test_an_operator_that_does_not_exist_is_named(iam):
    client, _, _ = iam
    ghost = "user_id:00000000-0000-4000-8000-000000000001"
    with pytest.raises(OperatorError) as error:
        check_identity(client, "SCWOPERATOR000000000", project((f"user_id:{USER}", ghost)), ["staging"])
    assert str(error.value) == (
        f"{SOURCE}: operator {ghost} does not exist in Scaleway's IAM: fix its id, or remove it "
        "(a bucket policy naming it would lock the real operators out)."
    )


def test_a_refused_key_says_which_variables_to_check(iam):
    _, url, _ = iam
    with pytest.raises(OperatorError, match=r"^Scaleway refused the key of env.d/scw \(401\): check SCW_ACCESS_KEY and SCW_SECRET_KEY"):
        iam_at(url, "wrong-secret").owner_of("SCWOPERATOR000000000")


def test_an_unknown_key_is_named(iam):
    client, _, _ = iam
    with pytest.raises(OperatorError, match=r"^env.d/scw: Scaleway knows no API key SCWNOSUCHKEY00000000: check SCW_ACCESS_KEY\.$"):
        client.owner_of("SCWNOSUCHKEY00000000")


def test_an_unreachable_api_is_one_line(monkeypatch):
    from localscw.loopback import free_port
    from ops import retry

    monkeypatch.setattr(retry.time, "sleep", lambda seconds: None)  # tried again as the provider does, without the waits

    with pytest.raises(OperatorError, match=r"^could not reach Scaleway's API at http://127\.0\.0\.1:\d+ \(.*\): check your network\.$"):
        iam_at(f"http://127.0.0.1:{free_port()}", "s").owner_of("SCWOPERATOR000000000")


ROLES = project(
    (f"user_id:{USER}",),
    deployers={f"application_id:{DEPLOYER}": ["staging", "preprod"]},
    planners=[f"application_id:{PLANNER}"],
)


def test_a_deployer_applies_its_environments_and_no_other(iam):
    client, _, _ = iam
    assert check_identity(client, "SCWDEPLOYER000000000", ROLES, ["staging", "preprod"]) == f"application_id:{DEPLOYER}"
    with pytest.raises(OperatorError) as error:
        check_identity(client, "SCWDEPLOYER000000000", ROLES, ["staging", "production", None])
    assert str(error.value) == (
        f"env.d/scw: its key belongs to application_id:{DEPLOYER}, a deployer of staging, preprod ({SOURCE}): "
        "it may not apply bootstrap, production; use the key of an operator or of a deployer of bootstrap."
    )


def test_a_planner_applies_nothing(iam):
    client, _, _ = iam
    with pytest.raises(OperatorError) as error:
        check_identity(client, "SCWPLANNER0000000000", ROLES, ["staging"])
    assert str(error.value) == (
        f"env.d/scw: its key belongs to application_id:{PLANNER}, a planner ({SOURCE}): it plans (`make diff`, `make plan`, "
        "`make status`) and applies nothing; use an operator's or a deployer's key."
    )


@pytest.mark.parametrize("role", ["deployers", "planners"])
def test_a_deployer_or_planner_that_does_not_exist_is_named(iam, role):
    client, _, _ = iam
    ghost = "application_id:00000000-0000-4000-8000-000000000009"
    settings = {"deployers": {ghost: ["staging"]}} if role == "deployers" else {"planners": [ghost]}
    with pytest.raises(OperatorError, match=rf"^{SOURCE}: {role[:-1]} {ghost} does not exist in Scaleway's IAM"):
        check_identity(client, "SCWOPERATOR000000000", project_config(operators=[f"user_id:{USER}"], **settings), ["staging"])
