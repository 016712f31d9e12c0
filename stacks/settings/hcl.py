"""Python values written as a tfvars file holds them: the one writer of HCL here (the
settings' defaults as the templates and the README show them, and whole tfvars files, for
the tests' and the end-to-end run's sites). Reading them is `stacks.settings.tfvars`'s."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def hcl(value: Any) -> str:
    """One value: `true`, `3600`, `"fr-par"`, `["staging", "production"]`, `{ ... }`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(hcl(item) for item in value) + "]"
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{\n" + "".join(f"  {json.dumps(key)} = {hcl(item)}\n" for key, item in value.items()) + "}"
    raise TypeError(f"no HCL for {value!r}")


def render_tfvars(settings: Mapping[str, Any]) -> str:
    """A tfvars file: one `key = value` line per setting."""
    return "".join(f"{key} = {hcl(value)}\n" for key, value in settings.items())
