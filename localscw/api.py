"""The Scaleway API on 127.0.0.1, for what the provider and our commands call: IAM
(`localscw.iam`), Account v3's projects (`localscw.account`), Edge Services v1beta1
(`localscw.edge`) and Domains and DNS v2beta1 (`localscw.domain`), each answering as the
provider's recorded exchanges show the real API answering, behind one HTTP layer here.
`make conformance` replays those recordings against it.

Requests are authenticated as the SDK sends them (`X-Auth-Token: <secret key>`); an unknown
token gets 401 as the real API answers. Records live in memory, one lock for all. A test
may give it faults to answer with instead (`faults`, a `localscw.faults.FaultPlan`).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable

from localscw.account import Account
from localscw.domain import DomainsDns
from localscw.edge import EdgeServices
from localscw.faults import FaultPlan, Hold, through
from localscw.iam import Iam
from localscw.loopback import LoopbackServer, QuietHandler
from localscw.records import ApiError, Json


class ScalewayApi(Iam, Account, EdgeServices, DomainsDns):
    """Every service's records and rules; `serve()` puts them behind HTTP on 127.0.0.1."""

    def __init__(self, organization_id: str):
        self.organization_id = organization_id
        self.lock = threading.RLock()
        Iam.__init__(self)
        Account.__init__(self)
        EdgeServices.__init__(self)
        DomainsDns.__init__(self)
        self.faults = FaultPlan()  # set by a test: what the API answers under load
        self.requests: list[tuple[str, str]] = []
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., tuple[int, Json | None]]]] = [
            *self.iam_routes(),
            *self.account_routes(),
            *self.edge_routes(),
            *self.domain_routes(),
        ]

    def hold(self, method: str, path: str) -> Hold:
        """Hold the next request matching `method` and the `path` pattern until released."""
        return self.faults.hold(method, path)

    # -- HTTP -------------------------------------------------------------------------------------

    def authenticated(self, token: str | None) -> bool:
        with self.lock:
            return any(key["_secret"] == token for key in self.api_keys.values())

    def handle(self, method: str, path: str, query: Json, body: Json, token: str | None) -> tuple[int, Json | None]:
        """One request: (status, JSON answer)."""
        if not self.authenticated(token):
            # The API's answer to a missing or unknown token.
            return 401, {
                "message": "authentication is denied",
                "method": "api_key",
                "reason": "invalid_argument",
                "type": "denied_authentication",
            }
        for route_method, pattern, action in self._routes:
            match = pattern.fullmatch(path)
            if match and route_method == method:
                with self.lock:
                    self.requests.append((method, path))
                    try:
                        return action(match, query, body)
                    except ApiError as error:
                        return error.status, error.body
        return 404, {"message": f"no route for {method} {path} in the local Scaleway API"}

    def serve(self) -> ApiServer:
        return ApiServer(self)


class ApiServer:
    """The API on a free port of 127.0.0.1, in threads of this process."""

    def __init__(self, api: ScalewayApi):
        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                path, _, query_text = self.path.partition("?")
                query = dict(part.partition("=")[::2] for part in query_text.split("&") if part)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    body = {}
                through(api.faults, self, path, lambda: self._serve(path, query, body))

            def _serve(self, path: str, query: Json, body: Json) -> tuple[int, list[tuple[str, str]], bytes]:
                status, answer = api.handle(self.command, path, query, body, self.headers.get("X-Auth-Token"))
                if answer is None:
                    return status, [], b""
                return status, [("Content-Type", "application/json")], json.dumps(answer).encode()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self.http = LoopbackServer(Handler)
        self.url = self.http.url

    def stop(self) -> None:
        self.http.stop()
