from typing import Any

"""What every bucket policy of the project says the same way."""

# Bucket policies on Scaleway use their own dated policy language version. With it, only
# what a policy explicitly allows is allowed (Scaleway docs, "Bucket policies overview").
POLICY_VERSION = "2023-04-17"


def operators_statement(bucket: str, operators: tuple[str, ...]) -> dict[str, Any]:
    """Everything on the bucket and its objects, for the project's operators (users, CI keys).

    Once a bucket has a policy, Scaleway denies every principal it does not allow
    (the organization owner aside): each bucket names all the operators.
    """
    return {
        "Sid": "OperatorsFullAccess",
        "Effect": "Allow",
        "Principal": {"SCW": list(operators)},
        "Action": "*",
        "Resource": [bucket, f"{bucket}/*"],
    }
