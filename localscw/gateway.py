"""Object Storage as the provider, the state backend and django-storages reach it.

They call `https://s3.<region>.scw.cloud` (virtual-hosted: `<bucket>.s3.<region>.scw.cloud`),
which no test may reach. Every process of the run gets `HTTPS_PROXY` pointing here and
`SSL_CERT_FILE` holding the run's throwaway CA: the gateway accepts a `CONNECT` to those
hosts only, answers TLS with a certificate of that CA, and handles each request inside the
tunnel: the principal comes from the request's access key (the local IAM says whose key it
is), the action from the S3 operation, and `ops.access.allowed` decides on the bucket
policy as Scaleway would. Allowed requests go on, path-style, to the S3 server (moto),
which enforces nothing by itself.
"""

from __future__ import annotations

import http.client
import json
import re
import socketserver
import ssl
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from localscw.loopback import LoopbackServer
from ops.access import Bucket, Principal, allowed

REGIONS = ("fr-par", "nl-ams", "pl-waw")
S3_HOST = re.compile(r"(?:(?P<bucket>[a-z0-9][a-z0-9.-]*)\.)?s3\.(?P<region>fr-par|nl-ams|pl-waw)\.scw\.cloud")
# SigV4 `Credential=<access key>[@<project id>]/...`: the provider appends the project
# (terraform-provider-scaleway, object/helpers_object.go: accessKeyWithProjectID).
ACCESS_KEY = re.compile(r"Credential=([A-Z0-9]+)(?:@[0-9a-f-]+)?/")
CREATE_BUCKET = "<CreateBucketConfiguration><LocationConstraint>{region}</LocationConstraint></CreateBucketConfiguration>"
LIFECYCLE_ROOT = re.compile(rb"<(/?)LifecycleConfiguration(?: xmlns=\"[^\"]*\")?>")
EXPIRY_DAYS = re.compile(rb"(<Expiration><Days>\d+</Days>)(</Expiration>)")
NO_DELETE_MARKER = b"<ExpiredObjectDeleteMarker>false</ExpiredObjectDeleteMarker>"
REFUSED_SSE_HEADER = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>InvalidArgument</Code><Message>Requests specifying Server Side Encryption with AWS KMS "
    b"managed keys or AES256 are not supported</Message></Error>"
)
DENIED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
)


def s3_hosts() -> list[str]:
    """The names the gateway's certificate covers."""
    return [name for region in REGIONS for name in (f"s3.{region}.scw.cloud", f"*.s3.{region}.scw.cloud")]


def s3_action(method: str, key: str, query: dict) -> tuple[str, str]:
    """The bucket-policy action of an S3 request, and whether it is on the bucket or an object."""
    if not key:
        if "uploads" in query:
            return "s3:ListBucketMultipartUploads", "bucket"
        if method == "POST" and "delete" in query:
            return "s3:DeleteObject", "object"
        if method in ("GET", "HEAD"):
            return "s3:ListBucket", "bucket"
        return "s3:PutBucketPolicy", "bucket"  # any change to the bucket itself
    if "uploadId" in query:
        return {"GET": "s3:ListMultipartUploadParts", "DELETE": "s3:AbortMultipartUpload"}.get(method, "s3:PutObject"), "object"
    return {"GET": "s3:GetObject", "HEAD": "s3:GetObject", "DELETE": "s3:DeleteObject"}.get(method, "s3:PutObject"), "object"


def as_scaleway(method: str, key: str, query: dict, status: int, payload: bytes) -> tuple[int, bytes]:
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
        # object-bucket-policy-basic: each statement's actions come back sorted.
        policy = json.loads(payload)
        for statement in policy.get("Statement", []):
            if isinstance(statement.get("Action"), list):
                statement["Action"] = sorted(statement["Action"])
        return status, json.dumps(policy, separators=(",", ":")).encode()
    return status, payload


class Gateway:
    """The HTTPS proxy on 127.0.0.1; `principal_of(access_key)` and `bucket_of(name)` feed the rules.

    `ca_folder` receives the CA's certificate (`ca.pem`, for `SSL_CERT_FILE`).
    """

    def __init__(
        self,
        upstream: str,
        principal_of: Callable[[str | None], Principal],
        bucket_of: Callable[[str], Bucket],
        ca_folder: Path,
    ):
        import trustme

        upstream_url = urlsplit(upstream)
        authority = trustme.CA(organization_name="richie-media local Scaleway")
        self.ca_file = ca_folder / "ca.pem"
        authority.cert_pem.write_to_path(str(self.ca_file))
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert(*s3_hosts()).configure_cert(tls)
        self.refused: list[str] = []
        refused = self.refused

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            tunnel: str | None = None

            def do_CONNECT(self) -> None:
                host, _, port = self.path.partition(":")
                if port != "443" or not S3_HOST.fullmatch(host):
                    refused.append(self.path)  # nothing leaves 127.0.0.1
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
                path = url.path
                if host and host["bucket"]:
                    path = f"/{host['bucket']}{path}"
                bucket, _, key = path.lstrip("/").partition("/")
                query = parse_qs(url.query, keep_blank_values=True)
                body = sent = self._body()
                if host and self.command == "PUT" and key == "" and not url.query and not body:
                    # Scaleway takes a bucket's region from the endpoint; the S3 server wants
                    # it in the request (the provider sends none: object/bucket.go).
                    body = CREATE_BUCKET.format(region=host["region"]).encode()
                if "lifecycle" in query and self.command == "PUT":
                    # Scaleway accepts an expiry in days beside `ExpiredObjectDeleteMarker`
                    # false (object-bucket-lifecycle: 200); the S3 server refuses the pair.
                    body = body.replace(NO_DELETE_MARKER, b"")
                if self.headers.get("x-amz-server-side-encryption") == "AES256":
                    # "I get 400 Bad Request errors when uploading objects" (Object Storage
                    # troubleshooting): the bucket's default encryption is the way.
                    self._answer(400, [("Content-Type", "application/xml")], REFUSED_SSE_HEADER)
                    return
                match = ACCESS_KEY.search(self.headers.get("Authorization", ""))
                principal = principal_of(match.group(1) if match else None)
                action, on = s3_action(self.command, key, query)
                if bucket and not allowed(principal, bucket_of(bucket), action, on):
                    self._answer(403, [("Content-Type", "application/xml")], DENIED)
                    return
                connection = http.client.HTTPConnection(upstream_url.hostname, upstream_url.port, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "transfer-encoding")}
                headers["Host"] = upstream_url.netloc
                headers["Content-Length"] = str(len(body))
                if body != sent:  # a body made to the S3 server's taste: its checksums go
                    headers = {k: v for k, v in headers.items() if not k.lower().startswith(("x-amz-checksum", "content-md5"))}
                connection.request(self.command, path + (f"?{url.query}" if url.query else ""), body=body, headers=headers)
                response = connection.getresponse()
                status, payload = as_scaleway(self.command, key, query, response.status, response.read())
                kept = [(n, v) for n, v in response.getheaders() if n.lower() not in ("transfer-encoding", "connection", "content-length")]
                self._answer(status, kept, payload)
                connection.close()

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

            def _answer(self, status: int, headers: list[tuple[str, str]], payload: bytes) -> None:
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

            def log_message(self, *args) -> None:
                pass

        self.http = LoopbackServer(Handler)
        self.proxy = self.http.url

    def stop(self) -> None:
        self.http.stop()
