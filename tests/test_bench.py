"""The benchmark's own parts: a wrong count or a broken generated site would print
numbers that look fine and mean nothing, and `make bench` runs too long to catch it."""

import statistics
import sys

import pytest

from scripts import bench
from stacks.config import load_site_config


def test_the_generated_site_has_the_asked_environments_and_the_whole_app(tmp_path):
    project = bench.generated_project(tmp_path / "project", 3)
    config = load_site_config("bench", project / "sites")
    assert [env.stack_name for env in config.environments] == ["media-env00", "media-env01", "media-env02"]
    assert (project / "main.py").is_file() and (project / "imports" / "scaleway").is_dir()
    assert (project / "sites" / "demo" / "scw" / "config.tfvars").is_file()


def test_a_slow_round_weighs_on_the_floor_too_and_cancels_out():
    floor = [1.0, 3.0, 1.0]
    demo = [1.2, 3.6, 1.25]  # the second round ran in a slow spell of the machine
    assert bench.paired_ratio(demo, floor) == pytest.approx(1.2)
    # A ratio of medians would read 1.25: the pairing is what cancels the slow round.
    assert bench.paired_ratio(demo, floor) < statistics.median(demo) / statistics.median(floor)


def test_round_trips_counts_each_request_to_the_kernel(tmp_path):
    one = "import cdktf; app = cdktf.App(outdir='out'); "
    empty = bench.round_trips([sys.executable, "-c", one + "app.synth()"], tmp_path, bench.environ())
    three_more = bench.round_trips(
        [sys.executable, "-c", one + "[cdktf.TerraformStack(app, f's{i}') for i in range(3)]; app.synth()"],
        tmp_path, bench.environ(),
    )
    assert empty >= 1
    assert three_more == empty + 3


def test_the_size_of_imports_leaves_out_bytecode(tmp_path):
    (tmp_path / "module.py").write_bytes(b"x" * 10)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "module.cpython-311.pyc").write_bytes(b"x" * 1000)
    assert bench.directory_size(tmp_path) == 10
