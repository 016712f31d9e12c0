"""The operator's side, behind the Makefile (`python -m ops`), in four floors, each
importing only its own and those below (docs/architecture.md):

1. at the top of the package, what every command shares: the checkout's layout, the
   context a command acts on and its key, words, parallel runs, retries, the DNS, the engines;
2. `scaleway/`: Scaleway's APIs as the commands ask them, with one key (IAM, Edge Services,
   the purge, the state bucket, the Edge plan's bill);
3. `stack/`: one stack at a time (the commands, their checks, Terraform, the state reader,
   Django's settings and smoke test, recovery after an incident);
4. `factory/` and `access/`: the factory as a whole (status, rollout, a pull request's
   plans, every site's synthesis) and who may do what on which bucket.

Imports `stacks` (settings, names, the output contract), never the reverse; the local
Scaleway (`localscw`) is test and bench infrastructure, never imported here; the tests
import all three.
"""
