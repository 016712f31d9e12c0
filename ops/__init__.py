"""The operator's side: the commands behind `make` (`python -m ops`), the factory as a
whole (status, rollout, a pull request's plans), the state reader, the Django settings and
smoke test, the access report, and the bindings' generation.

Imports `stacks` (settings, names, the output contract), never the reverse; the local
Scaleway (`localscw`) is test and bench infrastructure, never imported here; the tests
import all three.
"""
