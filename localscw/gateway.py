"""Object Storage as the provider, the state backend and django-storages reach it.

They call `https://s3.<region>.scw.cloud` (virtual-hosted: `<bucket>.s3.<region>.scw.cloud`),
which no test may reach. Every process of the run gets `HTTPS_PROXY` pointing here and
`SSL_CERT_FILE` holding the run's throwaway CA: the gateway accepts a `CONNECT` to those
hosts only, answers TLS with a certificate of that CA, and takes each request inside the
tunnel through a chain of small steps (`STEPS`): refuse what Scaleway refuses outright,
authenticate (SigV4 with the secret the local IAM handed out), name the S3 operation,
keep it to its project's buckets, authorize it with the local Scaleway's own rules
(`localscw.objectstorage.rules`, from Scaleway's documentation), then make the request to
the S3 server's taste, forward it
(path-style, to moto, which enforces nothing) and give its answer Scaleway's form.
Whatever a step cannot map is refused (403) and logged, never let through. A test may
give it faults to answer with instead (`faults`, a `localscw.faults.FaultPlan`).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socketserver
import ssl
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from localscw import sigv4
from localscw.faults import FaultPlan, through
from localscw.loopback import LoopbackServer, QuietHandler
from localscw.objectstorage.operations import Operation, Unknown, operation_of
from localscw.objectstorage.rules import ANONYMOUS, Caller, decide
from stacks.settings.model import REGIONS  # where Scaleway offers Object Storage: one home for the fact

S3_HOST = re.compile(r"(?:(?P<bucket>[a-z0-9][a-z0-9.-]*)\.)?s3\.(?P<region>" + "|".join(REGIONS) + r")\.scw\.cloud")
CREATE_BUCKET = "<CreateBucketConfiguration><LocationConstraint>{region}</LocationConstraint></CreateBucketConfiguration>"
LIFECYCLE_ROOT = re.compile(rb"<(/?)LifecycleConfiguration(?: xmlns=\"[^\"]*\")?>")
EXPIRY_DAYS = re.compile(rb"(<Expiration><Days>\d+</Days>)(</Expiration>)")
NO_DELETE_MARKER = b"<ExpiredObjectDeleteMarker>false</ExpiredObjectDeleteMarker>"
XML = [("Content-Type", "application/xml")]
UPSTREAM_AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=localscw/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0"
# AWS's limit, which Object Storage applies to a header-signed request's time.
MAX_SKEW_SECONDS = 15 * 60
REFUSED_SSE_HEADER = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>InvalidArgument</Code><Message>Requests specifying Server Side Encryption with AWS KMS "
    b"managed keys or AES256 are not supported</Message></Error>"
)
Answer = tuple[int, list[tuple[str, str]], bytes]


def error(code: str, message: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'.encode()


DENIED = error("AccessDenied", "Access Denied")


def s3_hosts() -> list[str]:
    """The names the gateway's certificate covers."""
    return [name for region in REGIONS for name in (f"s3.{region}.scw.cloud", f"*.s3.{region}.scw.cloud")]


def as_scaleway(method: str, key: str, query: dict[str, Any], status: int, payload: bytes) -> tuple[int, bytes]:
    """The S3 server's answer, where Scaleway's recorded one differs in form."""
    if key or status >= 300:
        return status, payload
    if method == "PUT" and status == 204:
        return 200, payload  # object-bucket-basic: PUT ?tagging and ?acl answer 200
    if method == "GET" and "lifecycle" in query:
        # object-bucket-lifecycle: the configuration comes back as `<Configuration>`, no namespace.
        # The `ExpiredObjectDeleteMarker` false taken out on the way in comes back beside the days.
        payload = EXPIRY_DAYS.sub(rb"\1" + NO_DELETE_MARKER + rb"\2", payload)
        return status, LIFECYCLE_ROOT.sub(rb"<\1Configuration>", payload, count=2)
    if method == "GET" and "policy" in query:
        # object-bucket-policy-basic: each statement's actions come back sorted; one alone
        # as a string (object-bucket-policy-other-region-with-bucket-id).
        policy = json.loads(payload)
        for statement in policy.get("Statement", []):
            if isinstance(statement.get("Action"), list):
                actions = sorted(statement["Action"])
                statement["Action"] = actions[0] if len(actions) == 1 else actions
        return status, json.dumps(policy, separators=(",", ":")).encode()
    return status, payload


# The recordings' content types (every object/ cassette the project maps): a bucket's
# configuration in text/xml, its policy in text/plain, listings and errors in
# application/xml, and nothing on an answer without a body.
TEXT_XML, TEXT_PLAIN, APPLICATION_XML = "text/xml; charset=utf-8", "text/plain; charset=utf-8", "application/xml"
LISTINGS = frozenset({"ListObjects", "ListObjectsV2", "ListObjectVersions", "ListMultipartUploads", "HeadBucket", "ListBuckets"})
RESOURCE_AFTER = re.compile(rb"(</HostId>|</RequestId>|</Message>)(?![\s\S]*<Resource>)(?=[\s\S]*</Error>)")


def content_type(operation: str | None, status: int, payload: bytes) -> str | None:
    """The Content-Type Scaleway gives an answer; None where it gives none (or the object's own)."""
    if status >= 300:
        return APPLICATION_XML
    if operation is None or operation in ("GetObject", "HeadObject"):
        return None
    if operation in LISTINGS:
        return APPLICATION_XML
    if operation == "GetBucketPolicy":
        return TEXT_PLAIN
    if operation.startswith("GetBucket") or operation == "GetObjectLockConfiguration":
        return TEXT_XML
    return APPLICATION_XML if payload else None


# The S3 server's owner of everything, and its name.
UPSTREAM_OWNER = (b"75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a", b"webfile")
VERSIONING_STATUS = re.compile(rb"<Status>([^<]*)</Status>")
GRANTEE_WITHOUT_NAME = re.compile(rb"(<Grantee[^>]*><ID>([^<]*)</ID>)(</Grantee>)")
LISTED_BUCKET = re.compile(rb"<Bucket><Name>([^<]*)</Name>.*?</Bucket>", re.DOTALL)
AWS_CHUNK = re.compile(rb"([0-9a-fA-F]+)(?:;[^\r\n]*)?\r\n")


def owned_by(payload: bytes, project: str) -> bytes:
    """Owners and grantees as Scaleway names them (object-bucket-basic): `<project_id>:<project_id>`,
    a canonical grantee's display name beside its id."""
    scaleway = f"{project}:{project}".encode()
    for name in UPSTREAM_OWNER:
        payload = payload.replace(b">" + name + b"<", b">" + scaleway + b"<")
    return GRANTEE_WITHOUT_NAME.sub(rb"\1<DisplayName>\2</DisplayName>\3", payload)


def versioning_configuration(payload: bytes) -> bytes:
    """object-bucket-basic: `<VersioningConfiguration><Status>...</Status>`, no namespace, the
    status empty for a bucket never versioned."""
    found = VERSIONING_STATUS.search(payload)
    status = found.group(1) if found else b""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n<VersioningConfiguration><Status>' + status + b"</Status></VersioningConfiguration>"


def with_resource(payload: bytes, resource: str) -> bytes:
    """An error names its resource on Scaleway (`<Resource>/<bucket>...</Resource>`)."""
    if not payload.lstrip().startswith((b"<?xml", b"<Error")) or b"<Resource>" in payload:
        return payload
    return RESOURCE_AFTER.sub(lambda found: found.group(1) + b"<Resource>" + resource.encode() + b"</Resource>", payload, count=1)


# -- One request, through the steps ------------------------------------------------------------


@dataclass
class Exchange:
    """A request inside the tunnel, as the steps read and fill it in."""

    method: str
    host: re.Match[str] | None
    raw_path: str  # as signed
    raw_query: str
    headers: Message
    received: bytes  # the body as it came, framing included (what a payload hash covers)
    sent: bytes = b""  # its content, as the client meant it
    body: bytes = b""  # the body the S3 server gets
    bucket: str = ""
    key: str = ""
    query: dict[str, list[str]] = field(default_factory=dict)
    caller: Caller = ANONYMOUS
    operation: Operation | None = None

    def __post_init__(self) -> None:
        path = self.raw_path
        if self.host and self.host["bucket"]:
            path = f"/{self.host['bucket']}{path}"
        self.path = path  # path-style, for the S3 server
        bucket, _, key = path.lstrip("/").partition("/")
        self.bucket, self.key = unquote(bucket), unquote(key)
        self.query = parse_qs(self.raw_query, keep_blank_values=True)
        framed = "x-amz-decoded-content-length" in {name.lower() for name in self.headers}
        self.sent = aws_unchunked(self.received) if framed else self.received
        self.body = self.sent


def aws_unchunked(body: bytes) -> bytes:
    """The content of an `aws-chunked` body (`<size>;chunk-signature=...` frames, as the
    AWS SDKs stream a payload), without its frames and trailers."""
    content: list[bytes] = []
    at = 0
    while True:
        frame = AWS_CHUNK.match(body, at)
        if frame is None:
            return body  # not framed after all: as sent
        size = int(frame.group(1), 16)
        if size == 0:
            return b"".join(content)
        start = frame.end()
        content.append(body[start : start + size])
        at = start + size + 2


class Refused(Exception):
    """A step's answer instead of the S3 server's."""

    def __init__(self, status: int, code: str, message: str, headers: list[tuple[str, str]] | None = None):
        super().__init__(f"{status} {code}")
        self.answer: Answer = (status, headers or XML, error(code, message))


def refuse_encryption_header(exchange: Exchange, gateway: Gateway) -> None:
    """ "I get 400 Bad Request errors when uploading objects" (Object Storage troubleshooting):
    the bucket's default encryption is the way, not the header."""
    if exchange.headers.get("x-amz-server-side-encryption") == "AES256":
        raise Refused(
            400, "InvalidArgument", "Requests specifying Server Side Encryption with AWS KMS managed keys or AES256 are not supported"
        )


def authenticate(exchange: Exchange, gateway: Gateway, now: datetime | None = None) -> None:
    """SigV4 ("Generating an AWS4 Authorization signature"): the key must exist, the
    signature match its secret, a header-signed request be within 15 minutes of now, a
    presigned URL unexpired, and the payload what its hash says. No signature: anonymous."""
    headers = {k.lower(): v for k, v in exchange.headers.items()}
    try:
        signed = sigv4.claim(headers, exchange.raw_query)
    except sigv4.Malformed as problem:
        raise Refused(400, "AuthorizationHeaderMalformed", str(problem)) from None
    if signed is None:
        return
    found = gateway.identify(signed.access_key, signed.project)
    if found is None:
        raise Refused(403, "InvalidAccessKeyId", "The access key Id you provided does not exist in our records.")
    caller, secret = found
    if not sigv4.valid(signed, secret, exchange.method, exchange.raw_path, exchange.raw_query, headers):
        raise Refused(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.")
    if sigv4.expired(signed, now):
        raise Refused(403, "AccessDenied", "Request has expired")
    if sigv4.skew(signed, now) > MAX_SKEW_SECONDS:
        raise Refused(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")
    claimed = headers.get("x-amz-content-sha256", "")
    if re.fullmatch(r"[0-9a-f]{64}", claimed) and claimed != hashlib.sha256(exchange.received).hexdigest():
        raise Refused(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.")
    exchange.caller = caller


def name_operation(exchange: Exchange, gateway: Gateway) -> None:
    """The S3 operation the request is; one the table does not know is refused and logged."""
    try:
        exchange.operation = operation_of(exchange.method, exchange.bucket, exchange.key, exchange.query, dict(exchange.headers))
    except Unknown as unknown:
        gateway.note(f"refused an unmapped request: {unknown}")
        raise Refused(403, "AccessDenied", "Access Denied") from None


def keep_to_its_project(exchange: Exchange, gateway: Gateway) -> None:
    """A signed request acts in one project: the `@<project>` its key names, else the key's
    preferred project for Object Storage ("Using IAM API keys with Object Storage"), with the
    rights IAM gives there. A bucket of another project is out of its reach ("If the user does
    not have Object Storage permissions on Project A, they will have access denied to all
    Object Storage resources in Project A"); its name, taken, cannot be made again."""
    operation, project = exchange.operation, exchange.caller.project
    if operation is None or project is None:
        return
    source = unquote(exchange.headers.get("x-amz-copy-source", "")).lstrip("/").partition("/")[0]
    for bucket in filter(None, (operation.bucket, source)):
        owner = gateway.project_of(bucket)
        if owner is None or owner == project:
            continue
        if operation.name == "CreateBucket":
            raise Refused(409, "BucketAlreadyExists", "The requested bucket name is not available.")
        gateway.note(
            f"refused {operation.name} on {bucket} to {exchange.caller.principal}: the bucket is project {owner}'s, the request acts in {project}"
        )
        raise Refused(403, "AccessDenied", "Access Denied")


def authorize(exchange: Exchange, gateway: Gateway) -> None:
    """The local Scaleway's rules on the operation; on a copy's source as a read of it; on
    each version a `DeleteObjects` names as the deletion of that version."""
    operation = exchange.operation
    assert operation is not None
    versioned = operation.versioned or (operation.name == "DeleteObjects" and deletes_versions(exchange.sent))
    checks = [(operation.name, operation.bucket, operation.key, versioned)]
    source = exchange.headers.get("x-amz-copy-source")
    if source:
        source_path, _, source_query = source.partition("?")
        source_bucket, _, source_key = unquote(source_path).lstrip("/").partition("/")
        checks.append(("GetObject", source_bucket, source_key, "versionId=" in source_query))
    for name, bucket, key, on_version in checks:
        decision = decide(exchange.caller, name, bucket, key, gateway.policy_of(bucket) if bucket else None, on_version)
        if not decision:
            gateway.note(
                f"refused {name} on {bucket or '(every bucket)'}{'/' + key if key else ''} to {exchange.caller.principal}: {decision.reason}"
            )
            raise Refused(403, "AccessDenied", "Access Denied")
    writes = exchange.method in ("PUT", "POST", "DELETE")
    if exchange.bucket in gateway.read_only_buckets and exchange.key and writes:
        raise Refused(403, "AccessDenied", "Access Denied")


def deletes_versions(body: bytes) -> bool:
    """Whether a `DeleteObjects` body names a version (or cannot be read: then it may)."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        return True
    return any(element.tag.rsplit("}", 1)[-1] == "VersionId" for element in root.iter())


def to_upstream_taste(exchange: Exchange, gateway: Gateway) -> None:
    """What the S3 server needs said otherwise than Scaleway's clients say it."""
    if exchange.host and exchange.operation and exchange.operation.name == "CreateBucket" and not exchange.sent:
        # Scaleway takes a bucket's region from the endpoint; the S3 server wants it in the
        # request (the provider sends none: object/bucket.go).
        exchange.body = CREATE_BUCKET.format(region=exchange.host["region"]).encode()
    if exchange.operation and exchange.operation.name == "PutBucketLifecycleConfiguration":
        # Scaleway accepts an expiry in days beside `ExpiredObjectDeleteMarker` false
        # (object-bucket-lifecycle: 200); the S3 server refuses the pair.
        exchange.body = exchange.sent.replace(NO_DELETE_MARKER, b"")


# The chain every request goes through before it is forwarded.
STEPS: tuple[Callable[[Exchange, Gateway], None], ...] = (
    refuse_encryption_header,
    authenticate,
    name_operation,
    keep_to_its_project,
    authorize,
    to_upstream_taste,
)


class Gateway:
    """The HTTPS proxy on 127.0.0.1. `identify(access_key, project)` gives the key's caller
    acting in `project` (None: the key's preferred one) and its secret (None when the key is
    unknown), `policy_of(bucket)` the bucket's policy (None when none). A bucket belongs to
    the project of the request that made it; one made past the gateway (by a test, as
    the S3 server's administrator) to `home_project`.

    `ca_folder` receives the CA's certificate (`ca.pem`, for `SSL_CERT_FILE`) and the
    gateway's log (`gateway.log`: what it refused, and why).
    """

    def __init__(
        self,
        upstream: str,
        identify: Callable[[str, str | None], tuple[Caller, str] | None],
        policy_of: Callable[[str], dict[str, Any] | None],
        ca_folder: Path,
        home_project: str | None = None,
    ):
        import trustme

        self.upstream = urlsplit(upstream)
        self.identify, self.policy_of, self.home_project = identify, policy_of, home_project
        self.bucket_projects: dict[str, str] = {}  # the buckets made through the gateway, and their project
        authority = trustme.CA(organization_name="richie-media local Scaleway")
        self.ca_file = ca_folder / "ca.pem"
        authority.cert_pem.write_to_path(str(self.ca_file))
        self.log_file = ca_folder / "gateway.log"
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert(*s3_hosts()).configure_cert(tls)
        self.refused: list[str] = []  # CONNECTs to other hosts
        self.log: list[str] = []
        # Buckets whose objects a test makes unwritable (an incident, or a policy gone wrong).
        self.read_only_buckets: set[str] = set()
        # Set by a test: what Object Storage answers under load (paths path-style: /<bucket>/<key>).
        self.faults = FaultPlan()
        self.http = LoopbackServer(tunnel_handler(self, tls))
        self.proxy = self.http.url

    def note(self, line: str) -> None:
        """A line of the run's log."""
        self.log.append(line)
        with self.log_file.open("a") as log:
            log.write(line + "\n")

    def project_of(self, bucket: str) -> str | None:
        """The project a bucket belongs to; None when there is no such bucket (or no project is known)."""
        if bucket in self.bucket_projects:
            return self.bucket_projects[bucket]
        if self.home_project is None:
            return None
        connection = http.client.HTTPConnection(self.upstream.hostname or "127.0.0.1", self.upstream.port, timeout=60)
        try:
            connection.request("HEAD", f"/{bucket}", headers={"Authorization": UPSTREAM_AUTHORIZATION})
            exists = connection.getresponse().status == 200
        finally:
            connection.close()
        return self.home_project if exists else None

    def handle(self, exchange: Exchange) -> Answer:
        try:
            for step in STEPS:
                step(exchange, self)
        except Refused as refused:
            return refused.answer
        status, headers, payload = self.forward(exchange)
        self.remember_project(exchange, status)
        if exchange.operation and exchange.operation.name == "ListBuckets" and exchange.caller.project and status == 200:
            payload = LISTED_BUCKET.sub(lambda listed: self._listed_in(listed, exchange.caller.project), payload)
        return status, headers, payload

    def _listed_in(self, listed: re.Match[bytes], project: str | None) -> bytes:
        """A bucket of a listing, kept when it is the project's (ListBuckets lists one project's)."""
        return listed.group(0) if self.project_of(listed.group(1).decode()) == project else b""

    def remember_project(self, exchange: Exchange, status: int) -> None:
        """A bucket made belongs to the project its request acted in; a bucket deleted, to none."""
        operation, project = exchange.operation, exchange.caller.project
        if operation is None or operation.bucket is None or status >= 300:
            return
        if operation.name == "CreateBucket" and project:
            self.bucket_projects[operation.bucket] = project
        elif operation.name == "DeleteBucket":
            self.bucket_projects.pop(operation.bucket, None)

    def forward(self, exchange: Exchange) -> Answer:
        """To the S3 server, path-style; its answer in Scaleway's form."""
        connection = http.client.HTTPConnection(self.upstream.hostname or "127.0.0.1", self.upstream.port, timeout=60)
        headers = {k: v for k, v in exchange.headers.items() if k.lower() not in ("host", "transfer-encoding")}
        headers["Host"] = self.upstream.netloc
        headers["Content-Length"] = str(len(exchange.body))
        if "authorization" not in {k.lower() for k in headers}:
            # The gateway decided: the S3 server, which would judge an anonymous request by
            # its own idea of public access, hears its administrator.
            headers["Authorization"] = UPSTREAM_AUTHORIZATION
        if exchange.body != exchange.received:  # a body made to the S3 server's taste: its framing and checksums go
            framing = (
                "x-amz-checksum",
                "content-md5",
                "x-amz-decoded-content-length",
                "x-amz-trailer",
                "content-encoding",
                "x-amz-content-sha256",
            )
            headers = {k: v for k, v in headers.items() if not k.lower().startswith(framing)}
            headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD"
        target = exchange.path + (f"?{exchange.raw_query}" if exchange.raw_query else "")
        try:
            connection.request(exchange.method, target, body=exchange.body, headers=headers)
            response = connection.getresponse()
            status, payload = as_scaleway(exchange.method, exchange.key, exchange.query, response.status, response.read())
            kept = [(n, v) for n, v in response.getheaders() if n.lower() not in ("transfer-encoding", "connection", "content-length")]
        finally:
            connection.close()
        return in_scaleway_form(exchange, status, kept, payload)

    def stop(self) -> None:
        self.http.stop()


def in_scaleway_form(exchange: Exchange, status: int, headers: list[tuple[str, str]], payload: bytes) -> Answer:
    """An answer's Content-Type as Scaleway gives it, and its errors naming their resource."""
    operation = exchange.operation.name if exchange.operation else None
    if status >= 300:
        payload = with_resource(payload, exchange.path.rstrip("/") or "/")
    elif operation == "GetBucketVersioning":
        payload = versioning_configuration(payload)
    elif operation == "PutBucketPolicy":
        payload = b""  # object-bucket-policy-basic: an empty answer
    project = exchange.caller.project
    if project and status < 300 and operation not in ("GetObject", "HeadObject"):
        payload = owned_by(payload, project)
    wanted = content_type(operation, status, payload)
    if operation in ("GetObject", "HeadObject") and status < 300:
        return status, headers, payload
    headers = [(name, value) for name, value in headers if name.lower() != "content-type"]
    return status, headers + ([("Content-Type", wanted)] if wanted else []), payload


def tunnel_handler(gateway: Gateway, tls: ssl.SSLContext) -> type[QuietHandler]:
    """HTTP CONNECT to Object Storage's hosts only, TLS inside, each request handed to the gateway."""

    class Handler(QuietHandler):
        protocol_version = "HTTP/1.1"
        tunnel: str | None = None

        def do_CONNECT(self) -> None:
            host, _, port = self.path.partition(":")
            if port != "443" or not S3_HOST.fullmatch(host):
                gateway.refused.append(self.path)  # nothing leaves 127.0.0.1
                self.send_error(403, f"the local Scaleway serves Object Storage only, not {self.path}")
                return
            self.send_response(200, "Connection established")
            self.end_headers()
            try:
                self.connection = tls.wrap_socket(self.connection, server_side=True)
            except (ssl.SSLError, OSError):
                self.close_connection = True
                return
            self.rfile = self.connection.makefile("rb", self.rbufsize)
            self.wfile = socketserver._SocketWriter(self.connection)  # type: ignore[attr-defined]
            self.tunnel = host
            self.close_connection = False

        def _handle(self) -> None:
            url = urlsplit(self.path)
            host = S3_HOST.fullmatch((self.headers.get("Host") or self.tunnel or "").split(":")[0])
            exchange = Exchange(self.command, host, url.path, url.query, self.headers, self._body())
            through(gateway.faults, self, exchange.path, lambda: gateway.handle(exchange), url.query)

        def _body(self) -> bytes:
            """The request's body, chunked (aws-chunked too, as the Go SDK streams) or not."""
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass
                        break
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
                return b"".join(chunks)
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

    return Handler
