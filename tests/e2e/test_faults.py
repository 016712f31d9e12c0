"""Faults survived, for real, in `make test`: the short scenarios of `make chaos` (transient
errors with a lost answer, a refused state write) on the run's local Scaleway, each on a
site and work copy of its own. `make chaos` runs them all, and each without its handling."""

import pytest

from localscw.chaos import SCENARIOS, Chaos, run_scenario
from localscw.scaleway import CREDENTIALS

pytestmark = pytest.mark.e2e
SHORT = ("transient", "refused")


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s.name in SHORT], ids=lambda s: s.name)
def test_the_scenario_is_survived_with_nothing_orphaned_or_lost(bootstrapped, scenario):
    outcome = run_scenario(bootstrapped, scenario, f"faults{SHORT.index(scenario.name)}")
    assert outcome.survived, outcome.why
    assert (outcome.orphaned, outcome.lost) == (0, 0) and outcome.injected > 0


def test_a_bucket_holding_media_that_no_state_holds_is_adopted_not_deleted(bootstrapped):
    """A first deploy killed after its bucket was made and media uploaded: `make status`
    names it with `make adopt`, `make clean-orphans` leaves it, and adoption keeps its media."""
    harness, site, env = bootstrapped, "adopted", "staging"
    checkout = harness.variant(site)
    harness.write_site(site, checkout=checkout)
    chaos = Chaos(harness, checkout, site)
    operator = harness.gateway_client(CREDENTIALS["SCW_ACCESS_KEY"], CREDENTIALS["SCW_SECRET_KEY"])
    operator.create_bucket(Bucket="staging-adopted-media")
    operator.put_object(Bucket="staging-adopted-media", Key="media/kept.txt", Body=b"kept")
    status = chaos.ops("status", "--sites", site)
    assert status.returncode == 1, status.output
    assert "adopted/staging: bucket staging-adopted-media (fr-par/staging-adopted-media, holds 1 object)" in status.output
    assert "`RICHIE_SITE=adopted make adopt ENV=staging` makes it its environment's again" in status.output
    cleaned = chaos.ops("clean-orphans", "--sites", site, answer="delete")
    assert cleaned.returncode == 1 and "Deleted" not in cleaned.output, cleaned.output
    adopted = chaos.ops("adopt", env, answer=env)
    assert adopted.returncode == 0, adopted.output
    deployed = chaos.ops("deploy", env)
    assert deployed.returncode == 0 and "media_bucket will be created" not in deployed.output, deployed.output
    chaos.converged(env)
    assert harness.s3.get_object(Bucket="staging-adopted-media", Key="media/kept.txt")["Body"].read() == b"kept"
