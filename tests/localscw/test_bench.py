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


def test_the_report_judges_each_comparison_against_its_budget(capsys, tmp_path):
    diff = bench.Measured("make diff ENV=staging", ["true"], tmp_path, {})
    plan = bench.Measured("terraform plan (hand-written HCL)", ["true"], tmp_path, {})
    comparisons = [bench.Comparison(diff, plan, 1.5)]
    without_e2e = bench.SUITES[0]
    code = bench.report(comparisons, {diff.label: [3.0, 3.2], plan.label: [2.0, 2.0]}, {}, [(without_e2e, 20.0)], 2, [])
    out = capsys.readouterr().out
    assert code == 1
    assert "1.55x (budget 1.5x) MISSED" in out and f"BUDGET MISSED: {diff.label}" in out
    assert "test suite without the end-to-end run" in out and "(budget 30 s) ok" in out
    assert bench.report(comparisons, {diff.label: [2.9], plan.label: [2.0]}, {}, [], 1, []) == 0


def test_every_measured_command_is_timed_in_turns(tmp_path):
    """What a comparison names is what runs: no label to match by hand."""
    fast = bench.Measured("fast", ["true"], tmp_path, {})
    also = bench.Measured("also fast", ["true"], tmp_path, {"X": "1"})
    times = bench.interleaved([bench.Comparison(fast, also, 1.0)], 2, {"PATH": "/usr/bin:/bin"})
    assert sorted(times) == ["also fast", "fast"] and all(len(v) == 2 for v in times.values())


def test_peak_memory_is_the_commands_own(tmp_path):
    small = bench.peak_rss_mib(["python3", "-c", "pass"], tmp_path, {"PATH": "/usr/bin:/bin"})
    large = bench.peak_rss_mib(["python3", "-c", "x = bytearray(200 * 2**20)"], tmp_path, {"PATH": "/usr/bin:/bin"})
    assert large - small > 150
