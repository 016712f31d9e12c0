"""The operator's commands behind `make bootstrap|deploy|diff|destroy|django-env`.

Each command first checks what it needs (preflight) and stops with one line saying what
to do. Then it runs the real cdktf CLI, showing its own progress, with `env.d/scw` loaded
into the CLI's environment only: credentials never reach a synthesized file or a log.

Usage: python scripts/operate.py {bootstrap|deploy ENV|diff ENV|destroy ENV|django-env ENV [--output FILE]}
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stacks.config import (  # noqa: E402  (no cdktf import here: it starts a Node process)
    BOOTSTRAP_STACK,
    ConfigError,
    EnvironmentConfig,
    SiteConfig,
    load_selected_site,
)

ENV_FILE = ROOT / "env.d" / "scw"
ENV_TEMPLATE = ROOT / "env.d" / "scw.dist"
# The project's own cdktf CLI (package-lock.json pins it), relative to a project folder.
CDKTF_CLI = Path("node_modules", ".bin", "cdktf")
REQUIRED_VARIABLES = (
    "SCW_ACCESS_KEY",
    "SCW_SECRET_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "TF_VAR_scw_project_id",
    "TF_VAR_scw_organization_id",
    "TF_VAR_scw_user_id",
)
MIN_TERRAFORM = (1, 10)
# Terraform output -> the Django setting django-storages reads it from.
DJANGO_SETTINGS = (
    ("DJANGO_AWS_S3_CUSTOM_DOMAIN", "edge_service_domain"),
    ("DJANGO_AWS_ACCESS_KEY_ID", "iam_access_key"),
    ("DJANGO_AWS_SECRET_ACCESS_KEY", "iam_access_secret"),
    ("DJANGO_AWS_STORAGE_BUCKET_NAME", "bucket_name"),
    ("DJANGO_AWS_S3_REGION_NAME", "bucket_region"),
    ("DJANGO_AWS_S3_ENDPOINT_URL", "s3_endpoint_url"),
)
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9_.:/@+=,-]*$")


class OperatorError(Exception):
    """Something the operator must fix; its message is one line saying how."""


@dataclass(frozen=True)
class Context:
    site: SiteConfig
    env: EnvironmentConfig | None
    environ: dict[str, str]
    terraform: str

    @property
    def stack(self) -> str:
        return self.env.stack_name if self.env else BOOTSTRAP_STACK

    @property
    def stack_dir(self) -> Path:
        return ROOT / "cdktf.out" / "stacks" / self.stack


# -- Preflight ------------------------------------------------------------------


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines, as a shell or docker would read them (comments, `export`, quotes)."""
    values = {}
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key.strip()):
            raise OperatorError(f"{path}:{number}: expected KEY=VALUE, got {line.split('=')[0]!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def check_credentials(path: Path | None = None, template: Path = ENV_TEMPLATE) -> dict[str, str]:
    path = path or ENV_FILE
    if not path.is_file():
        raise OperatorError(f"{path.relative_to(ROOT)} is missing: run `make env.d/scw`, then fill in your Scaleway credentials and ids.")
    values = read_env_file(path)
    missing = [name for name in REQUIRED_VARIABLES if not values.get(name)]
    if missing:
        raise OperatorError(f"{path.relative_to(ROOT)} lacks {', '.join(missing)}: add them as in env.d/scw.dist.")
    placeholders = read_env_file(template)
    unchanged = [name for name in REQUIRED_VARIABLES if values[name] == placeholders.get(name)]
    if unchanged:
        raise OperatorError(
            f"{path.relative_to(ROOT)} still holds the template's placeholder for {', '.join(unchanged)}: "
            "replace them with your own key and ids (Scaleway console, IAM)."
        )
    return values


def check_location(site: SiteConfig, credentials: dict[str, str]) -> None:
    """env.d/scw's region and zone, when given, must be the site's: the stacks use the site's."""
    for variable, expected in (("TF_VAR_scw_region", site.region), ("TF_VAR_scw_zone", site.zone)):
        value = credentials.get(variable)
        if value and value != expected:
            raise OperatorError(
                f"env.d/scw sets {variable}={value} but site {site.site} is in {expected} "
                f"({site.source.relative_to(ROOT)}): make them agree."
            )


def terraform_binary() -> str:
    """`TERRAFORM_BINARY_NAME` (as cdktf reads it, e.g. `tofu`), else `terraform`."""
    return os.environ.get("TERRAFORM_BINARY_NAME") or "terraform"


def check_terraform(binary: str) -> str:
    if shutil.which(binary) is None:
        raise OperatorError(
            f"{binary} not found on PATH: install Terraform >= {'.'.join(map(str, MIN_TERRAFORM))} "
            "(or OpenTofu, with TERRAFORM_BINARY_NAME=tofu)."
        )
    result = subprocess.run([binary, "version", "-json"], capture_output=True, text=True)
    try:
        version = json.loads(result.stdout)["terraform_version"]
        numbers = tuple(int(part) for part in version.split("-")[0].split(".")[:2])
    except (ValueError, KeyError):
        raise OperatorError(f"could not read the version of {binary} (`{binary} version -json` failed).") from None
    if numbers < MIN_TERRAFORM:
        raise OperatorError(
            f"{binary} {version} is too old: {'.'.join(map(str, MIN_TERRAFORM))} or later is needed "
            "for the state's native S3 locking. Upgrade it."
        )
    return version


def cdktf_cli() -> Path:
    """The CLI, run directly: `npx` would only find the same file half a second later."""
    return ROOT / CDKTF_CLI


def check_node() -> None:
    if not cdktf_cli().exists():
        raise OperatorError("the cdktf CLI is not installed: run `make install` (npm ci).")


def with_python_first(environ: dict[str, str]) -> dict[str, str]:
    """`environ` with this Python's bin folder (the venv) first on PATH.

    The CLI asks `python3 --version` before each synthesis: then it gets the app's own
    Python at once rather than going through a version manager's shims (pyenv: ~0.5 s).
    """
    path = environ.get("PATH")
    bin_dir = str(Path(sys.executable).parent)
    return dict(environ, PATH=f"{bin_dir}{os.pathsep}{path}" if path else bin_dir)


def select(env_name: str | None) -> tuple[SiteConfig, EnvironmentConfig | None]:
    try:
        site = load_selected_site(env_name)
        return site, site.environment(env_name) if env_name else None
    except ConfigError as error:
        raise OperatorError(str(error)) from None


def preflight(env_name: str | None) -> Context:
    """Every check, cheapest first, before anything touches Terraform."""
    site, env = select(env_name)
    check_node()
    binary = terraform_binary()
    check_terraform(binary)
    credentials = check_credentials()
    check_location(site, credentials)
    environ = with_python_first(dict(os.environ, **credentials, RICHIE_SITE=site.site, CHECKPOINT_DISABLE="1"))
    if env is not None:
        environ["RICHIE_ENV"] = env.name
    return Context(site=site, env=env, environ=environ, terraform=binary)


# -- Commands -----------------------------------------------------------------------


def cdktf(ctx: Context, *args: str) -> int:
    """The real CLI, its output shown as it comes."""
    print(f"$ cdktf {' '.join(args)}", file=sys.stderr)
    return subprocess.run([str(cdktf_cli()), *args], cwd=ROOT, env=ctx.environ).returncode


def auto_approve() -> bool:
    return os.environ.get("AUTO_APPROVE") == "1"


def deploy(ctx: Context) -> int:
    code = cdktf(ctx, "deploy", ctx.stack, *(["--auto-approve"] if auto_approve() else []))
    if code == 0 and ctx.env is not None and ctx.env.purge_cache_on_deploy:
        pipeline_id = initialized_outputs(ctx)["cdn_pipeline_id"]["value"]
        purge_cache(pipeline_id, ctx.environ["SCW_SECRET_KEY"], ctx.environ.get("SCW_API_URL", "https://api.scaleway.com"))
        print(f"Purged the CDN cache of {ctx.stack}.", file=sys.stderr)
    return code


def diff(ctx: Context) -> int:
    return cdktf(ctx, "diff", ctx.stack)


def destroy(ctx: Context) -> int:
    assert ctx.env is not None
    if ctx.env.protected and os.environ.get("ALLOW_PRODUCTION_DESTROY") != "1":
        raise OperatorError(
            f"{ctx.stack} is protected: refusing to destroy it. Set ALLOW_PRODUCTION_DESTROY=1 to go on "
            f"(its media bucket stays protected until `protected = false` in {ctx.site.source.relative_to(ROOT)})."
        )
    if not auto_approve():
        prompt = f"Destroy {ctx.stack} of {ctx.site.site}, its media, CDN and keys? Type {ctx.env.name!r} to confirm: "
        try:
            answer = input(prompt)
        except EOFError:
            answer = ""
        if answer.strip() != ctx.env.name:
            raise OperatorError(f"not confirmed: {ctx.stack} was left as it is (AUTO_APPROVE=1 skips the question).")
    return cdktf(ctx, "destroy", ctx.stack, "--auto-approve")


def terraform_outputs(ctx: Context) -> dict:
    """The stack's outputs from its state, synthesizing and initializing it first."""
    quiet = {"stdout": sys.stderr, "stderr": sys.stderr}
    subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=ctx.environ, check=True)
    init = subprocess.run([ctx.terraform, f"-chdir={ctx.stack_dir}", "init", "-input=false", "-no-color"], env=ctx.environ, **quiet)
    if init.returncode != 0:
        raise OperatorError(f"`terraform init` of {ctx.stack} failed (see above): check the state bucket and your AWS_* keys.")
    return initialized_outputs(ctx)


def initialized_outputs(ctx: Context) -> dict:
    """The outputs of a stack whose folder is synthesized and initialized (after a deploy)."""
    result = subprocess.run(
        [ctx.terraform, f"-chdir={ctx.stack_dir}", "output", "-json"], env=ctx.environ, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise OperatorError(f"`terraform output` of {ctx.stack} failed: {result.stderr.strip().splitlines()[-1:]}")
    return json.loads(result.stdout or "{}")


def render_django_env(outputs: dict, stack: str) -> str:
    """The Django settings as `KEY=value` lines, for an env file or a shell."""
    missing = [output for _, output in DJANGO_SETTINGS if output not in outputs]
    if missing:
        env = stack.removeprefix("media-")
        raise OperatorError(f"{stack} has no {', '.join(missing)} output: it was never deployed (run `make deploy ENV={env}`).")
    lines = []
    for setting, output in DJANGO_SETTINGS:
        value = str(outputs[output]["value"])
        lines.append(f"{setting}={value if _SAFE_VALUE.match(value) else shlex.quote(value)}")
    return "\n".join(lines) + "\n"


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, whatever mode it had before."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)


def django_env(ctx: Context, output: Path | None) -> int:
    text = render_django_env(terraform_outputs(ctx), ctx.stack)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Operate the media stacks of RICHIE_SITE.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("bootstrap", help="deploy the state bucket and the Edge Services plan")
    for name in ("deploy", "diff", "destroy", "django-env"):
        command = commands.add_parser(name)
        command.add_argument("env", nargs="?", default=None, help="environment, e.g. staging or feature-x")
        if name == "django-env":
            command.add_argument("--output", type=Path, help="write to this file (mode 0600) instead of stdout")
    args = parser.parse_args(argv)
    try:
        if args.command == "bootstrap":
            return deploy(preflight(None))
        if not args.env:
            raise OperatorError(f"which environment? e.g. `make {args.command} ENV=staging`.")
        ctx = preflight(args.env)
        if args.command == "deploy":
            return deploy(ctx)
        if args.command == "diff":
            return diff(ctx)
        if args.command == "destroy":
            return destroy(ctx)
        return django_env(ctx, args.output)
    except OperatorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
