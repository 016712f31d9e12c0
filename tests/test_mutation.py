"""`make mutation` reads mutmut's results per module: what it caught, what lives on."""

from tests.mutation import GUARDED, config, scores

# As `mutmut results --all true` (mutmut 3.8) prints them.
RESULTS = """\
    ops.stack.state_guard.x_normalised__mutmut_1: killed
    ops.stack.state_guard.x_normalised__mutmut_2: survived
    ops.stack.state_guard.x_private__mutmut_3: timeout
    ops.access.rules.xǁPrincipalǁ__init____mutmut_1: no tests
    ops.access.rules.x_evaluate__mutmut_7: killed
"""


def test_a_mutant_is_caught_when_the_tests_fail_or_hang():
    measured = scores(RESULTS)
    assert measured["ops/stack/state_guard.py"][:2] == (2, 3)
    assert measured["ops/stack/state_guard.py"][2] == ["ops.stack.state_guard.x_normalised__mutmut_2: survived"]


def test_a_mutant_no_test_reaches_counts_against_its_module():
    assert scores(RESULTS)["ops/access/rules.py"] == (1, 2, ["ops.access.rules.xǁPrincipalǁ__init____mutmut_1: no tests"])


def test_mutmut_mutates_the_guarded_modules_runs_their_tests_and_copies_the_rest():
    section = config({"ops", "stacks", "tests"})
    assert all(f'"{module}"' in section and f'"{tests}"' in section for module, tests in GUARDED.items())
    assert 'also_copy = ["ops", "stacks", "tests"]' in section
