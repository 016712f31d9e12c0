"""A stack's state, read from the state bucket directly: its outputs, and what the stack
carries over from them (`stacks.contract.StateInputs`).

Every synthesis reads it, whoever runs it: the `make` targets, and `main.py` under the
cdktf CLI (`cdktf synth|diff|deploy`), so that both build the same stack. One signed GET
in Terraform's own state format (version 4, which Terraform >= 0.12 and OpenTofu write)
costs less than a `terraform output`; a state in another format is read by Terraform
(`ops.stack.terraform.outputs`), said in one line.

The GET is signed by botocore's SigV4 signer and sent by urllib, which honours
`HTTPS_PROXY` and `SSL_CERT_FILE` as Terraform does: a boto3 client would cost an
operator command more than the read itself (it loads the whole S3 service model).
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from ops.checkout import OperatorError
from ops.context import Context
from ops.parallel import in_parallel
from ops.resolver import reaches
from ops.retry import with_retries
from ops.stack import terraform as tf
from stacks.contract import (
    API_KEY_SLOTS,
    CUSTOM_DOMAIN_ATTACHED,
    FIRST_SLOTS,
    PIPELINE_ID,
    StateInputs,
    pipeline_endpoint,
)
from stacks.model import BOOTSTRAP_STATE_KEY, EnvironmentConfig, ProjectConfig, SiteConfig

# The state format this reader knows (Terraform's `version` field).
STATE_FORMAT = 4
# Terraform's S3 backend reads these; the make targets set them from SCW_* (ops.stack.preflight).
BACKEND_KEY = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
SCALEWAY_KEY = ("SCW_ACCESS_KEY", "SCW_SECRET_KEY")


class UnknownStateFormat(Exception):
    """A state this reader does not know; Terraform reads it instead."""


def exported_key(environ: Mapping[str, str]) -> dict[str, str] | None:
    """The key in `environ` that the state backend will use (AWS_*, else SCW_*), under
    the SCW_* names; None when there is none."""
    for names in (BACKEND_KEY, SCALEWAY_KEY):
        access, secret = (environ.get(name) for name in names)
        if access and secret:
            return dict(zip(SCALEWAY_KEY, (access, secret), strict=True))
    return None


@dataclass(frozen=True)
class StateBucket:
    """The state bucket, read with one key: GETs signed for Object Storage (SigV4)."""

    name: str
    endpoint: str  # https://s3.<region>.scw.cloud
    region: str
    path_style: bool
    access_key: str
    secret_key: str

    @classmethod
    def of(cls, project: ProjectConfig, key: Mapping[str, str]) -> StateBucket:
        """The project's state bucket, with the key `key` holds under the SCW_* names."""
        return cls(
            project.state_bucket,
            project.state_endpoint,
            project.region,
            project.state_use_path_style,
            key["SCW_ACCESS_KEY"],
            key["SCW_SECRET_KEY"],
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
        S3SigV4Auth(Credentials(self.access_key, self.secret_key), "s3", self.region).add_auth(request)
        headers = {**dict(request.headers), **({"Content-Type": "application/octet-stream"} if body else {})}  # not a form
        signed = urllib.request.Request(request.url, data=body or None, headers=headers, method=method)
        return with_retries(lambda: urllib.request.urlopen(signed, timeout=30))


def read_outputs(bucket: StateBucket, key: str) -> dict[str, Any]:
    """The outputs of the state at `key`, by name, sensitive values included; empty when
    there is no state there yet (never deployed)."""
    body = bucket.get(key)
    if body is None:
        return {}
    try:
        state = json.loads(body)
        version = state.get("version") if isinstance(state, dict) else None
    except ValueError:
        version = None
    if version != STATE_FORMAT or not isinstance(state.get("outputs", {}), dict):
        raise UnknownStateFormat(f"s3://{bucket.name}/{key} is not a Terraform state of format {STATE_FORMAT} (format {version})")
    return {name: output["value"] for name, output in state.get("outputs", {}).items()}


def state_version(bucket: StateBucket, key: str) -> tuple[str, int] | None:
    """The lineage and serial of the state at `key` (what Terraform bumps at each write), or
    None when there is no state there."""
    body = bucket.get(key)
    if body is None:
        return None
    try:
        state = json.loads(body)
        return str(state["lineage"]), int(state["serial"])
    except (ValueError, KeyError, TypeError):
        raise UnknownStateFormat(f"s3://{bucket.name}/{key} has no lineage and serial") from None


def inputs_from(env: EnvironmentConfig, outputs: dict[str, Any]) -> StateInputs:
    """What the stack carries over, from its state's outputs: the slots of the keys it holds,
    and whether its custom domain is attached (it stays so) or its record (CNAME, or ALIAS
    at an apex) reaches the pipeline endpoint."""
    slots = tuple(outputs.get(API_KEY_SLOTS.name) or FIRST_SLOTS)
    ready = False
    if env.custom_domain and not env.custom_domain_zone:  # in a Scaleway-hosted zone, the stack writes the record
        pipeline_id = outputs.get(PIPELINE_ID.name)
        ready = outputs.get(CUSTOM_DOMAIN_ATTACHED.name) is True or (
            pipeline_id is not None and reaches(env.custom_domain, pipeline_endpoint(pipeline_id), env.custom_domain_apex)
        )
    return StateInputs(api_key_slots=slots, custom_domain_ready=ready)


def state_key(site: SiteConfig, env: EnvironmentConfig | None) -> str:
    """Where a stack's state is in the state bucket: the environment's, or the bootstrap's."""
    return site.state_key(env) if env else BOOTSTRAP_STATE_KEY


def read_stack(ctx: Context, bucket: StateBucket | None = None) -> tuple[Context, dict[str, Any]]:
    """The stack's outputs from its state, and `ctx` with what the stack carries over from
    them (`inputs`). A state in a format the reader does not know is read by Terraform."""
    bucket = bucket or StateBucket.of(ctx.site.project, ctx.environ)
    try:
        outputs = read_outputs(bucket, state_key(ctx.site, ctx.env))
    except UnknownStateFormat as error:
        print(f"note: {error}: Terraform reads it instead.", file=sys.stderr)
        outputs = tf.outputs(tf.prepared(replace(ctx, inputs=None)))
    return with_outputs(ctx, outputs), outputs


def with_outputs(ctx: Context, outputs: dict[str, Any]) -> Context:
    """`ctx` with the inputs its stack carries over from these outputs of its state."""
    return replace(ctx, inputs=inputs_from(ctx.env, outputs)) if ctx.env else ctx


def synthesis_inputs(site: SiteConfig, environ: Mapping[str, str]) -> dict[str, StateInputs]:
    """For `main.py`: what each media stack of the site carries over, read with the key the
    operator exported. A stack whose state cannot be read is left out (synthesized for
    review only), said in one line."""
    key = exported_key(environ)
    if key is None:
        print(
            "note: no key for the state bucket in the environment (AWS_* or SCW_*): the media stacks are synthesized for "
            "review only, and Terraform will refuse to plan them. Export the variables of env.d/scw to deploy.",
            file=sys.stderr,
        )
        return {}
    bucket = StateBucket.of(site.project, key)

    def read(env: EnvironmentConfig) -> tuple[str, StateInputs | None]:
        try:
            return env.stack_name, inputs_from(env, read_outputs(bucket, site.state_key(env)))
        except (OperatorError, UnknownStateFormat) as error:
            print(f"note: {env.stack_name} is synthesized for review only, its plan refused: {error}", file=sys.stderr)
            return env.stack_name, None

    return {name: inputs for name, inputs in in_parallel(read, site.environments, len(site.environments)) if inputs}
