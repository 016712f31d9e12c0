"""The operator's side: the commands behind `make`, the local Scaleway, bench and bindings.

Imports `stacks` (settings, names, the output contract), never the reverse; the tests
import both.
"""
