"""The Django settings of an environment, from its stack's outputs (`make django-env`)."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path
from typing import Any

from ops.checkout import OperatorError
from ops.words import make_command
from stacks.contract import DJANGO_OUTPUTS
from stacks.settings.model import MEDIA_STACK_PREFIX

# Where `make django-env` writes unless told otherwise: git ignores env.d/ (but its template).
DJANGO_ENV_DIR = Path("env.d", "django")
# `OUTPUT=-`: to standard output, for a pipe into a secret store.
STDOUT = Path("-")
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9_.:/@+=,-]*$")
HEADER = (
    "# Media storage settings of {stack}, from `make django-env`: keep this file private.\n"
    "# django-configurations reads DJANGO_<NAME> into the setting <NAME> (values.Value()), which\n"
    "# django-storages' S3Storage reads; botocore reads the AWS_* variables itself.\n"
)
# What every environment hands over besides its outputs: (variable, value, comment).
FIXED_SETTINGS = (
    (
        "DJANGO_AWS_S3_FILE_OVERWRITE",
        "False",
        "AWS_S3_FILE_OVERWRITE: an upload never replaces a file of the same name (it gets a new name)",
    ),
    (
        "AWS_REQUEST_CHECKSUM_CALCULATION",
        "when_required",
        "botocore (no DJANGO_ prefix): checksums only where an operation requires one; boto3 >= 1.36's\n"
        "# default checksums and trailers have failed on S3-compatible stores",
    ),
    ("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required", "botocore: validate response checksums only where required, likewise"),
)


def render_django_env(outputs: dict[str, Any], stack: str, site: str) -> str:
    """The Django settings as commented `KEY=value` lines, for an env file or a shell, from
    the stack's outputs by name."""
    missing = [output.name for output in DJANGO_OUTPUTS if output.name not in outputs]
    if missing:
        deploy = make_command(site, "deploy", stack.removeprefix(MEDIA_STACK_PREFIX))
        raise OperatorError(f"{site}'s {stack} has no {', '.join(missing)} output: it was never deployed (run `{deploy}`).")
    settings = [(output.django_setting, str(outputs[output.name]), output.comment) for output in DJANGO_OUTPUTS]
    lines = [HEADER.format(stack=stack)]
    for name, value, comment in [*settings, *FIXED_SETTINGS]:
        lines.append(f"# {comment}\n{name}={value if _SAFE_VALUE.match(value) else shlex.quote(value)}\n")
    return "".join(lines)


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, whatever mode it had before."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)
