"""Two judges of Object Storage access held to the same documented cases: the local
Scaleway's (what the end-to-end run enforces) and `make access`'s. Where one disagrees with
the case, the failure names the judge, the case and the page it rests on."""

import pytest

from localscw.objectstorage import rules
from ops.access import rules as access
from tests.access_cases import BUCKET, CASES, Case

VERDICTS = {access.ALLOWED: "allowed", access.DENIED: "denied", access.CONDITIONAL: "unsettled"}


def local_scaleway(case: Case) -> str:
    caller = rules.Caller(case.who, frozenset(case.sets), case.owner)
    decision = rules.decide(caller, case.operation, BUCKET, case.key, case.policy, case.versioned)
    return "allowed" if decision else "denied"  # it must decide: what no page settles is refused


def make_access(case: Case) -> str:
    principal = access.Principal(
        case.who or access.ANONYMOUS, case.who, access.iam_actions(case.sets), case.owner, access.unknown_sets(case.sets)
    )
    on = "object" if case.key else "bucket"
    return VERDICTS[access.evaluate(principal, access.Bucket(BUCKET, case.policy), case.action, on, case.key)]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_local_scaleway_answers_as_documented(case):
    expected = "denied" if case.expected == "unsettled" else case.expected
    assert local_scaleway(case) == expected, f"localscw is wrong on {case.name!r} ({case.page})"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_make_access_answers_as_documented(case):
    assert make_access(case) == case.expected, f"ops.access is wrong on {case.name!r} ({case.page})"


def test_the_action_of_each_case_is_the_one_the_local_scaleway_derives():
    """The table's own consistency: each row's action is EQUIVALENCE's for its operation."""
    for case in CASES:
        assert rules.action_of(case.operation, case.versioned) == case.action, case.name
