"""Builders shared by the tests: settings as an operator writes them, and synthesis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cdktf import App, TerraformStack, Testing

from stacks.contract import StateInputs
from stacks.settings import PROJECT_KEYS, parse_project, parse_site
from stacks.settings.hcl import render_tfvars
from stacks.settings.model import ProjectConfig, SiteConfig
from tests.fixture_sites import OPERATORS

DEMO_SOURCE = Path("sites/demo/scw/config.tfvars")
PROJECT_SOURCE = Path("sites/project.tfvars")
PROJECT_DEFAULTS = {"state_bucket": "richie-terraform-state", "operators": list(OPERATORS)}


def project_config(**settings: Any) -> ProjectConfig:
    """Validated project settings: the committed defaults, updated with `settings`."""
    values = {k: v for k, v in {**PROJECT_DEFAULTS, **settings}.items() if v is not None}
    return parse_project(render_tfvars(values), PROJECT_SOURCE)


def site_config(**settings: Any) -> SiteConfig:
    """A validated site: the demo's settings updated with `settings` (project-wide ones
    go to its project, as an operator would write them)."""
    project = project_config(**{k: v for k, v in settings.items() if k in PROJECT_KEYS})
    values = {"site": "demo", "media_expiration": 2, **{k: v for k, v in settings.items() if k not in PROJECT_KEYS}}
    values = {k: v for k, v in values.items() if v is not None}
    return parse_site(render_tfvars(values), DEMO_SOURCE, project)


def first_deploy(site: SiteConfig) -> dict[str, StateInputs]:
    """What every media stack of the site carries over from a state that holds nothing yet."""
    return {env.stack_name: StateInputs() for env in site.environments}


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
