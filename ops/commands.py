"""The operator's commands: `make bootstrap|deploy|diff|destroy|django-env`.

Each runs Terraform on the one stack it acts on, after the preflight checks, with
`env.d/scw` loaded into Terraform's environment only: credentials never reach a
synthesized file or a log.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

from ops import terraform as tf
from ops.django import render_django_env, write_private
from ops.preflight import Context
from ops.project import ROOT, OperatorError
from stacks.contract import PIPELINE_ID


def deploy(ctx: Context) -> int:
    tf.prepared(ctx)
    code = tf.terraform(ctx, "apply", "-input=false", *(["-auto-approve"] if tf.auto_approve() else [])).returncode
    if code == 0 and ctx.env is not None and ctx.env.purge_cache_on_deploy:
        pipeline_id = tf.outputs(ctx)[PIPELINE_ID.name]["value"]
        purge_cache(pipeline_id, ctx.environ["SCW_SECRET_KEY"], ctx.environ.get("SCW_API_URL", "https://api.scaleway.com"))
        print(f"Purged the CDN cache of {ctx.stack}.", file=sys.stderr)
    return code


def diff(ctx: Context) -> int:
    tf.prepared(ctx)
    return tf.terraform(ctx, "plan", "-input=false").returncode


def destroy(ctx: Context) -> int:
    assert ctx.env is not None, "bootstrap is never destroyed by a command"
    if ctx.env.protected and os.environ.get("ALLOW_PRODUCTION_DESTROY") != "1":
        raise OperatorError(
            f"{ctx.stack} is protected: refusing to destroy it. Set ALLOW_PRODUCTION_DESTROY=1 to go on "
            f"(its media bucket stays protected until `protected = false` in {ctx.site.source.relative_to(ROOT)})."
        )
    if not tf.auto_approve():
        prompt = f"Destroy {ctx.stack} of {ctx.site.name}, its media, CDN and keys? Type {ctx.env.name!r} to confirm: "
        try:
            answer = input(prompt)
        except EOFError:
            answer = ""
        if answer.strip() != ctx.env.name:
            raise OperatorError(f"not confirmed: {ctx.stack} was left as it is (AUTO_APPROVE=1 skips the question).")
    tf.prepared(ctx)
    return tf.terraform(ctx, "destroy", "-input=false", "-auto-approve").returncode


def django_env(ctx: Context, output: Path | None) -> int:
    text = render_django_env(tf.outputs(tf.prepared(ctx)), ctx.stack)
    if output is None:
        sys.stdout.write(text)
    else:
        write_private(output, text)
        print(f"Wrote the Django settings of {ctx.stack} to {output} (mode 0600).", file=sys.stderr)
    return 0


def purge_cache(pipeline_id: str, secret_key: str, api_url: str) -> None:
    """Ask Edge Services to drop every cached object of the pipeline."""
    request = urllib.request.Request(
        f"{api_url.rstrip('/')}/edge-services/v1beta1/purge-requests",
        data=json.dumps({"pipeline_id": pipeline_id, "all": True}).encode(),
        headers={"X-Auth-Token": secret_key, "Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30):
            pass
    except (urllib.error.URLError, TimeoutError) as error:
        raise OperatorError(f"the deploy succeeded but the cache purge failed ({error}); purge it from the console.") from None
