"""A local Scaleway for end-to-end runs of the real cdktf and Terraform CLIs.

- an S3 server (moto) on 127.0.0.1 stands for Object Storage, state bucket included;
- the stand-in provider (`tests.e2e.fake_scaleway`) is found by Terraform through a
  filesystem mirror, in a CLI config of the harness's own (`TF_CLI_CONFIG_FILE`);
- a work copy of the project holds a site `e2e` whose state endpoint is the local S3
  server: the same setting an operator uses to point the state elsewhere.

No traffic leaves 127.0.0.1; the harness and the provider keep their files (HOME, TLS
cert cache, records) under the harness's folder.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from scripts.operate import CDKTF_CLI, with_python_first
from tests.project import ROOT, copy_project
from tests.tfvars import tfvars

PROVIDER = "registry.terraform.io/scaleway/scaleway"
PROVIDER_VERSION = "2.79.0"
# Fixed content, so that the provider's hash never changes from one run to the next.
WRAPPER = '#!/bin/sh\nexec "$FAKE_SCALEWAY_PYTHON" -m tests.e2e.fake_scaleway "$@"\n'
SITE = "e2e"
STATE_BUCKET = "e2e-terraform-state"
PROJECT_FILES = ("main.py", "cdktf.json", "package.json", "stacks", "imports", "scripts", "env.d/scw.dist")
# Ids an operator's env.d/scw would hold.
ACCOUNT = {
    "TF_VAR_scw_project_id": "11111111-1111-4111-8111-111111111111",
    "TF_VAR_scw_organization_id": "22222222-2222-4222-8222-222222222222",
    "TF_VAR_scw_user_id": "33333333-3333-4333-8333-333333333333",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Every step of every harness of this process, printed at the end of the run.
TIMINGS: list[tuple[str, float]] = []
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass
class Run:
    returncode: int
    output: str


@dataclass
class Harness:
    folder: Path
    schema: Path
    timings: list[tuple[str, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.home = self.folder / "home"
        self.project = self.folder / "project"
        self.records_file = self.folder / "scaleway-records.json"
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._server = None

    # -- Set-up -----------------------------------------------------------------------

    def start(self) -> "Harness":
        from moto.server import ThreadedMotoServer

        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.home.mkdir(parents=True, exist_ok=True)
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self._server.start()
        self._install_provider()
        self._copy_project()
        self.write_site()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()

    def _install_provider(self) -> None:
        mirror = self.folder / "mirror"
        binary = mirror / PROVIDER / PROVIDER_VERSION / "linux_amd64" / f"terraform-provider-scaleway_v{PROVIDER_VERSION}"
        binary.parent.mkdir(parents=True, exist_ok=True)
        binary.write_text(WRAPPER)
        binary.chmod(0o755)
        (self.folder / "terraform.rc").write_text(
            "provider_installation {\n"
            f'  filesystem_mirror {{\n    path    = "{mirror}"\n    include = ["{PROVIDER}"]\n  }}\n'
            f'  direct {{\n    exclude = ["{PROVIDER}"]\n  }}\n'
            "}\n"
        )

    def _copy_project(self, project: Path | None = None) -> Path:
        return copy_project(project or self.project, PROJECT_FILES, links=("node_modules", ".venv"))

    def variant(self, name: str) -> Path:
        """Another copy of the project, for a test that breaks its code on purpose."""
        project = self._copy_project(self.folder / name)
        shutil.copytree(self.project / "sites", project / "sites")
        return project

    def write_site(self, site: str = SITE, project: Path | None = None, **settings: object) -> None:
        """A site's settings in the work copy; its state lives in the local S3 server."""
        values = {
            "site": site,
            "media_expiration": 0,
            "environments": ["staging", "production"],
            "environment_settings": {"staging": {"media_expiration": 2}},
            "state_bucket": STATE_BUCKET,
            "state_endpoint": self.endpoint,
            "state_use_path_style": True,
            **settings,
        }
        path = (project or self.project) / "sites" / site / "scw" / "config.tfvars"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(tfvars(values))

    # -- Running the CLIs -------------------------------------------------------------------

    @property
    def environ(self) -> dict[str, str]:
        keep = ("PATH", "LANG", "TMPDIR", "TERM")
        # The venv first on PATH, as `make deploy` runs the CLI.
        env = with_python_first({key: os.environ[key] for key in keep if key in os.environ})
        env.update(
            ACCOUNT,
            HOME=str(self.home),
            TF_CLI_CONFIG_FILE=str(self.folder / "terraform.rc"),
            TF_IN_AUTOMATION="1",
            CHECKPOINT_DISABLE="1",
            JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20",
            CI="1",
            # `terraform providers lock` asks the public registry for other platforms' hashes.
            CDKTF_SKIP_PROVIDER_LOCK="true",
            RICHIE_SITE=SITE,
            SCW_ACCESS_KEY="SCWE2EACCESSKEY00000",
            SCW_SECRET_KEY="e2e00000-0000-4000-8000-000000000000",
            AWS_ACCESS_KEY_ID="SCWE2EACCESSKEY00000",
            AWS_SECRET_ACCESS_KEY="e2e00000-0000-4000-8000-000000000000",
            AWS_EC2_METADATA_DISABLED="true",
            FAKE_SCALEWAY_PYTHON=sys.executable,
            FAKE_SCALEWAY_SCHEMA=str(self.schema),
            FAKE_SCALEWAY_S3_ENDPOINT=self.endpoint,
            FAKE_SCALEWAY_STATE=str(self.records_file),
            PYTHONPATH=str(ROOT),
        )
        return env

    def timed(self, label: str, command: list[str], *, cwd: Path, environ: dict[str, str], **kwargs):
        """`subprocess.run(command)`, its time kept under `label` for the end-of-run report."""
        started = time.monotonic()
        result = subprocess.run(command, cwd=cwd, env=environ, text=True, timeout=300, **kwargs)
        self.timings.append((label, time.monotonic() - started))
        return result

    def _combined(self, label: str, command: list[str], cwd: Path, env: dict[str, str] | None) -> Run:
        """`command` in the harness's environment updated with `env`, stdout and stderr as one."""
        result = self.timed(
            label, command, cwd=cwd, environ={**self.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        return Run(returncode=result.returncode, output=ANSI.sub("", result.stdout))

    def cdktf(
        self, *args: str, label: str | None = None, env: dict[str, str] | None = None, project: Path | None = None
    ) -> Run:
        """`cdktf ...` in the work copy, its combined output kept for the assertions."""
        project = project or self.project
        return self._combined(label or " ".join(args), [str(project / CDKTF_CLI), *args], project, env)

    def terraform(self, *args: str, cwd: Path, env: dict[str, str] | None = None) -> Run:
        """Plain `terraform ...`, for the hand-written project being adopted."""
        return self._combined("terraform " + " ".join(args), ["terraform", *args], cwd, env)

    def start_cdktf(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        return subprocess.Popen(
            [str(self.project / CDKTF_CLI), *args],
            cwd=self.project,
            env={**self.environ, **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    # -- Looking at the local Scaleway ------------------------------------------------------------

    @property
    def s3(self):
        import boto3

        return boto3.client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
        )

    def records(self, kind: str) -> dict[str, dict]:
        if not self.records_file.exists():
            return {}
        return json.loads(self.records_file.read_text()).get(kind, {})

    def outputs(self, stack: str) -> dict[str, object]:
        """The stack's outputs, sensitive ones included, through `cdktf output`."""
        target = self.folder / f"{stack}-outputs.json"
        run = self.cdktf(
            "output", stack, "--outputs-file", str(target), "--outputs-file-include-sensitive-outputs",
            label=f"output {stack}",
        )
        assert run.returncode == 0, run.output
        return json.loads(target.read_text())[stack]

