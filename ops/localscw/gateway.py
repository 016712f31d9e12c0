"""Scaleway's access rules in front of the local S3 server, which enforces none by itself.

Each request's principal is found from its access key (an API key record of the stand-in,
or the operator's key), its action from the S3 operation, and `ops.access.allowed` decides,
on the bucket policy the S3 server holds and the IAM records: what Scaleway would answer,
AccessDenied included. Allowed requests go on to the S3 server unchanged.
"""

from __future__ import annotations

import http.client
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from ops.access import Bucket, Principal, allowed

ACCESS_KEY = re.compile(r"Credential=([A-Z0-9]+)/")
DENIED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
)


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


class Gateway:
    """An enforcing proxy on 127.0.0.1; `principal_of(access_key)` and `bucket_of(name)` feed the rules."""

    def __init__(self, upstream: str, principal_of: Callable[[str | None], Principal], bucket_of: Callable[[str], Bucket]):
        upstream_url = urlsplit(upstream)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                url = urlsplit(self.path)
                bucket, _, key = url.path.lstrip("/").partition("/")
                query = parse_qs(url.query, keep_blank_values=True)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                match = ACCESS_KEY.search(self.headers.get("Authorization", ""))
                principal = principal_of(match.group(1) if match else None)
                action, on = s3_action(self.command, key, query)
                if bucket and not allowed(principal, bucket_of(bucket), action, on):
                    self.send_response(403)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("Content-Length", str(len(DENIED)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(DENIED)
                    return
                connection = http.client.HTTPConnection(upstream_url.hostname, upstream_url.port, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                headers["Host"] = upstream_url.netloc
                connection.request(self.command, self.path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                self.send_response(response.status)
                for name, value in response.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)
                connection.close()

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_port}"

    def __enter__(self) -> "Gateway":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
