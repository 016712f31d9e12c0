"""Prerequisites of the end-to-end run: skipped with the reason when missing, or failed
when the run is required (`make e2e` sets E2E_REQUIRED=1)."""

import os

import pytest

from scripts.operate import OperatorError, check_node, check_terraform
from tests.e2e.harness import TIMINGS, Harness
from tests.provider_schema import schema_path


def missing_prerequisite() -> str | None:
    try:
        # The operators' own checks: Terraform on PATH and new enough, the CLI installed.
        check_terraform("terraform")
        check_node()
    except OperatorError as error:
        return str(error)
    if not schema_path().is_file():
        return f"provider schema not found at {schema_path()} (set SCALEWAY_PROVIDER_SCHEMA)"
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
