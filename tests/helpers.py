"""Builders shared by the tests: site settings as an operator writes them, and synthesis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cdktf import App, TerraformStack, Testing

from stacks.config import SiteConfig, parse_site_config
from tests.tfvars import tfvars

DEMO_SOURCE = Path("sites/demo/scw/config.tfvars")


def site_config(**settings: Any) -> SiteConfig:
    """A validated site config: the demo's settings, updated with `settings`."""
    values = {"site": "demo", "media_expiration": 2, **settings}
    values = {k: v for k, v in values.items() if v is not None}
    return parse_site_config(tfvars(values), DEMO_SOURCE)


def fresh_app(outdir: Path) -> App:
    return Testing.app(outdir=str(outdir))


def new_stack(outdir: Path, name: str = "test") -> TerraformStack:
    return TerraformStack(fresh_app(outdir), name)


def synth(stack: TerraformStack) -> dict[str, Any]:
    return json.loads(Testing.synth(stack))


def synth_stacks(app: App) -> dict[str, dict[str, Any]]:
    """Every stack of an app, synthesized, by name."""
    return {stack.node.id: synth(stack) for stack in app.node.children}


def resources(synthesized: dict[str, Any], resource_type: str) -> dict[str, dict[str, Any]]:
    """Resources of one type, by logical id, without cdktf's metadata."""
    found = synthesized.get("resource", {}).get(resource_type, {})
    return {name: {k: v for k, v in body.items() if k != "//"} for name, body in found.items()}


def only(synthesized: dict[str, Any], resource_type: str) -> dict[str, Any]:
    """The single resource of a type (fails the test when there are none or several)."""
    found = resources(synthesized, resource_type)
    assert len(found) == 1, f"expected one {resource_type}, found {sorted(found)}"
    return next(iter(found.values()))
