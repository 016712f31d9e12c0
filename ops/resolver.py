"""Where a custom domain's CNAME points, before its certificate is asked for.

`RICHIE_DNS_RECORDS` names a JSON file of `{name: cname target}` read instead of the DNS:
for a dry run before a zone goes live, and for the end-to-end run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def cname_target(name: str) -> str | None:
    """The name `name` is a CNAME of, without the final dot, or None if it is none."""
    records = os.environ.get("RICHIE_DNS_RECORDS")
    if records:
        return json.loads(Path(records).read_text()).get(name)
    import dns.exception
    import dns.resolver

    try:
        answer = dns.resolver.resolve(name, "CNAME", lifetime=10)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers, dns.exception.Timeout):
        return None
    return str(answer[0].target).rstrip(".")
