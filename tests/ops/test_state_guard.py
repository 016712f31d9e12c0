"""A state bucket is closed when Scaleway's rules let the operators in and nobody else."""

from ops.state_guard import closed_to_outsiders
from tests.helpers import OPERATORS, project_config

PROJECT = project_config()


def statement(principals, action="*"):
    return {
        "Effect": "Allow",
        "Principal": {"SCW": principals},
        "Action": action,
        "Resource": [PROJECT.state_bucket, f"{PROJECT.state_bucket}/*"],
    }


def test_no_policy_is_open():
    assert not closed_to_outsiders(PROJECT, None)


def test_the_operators_only_policy_is_closed():
    assert closed_to_outsiders(PROJECT, {"Version": "2023-04-17", "Statement": [statement(list(OPERATORS))]})


def test_a_policy_that_lets_anyone_read_is_open():
    policy = {
        "Version": "2023-04-17",
        "Statement": [statement(list(OPERATORS)), {**statement("*"), "Principal": "*", "Action": "s3:GetObject"}],
    }
    assert not closed_to_outsiders(PROJECT, policy)


def test_a_policy_that_forgets_an_operator_is_not_the_operators_one():
    assert not closed_to_outsiders(PROJECT, {"Version": "2023-04-17", "Statement": [statement([OPERATORS[0]])]})
