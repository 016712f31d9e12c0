"""Regenerate `imports/` offline, limited to the Scaleway resources `stacks/` imports: `make bindings`
(and CDK Terrain's, in its environment: `make cdktn`).

`cdktf get` normally asks a real Terraform for the provider's schema, which needs the
registry. Here it reads the schema through its (experimental) schema cache instead: a
temporary folder holding `scaleway@<version>.json`, a subset of the provider schema with
only the resources in use. Fewer resources make smaller, faster-to-import bindings. The
subset lives in a temporary folder and is never written into the project.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ops import engines
from ops.checkout import CDKTF_CLI, QUIET_CLI, ROOT, provider_version
from stacks.versions import PROVIDER_ADDRESS

BINDING_IMPORT = re.compile(r"^from imports\.scaleway\.(\w+) import", re.MULTILINE)
DATA_SOURCE_MODULE = "data_scaleway_"  # a data source's bindings: `imports.scaleway.data_scaleway_<name>`


def used_modules(code_dir: Path = ROOT / "stacks") -> set[str]:
    modules = set()
    for path in code_dir.rglob("*.py"):
        modules.update(BINDING_IMPORT.findall(path.read_text()))
    modules.discard("provider")
    return modules


def used_resources(code_dir: Path = ROOT / "stacks") -> set[str]:
    """Resource types whose bindings the app imports (`imports.scaleway.object_bucket` ...)."""
    return {f"scaleway_{module}" for module in used_modules(code_dir) if not module.startswith(DATA_SOURCE_MODULE)}


def used_data_sources(code_dir: Path = ROOT / "stacks") -> set[str]:
    """Data source types whose bindings the app imports (`imports.scaleway.data_scaleway_account_project` ...)."""
    return {module.removeprefix("data_") for module in used_modules(code_dir) if module.startswith(DATA_SOURCE_MODULE)}


def schema_subset(schema: dict[str, Any], resources: set[str], version: str, data_sources: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The provider block and the given resources and data sources, in the schema cache's format."""
    provider = schema["provider_schemas"][PROVIDER_ADDRESS]
    missing = sorted(resources - provider["resource_schemas"].keys()) + sorted(
        f"data.{name}" for name in data_sources - provider["data_source_schemas"].keys()
    )
    if missing:
        raise SystemExit(f"the provider schema has no resource {', '.join(missing)}")
    return {
        "format_version": schema["format_version"],
        "provider_schemas": {
            PROVIDER_ADDRESS: {
                "provider": provider["provider"],
                "resource_schemas": {name: provider["resource_schemas"][name] for name in sorted(resources)},
                "data_source_schemas": {name: provider["data_source_schemas"][name] for name in sorted(data_sources)},
            }
        },
        "provider_versions": {PROVIDER_ADDRESS: version},
    }


def generate(schema_path: Path, engine: str = "cdktf") -> int:
    """`cdktf get` into imports/, or (`engine` cdktn) `cdktn get` into the cdktn environment."""
    if not schema_path.is_file():
        print(f"error: no provider schema at {schema_path}: `make bindings` writes it from the built provider.", file=sys.stderr)
        return 1
    version = provider_version()
    resources, data_sources = used_resources(), used_data_sources()
    subset = schema_subset(json.loads(schema_path.read_text()), resources, version, frozenset(data_sources))
    with tempfile.TemporaryDirectory(prefix="cdktf-schema-cache-") as cache:
        env = {**os.environ, **QUIET_CLI, "CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH": cache}
        if engine == "cdktn":
            folder, cli = ROOT / engines.CDKTN_DIR, ROOT / engines.CLI
            engines.write_cli_config()
            # cdktn keys its cache by the Terraform that would fetch the schema
            # (`<provider>@<version>@<cli>-<major>.<minor>`, `unknown-cli` when it finds
            # none): none is asked here, the schema comes from the built provider.
            env = {**engines.environ(env), "TERRAFORM_BINARY_NAME": str(Path(cache) / "no-terraform")}
            (Path(cache) / f"scaleway@{version}@unknown-cli.json").write_text(json.dumps(subset))
        else:
            folder, cli = ROOT, ROOT / CDKTF_CLI
            (Path(cache) / f"scaleway@{version}.json").write_text(json.dumps(subset))
        print(
            f"generating {engine} bindings of scaleway {version} for: {', '.join([*sorted(resources), *sorted(f'data.{d}' for d in data_sources)])}"
        )
        return subprocess.run([str(cli), "get", "--force"], cwd=folder, env=env).returncode
