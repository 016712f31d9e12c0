"""A local Scaleway API with one operator, served over HTTP: what the tests that call the
API as a client does share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from localscw.api import ScalewayApi

ORGANIZATION = "22222222-2222-4222-8222-222222222222"
USER = "33333333-3333-4333-8333-333333333333"
ACCESS_KEY = "SCWOPERATOR000000000"
SECRET = "e2e00000-0000-4000-8000-000000000000"


@contextmanager
def served_api() -> Iterator[tuple[ScalewayApi, str]]:
    """The API holding the operator and their key, and its URL, until the block ends."""
    local = ScalewayApi(ORGANIZATION)
    local.add_user(USER, "operator@example.org")
    local.add_user_key(USER, ACCESS_KEY, SECRET, ORGANIZATION)
    server = local.serve()
    try:
        yield local, server.url
    finally:
        server.stop()
