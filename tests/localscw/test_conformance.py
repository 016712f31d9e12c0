"""The local Scaleway answers as the provider's recordings of the real one do."""

import pytest

from localscw import conformance
from localscw.toolchain import ToolchainError


@pytest.fixture(scope="module")
def results():
    try:
        return conformance.run_all()
    except ToolchainError as error:  # no Go, no module cache: nothing to replay
        pytest.skip(str(error))


def test_at_least_95_percent_of_the_recorded_interactions_conform(results):
    conform, total = sum(r.conform for r in results), sum(r.total for r in results)
    assert total > 500, "the cassettes of the resources in use were not all replayed"
    assert conform >= 0.95 * total, conformance.render(results)


def test_every_cassette_in_use_is_replayed_and_every_fault_is_named(results):
    assert [r.cassette for r in results] == list(conformance.CASSETTES)
    for result in results:
        assert result.total > 0, result.cassette
        assert len(result.faults) == result.total - result.conform, result.cassette
    report = conformance.render(results)
    assert report.splitlines()[-1].startswith(f"{sum(r.conform for r in results)}/{sum(r.total for r in results)} interactions conform")


def test_the_edge_and_iam_cassettes_conform_entirely(results):
    """What the provider does with pipelines, stages, plans and IAM, answered as recorded."""
    for result in results:
        if not result.cassette.startswith("object/"):
            assert result.faults == [], (result.cassette, result.faults)


def test_a_cassette_that_cannot_be_read_is_one_line(tmp_path):
    broken = tmp_path / "broken.cassette.yaml"
    broken.write_text("interactions: [unclosed")
    with pytest.raises(ToolchainError, match=r"^cannot read the cassette .*broken\.cassette\.yaml"):
        conformance.interactions(broken)


def test_a_differing_answer_is_named_with_the_field_and_both_values():
    recorded = {"id": "11111111-1111-4111-8111-111111111111", "type": "managed", "created_at": "2026-01-01T00:00:00Z"}
    ours = {"id": "22222222-2222-4222-8222-222222222222", "type": "custom", "created_at": "2026-11-30T00:00:00Z"}
    ids = {recorded["id"]: ours["id"]}
    assert list(conformance.differences(recorded, ours, ids)) == ['type: expected "managed", got "custom"']
