"""The benchmark's own parts: a wrong pairing or a wrong verdict would print numbers that
look fine and mean nothing, and `make bench` runs too long to catch it."""

import statistics

import pytest

from localscw import bench


def test_a_slow_round_weighs_on_the_baseline_too_and_cancels_out():
    baseline = [1.0, 3.0, 1.0]
    measured = [1.2, 3.6, 1.25]  # the second round ran in a slow spell of the machine
    assert bench.paired_ratio(measured, baseline) == pytest.approx(1.2)
    # A ratio of medians would read 1.25: the pairing is what cancels the slow round.
    assert bench.paired_ratio(measured, baseline) < statistics.median(measured) / statistics.median(baseline)


def test_the_report_judges_each_comparison_against_its_budget(capsys):
    diff, plan = bench.COMPARISONS[0].label, bench.COMPARISONS[0].baseline
    code = bench.report({diff: [3.0, 3.2], plan: [2.0, 2.0]}, {}, {"not e2e": 20.0}, 2, [])
    out = capsys.readouterr().out
    assert code == 1
    assert "1.55x (budget 1.5x) MISSED" in out and f"BUDGET MISSED: {diff}" in out
    assert "(budget 30 s) ok" in out
    assert bench.report({diff: [2.9], plan: [2.0]}, {}, {}, 1, []) == 0


def test_peak_memory_is_the_commands_own(tmp_path):
    small = bench.peak_rss_mib(["python3", "-c", "pass"], tmp_path, {"PATH": "/usr/bin:/bin"})
    large = bench.peak_rss_mib(["python3", "-c", "x = bytearray(200 * 2**20)"], tmp_path, {"PATH": "/usr/bin:/bin"})
    assert large - small > 150
