"""The operator's commands: `make bootstrap|deploy|diff|destroy|django-env|rotate-key`.

Each runs Terraform on the one stack it acts on, after the preflight checks, with
`env.d/scw` loaded into Terraform's environment only: credentials never reach a
synthesized file or a log.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ops.checkout import OUT_DIR, OperatorError, shown
from ops.context import Context
from ops.scaleway.client import Scaleway
from ops.scaleway.edge_bill import warn_growth
from ops.scaleway.state_bucket import StateBucket
from ops.stack import terraform as tf
from ops.stack.around_apply import after_apply, read_with_warnings, with_state_inputs
from ops.stack.django import DJANGO_ENV_DIR, STDOUT, render_django_env, write_private
from ops.stack.recovery import after_failed_apply
from ops.stack.stack_state import read_outputs
from ops.stack.state_guard import state_bucket_exists, state_keys
from ops.words import make_command
from stacks.addresses import MEDIA_BUCKET, MEDIA_BUCKET_POLICY
from stacks.contract import (
    CDN_DOMAIN,
    PIPELINE_ID,
    pipeline_endpoint,
)


def deploy(ctx: Context) -> int:
    ctx, outputs = read_with_warnings(ctx)
    if ctx.env is not None and not outputs:  # its first deploy: a new pipeline
        warn_growth(Scaleway(ctx.key), ctx.site.project, 1, ctx.stack)
    ctx = tf.prepared(ctx)
    code = tf.apply(ctx)
    if code != 0:
        after_failed_apply(ctx)
        return code
    return after_apply(ctx)


def bootstrap(ctx: Context) -> int:
    """`make bootstrap`: the state bucket and the Edge plan, the state kept in the bucket.

    The run that creates the bucket applies with a local state, then moves it into the
    bucket at once; a local state an earlier version left is moved the same way."""
    local = ctx.root / ctx.site.project.bootstrap_state_file
    if not state_bucket_exists(ctx.site.project, ctx.key):
        code = deploy(replace(ctx, bootstrap_state_in_bucket=False))
        if code != 0:
            return code
        return move_state_into_bucket(ctx, local)
    if local.exists():
        code = move_state_into_bucket(ctx, local)
        if code != 0:
            return code
    return deploy(ctx)


def move_state_into_bucket(ctx: Context, local: Path) -> int:  # a failed move raises, the local file kept
    """`terraform init -migrate-state` from the local state to the bucket; the local file goes."""
    tf.prepared(replace(ctx, bootstrap_state_in_bucket=False))  # Terraform learns where the state was
    tf.synth(ctx)
    tf.init(ctx, "-migrate-state", "-force-copy")
    for path in (local, local.with_name(local.name + ".backup")):
        path.unlink(missing_ok=True)
    print(
        f"The bootstrap's state is in {ctx.site.project.state_bucket} now (key bootstrap.tfstate); {local.name} is gone.", file=sys.stderr
    )
    return 0


def diff(ctx: Context) -> int:
    """`make diff`: a plan, which writes nothing, so it never takes the state's lock (an
    operator's diff must not break an apply under way)."""
    ctx = tf.prepared(with_state_inputs(ctx))
    return tf.terraform(ctx, "plan", "-input=false", "-lock=false").returncode


def rotate_key(ctx: Context, finish: bool) -> int:
    """`make rotate-key ENV=x`: a new key beside the current one, its settings handed over;
    `FINISH=1`, once the site runs on it: the old key goes."""
    env = ctx.env
    assert env is not None, "bootstrap has no key"
    ctx = with_state_inputs(ctx)
    assert ctx.inputs is not None
    slots = ctx.inputs.api_key_slots
    newest = str(max(int(slot) for slot in slots))
    if not finish and len(slots) > 1:
        raise OperatorError(
            f"a rotation of {ctx.stack}'s key is under way: once the site runs on the new key, "
            f"`{make_command(ctx.site.name, 'rotate-key', env.name, 'FINISH=1')}` deletes the old one."
        )
    if finish and len(slots) == 1:
        raise OperatorError(
            f"no rotation of {ctx.stack}'s key is under way: `{make_command(ctx.site.name, 'rotate-key', env.name)}` starts one."
        )
    wanted = (newest,) if finish else (*slots, str(int(newest) + 1))
    ctx = tf.prepared(replace(ctx, inputs=replace(ctx.inputs, api_key_slots=wanted)))
    code = tf.apply(ctx)
    if code != 0:
        after_failed_apply(ctx)
        return code
    if finish:
        print(f"The old API key of {ctx.stack} is deleted: the site runs on key {newest} alone.", file=sys.stderr)
        return 0
    django_env(ctx, None)
    print(
        f"Both keys of {ctx.stack} work now. Redeploy the site with the settings above, then "
        f"`{make_command(ctx.site.name, 'rotate-key', env.name, 'FINISH=1')}` deletes the old key.",
        file=sys.stderr,
    )
    return 0


def state_addresses(ctx: Context) -> set[str]:
    result = tf.terraform(ctx, "state", "list", capture_output=True)
    if result.returncode != 0:
        raise OperatorError(f"`terraform state list` of {ctx.stack} failed: {tf.error_line(result.stderr)}")
    return set(result.stdout.split())


@contextmanager
def policy_kept_until_bucket_gone(ctx: Context) -> Iterator[None]:
    """Terraform deletes the media bucket's policy before the bucket: meanwhile the bucket,
    without a policy, would be open to every key of the project (IAM reaches every bucket).
    Out of the state instead, the policy stays on the bucket and goes with it. Whatever
    leaves the bucket standing (a refusal, a failure) takes the policy back into the state."""
    env = ctx.env
    assert env is not None, "only an environment's stack has a media bucket"
    policy, bucket = str(MEDIA_BUCKET_POLICY), str(MEDIA_BUCKET)
    if policy not in state_addresses(ctx):
        yield
        return
    forgotten = tf.terraform(ctx, "state", "rm", tf.LOCK_WAIT, policy, capture_output=True)
    if forgotten.returncode != 0:
        raise OperatorError(f"could not set {ctx.stack}'s bucket policy aside: {tf.error_line(forgotten.stderr)}")
    print("The media bucket keeps its policy until it is gone (left out of the state, not deleted).", file=sys.stderr)
    try:
        yield
    finally:
        if bucket in state_addresses(ctx):
            region_and_name = f"{ctx.site.project.region}/{ctx.site.media_bucket_name(env)}"
            back = tf.terraform(ctx, "import", "-input=false", tf.LOCK_WAIT, policy, region_and_name, capture_output=True)
            if back.returncode != 0:
                print(
                    f"The bucket policy of {ctx.stack} is on its bucket but no longer in its state: "
                    f"`{make_command(ctx.site.name, 'deploy', env.name)}` puts it back.",
                    file=sys.stderr,
                )


def destroy(ctx: Context) -> int:
    """`make destroy ENV=x`: what goes shown first (Terraform's destroy plan), then the
    environment's name asked for, then exactly that plan applied; its Django settings file,
    whose key is gone, goes too."""
    env = ctx.env
    assert env is not None, "bootstrap is never destroyed by a command"
    if env.protected and os.environ.get("ALLOW_PRODUCTION_DESTROY") != "1":
        raise OperatorError(
            f"{ctx.stack} is protected: refusing to destroy it. Set ALLOW_PRODUCTION_DESTROY=1 to go on "
            f"(its media bucket stays protected until `protected = false` in {shown(ctx.site.source)})."
        )
    ctx = tf.prepared(with_state_inputs(ctx))
    with policy_kept_until_bucket_gone(ctx), tempfile.TemporaryDirectory(prefix="destroy-") as folder:  # 0700: the plan holds secrets
        planfile = Path(folder) / "destroy.tfplan"
        planned = tf.terraform(ctx, "plan", "-destroy", "-input=false", f"-out={planfile}", stdout=subprocess.PIPE)
        sys.stdout.write(tf.without_apply_hint(planned.stdout or ""))
        if planned.returncode != 0:
            return planned.returncode
        if not tf.auto_approve():
            prompt = f"Destroy {ctx.stack} of {ctx.site.name} as planned above, its media, CDN and keys? Type {env.name!r} to confirm: "
            try:
                answer = input(prompt)
            except EOFError:
                answer = ""
            if answer.strip() != env.name:
                raise OperatorError(f"not confirmed: {ctx.stack} was left as it is (AUTO_APPROVE=1 skips the question).")
        code = tf.terraform(ctx, "apply", "-input=false", tf.LOCK_WAIT, str(planfile)).returncode
    if code != 0:
        after_failed_apply(ctx)
    if code == 0:
        settings = django_env_path(ctx)
        if settings.exists():
            settings.unlink()
            print(f"Removed {settings.relative_to(ctx.root)}: the key it held is gone.", file=sys.stderr)
        if not deployed_elsewhere(ctx):
            print(
                f"That was {ctx.site.name}'s last deployed environment: its settings ({shown(ctx.site.source.parent.parent)}/) "
                "can go now (docs/scw.md, removing a site).",
                file=sys.stderr,
            )
    return code


def deployed_elsewhere(ctx: Context) -> bool:
    """Whether another environment of the site still holds resources (a destroyed one's
    state holds none): a site's folder goes only once none does."""
    assert ctx.env is not None
    bucket = StateBucket.of(ctx.site.project, ctx.key)
    others = [key for key in state_keys(ctx.site.project, ctx.key) if ctx.site.environment_of_state_key(key) not in (None, ctx.env.name)]
    return any(read_outputs(bucket, key) for key in others)


def django_env(ctx: Context, output: Path | None) -> int:
    """`make django-env`: the settings, to a private file under env.d/ (or OUTPUT; `-` for stdout)."""
    assert ctx.env is not None, "bootstrap hands nothing to Django"
    outputs = tf.outputs(tf.prepared(ctx))
    text = render_django_env(outputs, ctx.stack, ctx.site.name)
    domain, pipeline_id = outputs[CDN_DOMAIN.name], outputs[PIPELINE_ID.name]
    if domain not in (pipeline_endpoint(pipeline_id), ctx.env.custom_domain):
        print(
            f"note: the API names this CDN {domain} (documented endpoint: {pipeline_endpoint(pipeline_id)}); Django gets {domain}.",
            file=sys.stderr,
        )
    if output == STDOUT:
        sys.stdout.write(text)
        return 0
    target = output or django_env_path(ctx)
    refuse_tracked_place(target, ctx.root)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_private(target, text)
    print(f"Wrote the Django settings of {ctx.stack} to {target} (mode 0600).", file=sys.stderr)
    return 0


def django_env_path(ctx: Context) -> Path:
    """Where `make django-env` writes by default: under env.d/, which git ignores."""
    assert ctx.env is not None
    return ctx.root / DJANGO_ENV_DIR / ctx.site.name / f"{ctx.env.name}.env"


def refuse_tracked_place(path: Path, root: Path) -> None:
    """The settings hold the key's secret: never where git could pick them up, nor in the
    synthesized output, which CI keeps as an artifact."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        return
    if resolved.is_relative_to((root / OUT_DIR).resolve()):
        raise OperatorError(
            f"OUTPUT={path} is under {OUT_DIR}/, which CI uploads as an artifact: leave OUTPUT out "
            f"(it writes under {DJANGO_ENV_DIR}/), or write outside the checkout."
        )
    ignored = subprocess.run(["git", "check-ignore", "-q", str(resolved)], cwd=root, capture_output=True)
    if ignored.returncode == 1:  # inside the checkout, not ignored (128: not a git checkout)
        raise OperatorError(
            f"OUTPUT={path} would put the key's secret in the repository, where git does not ignore it: "
            f"leave OUTPUT out (it writes under {DJANGO_ENV_DIR}/), or write outside the checkout."
        )
