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


def page(items: list[Json], query: Json, name: str) -> Json:
    """One page of a listing as the APIs answer it (`{"<name>": [...], "total_count": n}`):
    `page` from 1, `page_size` items (20 unless asked, as the SDK's requests default)."""
    size, number = int(query.get("page_size") or 20), int(query.get("page") or 1)
    return {name: items[(number - 1) * size : number * size], "total_count": len(items)}
