"""Check synthesized stacks against the real provider schema, as `terraform validate` would.

The schema is `terraform providers schema -json` of the provider built from its Go module
(`localscw.toolchain`): it is never copied into the project.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from localscw.toolchain import ToolchainError, provider_schema
from stacks.versions import PROVIDER_ADDRESS

# Terraform's own arguments, valid on every resource whatever its schema.
META_ARGUMENTS = {"//", "count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"}
REFERENCE = re.compile(r"\$\{(scaleway_\w+)\.(\w+)\.(\w+)")


def load_provider_schema() -> dict[str, Any]:
    """The built provider's schema (the test is skipped, with the reason, when it cannot be built)."""
    try:
        return provider_schema()["provider_schemas"][PROVIDER_ADDRESS]
    except ToolchainError as error:
        pytest.skip(str(error))


def validate_stack(stack: dict[str, Any], provider: dict[str, Any]) -> list[str]:
    """Every problem found in one synthesized stack, as readable lines."""
    problems: list[str] = []
    for config in stack.get("provider", {}).get("scaleway", []):
        problems += _validate_block(config, provider["provider"]["block"], "provider.scaleway")
    declared = set()
    for resource_type, instances in stack.get("resource", {}).items():
        schema = provider["resource_schemas"].get(resource_type)
        if schema is None:
            problems.append(f"{resource_type}: the provider has no such resource")
            continue
        for name, body in instances.items():
            declared.add((resource_type, name))
            problems += _validate_block(body, schema["block"], f"{resource_type}.{name}", top_level=True)
    for resource_type, name, attribute in REFERENCE.findall(json.dumps(stack)):
        schema = provider["resource_schemas"].get(resource_type)
        if (resource_type, name) not in declared:
            problems.append(f"reference to undeclared resource {resource_type}.{name}")
        elif schema and attribute not in schema["block"].get("attributes", {}) and attribute not in schema["block"].get("block_types", {}):
            problems.append(f"reference to unknown attribute {resource_type}.{name}.{attribute}")
    return problems


def _validate_block(values: dict[str, Any], block: dict[str, Any], path: str, top_level: bool = False) -> list[str]:
    problems = []
    attributes = block.get("attributes", {})
    block_types = block.get("block_types", {})
    for key, value in values.items():
        if top_level and key in META_ARGUMENTS:
            continue
        if key in attributes:
            attribute = attributes[key]
            if attribute.get("computed") and not (attribute.get("optional") or attribute.get("required")):
                problems.append(f"{path}.{key}: computed by the provider, cannot be set")
            elif not _matches_type(value, attribute.get("type")):
                problems.append(f"{path}.{key}: {value!r} is not of type {attribute.get('type')}")
        elif key in block_types:
            problems += _validate_nested(value, block_types[key], f"{path}.{key}")
        else:
            problems.append(f"{path}.{key}: unknown attribute or block")
    for key, attribute in attributes.items():
        if attribute.get("required") and key not in values:
            problems.append(f"{path}.{key}: required attribute is missing")
    for key, nested in block_types.items():
        if nested.get("min_items", 0) > 0 and key not in values:
            problems.append(f"{path}.{key}: at least {nested['min_items']} block(s) required")
    return problems


def _validate_nested(value: Any, nested: dict[str, Any], path: str) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if nested["nesting_mode"] == "single" and isinstance(value, list):
        return [f"{path}: a single block, not a list"]
    problems = []
    if len(items) < nested.get("min_items", 0):
        problems.append(f"{path}: {len(items)} block(s), at least {nested['min_items']} required")
    if nested.get("max_items") and len(items) > nested["max_items"]:
        problems.append(f"{path}: {len(items)} block(s), at most {nested['max_items']} allowed")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"{path}[{index}]: a block must be an object")
            continue
        problems += _validate_block(item, nested["block"], f"{path}[{index}]")
    return problems


def _matches_type(value: Any, type_: Any) -> bool:
    if isinstance(value, str) and "${" in value:
        return True  # an expression: Terraform checks it at plan time
    if type_ == "string":
        return isinstance(value, str)
    if type_ == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if type_ == "bool":
        return isinstance(value, bool)
    if isinstance(type_, list) and type_[0] in ("list", "set"):
        return isinstance(value, list) and all(_matches_type(v, type_[1]) for v in value)
    if isinstance(type_, list) and type_[0] == "map":
        return isinstance(value, dict) and all(_matches_type(v, type_[1]) for v in value.values())
    return True
