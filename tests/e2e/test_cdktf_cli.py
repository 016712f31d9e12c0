"""The cdktf CLI keeps working on its own, as documented: `cdktf synth`, `cdktf deploy`, `cdktf diff`."""

import json

import pytest

pytestmark = pytest.mark.e2e
ENV = "feature-cli"
STACK = f"media-{ENV}"


def test_cdktf_synth_writes_every_stack_of_the_site(bootstrapped):
    harness = bootstrapped
    run = harness.cdktf("synth", env={"RICHIE_ENV": ENV})
    assert run.returncode == 0, run.output
    manifest = json.loads((harness.checkout / "cdktf.out" / "manifest.json").read_text())
    assert sorted(manifest["stacks"]) == ["bootstrap", STACK, "media-production", "media-staging"]
    for stack in manifest["stacks"]:
        assert (harness.stack_dir(stack) / "cdk.tf.json").is_file()


def test_cdktf_deploy_then_diff_shows_no_change(bootstrapped):
    harness = bootstrapped
    deploy = harness.cdktf("deploy", STACK, "--auto-approve", env={"RICHIE_ENV": ENV})
    assert deploy.returncode == 0, deploy.output
    assert f"{ENV}-e2e-media" in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]
    diff = harness.cdktf("diff", STACK, env={"RICHIE_ENV": ENV})
    assert diff.returncode == 0, diff.output
    assert "No changes." in diff.output, diff.output
    destroy = harness.ops("destroy", ENV, env={"RICHIE_ENV": ENV})
    assert destroy.returncode == 0, destroy.output
