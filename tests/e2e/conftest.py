"""Prerequisites of the end-to-end run: skipped with the reason when missing, or failed
when the run is required (`make e2e` sets E2E_REQUIRED=1)."""

import os

import pytest

from tests.e2e.harness import CDKTF_CLI, ROOT, TIMINGS, Harness, terraform_version
from tests.provider_schema import schema_path


def missing_prerequisite() -> str | None:
    version = terraform_version()
    if version is None:
        return "Terraform is not on PATH (the end-to-end run needs Terraform >= 1.10)"
    if version < (1, 10):
        return f"Terraform {version[0]}.{version[1]} is older than 1.10 (native S3 locking)"
    if not schema_path().is_file():
        return f"provider schema not found at {schema_path()} (set SCALEWAY_PROVIDER_SCHEMA)"
    if not (ROOT / CDKTF_CLI).exists():
        return "the cdktf CLI is not installed (npm ci)"
    return None


@pytest.fixture(scope="session")
def harness(tmp_path_factory):
    reason = missing_prerequisite()
    if reason:
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail(f"end-to-end run required but {reason}", pytrace=False)
        pytest.skip(reason)
    running = Harness(tmp_path_factory.mktemp("e2e"), schema_path()).start()
    yield running
    running.stop()
    TIMINGS.extend(running.timings)


@pytest.fixture(scope="session")
def bootstrapped(harness):
    """The local Scaleway after `cdktf deploy bootstrap`: state bucket and Edge plan exist."""
    run = harness.cdktf("deploy", "bootstrap", "--auto-approve")
    assert run.returncode == 0, run.output
    return harness
