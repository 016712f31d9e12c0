"""Prerequisites of the end-to-end run: skipped with the reason when missing, or failed
when the run is required (`make e2e` sets E2E_REQUIRED=1)."""

import os

import pytest

from localscw.harness import Harness
from localscw.toolchain import ToolchainError, build_provider
from ops.checkout import CDKTF_CLI, ROOT, OperatorError
from ops.stack.preflight import check_terraform
from tests.conftest import TIMINGS


def missing_prerequisite() -> str | None:
    try:
        check_terraform("terraform")  # the operators' own check: on PATH and new enough
    except OperatorError as error:
        return str(error)
    if not (ROOT / CDKTF_CLI).exists():
        return "the cdktf CLI is not installed: run `make install` (npm ci)"
    try:
        build_provider()  # once per version; a no-op when the mirror has it
    except ToolchainError as error:
        return str(error)
    return None


def require(reason: str | None) -> None:
    if reason:
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail(f"end-to-end run required but {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def harness(tmp_path_factory):
    require(missing_prerequisite())
    running = Harness(tmp_path_factory.mktemp("e2e")).start()
    yield running
    running.stop()
    TIMINGS.extend(running.timings)


@pytest.fixture(scope="session")
def bootstrapped(harness):
    """The local Scaleway after `make bootstrap`: state bucket and Edge plan exist."""
    run = harness.ops("bootstrap")
    assert run.returncode == 0, run.output
    return harness
