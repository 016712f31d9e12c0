"""What the operator commands' tests share: an Object Storage to read states from, and the
state bucket of the test project on it."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from localscw.s3 import S3Server
from ops.scaleway.state_bucket import StateBucket
from tests.helpers import site_config


@pytest.fixture(scope="module")
def s3():
    """An S3 server (moto's) over HTTP, standing in for Object Storage."""
    server = S3Server()
    yield server
    server.stop()


@pytest.fixture
def project_bucket(s3, monkeypatch):
    """The test project's state bucket on the S3 server, every `StateBucket.of` reading it
    with a test key; emptied and removed after the test."""
    admin = s3.client()
    name = site_config().project.state_bucket
    admin.create_bucket(Bucket=name)
    reader = StateBucket(name, s3.endpoint, "us-east-1", True, "SCWKEY", "secret")
    monkeypatch.setattr(StateBucket, "of", classmethod(lambda cls, project, key: reader))
    yield admin, name
    for item in admin.list_objects_v2(Bucket=name).get("Contents", []):
        admin.delete_object(Bucket=name, Key=item["Key"])
    admin.delete_bucket(Bucket=name)


@pytest.fixture
def recording_api():
    """A stand-in for Scaleway's API, answering `{}` under `/edge-services/` (404 elsewhere) and
    recording each request as sent: method, path, token, Content-Type, body (JSON, or None)."""
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            content_type = self.headers.get("Content-Type")
            requests.append((self.command, self.path, self.headers["X-Auth-Token"], content_type, json.loads(body) if body else None))
            found = self.path.startswith("/edge-services/")
            self.send_response(200 if found else 404)
            self.send_header("Content-Length", "2" if found else "0")
            self.end_headers()
            if found:
                self.wfile.write(b"{}")

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", requests
    server.shutdown()
