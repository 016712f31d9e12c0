"""What the CDKTF app runs on besides Python: Node.js, in which jsii runs the constructs.

Checked before cdktf is imported (importing it starts the jsii kernel in Node), so that a
machine without Node gets one line, not a traceback. jsii's warning about Node 20 (end of
life, still working) is silenced here, for `python main.py` and the cdktf CLI alike.
"""

from __future__ import annotations

import os
import shutil

JSII_QUIET = {"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}


def node_problem() -> str | None:
    """One line saying what to install, or None when Node.js is on PATH."""
    if shutil.which("node") is None:
        return "node not found on PATH: install Node.js 22 or 24 (https://nodejs.org/), which runs the CDKTF app's constructs."
    return None


def quiet_jsii() -> None:
    """Before cdktf is imported: no end-of-life banner for a Node that still works."""
    for name, value in JSII_QUIET.items():
        os.environ.setdefault(name, value)
