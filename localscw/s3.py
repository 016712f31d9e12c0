"""The S3 server (moto) that stands for Object Storage, in a process of its own.

moto keeps its buckets in module globals: two servers in one Python process share them,
and a reset of one empties the other. Each harness, and each conformance run, gets its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from typing import Any

from localscw.loopback import free_port


class S3Server:
    """`python -m moto.server` on a free port of 127.0.0.1, until `stop()`."""

    def __init__(self) -> None:
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        # The server says when it listens (werkzeug's "Running on"); until then, nothing answers.
        assert self.process.stderr is not None
        for line in self.process.stderr:
            if "Running on" in line:
                break
        else:
            raise RuntimeError(f"the local S3 server did not start on port {self.port} (python -m moto.server exited)")
        threading.Thread(target=self.process.stderr.read, daemon=True).start()  # keep its pipe flowing

    def client(self) -> Any:
        """A boto3 client of the server itself, as its administrator (no access rules)."""
        import boto3

        return boto3.client("s3", endpoint_url=self.endpoint, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def bucket_policy(admin: Any, name: str) -> dict[str, Any] | None:
    """A bucket's policy as the S3 server holds it; None when it has none (or the bucket is
    not made yet: what may create it is IAM's to say)."""
    from botocore.exceptions import ClientError

    try:
        policy: dict[str, Any] = json.loads(admin.get_bucket_policy(Bucket=name)["Policy"])
        return policy
    except ClientError as error:
        if error.response["Error"]["Code"] not in ("NoSuchBucketPolicy", "NoSuchBucket"):
            raise
        return None
