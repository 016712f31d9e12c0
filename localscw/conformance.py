"""Does the local Scaleway answer as the real one did? `make conformance`.

The provider's Go module carries its acceptance tests' recorded exchanges with the real
API (`internal/services/<service>/testdata/<name>.cassette.yaml`). For the cassettes of
the resources this project uses, each interaction is replayed in order against a fresh
local Scaleway (the API, and Object Storage through the gateway), the ids it hands out
standing for the recorded ones, and its answer is compared with the recorded one: the
status code, then the body (JSON or S3's XML), field by field. Ids, timestamps, request
ids and owners are set aside: they are the API's to choose. A recorded field must be
answered with the same value; a field the local API adds (a newer API's) is not a fault.

The cassettes are read from the Go module cache, never copied into this repository.
"""

from __future__ import annotations

import http.client
import json
import re
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from localscw.api import ScalewayApi
from localscw.gateway import S3_HOST, Gateway
from localscw.objectstorage.rules import Caller
from localscw.s3 import bucket_policy
from localscw.toolchain import PROVIDER_MODULE, ToolchainError, download_module

# The cassettes of the resources in use (`stacks/` imports their bindings).
CASSETTES = (
    "edgeservices/edge-services-pipeline-basic",
    "edgeservices/edge-services-plan-basic",
    "edgeservices/edge-services-backend-basic",
    "edgeservices/edge-services-cache-basic",
    "edgeservices/edge-services-tls-basic",
    "edgeservices/edge-services-dns-basic",
    "iam/application-basic",
    "iam/policy-basic",
    "iam/api-key-with-application",
    "iam/api-key-expires",
    "object/object-bucket-basic",
    "object/object-bucket-acl-basic",
    "object/object-bucket-policy-basic",
    "object/object-bucket-cors-update",
    "object/object-bucket-lifecycle",
    "object/s3-bucket-server-side-encryption-configuration-basic",
)
API_PREFIXES = ("/iam/v1alpha1/", "/edge-services/v1beta1/")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ACCESS_KEY = re.compile(r"SCW[A-Z0-9]{17}")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
# Values that are the API's own to choose, whatever it answers.
SET_ASIDE = frozenset(
    {
        "created_at",
        "updated_at",
        "creation_ip",
        "secret_key",
        "RequestId",
        "HostId",
        "Owner",
        "ID",
        "DisplayName",
        "CreationDate",
        "LastModified",
        "ETag",
        "Resource",
        "Message",
        "BucketRegion",
    }
)
OPERATOR_KEY = ("SCWCONFORMANCE000000", "c0f0c0f0-0000-4000-8000-000000000000")


@dataclass
class Result:
    cassette: str
    conform: int = 0
    total: int = 0
    faults: list[str] = field(default_factory=list)
    skipped: int = 0


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
    """An empty XML element, or one holding only empty ones: S3 clients read it as absent."""
    if isinstance(value, dict):
        return all(empty(v) for v in value.values())
    if isinstance(value, list):
        return all(empty(v) for v in value)
    return value in ("", None)


def differences(recorded: Any, ours: Any, ids: dict[str, str], where: str = "") -> Iterator[str]:
    """Where `ours` does not answer what was recorded (recorded ids read as ours)."""
    if empty(recorded) and (ours is None or empty(ours)):
        return
    if isinstance(recorded, dict):
        if not isinstance(ours, dict):
            yield f"{where or 'body'}: expected an object, got {json.dumps(ours)[:80]}"
            return
        for key, value in recorded.items():
            if key in SET_ASIDE:
                continue
            if key not in ours and not empty(value):
                yield f"{where}{key}: missing (recorded {json.dumps(value)[:60]})"
            else:
                yield from differences(value, ours.get(key), ids, f"{where}{key}.")
    elif isinstance(recorded, list):
        if not isinstance(ours, list) or len(ours) != len(recorded):
            yield f"{where.rstrip('.')}: expected {json.dumps(recorded)[:80]}, got {json.dumps(ours)[:80]}"
            return
        for index, (left, right) in enumerate(zip(recorded, ours, strict=True)):
            yield from differences(left, right, ids, f"{where}{index}.")
    elif isinstance(recorded, str) and (TIMESTAMP.match(recorded) or ACCESS_KEY.fullmatch(recorded)):
        return
    elif isinstance(recorded, str) and UUID.fullmatch(recorded) and recorded in ids:
        if ids[recorded] != ours:
            yield f"{where.rstrip('.')}: expected the id of {recorded}, got {ours}"
    elif recorded != ours:
        yield f"{where.rstrip('.')}: expected {json.dumps(recorded)[:60]}, got {json.dumps(ours)[:60]}"


def parse(body: str, content_type: str) -> Any:
    if not body.strip():
        return None
    if body.lstrip().startswith("<"):
        return xml_tree(body)
    return json.loads(body)


# -- Replaying -------------------------------------------------------------------------------


class Replay:
    """A fresh local Scaleway for one cassette, and the ids it handed out for the recorded ones."""

    def __init__(self, organization_id: str, s3_endpoint: str, folder: Path, s3_admin: Any):
        self.api = ScalewayApi(organization_id)
        self.api.add_user("c0f0c0f0-0000-4000-8000-000000000001", "conformance@example.org")
        self.api.add_user_key("c0f0c0f0-0000-4000-8000-000000000001", *OPERATOR_KEY, organization_id)
        self.server = self.api.serve()
        self.gateway = Gateway(s3_endpoint, self._identify, lambda name: bucket_policy(s3_admin, name), folder)
        self.ids: dict[str, str] = {}

    @staticmethod
    def _identify(access_key: str) -> tuple[Caller, str] | None:
        # The recordings were made by the organization's owner.
        if access_key != OPERATOR_KEY[0]:
            return None
        return Caller("user_id:c0f0c0f0-0000-4000-8000-000000000001", owner=True), OPERATOR_KEY[1]

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
        """Pair the ids of a recorded answer with ours, by position."""
        if isinstance(recorded, dict) and isinstance(ours, dict):
            for key, value in recorded.items():
                if key in ours:
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


def replay(name: str, path: Path, s3_endpoint: str, s3_admin: Any, folder: Path) -> Result:
    recorded = interactions(path)
    result = Result(name)
    s3_admin_reset(s3_endpoint)
    run = Replay(organization_of(recorded), s3_endpoint, folder, s3_admin)
    try:
        for number, interaction in enumerate(recorded):
            request, response = interaction["request"], interaction["response"]
            if not in_scope(request):
                result.skipped += 1
                continue
            result.total += 1
            status, body, content_type = run.send(request)
            label = f"#{number} {request['method']} {UUID.sub('{id}', urlsplit(request['url']).path)}"
            if status != response["code"]:
                result.faults.append(f"{label}: status {status}, recorded {response['code']}")
                continue
            if not (response.get("body") or "").strip():  # nothing recorded to compare with
                result.conform += 1
                continue
            try:
                recorded_body, our_body = parse(response.get("body") or "", ""), parse(body, content_type)
            except (ValueError, ElementTree.ParseError) as error:
                result.faults.append(f"{label}: unreadable answer ({error})")
                continue
            run.learn(recorded_body, our_body)
            found = list(differences(recorded_body, our_body, run.ids)) if recorded_body is not None else []
            if found:
                result.faults.append(f"{label}: {found[0]}" + (f" (+{len(found) - 1} more)" if len(found) > 1 else ""))
            else:
                result.conform += 1
    finally:
        run.stop()
    return result


def s3_admin_reset(endpoint: str) -> None:
    """A fresh S3 server state (moto's reset)."""
    url = urlsplit(endpoint)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=30)
    connection.request("POST", "/moto-api/reset")
    connection.getresponse().read()


def run_all(cassettes: tuple[str, ...] = CASSETTES) -> list[Result]:
    from localscw.s3 import S3Server

    services = cassette_dir()
    server = S3Server()
    admin = server.client()
    try:
        with tempfile.TemporaryDirectory(prefix="conformance-") as folder:
            return [
                replay(
                    name,
                    services / name.split("/")[0] / "testdata" / f"{name.split('/')[1]}.cassette.yaml",
                    server.endpoint,
                    admin,
                    Path(folder),
                )
                for name in cassettes
            ]
    finally:
        server.stop()


def render(results: list[Result]) -> str:
    lines = []
    for result in results:
        lines.append(f"{result.conform}/{result.total} interactions conform  {result.cassette}")
        lines.extend(f"    {fault}" for fault in result.faults)
    conform, total = sum(r.conform for r in results), sum(r.total for r in results)
    lines.append(f"{conform}/{total} interactions conform in all ({100 * conform / max(total, 1):.1f}%)")
    return "\n".join(lines)


def main() -> int:
    try:
        results = run_all()
    except ToolchainError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(render(results))
    conform, total = sum(r.conform for r in results), sum(r.total for r in results)
    return 0 if conform >= 0.95 * total else 1


if __name__ == "__main__":
    sys.exit(main())
