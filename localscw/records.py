"""What the local API's services share: their records' JSON, their errors, their clock."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

Json = dict[str, Any]


class ApiError(Exception):
    def __init__(self, status: int, body: Json):
        super().__init__(body.get("message"))
        self.status, self.body = status, body


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
