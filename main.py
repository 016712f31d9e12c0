"""Synthesize the stacks of the site named by RICHIE_SITE (default: demo).

RICHIE_ENV=feature-<name> adds a throwaway environment the site does not declare.
"""

import os
import sys

from stacks.optimized import reexec_optimized

if __name__ == "__main__":
    reexec_optimized()

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from stacks.config import ConfigError, load_selected_site  # noqa: E402


def main() -> int:
    try:
        site = load_selected_site(os.environ.get("RICHIE_ENV"))
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    from stacks.app import build_app  # starts the jsii kernel: only once the settings are valid

    build_app(site).synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
