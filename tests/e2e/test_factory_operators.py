"""Adding an operator to a factory already deployed: CI, from a fresh work copy holding
nothing but its env.d/scw (its key, itself an operator), runs `make bootstrap` then
`make rollout`, and every policy names the newcomer. A local Scaleway of this module's own."""

import json

import pytest

from localscw.harness import CI_DEPLOY_KEY, OPERATOR, STATE_BUCKET
from tests.e2e.conftest import start_factory, stop_factory

pytestmark = pytest.mark.e2e
SITES = ("alpha", "beta")


@pytest.fixture(scope="module")
def factory(tmp_path_factory):
    harness = start_factory(tmp_path_factory.mktemp("operators"), SITES)
    run = harness.ops("rollout")
    assert run.returncode == 0, run.output
    yield harness
    stop_factory(harness)


def test_ci_adds_an_operator_from_a_fresh_work_copy_with_bootstrap_and_rollout(factory):
    newcomer = "user_id:77777777-7777-4777-8777-777777777777"
    factory.api.add_user(newcomer.removeprefix("user_id:"), "newcomer@example.org")
    _, ci_key = factory.api.create_api_key({"application_id": CI_DEPLOY_KEY.removeprefix("application_id:")})
    checkout = factory.variant("ci")  # a clone: the committed files, and the CI key in env.d/scw
    factory.write_env_file(checkout, ci_key["access_key"], ci_key["secret_key"])
    factory.write_project(checkout, operators=[OPERATOR, CI_DEPLOY_KEY, newcomer])
    for command in (("bootstrap",), ("rollout",)):
        run = factory.ops(*command, checkout=checkout, env={"RICHIE_SITE": SITES[0]})
        assert run.returncode == 0, run.output
    assert "Rollout done: 4 stacks applied in 2 waves." in run.output
    for bucket in [STATE_BUCKET, *(f"{env}-{site}-media" for site in SITES for env in ("staging", "production"))]:
        statements = json.loads(factory.s3.get_bucket_policy(Bucket=bucket)["Policy"])["Statement"]
        named = [statement["Principal"]["SCW"] for statement in statements if isinstance(statement["Principal"], dict)]
        assert any(newcomer in principals for principals in named), bucket
