"""A stack's state, read from the state bucket directly: its outputs, and what the stack
carries over from them (`stacks.contract.StateInputs`).

Every synthesis reads it, whoever runs it: the `make` targets, and `main.py` under the
cdktf CLI (`cdktf synth|diff|deploy`), so that both build the same stack. One signed GET
in Terraform's own state format (version 4, which Terraform >= 0.12 and OpenTofu write)
costs less than a `terraform output`; a state in another format is read by Terraform
(`ops.stack.terraform.outputs`), said in one line. The bucket's client is
`ops.scaleway.state_bucket`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ops.checkout import OperatorError
from ops.context import Context
from ops.key import ScalewayKey
from ops.parallel import in_parallel
from ops.resolver import reaches
from ops.scaleway.state_bucket import StateBucket
from ops.stack import terraform as tf
from stacks.contract import (
    API_KEY_SLOTS,
    BUCKET_NAME,
    CUSTOM_DOMAIN_ATTACHED,
    FIRST_SLOTS,
    MEDIA_PROJECT_NAME,
    PIPELINE_ID,
    StateInputs,
    pipeline_endpoint,
)
from stacks.settings import PROJECT_FILE
from stacks.settings.model import BOOTSTRAP_STATE_KEY, EnvironmentConfig, SiteConfig

# The state format this reader knows (Terraform's `version` field).
STATE_FORMAT = 4
# Terraform's S3 backend reads these; the make targets set them from SCW_* (ops.stack.preflight).
BACKEND_KEY = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
SCALEWAY_KEY = ("SCW_ACCESS_KEY", "SCW_SECRET_KEY")


class UnknownStateFormat(Exception):
    """A state this reader does not know; Terraform reads it instead."""


def exported_key(environ: Mapping[str, str]) -> ScalewayKey | None:
    """The key in `environ` that the state backend will use (AWS_*, else SCW_*); None when
    there is none."""
    for access_name, secret_name in (BACKEND_KEY, SCALEWAY_KEY):
        access, secret = environ.get(access_name), environ.get(secret_name)
        if access and secret:
            return ScalewayKey.of({**environ, "SCW_ACCESS_KEY": access, "SCW_SECRET_KEY": secret})
    return None


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


def carried_over(site: SiteConfig, env: EnvironmentConfig, outputs: dict[str, Any]) -> StateInputs:
    """What the stack carries over from its state's outputs (`inputs_from`), once its bucket
    is known to stay where it is (`check_bucket_project`)."""
    check_bucket_project(site, env, outputs)
    return inputs_from(env, outputs)


def check_bucket_project(site: SiteConfig, env: EnvironmentConfig, outputs: dict[str, Any]) -> None:
    """A deployed bucket stays in the project it was made in: with `media_project` set or
    unset since, the plan would replace the bucket, and its media would be lost."""
    if BUCKET_NAME.name not in outputs:
        return  # not deployed yet
    deployed, wanted = outputs.get(MEDIA_PROJECT_NAME.name) or None, site.project.media_project
    if deployed != wanted:

        def place(name: str | None) -> str:
            return f"the media project {name}" if name else "env.d/scw's project"

        raise OperatorError(
            f"{env.stack_name}'s bucket {outputs[BUCKET_NAME.name]} is in {place(deployed)}, and sites/{PROJECT_FILE} puts media in "
            f"{place(wanted)}: a bucket cannot change project, the plan would replace it and lose its media. Set media_project "
            "back, or copy the media out and destroy the environment with the former setting first (docs/scw.md, section 4)."
        )


def state_key(site: SiteConfig, env: EnvironmentConfig | None) -> str:
    """Where a stack's state is in the state bucket: the environment's, or the bootstrap's."""
    return site.state_key(env) if env else BOOTSTRAP_STATE_KEY


def read_stack(ctx: Context, bucket: StateBucket | None = None) -> tuple[Context, dict[str, Any]]:
    """The stack's outputs from its state, and `ctx` with what the stack carries over from
    them (`inputs`). A state in a format the reader does not know is read by Terraform."""
    bucket = bucket or StateBucket.of(ctx.site.project, ctx.key)
    try:
        outputs = read_outputs(bucket, state_key(ctx.site, ctx.env))
    except UnknownStateFormat as error:
        print(f"note: {error}: Terraform reads it instead.", file=sys.stderr)
        outputs = tf.outputs(tf.prepared(replace(ctx, inputs=None)))
    return with_outputs(ctx, outputs), outputs


def with_outputs(ctx: Context, outputs: dict[str, Any]) -> Context:
    """`ctx` with the inputs its stack carries over from these outputs of its state."""
    return replace(ctx, inputs=carried_over(ctx.site, ctx.env, outputs)) if ctx.env else ctx


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
            return env.stack_name, carried_over(site, env, read_outputs(bucket, site.state_key(env)))
        except (OperatorError, UnknownStateFormat) as error:
            print(f"note: {env.stack_name} is synthesized for review only, its plan refused: {error}", file=sys.stderr)
            return env.stack_name, None

    return {name: inputs for name, inputs in in_parallel(read, site.environments, len(site.environments)) if inputs}
