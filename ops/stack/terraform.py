"""One stack, synthesized alone and run by Terraform in its own folder.

An operator command acts on one stack: synthesizing the others, or going through the
cdktf CLI, would only make the operator wait. Terraform's own output is shown as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from ops.checkout import OperatorError
from ops.context import Context

# Written into `.terraform/` after a successful `init`: the hash of the `terraform` block
# (backend, providers, version) it was run for. Unchanged, `init` is skipped.
INIT_STAMP = "richie-init.sha256"


# Written beside a stack's `cdk.tf.json`: the hash of every input of its synthesis.
SYNTH_STAMP = ".richie-synth.sha256"
# What a synthesis reads besides the settings: the code, the bindings, the app's
# configuration and the locked versions of the packages it runs on.
SYNTH_CODE = ("stacks", "imports")
SYNTH_FILES = ("cdktf.json", "requirements.txt", "package-lock.json")


def synth_inputs(ctx: Context) -> str:
    """The hash of everything the stack's synthesis depends on."""
    digest = hashlib.sha256(f"{ctx.site.name}\0{ctx.stack}\0{ctx.bootstrap_state_in_bucket}\0{ctx.inputs!r}\0".encode())
    files = [ctx.root / name for name in SYNTH_FILES] + [ctx.site.source, ctx.site.project.source]
    for folder in SYNTH_CODE:
        files += sorted(path for path in (ctx.root / folder).rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    for path in files:
        digest.update(str(path.relative_to(ctx.root) if path.is_relative_to(ctx.root) else path).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"<none>")
    return digest.hexdigest()


def synthesized(ctx: Context) -> str:
    """The hash of the stack's `cdk.tf.json` as it is: the cdktf CLI synthesizes into the
    same folder (from the state it reads), and a file it wrote is never taken for ours."""
    return hashlib.sha256((ctx.stack_dir / "cdk.tf.json").read_bytes()).hexdigest()


def synth(ctx: Context) -> None:
    """`cdktf.out/stacks/<stack>` for this stack alone, in this process: its settings are
    already validated, and the jsii kernel starts once (`make` runs this optimized: the
    bindings' run-time type checks are for the tests). Skipped when none of its inputs
    changed since the last synthesis, nor its output (a stamp that cannot be read
    synthesizes again)."""
    stamp = ctx.stack_dir / SYNTH_STAMP
    inputs = synth_inputs(ctx)
    try:
        if stamp.read_text() == f"{inputs} {synthesized(ctx)}":
            return
    except OSError:
        pass
    from cdktf import App

    from stacks.app import build_app

    (ctx.root / ctx.outdir).mkdir(parents=True, exist_ok=True)  # cdktf makes the last folder only
    build_app(
        ctx.site,
        App(outdir=str(ctx.root / ctx.outdir)),
        only=ctx.stack,
        bootstrap_state_in_bucket=ctx.bootstrap_state_in_bucket,
        inputs={ctx.stack: ctx.inputs} if ctx.inputs else {},
    ).synth()
    stamp.write_text(f"{inputs} {synthesized(ctx)}")


def plugin_cache(ctx: Context) -> dict[str, str]:
    """Terraform's provider cache, shared by every stack folder: `init` then links, not downloads."""
    cache = ctx.environ.get("TF_PLUGIN_CACHE_DIR") or str(ctx.root / ".cache" / "terraform-plugins")
    Path(cache).mkdir(parents=True, exist_ok=True)
    return {"TF_PLUGIN_CACHE_DIR": cache}


def init_stamp(ctx: Context) -> str:
    """The hash of the synthesized `terraform` block (backend, providers, version)."""
    synthesized = json.loads((ctx.stack_dir / "cdk.tf.json").read_text())
    return hashlib.sha256(json.dumps(synthesized.get("terraform"), sort_keys=True).encode()).hexdigest()


def init(ctx: Context, *options: str, show: bool = True) -> None:
    """`terraform init`, unless the folder was initialized for the same backend and providers.

    `-reconfigure` unless `options` say otherwise: a folder last used by another site's stack
    of the same name points at another state; its state is never copied over. Terraform's
    output is shown (on stderr) when `show`, or when it fails.
    """
    stamp = init_stamp(ctx)
    stamp_file = ctx.stack_dir / ".terraform" / INIT_STAMP
    if stamp_file.is_file() and stamp_file.read_text() == stamp:
        return
    result = terraform(ctx, "init", "-input=false", *(options or ("-reconfigure",)), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if show:
        sys.stderr.write(result.stdout)
    if result.returncode != 0:
        raise OperatorError(f"`terraform init` of {ctx.stack} failed{' (see above)' if show else ''}: {init_failure(result.stdout, ctx)}")
    stamp_file.write_text(stamp)


# Terraform's words for each part `init` may fail at -> what the operator should do.
INIT_FAILURES = (
    (
        re.compile(
            r"Failed to query available provider packages|Failed to install provider|registry\.terraform\.io|registry\.opentofu\.org"
        ),
        "the provider could not be installed: check that this machine reaches the Terraform registry, or its provider mirror.",
    ),
    (
        re.compile(r"S3 bucket \S+ does not exist|NoSuchBucket"),
        "the state bucket {bucket} does not exist: run `make bootstrap` first, or check state_bucket in sites/project.tfvars.",
    ),
    (
        re.compile(r"InvalidAccessKeyId|SignatureDoesNotMatch|StatusCode: 403|AccessDenied|Forbidden"),
        "the state bucket {bucket} refused your key: check SCW_ACCESS_KEY/SCW_SECRET_KEY in env.d/scw, and that you are an operator.",
    ),
    (
        re.compile(r"no such host|connection refused|dial tcp|i/o timeout|TLS handshake"),
        "the state bucket's endpoint could not be reached: check your network and state_endpoint in sites/project.tfvars.",
    ),
)


def init_failure(output: str, ctx: Context) -> str:
    """Which part of `init` failed, from Terraform's own message."""
    for pattern, advice in INIT_FAILURES:
        if pattern.search(output):
            return advice.format(bucket=ctx.site.project.state_bucket)
    return "read Terraform's message above."


def terraform(ctx: Context, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """`terraform <args>` in the stack's folder; output shown unless `kwargs` capture it."""
    env = {**ctx.environ, **plugin_cache(ctx)}
    return subprocess.run([ctx.terraform, f"-chdir={ctx.stack_dir}", *args], env=env, text=True, **kwargs)


def prepared(ctx: Context) -> Context:
    """The stack synthesized and its folder initialized: ready for plan, apply or output."""
    synth(ctx)
    init(ctx)
    return ctx


def outputs(ctx: Context) -> dict[str, Any]:
    """The stack's outputs from its state, by name, sensitive values included."""
    result = terraform(ctx, "output", "-json", "-no-color", capture_output=True)
    if result.returncode != 0:
        raise OperatorError(f"`terraform output` of {ctx.stack} failed: {error_line(result.stderr)}")
    return {name: output["value"] for name, output in json.loads(result.stdout or "{}").items()}


def error_line(stderr: str) -> str:
    """Terraform's `Error: ...` line out of its boxed message (else its last line)."""
    lines = [line.strip("│ ").strip() for line in stderr.splitlines()]
    return next((line for line in lines if line.startswith("Error:")), lines[-1] if lines else "no message")


# Terraform's advice after a saved plan (`terraform apply <file>`): the commands apply it
# themselves, after asking; it is never shown.
APPLY_HINT = re.compile(r"\n*─*\n*Saved the plan to:.*", re.DOTALL)


def without_apply_hint(text: str) -> str:
    return APPLY_HINT.sub("", text).rstrip("\n") + "\n"


# An apply waits this long for the state's lock another apply holds (a CI wave, an
# operator's deploy) rather than failing at once; plans never take it.
LOCK_WAIT = "-lock-timeout=300s"


def apply(ctx: Context) -> int:
    """`terraform apply`: it asks before changing anything, unless `AUTO_APPROVE=1`."""
    return terraform(ctx, "apply", "-input=false", LOCK_WAIT, *(["-auto-approve"] if auto_approve() else [])).returncode


def auto_approve() -> bool:
    return os.environ.get("AUTO_APPROVE") == "1"
