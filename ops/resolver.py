"""Whether a custom domain reaches its pipeline, before its certificate is asked for.

A subdomain must be a CNAME of the pipeline endpoint; a domain's apex, which cannot hold a
CNAME, an ALIAS (flattened CNAME): it then resolves to the endpoint's own addresses.

`RICHIE_DNS_RECORDS` names a JSON file read instead of the DNS, for a dry run before a zone
goes live and for the end-to-end run: `{name: "cname target"}` or `{name: {"A": [...],
"AAAA": [...]}}`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def _records() -> dict[str, Any] | None:
    path = os.environ.get("RICHIE_DNS_RECORDS")
    return dict(json.loads(Path(path).read_text())) if path else None


def cname_target(name: str) -> str | None:
    """The name `name` is a CNAME of, without the final dot, or None if it is none."""
    records = _records()
    if records is not None:
        target = records.get(name)
        return target if isinstance(target, str) else None
    import dns.exception
    import dns.resolver

    try:
        answer = dns.resolver.resolve(name, "CNAME", lifetime=10)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers, dns.exception.Timeout):
        return None
    return str(answer[0].target).rstrip(".")


def addresses(name: str) -> frozenset[str]:
    """The IPv4 and IPv6 addresses `name` resolves to (empty when none)."""
    records = _records()
    if records is not None:
        record = records.get(name)
        return frozenset(record.get("A", []) + record.get("AAAA", [])) if isinstance(record, dict) else frozenset()
    import dns.exception
    import dns.resolver

    found: set[str] = set()
    for kind in ("A", "AAAA"):
        try:
            found |= {str(record) for record in dns.resolver.resolve(name, kind, lifetime=10)}
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers, dns.exception.Timeout):
            continue
    return frozenset(found)


def reaches(domain: str, endpoint: str, apex: bool) -> bool:
    """Does `domain` lead to `endpoint`: by its CNAME, or (an apex) by the same addresses?"""
    if not apex:
        return cname_target(domain) == endpoint
    mine = addresses(domain)
    return bool(mine) and mine == addresses(endpoint)
