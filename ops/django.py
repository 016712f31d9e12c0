"""The Django settings of an environment, from its stack's outputs (`make django-env`)."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from ops.project import OperatorError
from stacks.contract import DJANGO_OUTPUTS

_SAFE_VALUE = re.compile(r"^[A-Za-z0-9_.:/@+=,-]*$")


def render_django_env(outputs: dict, stack: str) -> str:
    """The Django settings as `KEY=value` lines, for an env file or a shell."""
    missing = [output.name for output in DJANGO_OUTPUTS if output.name not in outputs]
    if missing:
        env = stack.removeprefix("media-")
        raise OperatorError(f"{stack} has no {', '.join(missing)} output: it was never deployed (run `make deploy ENV={env}`).")
    lines = []
    for output in DJANGO_OUTPUTS:
        value = str(outputs[output.name]["value"])
        lines.append(f"{output.django_setting}={value if _SAFE_VALUE.match(value) else shlex.quote(value)}")
    return "\n".join(lines) + "\n"


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, whatever mode it had before."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)
