"""Who the key in `env.d/scw` belongs to, as Scaleway's IAM says, not as anyone types it.

Before `bootstrap`, `deploy` and `destroy` write bucket policies, IAM is asked whose key is
in use (`GET /iam/v1alpha1/api-keys/{access_key}`: a user's or an application's) and
whether every principal the policies name (operators, deployers, planners) exists: a policy
naming someone who does not exist, or omitting whoever deploys, locks people out of the
buckets. Then the key's role decides what it may apply.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection
from typing import Any

from ops.checkout import OperatorError
from ops.retry import with_retries
from stacks.model import BOOTSTRAP_STACK, ProjectConfig

DEFAULT_API_URL = "https://api.scaleway.com"
IAM = "/iam/v1alpha1"
TIMEOUT_SECONDS = 30


def api_url(environ: dict[str, str]) -> str:
    """Scaleway's API: `SCW_API_URL` when set, as the provider reads it."""
    return environ.get("SCW_API_URL") or DEFAULT_API_URL


def api_call(api_url: str, secret_key: str, path: str, method: str = "GET") -> dict[str, Any] | None:
    """Scaleway's answer to `method path` with the key's secret (retried while it fails for a
    moment), or None when it has no such thing (404); a refusal or an outage is one line."""
    request = urllib.request.Request(f"{api_url.rstrip('/')}{path}", headers={"X-Auth-Token": secret_key}, method=method)
    try:
        body = with_retries(lambda: read(request))
        return dict(json.loads(body)) if body else {}
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        if error.code in (401, 403):
            raise OperatorError(
                f"Scaleway refused the key of env.d/scw ({error.code}): check SCW_ACCESS_KEY and SCW_SECRET_KEY, "
                f"and that the key has an operator's rights (docs/scw.md; asked for {path.split('?')[0]})."
            ) from None
        raise OperatorError(
            f"Scaleway's API answered {error.code} to {method} {path.split('?')[0]}: try again, or see status.scaleway.com."
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise OperatorError(f"could not reach Scaleway's API at {api_url} ({reason}): check your network.") from None


def read(request: urllib.request.Request) -> bytes:
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        return bytes(response.read())


PAGE_SIZE = 100  # the most a Scaleway listing gives per page


def api_list(api_url: str, secret_key: str, path: str, items: str, **query: str) -> list[dict[str, Any]]:
    """Every item of a paged listing (`{"<items>": [...], "total_count": n}`)."""
    found: list[dict[str, Any]] = []
    page = 1
    while True:
        arguments = urllib.parse.urlencode({**query, "page": page, "page_size": PAGE_SIZE})
        answer = api_call(api_url, secret_key, f"{path}?{arguments}") or {}
        batch = list(answer.get(items) or [])
        found += batch
        if not batch or len(found) >= int(answer.get("total_count") or 0):
            return found
        page += 1


class Iam:
    """Scaleway's IAM API at `api_url` (`SCW_API_URL`, as the provider reads it), as the key's owner."""

    def __init__(self, api_url: str, secret_key: str):
        self.api_url = api_url.rstrip("/")
        self.secret_key = secret_key

    def _get(self, path: str) -> dict[str, Any] | None:
        """The answer, or None when IAM has no such thing (404)."""
        return api_call(self.api_url, self.secret_key, f"{IAM}{path}")

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
