"""CDK Terrain (`cdktn`), beside cdktf: `npx cdktn deploy media-staging` deploys an
environment as `make deploy` would have, so much so that the next `make diff`, on cdktf,
finds nothing to change."""

import os

import pytest

from localscw.harness import STATE_BUCKET
from ops import engines
from ops.checkout import ROOT

pytestmark = pytest.mark.e2e
SITE = "terrain"


@pytest.fixture(scope="module")
def terrain(bootstrapped):
    problem = engines.missing(ROOT)
    if problem:
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail(f"CDK Terrain is required here, but {problem}", pytrace=False)
        pytest.skip(problem)
    harness = bootstrapped
    checkout = harness.variant("cdktn")
    harness.with_cdktn(checkout)
    harness.write_site(SITE, checkout, environments=["staging"])
    yield harness, checkout, {"RICHIE_SITE": SITE}
    harness.ops("destroy", "staging", checkout=checkout, env={"RICHIE_SITE": SITE})


def test_npx_cdktn_deploy_makes_what_cdktf_would(terrain):
    harness, checkout, env = terrain
    run = harness.cdktn("deploy", "media-staging", "--auto-approve", checkout=checkout, env=env, label="npx cdktn deploy media-staging")
    assert run.returncode == 0, run.output
    synthesized = (checkout / engines.CDKTN_DIR / "cdktf.out" / "stacks" / "media-staging" / "cdk.tf.json").read_text()
    assert '"version": "0.24.0"' in synthesized  # CDK Terrain's synthesis, not cdktf's
    assert harness.s3.head_bucket(Bucket=f"staging-{SITE}-media")["ResponseMetadata"]["HTTPStatusCode"] == 200
    state = harness.s3.get_object(Bucket=STATE_BUCKET, Key=f"env:/staging/{SITE}.tfstate")["Body"].read()
    assert b'"scaleway_edge_services_pipeline"' in state and b'"scaleway_iam_api_key"' in state
    diff = harness.ops("diff", "staging", checkout=checkout, env=env)  # on cdktf
    assert diff.returncode == 0 and "No changes." in diff.output, diff.output
