"""Regenerate `imports/` offline, limited to the Scaleway resources `stacks/` imports.

`cdktf get` normally asks a real Terraform for the provider's schema, which needs the
registry. Here it reads the schema through its (experimental) schema cache instead: a
temporary folder holding `scaleway@<version>.json`, a subset of the provider schema with
only the resources in use. Fewer resources make smaller, faster-to-import bindings. The
subset lives in a temporary folder and is never written into the project.

Usage: python scripts/generate_bindings.py [--schema PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROVIDER_ADDRESS = "registry.terraform.io/scaleway/scaleway"
BINDING_IMPORT = re.compile(r"^from imports\.scaleway\.(\w+) import", re.MULTILINE)


def default_schema_path() -> Path:
    """`$SCALEWAY_PROVIDER_SCHEMA`, else the copy shared beside the project."""
    env = os.environ.get("SCALEWAY_PROVIDER_SCHEMA")
    if env:
        return Path(env)
    return ROOT.parent / "shared" / "provider-schemas" / f"scaleway-{provider_version()}.json"


def provider_version() -> str:
    """The version pinned in cdktf.json (`scaleway/scaleway@X.Y.Z`)."""
    providers = json.loads((ROOT / "cdktf.json").read_text())["terraformProviders"]
    for spec in providers:
        source, _, version = spec.partition("@")
        if source == "scaleway/scaleway":
            return version.lstrip("=~>< ")
    raise SystemExit("cdktf.json: terraformProviders has no scaleway/scaleway@<version> entry")


def used_resources(code_dir: Path = ROOT / "stacks") -> set[str]:
    """Resource types whose bindings the app imports (`imports.scaleway.object_bucket` ...)."""
    modules = set()
    for path in code_dir.rglob("*.py"):
        modules.update(BINDING_IMPORT.findall(path.read_text()))
    modules.discard("provider")
    return {f"scaleway_{module}" for module in modules}


def schema_subset(schema: dict, resources: set[str], version: str) -> dict:
    """The provider block and the given resources, in the schema cache's format."""
    provider = schema["provider_schemas"][PROVIDER_ADDRESS]
    missing = resources - provider["resource_schemas"].keys()
    if missing:
        raise SystemExit(f"the provider schema has no resource {', '.join(sorted(missing))}")
    return {
        "format_version": schema["format_version"],
        "provider_schemas": {
            PROVIDER_ADDRESS: {
                "provider": provider["provider"],
                "resource_schemas": {name: provider["resource_schemas"][name] for name in sorted(resources)},
                "data_source_schemas": {},
            }
        },
        "provider_versions": {PROVIDER_ADDRESS: version},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, default=None, help="terraform providers schema -json output")
    args = parser.parse_args(argv)
    schema_path = args.schema or default_schema_path()
    if not schema_path.is_file():
        print(
            f"error: no provider schema at {schema_path}. Pass --schema PATH or set "
            "SCALEWAY_PROVIDER_SCHEMA; online, run `npx cdktf get` with a real Terraform instead.",
            file=sys.stderr,
        )
        return 1
    version = provider_version()
    resources = used_resources()
    subset = schema_subset(json.loads(schema_path.read_text()), resources, version)
    with tempfile.TemporaryDirectory(prefix="cdktf-schema-cache-") as cache:
        (Path(cache) / f"scaleway@{version}.json").write_text(json.dumps(subset))
        env = dict(os.environ, CDKTF_EXPERIMENTAL_PROVIDER_SCHEMA_CACHE_PATH=cache, CHECKPOINT_DISABLE="1")
        print(f"generating bindings of scaleway {version} for: {', '.join(sorted(resources))}")
        return subprocess.run(["npx", "cdktf", "get", "--force"], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
