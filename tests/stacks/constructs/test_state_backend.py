import pytest

from stacks.constructs.state_backend import SharedStateBackend
from stacks.versions import REQUIRED_TERRAFORM
from tests.helpers import new_stack, synth

INPUTS = {
    "bucket": "richie-terraform-state",
    "key": "env:/staging/demo.tfstate",
    "region": "fr-par",
    "endpoint": "https://s3.fr-par.scw.cloud",
}


def synth_backend(outdir, **inputs):
    stack = new_stack(outdir, "media-staging")
    SharedStateBackend(stack, **{**INPUTS, **inputs})
    return synth(stack)["terraform"]["backend"]


@pytest.fixture(scope="module")
def backend(outdir):
    return synth_backend(outdir)


def test_state_lives_in_the_shared_bucket_under_site_and_environment(backend):
    assert set(backend) == {"s3"}
    assert backend["s3"]["bucket"] == "richie-terraform-state"
    assert backend["s3"]["key"] == "env:/staging/demo.tfstate"


def test_backend_talks_to_scaleway_not_aws(backend):
    s3 = backend["s3"]
    assert s3["endpoints"] == {"s3": "https://s3.fr-par.scw.cloud"}
    assert s3["region"] == "fr-par"
    for check in ("skip_credentials_validation", "skip_region_validation", "skip_requesting_account_id", "skip_s3_checksum"):
        assert s3[check] is True, check


def test_state_writes_send_no_encryption_header_scaleway_refuses(backend, demo_stacks):
    """The state bucket's default encryption does the job (tests/stacks/test_bootstrap_stack.py)."""
    assert "encrypt" not in backend["s3"]
    for name, stack in demo_stacks.items():
        assert "encrypt" not in stack["terraform"]["backend"].get("s3", {}), name


def test_state_is_locked_natively(backend):
    assert backend["s3"]["use_lockfile"] is True
    assert "dynamodb_table" not in backend["s3"]


def test_backend_holds_no_credentials(backend):
    assert not {"access_key", "secret_key", "token", "profile"} & set(backend["s3"])


def test_operator_may_point_the_state_elsewhere(outdir):
    backend = synth_backend(outdir, bucket="acme-state", endpoint="http://127.0.0.1:9000", region="nl-ams")
    assert backend["s3"]["bucket"] == "acme-state"
    assert backend["s3"]["endpoints"] == {"s3": "http://127.0.0.1:9000"}
    assert backend["s3"]["region"] == "nl-ams"


def test_environment_stacks_require_a_terraform_with_native_locking(demo_stacks):
    assert REQUIRED_TERRAFORM == ">= 1.10"
    for stack in demo_stacks.values():
        assert stack["terraform"]["required_version"] == REQUIRED_TERRAFORM


def test_path_style_is_off_for_scaleway_and_on_when_asked(backend, outdir):
    assert "use_path_style" not in backend["s3"]
    assert synth_backend(outdir, path_style=True)["s3"]["use_path_style"] is True
