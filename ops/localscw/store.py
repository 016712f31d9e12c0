"""Records of the IAM and Edge Services resources, in one JSON file shared by every run.

Several Terraform processes may run at once (the lock test does): each change takes an
exclusive lock on the file.
"""

from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator


class Store:
    def __init__(self, path: Path):
        self.path = path

    @contextmanager
    def records(self) -> Iterator[dict[str, dict[str, Any]]]:
        """All records by kind and id, saved when the block ends without error."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a+") as file:
            fcntl.flock(file, fcntl.LOCK_EX)
            file.seek(0)
            text = file.read()
            data = json.loads(text) if text else {}
            yield data
            file.seek(0)
            file.truncate()
            json.dump(data, file, indent=1, sort_keys=True)
            file.flush()
            os.fsync(file.fileno())

    def get(self, kind: str, record_id: str | None) -> dict[str, Any] | None:
        with self.records() as data:
            return data.get(kind, {}).get(record_id or "")
