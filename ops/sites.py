"""Site settings files, written as an operator writes them."""

from __future__ import annotations

import json
from typing import Any


def render_tfvars(settings: dict[str, Any]) -> str:
    """Python values as a tfvars text."""
    return "".join(f"{key} = {_hcl(value)}\n" for key, value in settings.items())


def _hcl(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_hcl(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{\n" + "".join(f"  {json.dumps(k)} = {_hcl(v)}\n" for k, v in value.items()) + "}"
    raise TypeError(value)
