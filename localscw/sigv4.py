"""Signature Version 4, checked as Object Storage checks it ("Generating an AWS4
Authorization signature", Object Storage API docs): in the `Authorization` header, or in
a presigned URL's query. Streamed (chunked) payloads are checked by their seed signature.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote

ALGORITHM = "AWS4-HMAC-SHA256"
HEADER = re.compile(
    r"AWS4-HMAC-SHA256\s+Credential=(?P<credential>[^,]+),\s*SignedHeaders=(?P<signed>[^,]+),\s*Signature=(?P<signature>[0-9a-f]+)"
)
UNSIGNED = "UNSIGNED-PAYLOAD"


@dataclass(frozen=True)
class Signed:
    """What a request claims: whose key, and the parts its signature covers."""

    access_key: str  # without the `@<project>` the Scaleway provider appends
    project: str | None  # that `@<project>`: the project the request acts in, instead of the key's preferred one
    credential: str
    signed_headers: list[str]
    signature: str
    date: str
    expires: int | None  # presigned URLs only, seconds


class Malformed(Exception):
    """The request's authorization cannot be read."""


def claim(headers: dict[str, str], query: str) -> Signed | None:
    """The signature a request carries, or None for an anonymous request."""
    params = dict(parse_qsl(query, keep_blank_values=True))
    authorization = headers.get("authorization", "")
    if authorization:
        match = HEADER.match(authorization)
        if not match:
            raise Malformed("unreadable Authorization header")
        credential, signed, signature = match["credential"], match["signed"].split(";"), match["signature"]
        date = headers.get("x-amz-date", "")
        expires = None
    elif params.get("X-Amz-Algorithm") == ALGORITHM:
        credential, signed, signature = (
            params.get("X-Amz-Credential", ""),
            params.get("X-Amz-SignedHeaders", "").split(";"),
            params.get("X-Amz-Signature", ""),
        )
        date = params.get("X-Amz-Date", "")
        try:
            expires = int(params.get("X-Amz-Expires", "0"))
        except ValueError:
            raise Malformed("X-Amz-Expires is not a number") from None
    else:
        return None
    access_key, _, project = credential.split("/")[0].partition("@")
    if not access_key or credential.count("/") != 4:
        raise Malformed("unreadable credential")
    return Signed(access_key, project or None, credential, signed, signature, date, expires)


def _canonical_query(query: str, presigned: bool) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not (presigned and k == "X-Amz-Signature")]
    return "&".join(f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}" for k, v in sorted(pairs))


def expected_signature(signed: Signed, secret: str, method: str, raw_path: str, query: str, headers: dict[str, str]) -> str:
    """The signature the key's secret gives this request."""
    presigned = signed.expires is not None
    canonical_headers = "".join(f"{name}:{' '.join(headers.get(name, '').split())}\n" for name in signed.signed_headers)
    payload = UNSIGNED if presigned else headers.get("x-amz-content-sha256", UNSIGNED)
    canonical = "\n".join(
        [method, raw_path or "/", _canonical_query(query, presigned), canonical_headers, ";".join(signed.signed_headers), payload]
    )
    scope = signed.credential.split("/", 1)[1]
    to_sign = "\n".join([ALGORITHM, signed.date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    day, region, service, terminal = scope.split("/")
    key = f"AWS4{secret}".encode()
    for part in (day, region, service, terminal):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


def expired(signed: Signed, now: datetime | None = None) -> bool:
    """A presigned URL past its `X-Amz-Expires`."""
    if signed.expires is None:
        return False
    try:
        issued = datetime.strptime(signed.date, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return True
    return ((now or datetime.now(UTC)) - issued).total_seconds() > signed.expires


def skew(signed: Signed, now: datetime | None = None) -> float:
    """Seconds between a header-signed request's time and now (a presigned URL's time is
    checked by its expiry instead: 0); an unreadable time is infinitely far."""
    if signed.expires is not None:
        return 0.0
    try:
        issued = datetime.strptime(signed.date, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return float("inf")
    return abs(((now or datetime.now(UTC)) - issued).total_seconds())


def valid(signed: Signed, secret: str, method: str, raw_path: str, query: str, headers: dict[str, str]) -> bool:
    return hmac.compare_digest(expected_signature(signed, secret, method, raw_path, query, headers), signed.signature)
