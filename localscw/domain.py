"""Domains and DNS v2beta1 as the local Scaleway answers it: the project's DNS zones and
their records, as `scaleway_domain_record` reads and writes them. Each behaviour names the
recording (`internal/services/domain/testdata/`) it comes from. `localscw.api` puts it
behind HTTP."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from localscw.records import ApiError, Json, page

DOMAIN = "/domain/v2beta1"
Route = tuple[str, re.Pattern[str], Callable[..., tuple[int, Json | None]]]
# A new zone's name servers (domain-record-cname: the records a zone holds before any is added).
NAME_SERVERS = ("ns0.dom.scw.cloud", "ns1.dom.scw.cloud")
# domain-record-arobase: a TXT record's data comes back quoted.
QUOTED_TYPES = ("TXT",)


def stamp() -> str:
    """Domains and DNS stamps to the second (domain-record-cname: `2026-03-20T09:28:08Z`)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class DomainsDns:
    """The zones Scaleway hosts for the organization, and their records, in memory."""

    def __init__(self) -> None:
        self.zones: dict[str, Json] = {}  # by name: `<subdomain>.<domain>`, or the domain
        self.records: dict[str, list[Json]] = {}  # by zone name, in the order they were added

    def add_dns_zone(self, domain: str, project_id: str, subdomain: str = "", status: str = "active") -> Json:
        """A zone the project holds (a test's: the operator's domain, or a recording's), with
        the name servers every zone starts with."""
        name = f"{subdomain}.{domain}" if subdomain else domain
        zone = {
            "domain": domain,
            "linked_products": [],
            "message": None,
            "ns": list(NAME_SERVERS),
            "ns_default": list(NAME_SERVERS),
            "ns_master": [],
            "project_id": project_id,
            "status": status,
            "subdomain": subdomain,
            "updated_at": stamp(),
        }
        self.zones[name] = zone
        self.records[name] = [self._record({"name": "", "type": "NS", "data": f"{ns}.", "ttl": 1800}) for ns in NAME_SERVERS]
        return zone

    def _zone(self, name: str) -> Json:
        # Not recorded: a zone the project does not hold (the API may create a subzone of a
        # domain it holds, `disallow_new_zone_creation`; the stacks never ask it to).
        if name not in self.zones:
            raise ApiError(404, {"message": "resource is not found", "resource": "dns_zone", "resource_id": name, "type": "not_found"})
        return self.zones[name]

    @staticmethod
    def _record(sent: Json, record_id: str | None = None) -> Json:
        data = str(sent.get("data", ""))
        if sent.get("type") in QUOTED_TYPES and not data.startswith('"'):
            data = f'"{data}"'
        return {
            "comment": sent.get("comment"),
            "data": data,
            "id": record_id or str(uuid.uuid4()),
            "name": sent.get("name", ""),
            "priority": int(sent.get("priority") or 0),
            "ttl": int(sent.get("ttl") or 3600),
            "type": sent["type"],
            "updated_at": stamp(),
        }

    def update_records(self, zone_name: str, body: Json) -> tuple[int, Json]:
        """domain-record-cname: PATCH .../records applies `add`, `set` (by id) and `delete`
        (by id) changes in turn, and answers the records they added or set."""
        zone = self._zone(zone_name)
        records = self.records[zone_name]
        answered: list[Json] = []
        for change in body.get("changes") or []:
            if "add" in change:
                added = [self._record(sent) for sent in change["add"].get("records") or []]
                records.extend(added)
                answered.extend(added)
            elif "set" in change:
                index = self._index(zone_name, change["set"].get("id"))
                replaced = [self._record(sent, records[index]["id"]) for sent in change["set"].get("records") or []]
                records[index : index + 1] = replaced
                answered.extend(replaced)
            elif "delete" in change:
                del records[self._index(zone_name, change["delete"].get("id"))]
        zone["updated_at"] = stamp()
        return 200, {"records": answered}

    def _index(self, zone_name: str, record_id: str | None) -> int:
        for index, record in enumerate(self.records[zone_name]):
            if record["id"] == record_id:
                return index
        raise ApiError(404, {"message": "resource is not found", "resource": "dns_record", "resource_id": record_id, "type": "not_found"})

    def list_records(self, zone_name: str, query: Json) -> tuple[int, Json]:
        """domain-record-cname: by name (empty: any), type (`unknown`: any) and id, ordered
        by name (a zone's records of one name in the order they were added)."""
        self._zone(zone_name)
        wanted = {
            "name": query.get("name") or None,
            "type": None if query.get("type") in (None, "", "unknown") else query["type"],
            "id": query.get("id") or None,
        }
        found = [r for r in self.records[zone_name] if all(value is None or r[key] == value for key, value in wanted.items())]
        return 200, page(sorted(found, key=lambda record: record["name"]), query, "records")

    def list_zones(self, query: Json) -> tuple[int, Json]:
        """domain-record-cname: `dns_zones=<name>` (several, comma-separated), by domain."""
        names = [name for name in (query.get("dns_zones") or "").split(",") if name]
        zones = [zone for name, zone in self.zones.items() if not names or name in names]
        if query.get("domain"):
            zones = [zone for zone in zones if zone["domain"] == query["domain"]]
        return 200, page(sorted(zones, key=lambda zone: (zone["domain"], zone["subdomain"])), query, "dns_zones")

    def domain_routes(self) -> list[Route]:
        ZONE = r"([^/]+)"
        return [
            ("GET", re.compile(f"{DOMAIN}/dns-zones"), lambda m, q, b: self.list_zones(q)),
            ("GET", re.compile(f"{DOMAIN}/dns-zones/{ZONE}/records"), lambda m, q, b: self.list_records(m[1], q)),
            ("PATCH", re.compile(f"{DOMAIN}/dns-zones/{ZONE}/records"), lambda m, q, b: self.update_records(m[1], b)),
        ]
