"""The local Scaleway (`localscw.scaleway`: its servers and records), started, and a work
copy of the project deploying to it (this module: its checkout, settings and commands).

- Terraform installs the real `scaleway/scaleway` provider, built from its Go module
  (`localscw.toolchain`), from a filesystem mirror named in a CLI config of the harness's
  own (`TF_CLI_CONFIG_FILE`), once per run into a plugin cache;
- the work copy holds an `env.d/scw` as an operator fills it, and project settings as a
  new team writes them: the real endpoints, which the proxy brings here.

Every command runs as an operator runs it (`python -m ops deploy ...`, the cdktf or cdktn
CLI, or plain `terraform`), with its time kept for the end-of-run report.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localscw.scaleway import ACCOUNT, CI_DEPLOY_KEY, CREDENTIALS, OPERATOR, LocalScaleway
from localscw.toolchain import build_provider, cli_config
from ops import engines
from ops.checkout import (
    CDKTF_CLI,
    ROOT,
    STACKS_DIR,
    cli_environment,
)
from ops.stack.preflight import ENV_FILE, ENV_TEMPLATE, read_env_file
from stacks.settings import PROJECT_FILE, site_config_path
from stacks.settings.hcl import render_tfvars

SITE = "e2e"
STATE_BUCKET = "e2e-terraform-state"
PROJECT_FILES = ("main.py", "cdktf.json", "package.json", "stacks", "imports", "ops", str(ENV_TEMPLATE))
# The hand-written project this tool replaces, reduced to what adoption needs.
LEGACY_PROJECT = Path(__file__).parent / "legacy"


def legacy_variables(site: str) -> dict[str, str]:
    """What the hand-written project asks for (`TF_VAR_*`): its site, project and operator."""
    return {"TF_VAR_site": site, **ACCOUNT, "TF_VAR_scw_user_id": OPERATOR.removeprefix("user_id:")}


ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def copy_project(target: Path, names: Iterable[str], links: Iterable[str] = ()) -> Path:
    """Copy these files and folders of the project into `target`; symlink `links` (installs)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        source, destination = ROOT / name, target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination)
    for name in links:
        (target / name).symlink_to(ROOT / name)
    return target


@dataclass
class Run:
    returncode: int
    output: str


@dataclass
class Harness(LocalScaleway):
    """The local Scaleway (`localscw.scaleway`), and a work copy of the project in front of
    it: its checkout and settings, and the commands an operator runs there."""

    folder: Path
    timings: list[tuple[str, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        LocalScaleway.__init__(self, self.folder)
        self.home = self.folder / "home"
        self.checkout = self.folder / "project"

    # -- Set-up -----------------------------------------------------------------------

    def start(self) -> Harness:
        self.home.mkdir(parents=True, exist_ok=True)
        self.start_servers()
        build_provider()
        cli_config(self.folder)
        (self.folder / "plugin-cache").mkdir()
        self.variant(checkout=self.checkout)
        self.write_site()
        return self

    def variant(self, name: str = "", checkout: Path | None = None) -> Path:
        """A work copy of the project, with this harness's project settings and credentials
        (another one for a test that breaks its code on purpose, or adopts a site)."""
        checkout = checkout or self.folder / name
        copy_project(checkout, PROJECT_FILES, links=("node_modules", ".venv"))
        self.write_env_file(checkout)
        self.write_project(checkout)
        if checkout != self.checkout:
            shutil.copytree(self.checkout / "sites", checkout / "sites", dirs_exist_ok=True)
        return checkout

    def write_env_file(
        self, checkout: Path, access_key: str = CREDENTIALS["SCW_ACCESS_KEY"], secret_key: str = CREDENTIALS["SCW_SECRET_KEY"]
    ) -> None:
        """env.d/scw as an operator fills it in from the template: one key (twice: the
        provider's names and the state backend's), and the ids."""
        values = {
            "SCW_ACCESS_KEY": access_key,
            "SCW_SECRET_KEY": secret_key,
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            **ACCOUNT,
        }
        (checkout / ENV_FILE).write_text("".join(f"{k}={v}\n" for k, v in values.items()))
        (checkout / ENV_FILE).chmod(0o600)  # as `make env.d/scw` makes it

    def write_project(self, checkout: Path, **settings: object) -> None:
        values = {"state_bucket": STATE_BUCKET, "operators": [OPERATOR, CI_DEPLOY_KEY], **settings}
        path = checkout / "sites" / PROJECT_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_tfvars(values))

    def write_site(self, site: str = SITE, checkout: Path | None = None, **settings: object) -> None:
        """A site's settings in the work copy."""
        values = {
            "site": site,
            "media_expiration": 0,
            "environments": ["staging", "production"],
            "environment_settings": {"staging": {"media_expiration": 2}},
            **settings,
        }
        path = site_config_path(site, (checkout or self.checkout) / "sites")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_tfvars(values))

    def apply_legacy(self, site: str, folder: Path, state_bucket: str = STATE_BUCKET) -> Run:
        """The hand-written project in `folder`, applied in its `staging` workspace as its
        operators did (`bin/terraform` kept each site's state under the key `<site>.tfstate`).
        Returns the first Terraform run that failed, else the apply."""
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(LEGACY_PROJECT / "main.tf", folder)
        (folder / "backend.hcl").write_text(
            f'bucket = "{state_bucket}"\nkey = "{site}.tfstate"\nregion = "fr-par"\n'
            'endpoints = { s3 = "https://s3.fr-par.scw.cloud" }\n'
            "skip_credentials_validation = true\nskip_region_validation = true\n"
            "skip_requesting_account_id = true\nskip_s3_checksum = true\n"
        )
        for args in (
            ("init", "-input=false", "-backend-config=backend.hcl"),
            ("workspace", "new", "staging"),
            ("apply", "-auto-approve", "-input=false"),
        ):
            run = self.terraform(*args, cwd=folder, env=legacy_variables(site))
            if run.returncode != 0:
                break
        return run

    # -- Running the operator's commands ----------------------------------------------------

    @property
    def environ(self) -> dict[str, str]:
        """What an operator's shell holds: no credentials (env.d/scw has them); the proxy that
        brings Scaleway's endpoints here, and its CA."""
        keep = ("PATH", "LANG", "TMPDIR", "TERM")
        env = cli_environment({key: os.environ[key] for key in keep if key in os.environ})
        env.update(
            HOME=str(self.home),
            TF_CLI_CONFIG_FILE=str(self.folder / "terraform.rc"),
            TF_PLUGIN_CACHE_DIR=str(self.folder / "plugin-cache"),
            TF_IN_AUTOMATION="1",
            CI="1",
            # `terraform providers lock` asks the public registry for other platforms' hashes.
            CDKTF_SKIP_PROVIDER_LOCK="true",
            RICHIE_SITE=SITE,
            AWS_EC2_METADATA_DISABLED="true",
            PYTHONPATH=str(ROOT),
            **self.endpoints,
        )
        return env

    def timed(
        self, label: str, command: list[str], *, cwd: Path, env: dict[str, str] | None = None, **kwargs: Any
    ) -> subprocess.CompletedProcess[str]:
        """`subprocess.run(command)` in the harness's environment updated with `env`, timed under `label`."""
        started = time.monotonic()
        result = subprocess.run(command, cwd=cwd, env={**self.environ, **(env or {})}, text=True, timeout=300, **kwargs)
        self.timings.append((label, time.monotonic() - started))
        return result

    def _combined(self, label: str, command: list[str], cwd: Path, env: dict[str, str] | None, answer: str | None = None) -> Run:
        result = self.timed(
            label, command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, input=answer if answer is not None else ""
        )
        return Run(returncode=result.returncode, output=ANSI.sub("", result.stdout))

    def ops(
        self,
        *args: str,
        checkout: Path | None = None,
        env: dict[str, str] | None = None,
        label: str | None = None,
        answer: str | None = None,
    ) -> Run:
        """`python -m ops <args>` (what `make deploy ENV=...` runs), without questions, but
        those no setting skips (`answer` types the reply)."""
        return self._combined(
            label or " ".join(args),
            [sys.executable, "-m", "ops", *args],
            checkout or self.checkout,
            {"AUTO_APPROVE": "1", **(env or {})},
            None if answer is None else answer + "\n",
        )

    def start_ops(self, *args: str, env: dict[str, str] | None = None, checkout: Path | None = None) -> subprocess.Popen[str]:
        """`python -m ops <args>` started, in a process group of its own (Terraform and its
        provider with it): a test may kill the whole group, as a CI runner dies."""
        return subprocess.Popen(
            [sys.executable, "-m", "ops", *args],
            cwd=checkout or self.checkout,
            env={**self.environ, "AUTO_APPROVE": "1", **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )

    def cdktf(
        self, *args: str, checkout: Path | None = None, env: dict[str, str] | None = None, label: str | None = None, exported: bool = True
    ) -> Run:
        """`cdktf ...` in a work copy, as a direct CLI user runs it: the variables of its
        env.d/scw exported (`set -a; . env.d/scw`), and nothing else of ours; or, not
        `exported`, none of them (a review synthesis)."""
        checkout = checkout or self.checkout
        env = {**(read_env_file(checkout / ENV_FILE) if exported else {}), **(env or {})}
        return self._combined(label or "cdktf " + " ".join(args), [str(checkout / CDKTF_CLI), *args], checkout, env)

    def with_cdktn(self, checkout: Path) -> Path:
        """The project's CDK Terrain environment (`make cdktn`) in a work copy; the folder its
        CLI runs in."""
        folder = checkout / engines.CDKTN_DIR
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("venv", "node_modules", "site", "cdktf.json", "package.json"):
            (folder / name).symlink_to(ROOT / engines.CDKTN_DIR / name)
        return folder

    def cdktn(self, *args: str, checkout: Path, env: dict[str, str] | None = None, label: str | None = None) -> Run:
        """`npx cdktn ...` in a work copy's engines/cdktn, as a direct CLI user runs it: the
        variables of its env.d/scw exported, and nothing else of ours."""
        env = {**read_env_file(checkout / ENV_FILE), **(env or {})}
        return self._combined(
            label or "cdktn " + " ".join(args), ["npx", "--no-install", "cdktn", *args], checkout / engines.CDKTN_DIR, env
        )

    def terraform(self, *args: str, cwd: Path, env: dict[str, str] | None = None) -> Run:
        """Plain `terraform ...`, for the hand-written project being adopted."""
        env = {**CREDENTIALS, **(env or {})}
        return self._combined("terraform " + " ".join(args), ["terraform", *args], cwd, env)

    def stack_dir(self, stack: str, checkout: Path | None = None) -> Path:
        return (checkout or self.checkout) / STACKS_DIR / stack

    def outputs(self, stack: str, checkout: Path | None = None) -> dict[str, object]:
        """The stack's outputs, sensitive ones included, from its state (after a command ran there)."""
        result = self.timed(
            f"output {stack}",
            ["terraform", "output", "-json"],
            cwd=self.stack_dir(stack, checkout),
            env=CREDENTIALS,
            capture_output=True,
        )
        assert result.returncode == 0, result.stderr
        return {name: output["value"] for name, output in json.loads(result.stdout).items()}
