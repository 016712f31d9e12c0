"""Checks an operator command makes before it touches anything, cheapest first.

Each failure is one line saying what to do: a missing `env.d/scw`, a placeholder left in
it, an unknown site or environment, a missing or too old Terraform, a key that is not an
operator's (as Scaleway's IAM says).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Collection
from pathlib import Path

from ops.checkout import ROOT, OperatorError, cli_environment
from ops.context import Context
from ops.key import ScalewayKey
from ops.scaleway.client import Scaleway
from ops.scaleway.identity import Iam, check_identity
from ops.stack.state_guard import check_state_closed
from ops.stack.state_moves import refuse_unmoved
from stacks.settings import load_selected_site
from stacks.settings.model import ConfigError, EnvironmentConfig, SiteConfig
from stacks.versions import MIN_TERRAFORM

ENV_FILE = Path("env.d", "scw")
ENV_TEMPLATE = Path("env.d", "scw.dist")
REQUIRED_VARIABLES = (
    "SCW_ACCESS_KEY",
    "SCW_SECRET_KEY",
    "TF_VAR_scw_project_id",
    "TF_VAR_scw_organization_id",
)
# The state backend speaks S3: it gets the same key under the AWS names.
STATE_BACKEND_KEY = {"AWS_ACCESS_KEY_ID": "SCW_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY": "SCW_SECRET_KEY"}
_MINIMUM = ".".join(map(str, MIN_TERRAFORM))


def without_operator_key(environ: dict[str, str]) -> dict[str, str]:
    """`environ` without the operator's key: for what must work on an environment's own key alone."""
    return {name: value for name, value in environ.items() if name not in (*STATE_BACKEND_KEY, *STATE_BACKEND_KEY.values())}


def read_env_file(path: Path) -> dict[str, str]:
    return parse_env(path.read_text(), path)


def parse_env(text: str, source: Path) -> dict[str, str]:
    """KEY=VALUE lines, as a shell or docker would read them (comments, `export`, quotes)."""
    values = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key.strip()):
            raise OperatorError(f"{source}:{number}: expected KEY=VALUE, got {line.split('=')[0]!r}")
        value = value.strip()
        if value[:1] in ("'", '"'):
            value = "".join(shlex.split(value))  # quoted as a shell quotes it
        values[key.strip()] = value
    return values


def check_credentials(root: Path = ROOT) -> dict[str, str]:
    path = root / ENV_FILE
    if not path.is_file():
        raise OperatorError(f"{ENV_FILE} is missing: run `make env.d/scw`, then fill in your Scaleway credentials and ids.")
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise OperatorError(f"{ENV_FILE} holds your key and others may read it (mode {mode:o}): `chmod 600 {ENV_FILE}`, then run it again.")
    values = read_env_file(path)
    missing = [name for name in REQUIRED_VARIABLES if not values.get(name)]
    if missing:
        raise OperatorError(f"{ENV_FILE} lacks {', '.join(missing)}: add them as in {ENV_TEMPLATE}.")
    placeholders = read_env_file(root / ENV_TEMPLATE)
    unchanged = [name for name in REQUIRED_VARIABLES if values[name] == placeholders.get(name)]
    if unchanged:
        raise OperatorError(
            f"{ENV_FILE} still holds the template's placeholder for {', '.join(unchanged)}: "
            "replace them with your own key and ids (Scaleway console, IAM)."
        )
    for aws, scw in STATE_BACKEND_KEY.items():
        if values.get(aws, values[scw]) != values[scw]:
            raise OperatorError(
                f"{ENV_FILE}: {aws} is another key than {scw}: give both the same key (the state backend reads {aws}), "
                "or remove the AWS_* lines (the make targets fill them in)."
            )
        values[aws] = values[scw]
    return values


def check_location(site: SiteConfig, credentials: dict[str, str]) -> None:
    """env.d/scw's region and zone, when given, must be the project's: the stacks use the project's."""
    project = site.project
    for variable, expected in (("TF_VAR_scw_region", project.region), ("TF_VAR_scw_zone", project.zone)):
        value = credentials.get(variable)
        if value and value != expected:
            raise OperatorError(
                f"{ENV_FILE} sets {variable}={value} but the project is in {expected} ({project.source.name}): make them agree."
            )


def check_operator(site: SiteConfig, credentials: dict[str, str], environ: dict[str, str], environments: Collection[str | None]) -> None:
    """The key in use must be an operator's or a deployer's of these environments (None: the
    bootstrap), its secret its own, and every principal the policies name must exist, as IAM
    says: a bucket policy written otherwise would lock people out of every bucket it applies."""
    from ops.scaleway.state_bucket import StateBucket

    iam = Iam(Scaleway.of(environ))
    check_identity(iam, credentials["SCW_ACCESS_KEY"], site.project, environments)
    StateBucket.of(site.project, ScalewayKey.of(credentials)).check_key()


def terraform_binary() -> str:
    """`TERRAFORM_BINARY_NAME` (as cdktf reads it, e.g. `tofu`), else `terraform`."""
    return os.environ.get("TERRAFORM_BINARY_NAME") or "terraform"


def check_terraform(binary: str) -> str:
    if shutil.which(binary) is None:
        raise OperatorError(f"{binary} not found on PATH: install Terraform >= {_MINIMUM} (or OpenTofu, with TERRAFORM_BINARY_NAME=tofu).")
    result = subprocess.run([binary, "version", "-json"], capture_output=True, text=True)
    try:
        version = str(json.loads(result.stdout)["terraform_version"])
        numbers = tuple(int(part) for part in version.split("-")[0].split(".")[:2])
    except (ValueError, KeyError):
        raise OperatorError(f"could not read the version of {binary} (`{binary} version -json` failed).") from None
    if numbers < MIN_TERRAFORM:
        raise OperatorError(f"{binary} {version} is too old: {_MINIMUM} or later is needed for the state's native S3 locking. Upgrade it.")
    return version


def select(env_name: str | None) -> tuple[SiteConfig, EnvironmentConfig | None]:
    try:
        site = load_selected_site(env_name)
        return site, site.environment(env_name) if env_name else None
    except ConfigError as error:
        raise OperatorError(str(error)) from None


def preflight(env_name: str | None, writes: bool = True) -> Context:
    """Every check, cheapest first, before anything touches Terraform; `writes` for the
    commands that apply bucket policies (bootstrap, deploy, destroy)."""
    site, env = select(env_name)
    binary, environ = checked_environment(site, writes, [env.name if env else None])
    if writes and env is not None and site.legacy_state:
        check_state_closed(site.project, ScalewayKey.of(environ))
    environ["RICHIE_SITE"] = site.name
    if env is not None:
        environ["RICHIE_ENV"] = env.name
    ctx = Context(site=site, env=env, environ=environ, terraform=binary)
    if writes:
        refuse_unmoved(ctx)
    return ctx


def checked_environment(site: SiteConfig, writes: bool, environments: Collection[str | None] = ()) -> tuple[str, dict[str, str]]:
    """The Terraform binary and the environment Terraform runs in (env.d/scw's key), once
    Terraform, the key and (when the command `writes` bucket policies) its right to apply
    `environments` are checked."""
    binary = terraform_binary()
    check_terraform(binary)
    credentials = check_credentials()
    check_location(site, credentials)
    environ = cli_environment({**os.environ, **credentials})
    if writes:
        check_operator(site, credentials, environ, environments)
    return binary, environ
