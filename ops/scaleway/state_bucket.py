"""Object Storage as the operator's commands reach it, with one key: the state bucket's
objects through requests signed with it (SigV4, by botocore's signer) and sent by urllib,
which honours `HTTPS_PROXY` and `SSL_CERT_FILE` as Terraform does (a boto3 client would
cost every synthesis more than its read: it loads the whole S3 service model); and boto3
for the buckets' configuration (`boto3_client`: policies, ACLs, listings), which the
state guard and `make access` read."""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from ops.checkout import OperatorError
from ops.key import ScalewayKey
from ops.retry import with_retries
from stacks.settings.model import ProjectConfig


@dataclass(frozen=True)
class StateBucket:
    """The state bucket, read with one key: GETs signed for Object Storage (SigV4)."""

    name: str
    endpoint: str  # https://s3.<region>.scw.cloud
    region: str
    path_style: bool
    access_key: str
    secret_key: str
    acting_in: str = ""  # the project its requests act in (`acting_in_project`); empty: the key's preferred one

    @classmethod
    def of(cls, project: ProjectConfig, key: ScalewayKey) -> StateBucket:
        """The project's state bucket, with this key."""
        return cls(
            project.state_bucket, project.state_endpoint, project.region, project.state_use_path_style, key.access_key, key.secret_key
        )

    def url(self, key: str) -> str:
        scheme, _, host = self.endpoint.rstrip("/").partition("://")
        path = urllib.parse.quote(key, safe="/~")
        return f"{scheme}://{host}/{self.name}/{path}" if self.path_style else f"{scheme}://{self.name}.{host}/{path}"

    def check_key(self) -> None:
        """Object Storage checks a request's signature against the access key's own secret:
        a listing of nothing proves the pair is one key's (IAM's lookup of the access key,
        made with any valid secret, does not)."""
        try:
            self.get("", query="?list-type=2&max-keys=0")
        except OperatorError as error:
            if "(SignatureDoesNotMatch)" in str(error) or "(InvalidAccessKeyId)" in str(error):
                raise OperatorError(
                    "env.d/scw: SCW_SECRET_KEY is not the secret of SCW_ACCESS_KEY (Object Storage refused their signature): "
                    "copy both from the same API key (console: IAM > API keys)."
                ) from None
            if str(error).startswith("could not reach"):
                raise
            # Any other refusal (no bucket yet, not allowed to list) came after the signature was checked.

    def get(self, key: str, query: str = "") -> bytes | None:
        """The object at `key` (or, with `query`, the bucket's answer to it), or None when
        there is none."""
        try:
            with self.send("GET", self.url(key) + query) as answer:
                return bytes(answer.read())
        except urllib.error.HTTPError as error:
            found = re.search(rb"<Code>([^<]+)</Code>", error.read())
            code = found.group(1).decode() if found else str(error.code)
            if code == "NoSuchKey":
                return None
            if code == "NoSuchBucket":
                raise OperatorError(f"the state bucket {self.name} does not exist: run `make bootstrap` first.") from None
            raise OperatorError(
                f"could not read the state s3://{self.name}/{key} ({code}): the key in use must be an operator's (sites/project.tfvars)."
            ) from None
        except (urllib.error.URLError, TimeoutError) as error:
            raise OperatorError(f"could not reach the state bucket {self.name}: {getattr(error, 'reason', error)}") from None

    def holds(self, key: str) -> bool:
        """Whether an object is at `key`, from the bucket's listing (a key may list what it may not read)."""
        listing = self.get("", query=f"?list-type=2&max-keys=1&prefix={urllib.parse.quote(key, safe='')}") or b""
        return f"<Key>{xml_escape(key)}</Key>".encode() in listing

    def put(self, key: str, body: bytes) -> None:
        """Write the object at `key`; a refusal is one line."""
        self._change("PUT", key, body, "write")

    def delete(self, key: str) -> None:
        """Delete the object at `key` (a versioned bucket keeps it as a noncurrent version)."""
        self._change("DELETE", key, b"", "delete")

    def _change(self, method: str, key: str, body: bytes, verb: str) -> None:
        try:
            with self.send(method, self.url(key), body):
                pass
        except urllib.error.HTTPError as error:
            raise OperatorError(f"could not {verb} s3://{self.name}/{key} ({error.code}): the key in use must be an operator's.") from None
        except (urllib.error.URLError, TimeoutError) as error:
            raise OperatorError(f"could not reach the state bucket {self.name}: {getattr(error, 'reason', error)}") from None

    def send(self, method: str, url: str, body: bytes = b"") -> Any:
        """`method url` signed with the key (SigV4), retried while Object Storage fails for a
        moment; urllib's answer (an HTTPError when refused)."""
        from botocore.auth import S3SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        request = AWSRequest(method=method, url=url, data=body)
        S3SigV4Auth(Credentials(acting_in_project(self.access_key, self.acting_in), self.secret_key), "s3", self.region).add_auth(request)
        headers = {**dict(request.headers), **({"Content-Type": "application/octet-stream"} if body else {})}  # not a form
        signed = urllib.request.Request(request.url, data=body or None, headers=headers, method=method)
        return with_retries(lambda: urllib.request.urlopen(signed, timeout=30))


def acting_in_project(access_key: str, project: str) -> str:
    """The access key a request names to act in `project` (empty: the key's preferred one),
    the Scaleway provider's way: `<access_key>@<project_id>` ("Using IAM API keys with Object
    Storage")."""
    return f"{access_key}@{project}" if project else access_key


def boto3_client(project: ProjectConfig, key: ScalewayKey, acting_in: str = "") -> Any:
    """boto3 on the project's Object Storage endpoint (the state bucket's), with this key: for
    what a bucket's configuration holds (its policy, ACL, listings), read less often than a
    state, where a signed GET would be the whole S3 model written again. `acting_in`: the
    project its requests act in (empty: the key's preferred one)."""
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=project.state_endpoint,
        region_name=project.region,
        aws_access_key_id=acting_in_project(key.access_key, acting_in),
        aws_secret_access_key=key.secret_key,
        # Trust what Go and OpenSSL trust on this machine (SSL_CERT_FILE), like Terraform does.
        verify=os.environ.get("SSL_CERT_FILE") or True,
        config=Config(s3={"addressing_style": "path" if project.state_use_path_style else "virtual"}, retries={"max_attempts": 2}),
    )
