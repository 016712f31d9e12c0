"""Adoption of a site deployed with the hand-written project: its state is renamed, not rebuilt."""

import pytest

from stacks.addresses import API_KEY, STATE_BUCKET_ENCRYPTION, STATE_BUCKET_POLICY
from stacks.app import build_app
from stacks.legacy import LEGACY_ADDRESSES, LEGACY_EDGE_PLAN
from tests.helpers import first_deploy, fresh_app, resources, site_config, synth_stacks


@pytest.fixture(scope="module")
def legacy_stacks(outdir):
    site = site_config(legacy_state=True, import_legacy_bootstrap=True)
    app = build_app(site, fresh_app(outdir / "legacy"), inputs=first_deploy(site))
    return synth_stacks(app)


def addresses(stack):
    return {f"{kind}.{name}" for kind in stack["resource"] for name in resources(stack, kind)}


KEY_SLOT_MOVE = {"from": str(API_KEY), "to": f'{API_KEY}["1"]'}


def test_every_environment_resource_is_moved_from_its_legacy_address(legacy_stacks):
    staging = legacy_stacks["media-staging"]
    *legacy, slot = staging["moved"]
    moved = {block["to"]: block["from"] for block in legacy}
    assert moved == {str(new): old for new, old in LEGACY_ADDRESSES.items()}
    assert set(moved) == addresses(staging), "a resource of the stack has no legacy address"
    assert slot == KEY_SLOT_MOVE  # then on to the key's first slot: Terraform follows the chain


def test_environments_forget_their_copy_of_the_edge_plan_without_destroying_it(legacy_stacks):
    assert legacy_stacks["media-production"]["removed"] == [{"from": LEGACY_EDGE_PLAN, "lifecycle": {"destroy": False}}]


def test_environments_reuse_the_workspace_state_keys(legacy_stacks):
    assert legacy_stacks["media-production"]["terraform"]["backend"]["s3"]["key"] == "env:/production/demo.tfstate"


def test_bootstrap_imports_the_existing_state_bucket_and_plan(legacy_stacks):
    imports = {block["to"]: block["id"] for block in legacy_stacks["bootstrap"]["import"]}
    assert imports == {
        "scaleway_object_bucket.state_bucket": "fr-par/richie-terraform-state",
        "scaleway_object_bucket_acl.state_bucket_acl": "fr-par/richie-terraform-state/private",
        "scaleway_edge_services_plan.edge_plan": "${var.scw_project_id}/professional",
    }
    # What the hand-written project never had is created: the state bucket's policy and encryption.
    assert addresses(legacy_stacks["bootstrap"]) - set(imports) == {str(STATE_BUCKET_POLICY), str(STATE_BUCKET_ENCRYPTION)}


def test_new_sites_carry_no_adoption_blocks(outdir):
    site = site_config()
    for name, stack in synth_stacks(build_app(site, fresh_app(outdir / "new-site"), inputs=first_deploy(site))).items():
        assert not {"removed", "import"} & set(stack)
        assert stack.get("moved", [KEY_SLOT_MOVE]) == [KEY_SLOT_MOVE], name  # the single key of earlier deployments
