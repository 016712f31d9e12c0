"""How the commands speak to the operator: counts in words, and the command that does a
thing to one site's environment, written out as it is typed."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """`1 stack`, `2 stacks`."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def make_command(site: str, target: str, env: str | None = None, *extra: str) -> str:
    """`RICHIE_SITE=acme make diff ENV=staging`: the site named, whichever is the default."""
    return " ".join([f"RICHIE_SITE={site}", "make", target, *([f"ENV={env}"] if env else []), *extra])
