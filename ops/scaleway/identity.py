"""Who the key in `env.d/scw` belongs to, as Scaleway's IAM says, not as anyone types it.

Before `bootstrap`, `deploy` and `destroy` write bucket policies, IAM is asked whose key is
in use (`GET /iam/v1alpha1/api-keys/{access_key}`: a user's or an application's) and
whether every principal the policies name (operators, deployers, planners) exists: a policy
naming someone who does not exist, or omitting whoever deploys, locks people out of the
buckets. Then the key's role decides what it may apply.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ops.checkout import OperatorError
from ops.scaleway.client import Scaleway
from stacks.settings.model import BOOTSTRAP_STACK, ProjectConfig

IAM = "/iam/v1alpha1"


class Iam:
    """Scaleway's IAM API (at `SCW_API_URL`, as the provider reads it), as the key's owner."""

    def __init__(self, scaleway: Scaleway):
        self.scaleway = scaleway

    def _get(self, path: str) -> dict[str, Any] | None:
        """The answer, or None when IAM has no such thing (404)."""
        return self.scaleway.call(f"{IAM}{path}")

    def owner_of(self, access_key: str) -> str:
        """`user_id:<id>` or `application_id:<id>`: whose key this is."""
        key = self._get(f"/api-keys/{access_key}")
        if key is None:
            raise OperatorError(f"env.d/scw: Scaleway knows no API key {access_key}: check SCW_ACCESS_KEY.")
        if key.get("application_id"):
            return f"application_id:{key['application_id']}"
        return f"user_id:{key['user_id']}"

    def exists(self, principal: str) -> bool:
        kind, _, principal_id = principal.partition(":")
        return self._get(f"/{'users' if kind == 'user_id' else 'applications'}/{principal_id}") is not None


def check_identity(iam: Iam, access_key: str, project: ProjectConfig, environments: Collection[str | None]) -> str:
    """The key's owner, once IAM confirms it and every principal the policies name exist, and
    the owner may apply these environments (None: the bootstrap): an operator everything, a
    deployer its environments, a planner nothing."""
    source = project.source
    owner = iam.owner_of(access_key)
    roles = (
        *(("operator", p) for p in project.operators),
        *(("deployer", d.principal) for d in project.deployers),
        *(("planner", p) for p in project.planners),
    )
    for role, principal in roles:
        if not iam.exists(principal):
            raise OperatorError(
                f"{source}: {role} {principal} does not exist in Scaleway's IAM: "
                "fix its id, or remove it (a bucket policy naming it would lock the real operators out)."
            )
    if owner in project.operators:
        return owner
    deployer = next((d for d in project.deployers if d.principal == owner), None)
    if deployer is not None:
        refused = sorted({env or BOOTSTRAP_STACK for env in environments} - set(deployer.environments))
        if refused:
            raise OperatorError(
                f"env.d/scw: its key belongs to {owner}, a deployer of {', '.join(deployer.environments)} ({source}): "
                f"it may not apply {', '.join(refused)}; use the key of an operator or of a deployer of {refused[0]}."
            )
        return owner
    if owner in project.planners:
        raise OperatorError(
            f"env.d/scw: its key belongs to {owner}, a planner ({source}): it plans (`make diff`, `make plan`, `make status`) "
            "and applies nothing; use an operator's or a deployer's key."
        )
    raise OperatorError(
        f"env.d/scw: its key belongs to {owner}, which is not in `operators` of {source}: "
        "add it there (and commit), or use the key of one of the operators listed."
    )
