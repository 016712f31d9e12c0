"""Object Storage as the provider, the state backend and django-storages reach it.

They call `https://s3.<region>.scw.cloud` (virtual-hosted: `<bucket>.s3.<region>.scw.cloud`),
which no test may reach. Every process of the run gets `HTTPS_PROXY` pointing here and
`SSL_CERT_FILE` holding the run's throwaway CA: the gateway accepts a `CONNECT` to those
hosts only, answers TLS with a certificate of that CA, and handles each request inside the
tunnel: its SigV4 signature is checked with the secret the local IAM handed out (an unknown
key gets `InvalidAccessKeyId`, a wrong signature `SignatureDoesNotMatch`), the principal
is the key's owner, the action is the one Scaleway's documentation names for the S3
operation, and `ops.access.allowed` decides on the bucket policy as Scaleway would.
Allowed requests go on, path-style, to the S3 server (moto), which enforces nothing.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import socketserver
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from localscw import sigv4
from localscw.loopback import LoopbackServer, QuietHandler
from ops.access import ANONYMOUS_PRINCIPAL, Bucket, Principal, Scope, allowed

REGIONS = ("fr-par", "nl-ams", "pl-waw")
S3_HOST = re.compile(r"(?:(?P<bucket>[a-z0-9][a-z0-9.-]*)\.)?s3\.(?P<region>fr-par|nl-ams|pl-waw)\.scw\.cloud")
CREATE_BUCKET = "<CreateBucketConfiguration><LocationConstraint>{region}</LocationConstraint></CreateBucketConfiguration>"
LIFECYCLE_ROOT = re.compile(rb"<(/?)LifecycleConfiguration(?: xmlns=\"[^\"]*\")?>")
EXPIRY_DAYS = re.compile(rb"(<Expiration><Days>\d+</Days>)(</Expiration>)")
NO_DELETE_MARKER = b"<ExpiredObjectDeleteMarker>false</ExpiredObjectDeleteMarker>"
XML = [("Content-Type", "application/xml")]
UPSTREAM_AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=localscw/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0"
REFUSED_SSE_HEADER = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>InvalidArgument</Code><Message>Requests specifying Server Side Encryption with AWS KMS "
    b"managed keys or AES256 are not supported</Message></Error>"
)
# "Amazon S3 and IAM permissions equivalence" (Object Storage reference): the bucket-policy
# action each operation needs. Keys: (on an object?, method, sub-resource); "" is none.
BUCKET_ACTIONS = {
    "GET": {
        "": "s3:ListBucket",
        "acl": "s3:GetBucketAcl",
        "cors": "s3:GetBucketCORS",
        "lifecycle": "s3:GetLifecycleConfiguration",
        "location": "s3:GetBucketLocation",
        "tagging": "s3:GetBucketTagging",
        "versioning": "s3:GetBucketVersioning",
        "website": "s3:GetBucketWebsite",
        "policy": "s3:GetBucketPolicy",
        "object-lock": "s3:GetBucketObjectLockConfiguration",
        "encryption": "s3:GetEncryptionConfiguration",
        "versions": "s3:ListBucketVersions",
        "uploads": "s3:ListBucketMultipartUploads",
    },
    "PUT": {
        "": "s3:CreateBucket",
        "acl": "s3:PutBucketAcl",
        "cors": "s3:PutBucketCORS",
        "lifecycle": "s3:PutLifecycleConfiguration",
        "tagging": "s3:PutBucketTagging",
        "versioning": "s3:PutBucketVersioning",
        "website": "s3:PutBucketWebsite",
        "policy": "s3:PutBucketPolicy",
        "object-lock": "s3:PutBucketObjectLockConfiguration",
        "encryption": "s3:PutEncryptionConfiguration",
    },
    "DELETE": {
        "": "s3:DeleteBucket",
        "cors": "s3:PutBucketCORS",
        "lifecycle": "s3:PutLifecycleConfiguration",
        "tagging": "s3:PutBucketTagging",
        "website": "s3:DeleteBucketWebsite",
        "policy": "s3:DeleteBucketPolicy",
        "encryption": "s3:PutEncryptionConfiguration",
    },
    "POST": {"delete": "s3:DeleteObject"},
}
OBJECT_ACTIONS = {
    "GET": {"": "s3:GetObject", "acl": "s3:GetObjectAcl", "tagging": "s3:GetObjectTagging", "uploadId": "s3:ListMultipartUploadParts"},
    "PUT": {"": "s3:PutObject", "acl": "s3:PutObjectAcl", "tagging": "s3:PutObjectTagging", "uploadId": "s3:PutObject"},
    "DELETE": {"": "s3:DeleteObject", "tagging": "s3:DeleteObjectTagging", "uploadId": "s3:AbortMultipartUpload"},
    "POST": {"uploads": "s3:PutObject", "uploadId": "s3:PutObject"},
}
# ... and with a `versionId`, the version's own action.
VERSION_ACTIONS = {
    "s3:GetObject": "s3:GetObjectVersion",
    "s3:DeleteObject": "s3:DeleteObjectVersion",
    "s3:GetObjectTagging": "s3:GetObjectVersionTagging",
    "s3:PutObjectTagging": "s3:PutObjectVersionTagging",
    "s3:DeleteObjectTagging": "s3:DeleteObjectVersionTagging",
    "s3:GetObjectAcl": "s3:GetObjectVersionAcl",
}


def error(code: str, message: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'.encode()


DENIED = error("AccessDenied", "Access Denied")


def s3_hosts() -> list[str]:
    """The names the gateway's certificate covers."""
    return [name for region in REGIONS for name in (f"s3.{region}.scw.cloud", f"*.s3.{region}.scw.cloud")]


def s3_action(method: str, key: str, query: dict[str, Any]) -> tuple[str, Scope]:
    """The bucket-policy action of an S3 request, and whether it is on the bucket or an object."""
    method = "GET" if method == "HEAD" else method
    table = OBJECT_ACTIONS if key else BUCKET_ACTIONS
    on: Scope = "object" if key else "bucket"
    known = table.get(method, {})
    sub = next((name for name in known if name and name in query), "")
    action = known.get(sub) or known.get("", f"s3:{method}Unknown")
    if key and "versionId" in query:
        action = VERSION_ACTIONS.get(action, action)
    if action == "s3:DeleteObject":  # POST ?delete deletes objects
        on = "object"
    return action, on


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
        # object-bucket-policy-basic: each statement's actions come back sorted.
        policy = json.loads(payload)
        for statement in policy.get("Statement", []):
            if isinstance(statement.get("Action"), list):
                statement["Action"] = sorted(statement["Action"])
        return status, json.dumps(policy, separators=(",", ":")).encode()
    return status, payload


class Gateway:
    """The HTTPS proxy on 127.0.0.1; `identify(access_key)` (its owner and secret, None when
    unknown) and `bucket_of(name)` feed the rules.

    `ca_folder` receives the CA's certificate (`ca.pem`, for `SSL_CERT_FILE`).
    """

    def __init__(
        self,
        upstream: str,
        identify: Callable[[str], tuple[Principal, str] | None],
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
        # Buckets whose objects a test makes unwritable (an incident, or a policy gone wrong).
        self.read_only_buckets: set[str] = set()
        read_only = self.read_only_buckets

        class Handler(QuietHandler):
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
                    self.answer(400, XML, REFUSED_SSE_HEADER)
                    return
                principal, refusal = self._authenticate(url.path, url.query, sent)
                if refusal:
                    self.answer(*refusal)
                    return
                action, on = s3_action(self.command, key, query)
                if (bucket and not allowed(principal, bucket_of(bucket), action, on)) or (
                    bucket in read_only and key and self.command in ("PUT", "POST", "DELETE")
                ):
                    self.answer(403, XML, DENIED)
                    return
                if not bucket and principal.scw is None:  # listing every bucket: IAM's, never anonymous
                    self.answer(403, XML, DENIED)
                    return
                connection = http.client.HTTPConnection(upstream_url.hostname or "127.0.0.1", upstream_url.port, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "transfer-encoding")}
                headers["Host"] = upstream_url.netloc
                headers["Content-Length"] = str(len(body))
                if "authorization" not in {k.lower() for k in headers}:
                    # The gateway decided: the S3 server, which would judge an anonymous
                    # request by its own idea of public access, hears its administrator.
                    headers["Authorization"] = UPSTREAM_AUTHORIZATION
                if body != sent:  # a body made to the S3 server's taste: its checksums go
                    headers = {k: v for k, v in headers.items() if not k.lower().startswith(("x-amz-checksum", "content-md5"))}
                connection.request(self.command, path + (f"?{url.query}" if url.query else ""), body=body, headers=headers)
                response = connection.getresponse()
                status, payload = as_scaleway(self.command, key, query, response.status, response.read())
                kept = [(n, v) for n, v in response.getheaders() if n.lower() not in ("transfer-encoding", "connection", "content-length")]
                self.answer(status, kept, payload)
                connection.close()

            def _authenticate(
                self, raw_path: str, query: str, body: bytes
            ) -> tuple[Principal, tuple[int, list[tuple[str, str]], bytes] | None]:
                """The request's principal, or the refusal Object Storage answers."""
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    signed = sigv4.claim(headers, query)
                except sigv4.Malformed as problem:
                    return ANONYMOUS_PRINCIPAL, (400, XML, error("AuthorizationHeaderMalformed", str(problem)))
                if signed is None:
                    return ANONYMOUS_PRINCIPAL, None
                found = identify(signed.access_key)
                if found is None:
                    return ANONYMOUS_PRINCIPAL, (
                        403,
                        XML,
                        error("InvalidAccessKeyId", "The access key Id you provided does not exist in our records."),
                    )
                principal, secret = found
                if not sigv4.valid(signed, secret, self.command, raw_path, query, headers):
                    return ANONYMOUS_PRINCIPAL, (
                        403,
                        XML,
                        error("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided."),
                    )
                if sigv4.expired(signed):
                    return ANONYMOUS_PRINCIPAL, (403, XML, error("AccessDenied", "Request has expired"))
                claimed = headers.get("x-amz-content-sha256", "")
                if re.fullmatch(r"[0-9a-f]{64}", claimed) and claimed != hashlib.sha256(body).hexdigest():
                    return ANONYMOUS_PRINCIPAL, (
                        400,
                        XML,
                        error("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed."),
                    )
                return principal, None

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

        self.http = LoopbackServer(Handler)
        self.proxy = self.http.url

    def stop(self) -> None:
        self.http.stop()
