"""Does the local Scaleway answer as the real one did? `make conformance`.

The provider's Go module carries its acceptance tests' recorded exchanges with the real
API (`internal/services/<service>/testdata/<name>.cassette.yaml`). Every cassette that
concerns this project (`localscw.recordings`) is replayed, interaction by interaction,
against a fresh local Scaleway (the API, and Object Storage through the gateway), the
ids it hands out standing for the recorded ones, and its answer is compared strictly:
the status, the content type, and the body field by field, an empty one included.
Only what is the API's own to choose is compared by its form rather than its value: ids
(mapped, then held to), creation times, request ids, a new key's secret and access key.
`expires_at` is compared by value, in UTC as Scaleway stores it; S3 owners and grantees in
Scaleway's `<project_id>:<project_id>` form; rule ids as sent.

The report gives, per service, what conforms (and how much of it only by its status, the
recording holding nothing else), what differs, what was skipped (calls to other
products), and fields our answers add. A self-test (`--self-test`) breaks the local API
in known ways, one at a time, and fails unless each breakage lowers the score: a replay
that cannot fail proves nothing. The cassettes are read from the Go module cache, never
copied into this repository.
"""

from __future__ import annotations

import http.client
import json
import re
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from localscw.api import ScalewayApi
from localscw.gateway import S3_HOST, Gateway
from localscw.objectstorage.rules import Caller
from localscw.recordings import UNRECORDED, mapped_cassettes, service_of
from localscw.s3 import bucket_policy
from localscw.toolchain import PROVIDER_MODULE, ToolchainError, download_module

API_PREFIXES = ("/iam/v1alpha1/", "/account/v3/", "/edge-services/v1beta1/", "/domain/v2beta1/")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ACCESS_KEY = re.compile(r"SCW[A-Z0-9]{17}")
TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2}| GMT)?$")
HTTP_DATE = re.compile(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT")
# Values that are the API's own to choose: compared by their form, not their value.
BY_FORM = frozenset({"created_at", "updated_at", "creation_ip", "secret_key", "CreationDate", "LastModified", "ETag", "VersionId"})
# Not compared at all: the request's own trace, and prose.
SET_ASIDE = frozenset({"RequestId", "HostId", "Message"})
# S3's owners and grantees: `<project_id>:<project_id>` on Scaleway.
S3_OWNER_FIELDS = frozenset({"ID", "DisplayName"})
OPERATOR_KEY = ("SCWCONFORMANCE000000", "c0f0c0f0-0000-4000-8000-000000000000")


@dataclass(frozen=True)
class Changed:
    """An answer Scaleway changed: recordings made before `since` hold `old`, the newer one
    (`shown_by`) holds `new`, which the local Scaleway gives."""

    field: re.Pattern[str]  # the field's path in the answer
    old: Any
    new: Any
    since: str  # ISO date of the first recording holding `new`
    shown_by: str


CHANGED = (Changed(re.compile(r"errors\.\d+\.stage"), "dns", "unknown_stage", "2026-06-26", "edgeservices/edge-services-dns-wildcard"),)


@dataclass
class Result:
    cassette: str
    conform: int = 0
    status_only: int = 0  # of those that conform, how many recorded nothing but a status
    total: int = 0
    faults: list[str] = field(default_factory=list)
    skipped: int = 0
    extra_fields: set[str] = field(default_factory=set)

    @property
    def service(self) -> str:
        return service_of(self.cassette)


def cassette_dir() -> Path:
    """`internal/services` of the pinned provider's module, downloaded if need be."""
    return download_module(PROVIDER_MODULE) / "internal" / "services"


def interactions(path: Path) -> list[dict[str, Any]]:
    try:
        # libyaml's loader where there is one: the cassettes are large.
        found: list[dict[str, Any]] = yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["interactions"]
        return found
    except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
        raise ToolchainError(f"cannot read the cassette {path}: {error}") from None


# -- Comparing -------------------------------------------------------------------------------


def xml_tree(text: str) -> Any:
    """S3's XML as nested dicts and lists, namespaces dropped."""

    def convert(element: ElementTree.Element) -> Any:
        children = list(element)
        if not children:
            return (element.text or "").strip()
        found: dict[str, Any] = {}
        for child in children:
            found.setdefault(child.tag.split("}")[-1], []).append(convert(child))
        return found

    root = ElementTree.fromstring(text)
    return {root.tag.split("}")[-1]: convert(root)}


def empty(value: Any) -> bool:
    """An empty XML element, or one holding only empty ones."""
    if isinstance(value, dict):
        return all(empty(v) for v in value.values())
    if isinstance(value, list):
        return all(empty(v) for v in value)
    return value in ("", None)


def form(value: Any) -> str:
    """What a value the API chooses looks like: its kind, and for a string its pattern."""
    if value is None or value == "":
        return "empty"
    if not isinstance(value, str):
        return type(value).__name__
    if UUID.fullmatch(value):
        return "uuid"
    if ACCESS_KEY.fullmatch(value):
        return "access key"
    if HTTP_DATE.fullmatch(value):
        return "HTTP date"
    found = TIMESTAMP.match(value)
    if found:
        return f"timestamp{'.fraction' if found.group(3) else ''}{found.group(4) or ''}"
    if re.fullmatch(r'"?[0-9a-f]{32}(-\d+)?"?', value):
        return "etag"
    if re.fullmatch(r"[0-9a-f.:]+", value):
        return "address"
    return "text"


def differences(
    recorded: Any, ours: Any, ids: dict[str, str], where: str = "", extra: set[str] | None = None, recorded_on: str = ""
) -> Iterator[str]:
    """Where `ours` does not answer what was recorded (recorded ids read as ours); the
    fields `ours` adds are collected in `extra`. A value Scaleway has changed since the
    recording (`CHANGED`, `recorded_on` an ISO date) conforms in its newer form."""
    if isinstance(recorded, dict):
        if not isinstance(ours, dict):
            yield f"{where or 'body'}: expected an object, got {json.dumps(ours)[:80]}"
            return
        if extra is not None:
            extra.update(f"{where}{key}" for key in ours if key not in recorded)
        for key, value in recorded.items():
            if key in SET_ASIDE:
                continue
            if key not in ours:
                if not empty(value):
                    yield f"{where}{key}: missing (recorded {json.dumps(value)[:60]})"
                continue
            if key in BY_FORM:
                yield from same_form(value, ours[key], f"{where}{key}")
            elif key in S3_OWNER_FIELDS and isinstance(value, list):
                yield from owner_form(value, ours[key], ids, f"{where}{key}")
            else:
                yield from differences(value, ours[key], ids, f"{where}{key}.", extra, recorded_on)
    elif isinstance(recorded, list):
        if not isinstance(ours, list) or len(ours) != len(recorded):
            yield f"{where.rstrip('.')}: expected {json.dumps(recorded)[:80]}, got {json.dumps(ours)[:80]}"
            return
        for index, (left, right) in enumerate(zip(recorded, ours, strict=True)):
            yield from differences(left, right, ids, f"{where}{index}.", extra, recorded_on)
    elif isinstance(recorded, str) and isinstance(ours, str) and form(recorded) == "access key":
        if form(ours) != "access key" or ids.get(recorded, ours) != ours:
            yield f"{where.rstrip('.')}: expected the access key standing for {recorded}, got {ours}"
    elif isinstance(recorded, str) and UUID.fullmatch(recorded) and recorded in ids:
        if ids[recorded] != ours:
            yield f"{where.rstrip('.')}: expected the id of {recorded}, got {ours}"
    elif isinstance(recorded, str) and form(recorded).startswith("timestamp"):
        if where.rstrip(".").rsplit(".", 1)[-1] == "expires_at" or not isinstance(ours, str):
            if recorded != ours:
                yield f"{where.rstrip('.')}: expected {json.dumps(recorded)}, got {json.dumps(ours)}"
        else:
            yield from same_form(recorded, ours, where.rstrip("."))
    elif recorded != ours and not superseded(where.rstrip("."), recorded, ours, recorded_on):
        yield f"{where.rstrip('.')}: expected {json.dumps(recorded)[:60]}, got {json.dumps(ours)[:60]}"


def superseded(where: str, recorded: Any, ours: Any, recorded_on: str) -> bool:
    """Whether `ours` is the newer answer Scaleway gives where the older recording holds `recorded`."""
    return any(
        change.field.fullmatch(where) and recorded == change.old and ours == change.new and recorded_on < change.since for change in CHANGED
    )


def recording_date(response: dict[str, Any]) -> str:
    """The ISO date an answer was recorded on (its `Date` header), or "" when it has none."""
    from email.utils import parsedate_to_datetime

    stamp = ((response.get("headers") or {}).get("Date") or [""])[0]
    try:
        return parsedate_to_datetime(stamp).date().isoformat()
    except (TypeError, ValueError):
        return ""


def same_form(recorded: Any, ours: Any, where: str) -> Iterator[str]:
    if isinstance(recorded, list) and isinstance(ours, list) and len(recorded) == len(ours):
        for left, right in zip(recorded, ours, strict=True):
            yield from same_form(left, right, where)
        return
    if form(recorded) != form(ours):
        yield f"{where}: expected a value like {json.dumps(recorded)[:40]} ({form(recorded)}), got {json.dumps(ours)[:40]} ({form(ours)})"


def owner_form(recorded: list[Any], ours: Any, ids: dict[str, str], where: str) -> Iterator[str]:
    """S3 owners and grantees read `<project_id>:<project_id>` on Scaleway."""
    expected = []
    for value in recorded:
        if isinstance(value, str) and ":" in value:
            project = value.split(":", 1)[0]
            project = ids.get(project, project)
            expected.append(f"{project}:{project}")
        else:
            expected.append(value)
    if ours != expected:
        yield f"{where}: expected {json.dumps(expected)[:80]}, got {json.dumps(ours)[:80]}"


def root_of(body: str) -> str | None:
    """The XML root element's name, or None for a body that is no XML."""
    text = body.strip()
    if not text.startswith("<"):
        return None
    try:
        return ElementTree.fromstring(text).tag.split("}")[-1]
    except ElementTree.ParseError:
        return None


def media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


def parse(body: str, content_type: str) -> Any:
    if not body.strip():
        return None
    if body.lstrip().startswith("<"):
        return xml_tree(body)
    return json.loads(body)


# -- Replaying -------------------------------------------------------------------------------

Json = Any


@dataclass(frozen=True)
class Breakage:
    """A known fault put into the local Scaleway on purpose, and the cassettes that show it:
    the self-test fails unless it lowers their score."""

    name: str
    cassettes: tuple[str, ...]
    api: Callable[[str, str, Json], Json] | None = None  # (method, path, answer) -> answer
    s3: Callable[[str, dict[str, list[str]], bytes], bytes] | None = None  # (method, query, payload) -> payload


class Replay:
    """A fresh local Scaleway for one cassette, and the ids it handed out for the recorded ones."""

    def __init__(
        self,
        organization_id: str,
        s3_endpoint: str,
        folder: Path,
        s3_admin: Any,
        breakage: Breakage | None = None,
        project_id: str | None = None,
    ):
        self.api = ScalewayApi(organization_id)
        self.api.add_user("c0f0c0f0-0000-4000-8000-000000000001", "conformance@example.org")
        self.project = project_id or organization_id
        self.api.add_user_key("c0f0c0f0-0000-4000-8000-000000000001", *OPERATOR_KEY, self.project)
        self.server = self.api.serve()
        self.gateway = Gateway(s3_endpoint, self._identify, lambda name: bucket_policy(s3_admin, name), folder)
        self.ids: dict[str, str] = {}
        if breakage is not None:
            self._break(breakage)

    def _break(self, breakage: Breakage) -> None:
        api_answer, s3_answer = breakage.api, breakage.s3
        if api_answer is not None:
            handle = self.api.handle

            def broken_handle(method: str, path: str, query: Json, body: Json, token: str | None) -> tuple[int, Json | None]:
                status, answer = handle(method, path, query, body, token)
                return status, api_answer(method, path, answer)

            self.api.handle = broken_handle  # type: ignore[method-assign]
        if s3_answer is not None:
            forward = self.gateway.forward

            def broken_forward(exchange: Any) -> tuple[int, list[tuple[str, str]], bytes]:
                status, headers, payload = forward(exchange)
                return status, headers, s3_answer(exchange.method, exchange.query, payload)

            self.gateway.forward = broken_forward  # type: ignore[method-assign]

    def _identify(self, access_key: str, project: str | None) -> tuple[Caller, str] | None:
        # The recordings were made by the organization's owner.
        if access_key != OPERATOR_KEY[0]:
            return None
        return Caller("user_id:c0f0c0f0-0000-4000-8000-000000000001", owner=True, project=project or self.project), OPERATOR_KEY[1]

    def stop(self) -> None:
        self.gateway.stop()
        self.server.stop()

    def _ours(self, text: str) -> str:
        for recorded, ours in self.ids.items():
            text = text.replace(recorded, ours)
        return text

    def send(self, request: dict[str, Any]) -> tuple[int, str, str]:
        url = urlsplit(request["url"])
        body = self._ours(request.get("body") or "")
        path = self._ours(url.path + (f"?{url.query}" if url.query else ""))
        if S3_HOST.fullmatch(url.hostname or ""):
            return self._send_s3(request["method"], url.hostname or "", path, body, request.get("headers") or {})
        connection = http.client.HTTPConnection("127.0.0.1", urlsplit(self.server.url).port, timeout=30)
        connection.request(
            request["method"], path, body=body.encode(), headers={"X-Auth-Token": OPERATOR_KEY[1], "Content-Type": "application/json"}
        )
        response = connection.getresponse()
        return response.status, response.read().decode(), response.getheader("Content-Type") or ""

    def _send_s3(self, method: str, host: str, path: str, body: str, recorded_headers: dict[str, list[str]]) -> tuple[int, str, str]:
        from botocore.auth import S3SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        region = S3_HOST.fullmatch(host)["region"]  # type: ignore[index]
        keep = {
            k: v[0]
            for k, v in recorded_headers.items()
            if k.lower().startswith(("x-amz-", "content-type", "content-md5")) and k.lower() not in ("x-amz-date", "x-amz-content-sha256")
        }
        request = AWSRequest(method=method, url=f"https://{host}{path}", data=body.encode(), headers=keep)
        S3SigV4Auth(Credentials(*OPERATOR_KEY), "s3", region).add_auth(request)
        port = urlsplit(self.gateway.proxy).port
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request(method, path, body=body.encode(), headers={**dict(request.headers), "Host": host})
        response = connection.getresponse()
        return response.status, response.read().decode(errors="replace"), response.getheader("Content-Type") or ""

    def learn(self, recorded: Any, ours: Any) -> None:
        """Pair the ids of a recorded answer with ours, by position (S3's version ids too)."""
        if isinstance(recorded, dict) and isinstance(ours, dict):
            for key, value in recorded.items():
                if key == "VersionId" and isinstance(value, list) and isinstance(ours.get(key), list):
                    self.ids.update((left, right) for left, right in zip(value, ours[key], strict=False) if left != "null")
                elif key in ours:
                    self.learn(value, ours[key])
        elif isinstance(recorded, list) and isinstance(ours, list):
            for left, right in zip(recorded, ours, strict=False):
                self.learn(left, right)
        elif (
            isinstance(recorded, str)
            and isinstance(ours, str)
            and recorded != ours
            and ((UUID.fullmatch(recorded) and UUID.fullmatch(ours)) or (ACCESS_KEY.fullmatch(recorded) and ACCESS_KEY.fullmatch(ours)))
        ):
            self.ids.setdefault(recorded, ours)
            if ACCESS_KEY.fullmatch(recorded):
                self.ids["SCWXXXXXXXXXXXXXXXXX"] = ours  # the recordings mask keys in URLs


def in_scope(request: dict[str, Any]) -> bool:
    url = urlsplit(request["url"])
    return bool(S3_HOST.fullmatch(url.hostname or "")) or url.path.startswith(API_PREFIXES)


def organization_of(recorded: list[dict[str, Any]]) -> str:
    for interaction in recorded:
        match = re.search(r'"organization_id":\s*"([0-9a-f-]{36})"', interaction["response"].get("body") or "")
        if match:
            return match.group(1)
    return "00000000-0000-4000-8000-000000000000"


def project_of(recorded: list[dict[str, Any]]) -> str | None:
    """The project the recording's key worked in: its buckets' owner, or its resources' project."""
    for interaction in recorded:
        body = interaction["response"].get("body") or ""
        match = re.search(r"<ID>([0-9a-f-]{36}):\1</ID>", body) or re.search(r'"(?:default_)?project_id":\s*"([0-9a-f-]{36})"', body)
        if match:
            return match.group(1)
    return None


def zones_of(recorded: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The DNS zones a recording reads: they existed before it (their name servers' records
    are older than it), so the replay starts with them."""
    zones: dict[tuple[str, str], dict[str, Any]] = {}
    for interaction in recorded:
        body = interaction["response"].get("body") or ""
        if '"dns_zones"' in body:
            for zone in json.loads(body).get("dns_zones") or []:
                zones.setdefault((zone["domain"], zone["subdomain"]), zone)
    return list(zones.values())


def compare(run: Replay, interaction: dict[str, Any], result: Result) -> str | None:
    """The first difference between the recorded answer and ours, or None when ours conforms."""
    request, response = interaction["request"], interaction["response"]
    status, body, content_type = run.send(request)
    if status != response["code"]:
        return f"status {status}, recorded {response['code']}"
    recorded_type = media_type((response.get("headers") or {}).get("Content-Type", [""])[0])
    recorded_text = response.get("body") or ""
    if not recorded_text.strip():
        if body.strip():
            return f"an answer where the recording has none ({body.strip()[:60]})"
        if not recorded_type:
            result.status_only += 1
        return None
    if recorded_type and media_type(content_type) != recorded_type:
        return f"Content-Type {media_type(content_type) or 'none'}, recorded {recorded_type}"
    if root_of(recorded_text) != root_of(body):
        return f"root element {root_of(body)}, recorded {root_of(recorded_text)}"
    try:
        recorded_body, our_body = parse(recorded_text, ""), parse(body, content_type)
    except (ValueError, ElementTree.ParseError) as error:
        return f"unreadable answer ({error})"
    run.learn(recorded_body, our_body)
    found = list(differences(recorded_body, our_body, run.ids, extra=result.extra_fields, recorded_on=recording_date(response)))
    if found:
        return found[0] + (f" (+{len(found) - 1} more)" if len(found) > 1 else "")
    return None


def replay(name: str, path: Path, s3_endpoint: str, s3_admin: Any, folder: Path, breakage: Breakage | None = None) -> Result:
    recorded = interactions(path)
    result = Result(name)
    s3_admin_reset(s3_endpoint)
    run = Replay(organization_of(recorded), s3_endpoint, folder, s3_admin, breakage, project_of(recorded))
    for zone in zones_of(recorded):
        run.api.add_dns_zone(zone["domain"], zone["project_id"], zone["subdomain"], zone["status"])
    try:
        for number, interaction in enumerate(recorded):
            request = interaction["request"]
            if not in_scope(request):
                result.skipped += 1
                continue
            result.total += 1
            fault = compare(run, interaction, result)
            if fault is None:
                result.conform += 1
            else:
                label = f"#{number} {request['method']} {UUID.sub('{id}', urlsplit(request['url']).path)}"
                result.faults.append(f"{label}: {fault}")
    finally:
        run.stop()
    return result


def s3_admin_reset(endpoint: str) -> None:
    """A fresh S3 server state (moto's reset)."""
    url = urlsplit(endpoint)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=30)
    connection.request("POST", "/moto-api/reset")
    connection.getresponse().read()


def run_all(cassettes: tuple[str, ...] | None = None, breakage: Breakage | None = None) -> list[Result]:
    """Every mapped cassette (or those named) replayed, each against a fresh local Scaleway."""
    from localscw.s3 import S3Server

    services = cassette_dir()
    server = S3Server()
    admin = server.client()
    try:
        with tempfile.TemporaryDirectory(prefix="conformance-") as folder:
            return [
                replay(name, cassette_path(services, name), server.endpoint, admin, Path(folder), breakage)
                for name in (cassettes or mapped_cassettes())
            ]
    finally:
        server.stop()


def cassette_path(services: Path, name: str) -> Path:
    service, cassette = name.split("/", 1)
    return services / service / "testdata" / f"{cassette}.cassette.yaml"


# -- The report ---------------------------------------------------------------------------------


def per_service(results: list[Result]) -> dict[str, tuple[int, int, int, int]]:
    """Service -> (conforming, of which by status only, differing, skipped)."""
    found: dict[str, tuple[int, int, int, int]] = {}
    for result in results:
        conform, status_only, differ, skipped = found.get(result.service, (0, 0, 0, 0))
        found[result.service] = (
            conform + result.conform,
            status_only + result.status_only,
            differ + result.total - result.conform,
            skipped + result.skipped,
        )
    return found


def score(results: list[Result], service: str | None = None) -> float:
    chosen = [r for r in results if service in (None, r.service)]
    total = sum(r.total for r in chosen)
    return sum(r.conform for r in chosen) / total if total else 1.0


def render(results: list[Result]) -> str:
    lines = []
    for result in results:
        lines.append(
            f"{result.conform}/{result.total} conform  {result.cassette}" + (f"  ({result.skipped} skipped)" if result.skipped else "")
        )
        lines.extend(f"    {fault}" for fault in result.faults)
        if result.extra_fields:
            lines.append(
                f"    fields we add: {', '.join(sorted(result.extra_fields)[:8])}" + (" ..." if len(result.extra_fields) > 8 else "")
            )
    lines.append("")
    lines.append(f"{'service':14s} {'conform':>8s} {'(status only)':>14s} {'differ':>7s} {'skipped':>8s} {'strict':>7s}")
    for service, (conform, status_only, differ, skipped) in per_service(results).items():
        lines.append(f"{service:14s} {conform:8d} {status_only:14d} {differ:7d} {skipped:8d} {100 * score(results, service):6.1f}%")
    lines.append("")
    lines.append("unrecorded (no cassette shows it; what the local Scaleway rests on):")
    lines.extend(f"  - {what}: {source}" for what, source in UNRECORDED)
    conform, total = sum(r.conform for r in results), sum(r.total for r in results)
    lines.append(f"{conform}/{total} interactions conform in all ({100 * conform / max(total, 1):.1f}%), strictly compared")
    return "\n".join(lines)


# -- The self-test: a replay that can fail --------------------------------------------------------


def _walk(answer: Json, change: Callable[[str, Any], Any]) -> Json:
    if isinstance(answer, dict):
        return {key: change(key, _walk(value, change)) for key, value in answer.items()}
    if isinstance(answer, list):
        return [_walk(value, change) for value in answer]
    return answer


def _on(sub_resource: str, change: Callable[[bytes], bytes]) -> Callable[[str, dict[str, list[str]], bytes], bytes]:
    return lambda method, query, payload: change(payload) if method == "GET" and sub_resource in query else payload


BREAKAGES = (
    Breakage(
        "a new key's secret_key answered null",
        ("iam/api-key-with-application",),
        api=lambda method, path, answer: {**answer, "secret_key": None} if method == "POST" and path.endswith("/api-keys") else answer,
    ),
    Breakage(
        "expires_at answered null", ("iam/api-key-expires",), api=lambda m, p, a: _walk(a, lambda k, v: None if k == "expires_at" else v)
    ),
    Breakage(
        "every timestamp in 1970",
        ("iam/application-basic",),
        api=lambda m, p, a: _walk(a, lambda k, v: "1970-01-01T00:00:00Z" if k.endswith("_at") and v else v),
    ),
    Breakage(
        "one access key for all",
        ("iam/api-key-with-application",),
        api=lambda m, p, a: _walk(a, lambda k, v: "SCWAAAAAAAAAAAAAAAAA" if k == "access_key" else v),
    ),
    Breakage(
        "lifecycle rule ids rewritten",
        ("object/object-bucket-lifecycle",),
        s3=_on("lifecycle", lambda b: re.sub(rb"<ID>[^<]*</ID>", b"<ID>rewritten</ID>", b)),
    ),
    # No mapped recording holds a CORS rule id (the provider's CORS tests set none): a rule's
    # allowed headers stand for what a CORS answer may lose.
    Breakage(
        "CORS rules' allowed headers dropped",
        ("object/object-bucket-cors-update",),
        s3=_on("cors", lambda b: re.sub(rb"<AllowedHeader>[^<]*</AllowedHeader>", b"", b)),
    ),
    Breakage(
        "ACL grantee ids rewritten",
        ("object/object-bucket-acl-basic",),
        s3=_on("acl", lambda b: re.sub(rb"<ID>[^<]*</ID>", b"<ID>someone</ID>", b)),
    ),
    Breakage(
        "every versioning answer emptied",
        ("object/object-bucket-basic",),
        s3=_on("versioning", lambda b: b'<?xml version="1.0" encoding="UTF-8"?>\n<VersioningConfiguration/>'),
    ),
    Breakage(
        "a zone's records listed without the name servers'",
        ("domain/domain-record-cname",),
        api=lambda m, p, a: {**a, "records": [r for r in a["records"] if r["type"] != "NS"]} if a and "records" in a else a,
    ),
    Breakage(
        "a project listed under every name",
        ("account/data-source-project-basic",),
        api=lambda m, p, a: (
            {**a, "projects": [{**project, "name": "default"} for project in a["projects"]]} if a and "projects" in a else a
        ),
    ),
)


def self_test(breakages: tuple[Breakage, ...] = BREAKAGES) -> list[tuple[str, int, int]]:
    """Each breakage, alone: (its name, the score of its cassettes whole, broken)."""
    found = []
    for breakage in breakages:
        whole = sum(r.conform for r in run_all(breakage.cassettes))
        broken = sum(r.conform for r in run_all(breakage.cassettes, breakage))
        found.append((breakage.name, whole, broken))
    return found


FLOOR = 0.95  # per service


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m localscw.conformance", description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true", help="also break the local API in known ways, one at a time")
    args = parser.parse_args(argv)
    try:
        results = run_all()
        checks = self_test() if args.self_test else []
    except ToolchainError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(render(results))
    failed = [service for service in per_service(results) if score(results, service) < FLOOR]
    for name, whole, broken in checks:
        verdict = "lowers the score" if broken < whole else "CHANGES NOTHING"
        print(f"self-test: {name}: {whole} -> {broken} conforming, {verdict}")
        if broken >= whole:
            failed.append(f"self-test: {name}")
    for what in failed:
        print(f"BELOW THE FLOOR: {what}" if not what.startswith("self-test") else f"FAILED {what}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
