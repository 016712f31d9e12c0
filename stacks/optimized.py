"""Run synthesis scripts under `python -O`.

The generated bindings type-check every argument at run time unless Python is
optimized, which doubles the synthesis time. The tests keep those checks; a synthesis
skips them (RICHIE_TYPECHECK_BINDINGS=1 keeps them).
"""

import os
import sys


def reexec_optimized() -> None:
    """Replace this process with the same command under `python -O`, unless it already is."""
    if __debug__ and not os.environ.get("RICHIE_TYPECHECK_BINDINGS"):
        os.execv(sys.executable, [sys.executable, "-O", *sys.argv])
