"""The local Scaleway answers as the provider's recordings of the real one do, compared
strictly, over every recording that concerns the project; and the replay can fail."""

import pytest

from localscw import conformance
from localscw.recordings import mapped_cassettes
from localscw.toolchain import ToolchainError


@pytest.fixture(scope="module")
def results():
    try:
        return conformance.run_all()
    except ToolchainError as error:  # no Go, no module cache: nothing to replay
        pytest.skip(str(error))


def test_every_mapped_cassette_is_replayed_whole_and_every_fault_is_named(results):
    assert [r.cassette for r in results] == list(mapped_cassettes())
    services = conformance.cassette_dir()
    for result in results:
        recorded = conformance.interactions(conformance.cassette_path(services, result.cassette))
        assert result.total + result.skipped == len(recorded), result.cassette  # wrong-algo records none: the provider refuses first
        assert len(result.faults) == result.total - result.conform, result.cassette
    assert sum(r.total for r in results) > 1500


# The differences known today, each named in `make conformance`'s report: a change that adds
# one fails here (the 95% floor alone would let a few through); one that removes some lowers these.
KNOWN_DIFFERENCES = {"object": 26, "iam": 3}


@pytest.mark.parametrize("service", ["object", "edgeservices", "iam", "domain", "account"])
def test_each_service_conforms_strictly_at_95_percent_at_least_and_differs_no_more_than_known(results, service):
    chosen = [r for r in results if r.service == service]
    assert conformance.score(results, service) >= conformance.FLOOR, conformance.render(chosen)
    _, _, differ, _ = conformance.per_service(results)[service]
    assert differ <= KNOWN_DIFFERENCES.get(service, 0), conformance.render(chosen)


def test_the_report_gives_each_service_and_what_no_recording_shows(results):
    report = conformance.render(results)
    lines = report.splitlines()
    assert lines[-1].startswith(f"{sum(r.conform for r in results)}/{sum(r.total for r in results)} interactions conform in all")
    for service in ("object", "edgeservices", "iam", "domain", "account"):
        assert any(line.startswith(service) and line.endswith("%") for line in lines), service
    assert "unrecorded" in report and "the head stage" in report and "a cache purge" in report


def test_every_breakage_lowers_the_score():
    """The self-test `make conformance` runs: a replay that could not fail would prove nothing."""
    try:
        found = conformance.self_test()
    except ToolchainError as error:
        pytest.skip(str(error))
    assert len(found) == len(conformance.BREAKAGES) >= 8
    assert [name for name, whole, broken in found if broken >= whole] == []


# -- The comparator, strict ------------------------------------------------------------------

KEY = {"access_key": "SCWAAAAAAAAAAAAAAAAA", "secret_key": "11111111-1111-1111-1111-111111111111", "expires_at": "2035-07-06T09:00:00Z"}


def faults(recorded, ours, ids=None, **options):
    return list(conformance.differences(recorded, ours, ids or {}, **options))


def test_a_differing_answer_is_named_with_the_field_and_both_values():
    recorded = {"id": "11111111-1111-4111-8111-111111111111", "type": "managed", "created_at": "2026-01-01T00:00:00.123456Z"}
    ours = {"id": "22222222-2222-4222-8222-222222222222", "type": "custom", "created_at": "2026-11-30T00:00:00.654321Z"}
    assert faults(recorded, ours, {recorded["id"]: ours["id"]}) == ['type: expected "managed", got "custom"']


def test_a_new_keys_secret_is_compared_by_its_form():
    assert faults(KEY, {**KEY, "secret_key": "99999999-9999-4999-8999-999999999999"}) == []
    assert faults(KEY, {**KEY, "secret_key": None}) != []


def test_expires_at_is_compared_by_value_in_utc():
    assert faults(KEY, {**KEY, "expires_at": "2035-07-06T11:00:00+02:00"}) != []
    assert faults(KEY, {**KEY, "expires_at": None}) != []


def test_other_timestamps_are_compared_by_their_form():
    recorded = {"created_at": "2026-06-10T16:12:40.674053Z"}
    assert faults(recorded, {"created_at": "2026-12-06T13:00:00.000001Z"}) == []
    assert faults(recorded, {"created_at": "1970-01-01T00:00:00Z"}) != []


def test_s3_owners_read_project_colon_project():
    recorded = {"Owner": [{"ID": ["p1:p1"], "DisplayName": ["p1:p1"]}]}
    assert faults(recorded, {"Owner": [{"ID": ["p1:p1"], "DisplayName": ["p1:p1"]}]}) == []
    assert faults(recorded, {"Owner": [{"ID": ["75aa57f0"], "DisplayName": ["webfile"]}]}) != []


def test_rule_ids_are_compared():
    assert faults({"Rule": [{"ID": ["expire"]}]}, {"Rule": [{"ID": ["rewritten"]}]}) != []


def test_an_answer_scaleway_changed_conforms_in_its_newer_form_only_for_older_recordings():
    recorded, ours = {"errors": [{"stage": "dns"}]}, {"errors": [{"stage": "unknown_stage"}]}
    assert faults(recorded, ours, recorded_on="2026-02-18") == []
    assert faults(recorded, ours, recorded_on="2026-07-01") != []
    assert faults(recorded, {"errors": [{"stage": "cache"}]}, recorded_on="2026-02-18") != []


def test_fields_we_add_are_collected_not_faulted():
    extra: set[str] = set()
    assert faults({"a": 1}, {"a": 1, "vpc_endpoint_ids": []}, extra=extra) == [] and extra == {"vpc_endpoint_ids"}


def test_a_cassette_that_cannot_be_read_is_one_line(tmp_path):
    broken = tmp_path / "broken.cassette.yaml"
    broken.write_text("interactions: [unclosed")
    with pytest.raises(ToolchainError, match=r"^cannot read the cassette .*broken\.cassette\.yaml"):
        conformance.interactions(broken)
