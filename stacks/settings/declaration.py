"""How a setting is declared: once, on the field of the settings object that holds it
(`setting(...)` in `stacks.settings.model`), or, for the three keys that give a site its
shape (`site`, `environments`, `environment_settings`), in `stacks.settings.table`. Its
kind names the reader that checks it; its default follows one explicit rule at most."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import Any, Literal

from stacks.settings.hcl import hcl

Scope = Literal["project", "site", "environment"]
# How a value is read and checked: each kind has its reader (`stacks.settings.tfvars.READERS`).
Kind = Literal["string", "site_name", "choice", "count", "days", "flag", "principals", "deployers", "hostname", "name_list", "mapping"]
# What a computed default is made from: the values of the settings read before it (and,
# for an environment's, `environment`: its name).
Computed = Callable[[Mapping[str, Any]], Any]
DECLARED = "setting"  # where a field keeps its declaration, in its metadata


@dataclass(frozen=True)
class Setting:
    """One setting. When the file leaves it out, its value is its `default` (None: no
    value), unless a rule says otherwise: `required` (the file must give it), `inherits`
    (an environment's: the site's value of the same key), `computed` (made from the
    settings read before it, as `shown` says)."""

    key: str
    scope: Scope
    kind: Kind
    default: Any
    meaning: str
    required: bool = False
    inherits: bool = False
    computed: Computed | None = None
    shown: str = ""  # the default as the README and the templates show it, when not the value itself
    choices: tuple[str, ...] = ()
    example: str = ""  # a value to show when one is missing

    @property
    def default_text(self) -> str:
        if self.shown:
            return self.shown
        if self.required:
            return "(required)"
        return hcl(self.default)

    def default_in(self, context: Mapping[str, Any]) -> Any:
        """The value when the file leaves it out, given the settings read before it (the
        site's, for an environment's)."""
        if self.inherits:
            return context[self.key]
        if self.computed is not None:
            return self.computed(context)
        return self.default


def setting(
    kind: Kind,
    meaning: str,
    *,
    default: Any = None,
    required: bool = False,
    inherits: bool = False,
    computed: Computed | None = None,
    shown: str = "",
    choices: tuple[str, ...] = (),
    example: str = "",
    key: str = "",
    held_as: Any = MISSING,
) -> Any:
    """A field of a settings object, declaring the setting it holds (its key: the field's
    name unless `key`). Its default is the setting's (`held_as` when the object holds it
    in another form), none when a rule makes it."""
    declared = Setting(key, "project", kind, default, meaning, required, inherits, computed, shown, choices, example)
    if required or inherits or computed is not None:
        return field(metadata={DECLARED: declared})
    return field(default=default if held_as is MISSING else held_as, metadata={DECLARED: declared})


def declared_in(holder: type, scope: Scope) -> tuple[Setting, ...]:
    """The settings the fields of `holder` declare, in their order, in `scope`."""
    found: tuple[Field[Any], ...] = fields(holder)
    return tuple(
        Setting(**{**vars(f.metadata[DECLARED]), "key": f.metadata[DECLARED].key or f.name, "scope": scope})
        for f in found
        if DECLARED in f.metadata
    )
