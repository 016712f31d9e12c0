import atexit
import os
import shutil
import tempfile
from pathlib import Path

# The tests' own sites, never the committed ones: set before the settings module is
# imported (it reads RICHIE_SITES_DIR once), inherited by every command a test runs.
FIXTURE_SITES = Path(tempfile.mkdtemp(prefix="richie-fixture-sites-"))
os.environ["RICHIE_SITES_DIR"] = str(FIXTURE_SITES)
atexit.register(shutil.rmtree, FIXTURE_SITES, True)

from ops.checkout import QUIET_CLI  # noqa: E402

os.environ.update(QUIET_CLI)  # before the first test starts the jsii kernel

from tests.fixture_sites import write_fixture_sites  # noqa: E402  (no cdktf: the controller starts no kernel)

write_fixture_sites(FIXTURE_SITES)

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def outdir(tmp_path_factory):
    """One folder for every test app's output, removed with pytest's temp dirs."""
    return tmp_path_factory.mktemp("cdktf-out")


@pytest.fixture(scope="session")
def demo_site():
    from stacks.settings import load_site

    return load_site("demo")


@pytest.fixture(scope="session")
def demo_stacks(demo_site, outdir):
    """Every stack of the demo site, synthesized once for all the tests that only read them."""
    from stacks.app import build_app
    from tests.helpers import first_deploy, fresh_app, synth_stacks

    app = build_app(demo_site, fresh_app(outdir / "demo"), inputs=first_deploy(demo_site))
    return synth_stacks(app)


# -- End-to-end timings (here, not in tests/e2e: under xdist only this conftest is
# loaded by the controller, which gathers what the workers timed) ----------------------

TIMINGS: list[tuple[str, float]] = []


def pytest_sessionfinish(session):
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["e2e_timings"] = TIMINGS


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """`-n auto`: two workers per core. The end-to-end run waits on its local Scaleway about
    half the time (on 2 cores: ~200 s with 2 workers, ~155 s with 3, ~150 s with 4)."""
    return 2 * (os.cpu_count() or 1)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    TIMINGS.extend(tuple(row) for row in getattr(node, "workeroutput", {}).get("e2e_timings", []))


def pytest_terminal_summary(terminalreporter):
    if TIMINGS:
        terminalreporter.section("end-to-end timings")
        for label, seconds in TIMINGS:
            terminalreporter.write_line(f"{seconds:6.1f} s  {label}")
        terminalreporter.write_line(f"{sum(s for _, s in TIMINGS):6.1f} s  sum of the steps (workers run in parallel)")
