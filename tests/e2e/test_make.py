"""The make targets for real, as an operator types them: a feature environment's life."""

import os
import re
import stat

import pytest

from localscw.harness import SITE, copy_project
from localscw.scaleway import ACCOUNT, CREDENTIALS
from ops.stack.preflight import read_env_file

pytestmark = pytest.mark.e2e
ENV = "feature-ops"


@pytest.fixture(scope="module")
def make(bootstrapped):
    """`make <target> VAR=value...` in a work copy whose env.d/scw is filled in."""
    harness = bootstrapped
    checkout = harness.variant("make")
    copy_project(checkout, ("Makefile", "requirements.txt", "package-lock.json"))

    def run(target, **variables):
        arguments = [f"{key}={value}" for key, value in variables.items()]
        return harness.timed(
            " ".join(["make", target, *arguments]),
            ["make", "--no-print-directory", target, *arguments],
            cwd=checkout,
            env={"AUTO_APPROVE": "1"},
            capture_output=True,
        )

    return harness, run, checkout


def test_deploy_a_feature_environment_without_editing_the_site(make):
    harness, run, _ = make
    result = run("deploy", ENV=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Apply complete!" in result.stdout
    assert f"{ENV}-{SITE}-media" in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]


def test_django_env_writes_the_settings_to_a_private_file(make, tmp_path):
    harness, run, _ = make
    target = tmp_path / "media.env"
    result = run("django-env", ENV=ENV, OUTPUT=target)
    assert result.returncode == 0, result.stderr
    settings = read_env_file(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert settings["DJANGO_AWS_STORAGE_BUCKET_NAME"] == f"{ENV}-{SITE}-media"
    assert settings["DJANGO_AWS_S3_CUSTOM_DOMAIN"].endswith(".svc.edge.scw.cloud")
    assert settings["DJANGO_AWS_S3_ENDPOINT_URL"] == "https://s3.fr-par.scw.cloud"
    assert harness.api.secret_of(settings["DJANGO_AWS_ACCESS_KEY_ID"]) == settings["DJANGO_AWS_SECRET_ACCESS_KEY"]
    assert settings["DJANGO_AWS_SECRET_ACCESS_KEY"] not in result.stdout + result.stderr
    assert not any(value in result.stdout + result.stderr for value in CREDENTIALS.values())


def test_production_destroy_is_refused_before_terraform_runs(make):
    _, run, _ = make
    result = run("destroy", ENV="production")
    assert result.returncode != 0
    assert re.fullmatch(r"error: media-production is protected: refusing to destroy it\..*\n.*\n?", result.stderr)
    assert "Terraform" not in result.stdout


def test_destroy_the_feature_environment(make):
    harness, run, _ = make
    result = run("destroy", ENV=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{ENV}-{SITE}-media" not in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]


def test_a_deployer_missing_from_the_operators_is_refused_before_terraform_runs(make):
    """A bucket policy written without the deploying principal would lock it out: whose key
    it is, IAM says."""
    harness, run, checkout = make
    stranger = "99999999-9999-4999-8999-999999999999"
    harness.api.add_user(stranger, "stranger@example.org")
    harness.api.add_user_key(stranger, "SCWSTRANGER000000000", "5772a7e0-0000-4000-8000-000000000000", ACCOUNT["TF_VAR_scw_project_id"])
    harness.write_env_file(checkout, "SCWSTRANGER000000000", "5772a7e0-0000-4000-8000-000000000000")
    try:
        result = run("deploy", ENV="feature-locked")
    finally:
        harness.write_env_file(checkout)
    assert result.returncode != 0
    assert f"env.d/scw: its key belongs to user_id:{stranger}, which is not in `operators`" in result.stderr
    assert result.stdout == ""  # neither a synthesis nor Terraform ran
    assert not (checkout / "cdktf.out" / "stacks" / "media-feature-locked").exists()
    assert f"feature-locked-{SITE}-media" not in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]
