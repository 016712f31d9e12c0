"""The make targets' commands for real: deploy, django-env and destroy of a feature environment."""

import os
import re
import stat
import sys

import pytest

from tests.e2e.harness import ACCOUNT, SITE

pytestmark = pytest.mark.e2e
ENV = "feature-ops"


@pytest.fixture(scope="module")
def operator(bootstrapped):
    """A work copy with a filled-in env.d/scw, as an operator has after `make env.d/scw`."""
    harness = bootstrapped
    project = harness.variant("operator")
    environ = harness.environ
    names = ("SCW_ACCESS_KEY", "SCW_SECRET_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", *ACCOUNT)
    (project / "env.d" / "scw").write_text("".join(f"{name}={environ[name]}\n" for name in names))
    credentials = {name: environ.pop(name) for name in names}  # only env.d/scw holds them now

    def operate(*args, **env):
        return harness.timed(
            f"operate.py {' '.join(args)}", [sys.executable, "scripts/operate.py", *args],
            cwd=project, environ={**environ, **env}, capture_output=True,
        )

    return harness, project, operate, credentials


def test_deploy_a_feature_environment_without_editing_the_site(operator):
    harness, _, operate, _ = operator
    result = operate("deploy", ENV, AUTO_APPROVE="1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{ENV}-{SITE}-media" in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]


def test_django_env_writes_the_settings_to_a_private_file(operator, tmp_path):
    harness, _, operate, credentials = operator
    target = tmp_path / "media.env"
    result = operate("django-env", ENV, "--output", str(target))
    assert result.returncode == 0, result.stderr
    settings = dict(line.split("=", 1) for line in target.read_text().splitlines())
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert settings["DJANGO_AWS_STORAGE_BUCKET_NAME"] == f"{ENV}-{SITE}-media"
    assert settings["DJANGO_AWS_S3_CUSTOM_DOMAIN"].endswith(".svc.edge.scw.cloud")
    assert settings["DJANGO_AWS_S3_ENDPOINT_URL"] == "https://s3.fr-par.scw.cloud"
    keys = [k for k in harness.records("scaleway_iam_api_key").values() if k["access_key"] == settings["DJANGO_AWS_ACCESS_KEY_ID"]]
    assert len(keys) == 1 and keys[0]["secret_key"] == settings["DJANGO_AWS_SECRET_ACCESS_KEY"]
    assert settings["DJANGO_AWS_SECRET_ACCESS_KEY"] not in result.stdout + result.stderr
    assert not any(value in result.stdout + result.stderr for value in credentials.values() if len(value) > 20)


def test_production_destroy_is_refused_before_terraform_runs(operator):
    _, _, operate, _ = operator
    result = operate("destroy", "production", AUTO_APPROVE="1")
    assert result.returncode == 2
    assert re.fullmatch(r"error: media-production is protected: refusing to destroy it\..*\n", result.stderr)
    assert result.stdout == ""


def test_destroy_the_feature_environment(operator):
    harness, _, operate, _ = operator
    result = operate("destroy", ENV, AUTO_APPROVE="1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{ENV}-{SITE}-media" not in [b["Name"] for b in harness.s3.list_buckets()["Buckets"]]
