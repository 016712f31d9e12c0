"""Scaleway's API as the operator's commands ask it, with one key (`ops.key.ScalewayKey`):
an answer, a listing read to its last page, a cache purge. Each call is retried while the
API fails for a moment; a refusal or an outage is one line. The state bucket's client is
`ops.scaleway.state_bucket`."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

from ops.checkout import OperatorError
from ops.key import ScalewayKey
from ops.retry import with_retries

TIMEOUT_SECONDS = 30
PAGE_SIZE = 100  # the most a Scaleway listing gives per page
PURGE = "/edge-services/v1beta1/purge-requests"


class Scaleway:
    def __init__(self, key: ScalewayKey):
        self.key = key

    @classmethod
    def of(cls, environ: Mapping[str, str]) -> Scaleway:
        return cls(ScalewayKey.of(environ))

    def call(self, path: str, method: str = "GET", body: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        """Scaleway's answer to `method path` (`body` sent as JSON), or None when it has no
        such thing (404)."""
        headers = {"X-Auth-Token": self.key.secret_key, **({"Content-Type": "application/json"} if body is not None else {})}
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.key.api_url}{path}", data=data, headers=headers, method=method)
        try:
            answer = with_retries(lambda: read(request))
            return dict(json.loads(answer)) if answer else {}
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
            raise OperatorError(f"could not reach Scaleway's API at {self.key.api_url} ({reason}): check your network.") from None

    def list(self, path: str, items: str, **query: str) -> list[dict[str, Any]]:
        """Every item of a paged listing (`{"<items>": [...], "total_count": n}`)."""
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            arguments = urllib.parse.urlencode({**query, "page": page, "page_size": PAGE_SIZE})
            answer = self.call(f"{path}?{arguments}") or {}
            batch = list(answer.get(items) or [])
            found += batch
            if not batch or len(found) >= int(answer.get("total_count") or 0):
                return found
            page += 1

    def purge(self, pipeline_id: str) -> None:
        """Ask Edge Services to drop every cached object of the pipeline (after a deploy)."""
        try:
            answer = self.call(PURGE, "POST", {"pipeline_id": pipeline_id, "all": True})
        except OperatorError as error:
            answer, problem = None, str(error)
        else:
            problem = f"no pipeline {pipeline_id} at {self.key.api_url}"
        if answer is None:
            raise OperatorError(f"the deploy succeeded but the cache purge failed ({problem}); purge it from the console.")


def read(request: urllib.request.Request) -> bytes:
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        return bytes(response.read())
