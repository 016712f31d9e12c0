"""The committed bindings cover exactly what the app uses, generated from the real schema."""

import ast
import subprocess

from ops.bindings import schema_subset, used_data_sources, used_resources
from ops.checkout import ROOT, provider_version
from stacks.versions import PROVIDER_ADDRESS
from tests.provider_schema import load_provider_schema


def committed_modules() -> set[str]:
    tree = ast.parse((ROOT / "imports" / "scaleway" / "__init__.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__all__":
            return set(ast.literal_eval(node.value))
    raise AssertionError("imports/scaleway/__init__.py has no __all__")


def test_bindings_hold_exactly_the_resources_the_app_imports():
    expected = {name.removeprefix("scaleway_") for name in used_resources()} | {"provider"}
    expected |= {f"data_{name}" for name in used_data_sources()}
    assert committed_modules() == expected, "run `make bindings` to regenerate imports/"


def test_bindings_match_the_pinned_provider_version():
    version = provider_version()
    assert version.count(".") == 2
    assert (ROOT / "imports" / "versions.json").read_text().count(f'"{PROVIDER_ADDRESS}": "{version}"') == 1


def test_subset_keeps_only_the_requested_resources_and_the_version():
    full = {"format_version": "1.0", "provider_schemas": {PROVIDER_ADDRESS: load_provider_schema()}}
    subset = schema_subset(full, {"scaleway_object_bucket"}, "9.9.9", frozenset({"scaleway_account_project"}))
    provider = subset["provider_schemas"][PROVIDER_ADDRESS]
    assert list(provider["resource_schemas"]) == ["scaleway_object_bucket"]
    assert list(provider["data_source_schemas"]) == ["scaleway_account_project"]
    assert subset["provider_versions"] == {PROVIDER_ADDRESS: "9.9.9"}
    assert schema_subset(full, {"scaleway_object_bucket"}, "9.9.9")["provider_schemas"][PROVIDER_ADDRESS]["data_source_schemas"] == {}


def test_a_type_the_schema_lacks_is_named():
    import pytest

    full = {"format_version": "1.0", "provider_schemas": {PROVIDER_ADDRESS: load_provider_schema()}}
    with pytest.raises(SystemExit, match=r"data\.scaleway_nothing"):
        schema_subset(full, {"scaleway_object_bucket"}, "9.9.9", frozenset({"scaleway_nothing"}))


def test_no_provider_schema_is_committed():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in tracked:
        if name.endswith(".json"):
            assert '"provider_schemas"' not in (ROOT / name).read_text()[:4000], name
