"""Synthesize the stacks of the site named by RICHIE_SITE (default: demo) into cdktf.out/.

RICHIE_ENV=feature-<name> adds a throwaway environment the site does not declare.

What each media stack carries over from its own state (its API keys' slots, whether its
custom domain is ready) is read from the state bucket with the key exported in the
environment (`ops.stack.stack_state`), so that `cdktf deploy` builds what `make deploy` builds;
without one, the stacks are synthesized for review only and Terraform refuses to plan them.
"""

import os
import sys

from stacks.runtime import node_problem, quiet_jsii
from stacks.settings import load_selected_site
from stacks.settings.model import ConfigError


def main() -> int:
    try:
        site = load_selected_site(os.environ.get("RICHIE_ENV"))
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    problem = node_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from ops.stack.stack_state import synthesis_inputs

    inputs = synthesis_inputs(site, os.environ)
    # Importing cdktf starts the jsii kernel: only once the settings are valid.
    quiet_jsii()
    from stacks.app import build_app

    build_app(site, inputs=inputs).synth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
