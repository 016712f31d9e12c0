"""`make chaos`'s figure, and its self-test's breakages still fitting the code they break."""

from localscw.chaos import SCENARIOS, Outcome, figure
from ops.checkout import ROOT


def test_every_breakage_applies_to_the_code_it_removes_the_handling_from():
    for scenario in SCENARIOS:
        text = (ROOT / scenario.breakage.path).read_text()
        assert text.count(scenario.breakage.old) == 1, (scenario.name, scenario.breakage.old)


def test_the_figure_counts_survivors_orphans_and_lost_states():
    outcomes = [Outcome("a", True, 0, 0, 1.0), Outcome("b", False, 2, 1, 1.0, why="x"), Outcome("c", False, 1, 0, 1.0)]
    assert figure(outcomes) == "scenarios survived: 1/3 · resources orphaned: 3 · states lost: 1"
