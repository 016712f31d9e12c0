"""Faults survived, for real, in `make test`: the short scenarios of `make chaos` (transient
errors with a lost answer, a refused state write) on the run's local Scaleway, each on a
site and work copy of its own. `make chaos` runs them all, and each without its handling."""

import pytest

from localscw.chaos import SCENARIOS, run_scenario

pytestmark = pytest.mark.e2e
SHORT = ("transient", "refused")


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s.name in SHORT], ids=lambda s: s.name)
def test_the_scenario_is_survived_with_nothing_orphaned_or_lost(bootstrapped, scenario):
    outcome = run_scenario(bootstrapped, scenario, f"faults{SHORT.index(scenario.name)}")
    assert outcome.survived, outcome.why
    assert (outcome.orphaned, outcome.lost) == (0, 0) and outcome.injected > 0
