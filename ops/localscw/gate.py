"""A gate a test holds a provider call at, without sleeping: two named pipes.

The test opens both pipes first (read-write, so that neither side's `open` blocks); the
provider, at the gated call, writes to `reached` and then waits to read a byte from
`release`. The test sees `reached`, does what must happen meanwhile (a plan that must find
the state locked), then writes to `release`.
"""

from __future__ import annotations

import os
import select
from pathlib import Path

PASSED = "passed"


def hold(folder: str | os.PathLike) -> None:
    """Provider side: stop here once per gate, until the test releases it."""
    folder = Path(folder)
    if (folder / PASSED).exists():  # Terraform restarts the provider between plan and apply
        return
    fd = os.open(folder / "reached", os.O_WRONLY)
    os.write(fd, b"x")
    os.close(fd)
    fd = os.open(folder / "release", os.O_RDONLY)
    os.read(fd, 1)
    os.close(fd)
    (folder / PASSED).touch()


class Gate:
    """Test side: create the pipes, wait until the provider reaches the gate, release it."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True)
        self.folder = folder
        for name in ("reached", "release"):
            os.mkfifo(folder / name)
        self._reached = os.open(folder / "reached", os.O_RDWR)
        self._release = os.open(folder / "release", os.O_RDWR)

    def wait_reached(self, timeout: float) -> bool:
        ready, _, _ = select.select([self._reached], [], [], timeout)
        if ready:
            os.read(self._reached, 1)
        return bool(ready)

    def release(self) -> None:
        os.write(self._release, b"x")

    def close(self) -> None:
        os.close(self._reached)
        os.close(self._release)
