"""OpenTofu in Terraform's place (`TERRAFORM_BINARY_NAME=tofu`): one environment's life,
deploy, update, Django settings and destroy, with the same real provider."""

import os

import pytest

from localscw.toolchain import OPENTOFU_VERSION, ToolchainError, build_tofu
from ops.stack.preflight import read_env_file
from tests.e2e.conftest import require

pytestmark = pytest.mark.e2e
SITE = "tofu"
ENV = "staging"
BUCKET = f"{ENV}-{SITE}-media"


@pytest.fixture(scope="module")
def tofu(bootstrapped):
    harness = bootstrapped
    try:
        binary = build_tofu()
    except ToolchainError as error:
        require(str(error))
    checkout = harness.variant("opentofu")
    harness.write_site(SITE, checkout, environments=[ENV], environment_settings={ENV: {"media_expiration": 3}})
    env = {
        "RICHIE_SITE": SITE,
        "TERRAFORM_BINARY_NAME": "tofu",
        "PATH": f"{binary.parent}{os.pathsep}{harness.environ['PATH']}",
    }
    return harness, checkout, env


def test_opentofu_deploys_updates_hands_over_and_destroys(tofu, tmp_path):
    harness, checkout, env = tofu
    run = harness.ops("deploy", ENV, checkout=checkout, env=env, label="tofu deploy")
    assert run.returncode == 0, run.output
    assert "OpenTofu" in run.output or "Apply complete!" in run.output
    assert BUCKET in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]
    lock = (harness.stack_dir(f"media-{ENV}", checkout) / ".terraform.lock.hcl").read_text()
    assert "registry.opentofu.org/scaleway/scaleway" in lock, "not installed by OpenTofu"

    harness.write_site(SITE, checkout, environments=[ENV], environment_settings={ENV: {"media_expiration": 4}})
    run = harness.ops("deploy", ENV, checkout=checkout, env=env, label="tofu update")
    assert run.returncode == 0 and "0 added, 1 changed, 0 destroyed" in run.output, run.output
    [rule] = harness.s3.get_bucket_lifecycle_configuration(Bucket=BUCKET)["Rules"]
    assert rule["Expiration"]["Days"] == 4

    target = tmp_path / "media.env"
    run = harness.ops("django-env", ENV, "--output", str(target), checkout=checkout, env=env, label="tofu django-env")
    assert run.returncode == 0, run.output
    settings = read_env_file(target)
    assert settings["DJANGO_AWS_STORAGE_BUCKET_NAME"] == BUCKET
    assert harness.api.secret_of(settings["DJANGO_AWS_ACCESS_KEY_ID"]) == settings["DJANGO_AWS_SECRET_ACCESS_KEY"]

    run = harness.ops("destroy", ENV, checkout=checkout, env=env, label="tofu destroy")
    assert run.returncode == 0, run.output
    assert BUCKET not in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]
    assert settings["DJANGO_AWS_ACCESS_KEY_ID"] not in harness.api.api_keys


def test_the_pinned_opentofu_is_new_enough():
    major, minor, _ = (int(part) for part in OPENTOFU_VERSION.split("."))
    assert (major, minor) >= (1, 10), "native S3 state locking needs OpenTofu 1.10"
