"""The cdktf CLI, the way the design card uses the project, as safe as `make`: with the
variables of env.d/scw exported and nothing else (the DNS aside, read from a file here),
`cdktf diff` and `cdktf deploy` build what the make targets build, whatever a key rotation
and a custom domain left in the state; without a key, a synthesis is for review and a
deploy of it is refused by Terraform."""

import json

import pytest

from stacks.constructs.state_input import REVIEW_ONLY
from tests.e2e.django_site import round_trip

pytestmark = pytest.mark.e2e
SITE, ENV, STACK = "cli", "staging", "media-staging"
DOMAIN = "media.cli.example.org"
FEATURE = "feature-cli"


def test_cdktf_synth_writes_every_stack_of_the_site(bootstrapped):
    harness = bootstrapped
    run = harness.cdktf("synth", env={"RICHIE_ENV": FEATURE})
    assert run.returncode == 0, run.output
    assert "review only" not in run.output  # the key is exported: every state was read
    manifest = json.loads((harness.checkout / "cdktf.out" / "manifest.json").read_text())
    assert sorted(manifest["stacks"]) == ["bootstrap", f"media-{FEATURE}", "media-production", "media-staging"]
    for stack in manifest["stacks"]:
        assert (harness.stack_dir(stack) / "cdk.tf.json").is_file()


@pytest.fixture(scope="module")
def rotated(bootstrapped, tmp_path_factory):
    """A site's staging deployed by the make targets with its custom domain attached, then
    its key rotated (`make rotate-key`, then FINISH=1): its state holds key slot 2 alone."""
    harness = bootstrapped
    checkout = harness.variant("cdktf-cli")
    harness.write_site(SITE, checkout, environments=[ENV], environment_settings={ENV: {"custom_domain": DOMAIN}})
    records = tmp_path_factory.mktemp("dns") / "records.json"
    records.write_text("{}")
    env = {"RICHIE_SITE": SITE, "RICHIE_DNS_RECORDS": str(records)}
    run = harness.ops("deploy", ENV, checkout=checkout, env=env, label="deploy (cdktf scenario)")
    assert run.returncode == 0, run.output
    pipeline_id = harness.outputs(STACK, checkout)["cdn_pipeline_id"]
    records.write_text(json.dumps({DOMAIN: f"{pipeline_id}.svc.edge.scw.cloud"}))
    for args in (("deploy", ENV), ("rotate-key", ENV), ("rotate-key", ENV, "--finish")):
        run = harness.ops(*args, checkout=checkout, env=env)
        assert run.returncode == 0, run.output
    settings = tmp_path_factory.mktemp("django") / "media.env"
    run = harness.ops("django-env", ENV, "--output", str(settings), checkout=checkout, env=env)
    assert run.returncode == 0, run.output
    outputs = harness.outputs(STACK, checkout)
    assert (outputs["api_key_slots"], outputs["custom_domain_attached"]) == (["2"], True)
    yield harness, checkout, env, settings
    harness.ops("destroy", ENV, checkout=checkout, env=env)


def test_cdktf_diff_and_deploy_keep_the_rotated_key_and_the_attached_domain(rotated):
    harness, checkout, env, settings = rotated
    keys = dict(harness.api.api_keys)
    diff = harness.cdktf("diff", STACK, checkout=checkout, env=env)
    assert diff.returncode == 0, diff.output
    assert "No changes." in diff.output, diff.output
    deploy = harness.cdktf("deploy", STACK, "--auto-approve", checkout=checkout, env=env)
    assert deploy.returncode == 0, deploy.output
    assert harness.api.api_keys == keys  # no key replaced, none added
    outputs = harness.outputs(STACK, checkout)
    assert (outputs["api_key_slots"], outputs["custom_domain_attached"], outputs["edge_service_domain"]) == (["2"], True, DOMAIN)
    result = round_trip(harness, settings, "round trip after cdktf deploy")
    assert result.returncode == 0, result.stderr  # django-storages, on the key it holds


def test_a_synthesis_without_a_key_is_for_review_and_its_deploy_refused(rotated):
    harness, checkout, env, _ = rotated
    keys = dict(harness.api.api_keys)
    synth = harness.cdktf("synth", checkout=checkout, env=env, exported=False)
    assert synth.returncode == 0, synth.output
    assert "the media stacks are synthesized for review only" in synth.output
    # Deploying that very output (as a job given the reviewed folder would) is refused.
    deploy = harness.cdktf("deploy", STACK, "--skip-synth", "--auto-approve", checkout=checkout, env=env)
    assert deploy.returncode != 0
    assert " ".join(REVIEW_ONLY.split()[:8]) in " ".join(deploy.output.replace("│", " ").split()), deploy.output
    assert harness.api.api_keys == keys
    # Synthesized again with the key, it deploys as before.
    again = harness.cdktf("deploy", STACK, "--auto-approve", checkout=checkout, env=env)
    assert again.returncode == 0, again.output
    assert harness.api.api_keys == keys
