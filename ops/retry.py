"""Our own calls to Scaleway (state reads, IAM and Edge Services lookups, the cache purge)
retried as the provider retries its own (internal/transport/retry.go, go-retryablehttp): a
429, a 5xx but 501, or a dropped connection is tried again, `Retry-After` honoured, else
after a doubling wait; anything else is the caller's to report at once.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

ATTEMPTS = 4  # the provider's: one try and 3 retries
FIRST_WAIT_SECONDS = 1.0
MAX_WAIT_SECONDS = 30.0


def transient(error: BaseException) -> bool:
    """Whether trying again may succeed."""
    if isinstance(error, urllib.error.HTTPError):
        return error.code == 429 or (error.code >= 500 and error.code != 501)
    if isinstance(error, urllib.error.URLError):
        return isinstance(error.reason, (ConnectionError, TimeoutError, http.client.HTTPException))
    return isinstance(error, (ConnectionError, TimeoutError, http.client.HTTPException))


def wait_before(error: BaseException, attempt: int) -> float:
    """`Retry-After` (seconds) when the answer gives one, else the doubling wait."""
    if isinstance(error, urllib.error.HTTPError):
        given = str(error.headers.get("Retry-After") or "") if error.headers else ""
        if given and given.strip().isdigit():
            return min(float(given), MAX_WAIT_SECONDS)
    return float(min(FIRST_WAIT_SECONDS * 2 ** (attempt - 1), MAX_WAIT_SECONDS))


def with_retries(call: Callable[[], T]) -> T:
    """`call()`, tried again on a transient failure, at most `ATTEMPTS` times in all."""
    for attempt in range(1, ATTEMPTS):
        try:
            return call()
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
            if not transient(error):
                raise
            if isinstance(error, urllib.error.HTTPError):
                error.close()
            time.sleep(wait_before(error, attempt))  # the backoff itself
    return call()
