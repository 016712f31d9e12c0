"""The drift alarm as a GitHub issue people hear of: CI's scheduled `make status JSON=1`
opens one issue (label `drift`) when the factory differs from its settings, updates it
while it does, and closes it once all is in sync. It talks to GitHub through `gh`, which
every GitHub runner has, with the job's token (`issues: write` on that job alone).

    python -m ops drift-issue status.json
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ops.factory.status import to_rotate
from ops.words import make_command

LABEL = "drift"
TITLE = "The factory differs from its settings"


def gh(*args: str, body: str | None = None) -> str:
    result = subprocess.run(["gh", *args], input=body, capture_output=True, text=True, check=True)
    return result.stdout


def report(document: dict[str, Any]) -> str:
    """The issue's body: each stack that differs or whose key is to rotate, each resource
    no state holds, and what to run."""
    now = datetime.now(UTC)
    lines = ["`make status` (scheduled) found what differs from the committed settings:", ""]
    for row in document["stacks"]:
        name = f"{row['site']}/{row['stack']}" if row["site"] else row["stack"]
        if row["drift"] != "in sync":
            lines.append(f"- `{name}`: {row['drift']}: {row['detail'] or '-'}")
        if to_rotate(row.get("api_key_expires"), now):
            lines.append(f"- `{name}`: its API key expires {row['api_key_expires']}: `make rotate-key`")
    for orphan in document.get("orphans", []):
        what = "make clean-orphans" if orphan["deletable"] else make_command(orphan["site"], "adopt", orphan["environment"])
        lines.append(
            f"- `{orphan['site']}/{orphan['environment']}`: {orphan['kind']} {orphan['name']} ({orphan['id']}) is in no state: `{what}`"
        )
    lines += ["", "`make status` shows it all; `make rollout` applies the settings (docs/scw.md, sections 8 and 11)."]
    return "\n".join(lines) + "\n"


def sync(status_file: Path) -> int:
    """Open, update or close the one drift issue as the status says."""
    document = json.loads(status_file.read_text())
    found = json.loads(gh("issue", "list", "--label", LABEL, "--state", "open", "--json", "number") or "[]")
    number = str(found[0]["number"]) if found else None
    if document["in_sync"]:
        if number:
            gh("issue", "close", number, "--comment", "Every stack is as committed again.")
        return 0
    body = report(document)
    if number:
        gh("issue", "edit", number, "--body-file", "-", body=body)
    else:
        gh("issue", "create", "--title", TITLE, "--label", LABEL, "--body-file", "-", body=body)
    print(body, end="")  # for the job summary
    return 0
