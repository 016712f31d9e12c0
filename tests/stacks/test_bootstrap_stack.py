import pytest
from cdktf import App

from stacks.bootstrap_stack import BootstrapStack
from tests.helpers import fresh_app, only, site_config, synth


@pytest.fixture
def bootstrap(demo_stacks):
    return demo_stacks["bootstrap"]


def test_state_bucket_is_versioned_private_and_tagged(bootstrap):
    bucket = only(bootstrap, "scaleway_object_bucket")
    assert bucket["name"] == "richie-terraform-state"
    assert bucket["versioning"] == {"enabled": True}
    assert bucket["tags"]["purpose"] == "terraform-state"
    assert only(bootstrap, "scaleway_object_bucket_acl")["acl"] == "private"


def test_edge_plan_is_subscribed_once_here(bootstrap):
    assert only(bootstrap, "scaleway_edge_services_plan")["name"] == "professional"


@pytest.mark.parametrize("plan", ["starter", "advanced"])
def test_edge_plan_follows_the_settings(outdir, plan):
    app: App = fresh_app(outdir)
    stack = BootstrapStack(app, site_config(edge_plan=plan).project)
    assert only(synth(stack), "scaleway_edge_services_plan")["name"] == plan


def test_bootstrap_keeps_local_state_at_the_project_root(bootstrap):
    backend = bootstrap["terraform"]["backend"]
    assert backend == {"local": {"path": "../../../terraform.bootstrap.tfstate"}}


def test_bootstrap_creates_no_environment_resources(bootstrap):
    assert set(bootstrap["resource"]) == {"scaleway_object_bucket", "scaleway_object_bucket_acl", "scaleway_edge_services_plan"}


def test_state_bucket_is_protected_from_destroy(bootstrap):
    bucket = only(bootstrap, "scaleway_object_bucket")
    assert bucket["lifecycle"] == {"prevent_destroy": True}
    assert bucket["force_destroy"] is False
