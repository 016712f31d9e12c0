"""Synthesize the stacks of the site named by RICHIE_SITE (default: demo) into cdktf.out/.

RICHIE_ENV=feature-<name> adds a throwaway environment the site does not declare;
RICHIE_STACK=<stack> synthesizes that stack alone (what the operator commands act on).
"""

import os
import sys

from stacks.model import ConfigError
from stacks.settings import load_selected_site


def main() -> int:
    try:
        site = load_selected_site(os.environ.get("RICHIE_ENV"))
        only = os.environ.get("RICHIE_STACK") or None
        if only is not None and only not in site.stack_names:
            raise ConfigError(f"RICHIE_STACK={only} is not a stack of site {site.name}: use one of {', '.join(site.stack_names)}.")
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    from stacks.app import (
        synthesize,  # starts the jsii kernel: only once the settings are valid
    )

    synthesize(site, only=only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
