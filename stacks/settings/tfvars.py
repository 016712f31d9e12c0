"""Reading tfvars files: python-hcl2's parse, and a typed reader of one level of it whose
every refusal is one line naming the file, the key and the fix. Nothing here knows which
settings exist: `stacks.settings.table` says so, `stacks.settings` reads them with this."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from stacks.settings.declaration import Kind, Setting
from stacks.settings.hcl import hcl
from stacks.settings.model import SITE_NAME_RULE, ConfigError, Deployer, valid_name, valid_site_name

HTTP_URL = re.compile(r"^https?://[^\s/]+(/[^\s]*)?$")
_HOSTNAME = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # Scaleway's ids
_PRINCIPAL = re.compile(rf"^(user_id|application_id):{UUID.pattern}$")


def registrable_domain(name: str) -> str | None:
    """The domain one registers that `name` belongs to (`example.co.uk` for `media.example.co.uk`),
    by the public suffix list the package bundles (no network); None for a public suffix."""
    found: str | None = _public_suffix_list().privatesuffix(name)
    return found


@lru_cache(maxsize=1)
def _public_suffix_list() -> Any:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def parse_tfvars(text: str, source: Path) -> dict[str, Any]:
    """python-hcl2's reading of the text (its grammar is cached by lark), keys unquoted. A key
    set twice at one level is refused, as Terraform refuses it (python-hcl2 keeps the last)."""
    import hcl2
    from lark.exceptions import LarkError, UnexpectedInput

    try:
        tree = hcl2.parses_to_tree(text)
        _refuse_duplicate_keys(tree, source)
        parsed = hcl2.serialize(hcl2.transform(tree), serialization_options=hcl2.SerializationOptions(with_comments=False))
    except ConfigError:
        raise
    except UnexpectedInput as error:
        raise ConfigError(f"{source}:{error.line}: not valid HCL (column {error.column}): {_syntax_problem(error)}") from None
    except (LarkError, ValueError) as error:
        first_line = str(error).splitlines()[0]
        raise ConfigError(f"{source}: not valid HCL: {first_line}") from None
    return {_unquote(k): v for k, v in parsed.items()}


def _refuse_duplicate_keys(container: Any, source: Path, path: str = "") -> None:
    """Each key once per level: the file's top level, and each `{ ... }` within it."""
    from lark import Token, Tree

    seen: dict[str, int] = {}
    for entry in container.children:
        if not isinstance(entry, Tree) or entry.data not in ("attribute", "object_elem"):
            continue
        tokens = [token for token in entry.children[0].scan_values(lambda value: isinstance(value, Token)) if token != '"']
        key, line = "".join(str(token) for token in tokens), tokens[0].line if tokens else 0
        if key in seen:
            raise ConfigError(f"{source}:{line}: {path}{key} is set twice (lines {seen[key]} and {line}): keep one.")
        seen[key] = line
        for value in entry.children[1:]:
            for found in _objects_in(value):
                _refuse_duplicate_keys(found, source, f"{path}{key}.")
    for entry in container.children:
        if isinstance(entry, Tree) and entry.data == "body":
            _refuse_duplicate_keys(entry, source, path)


def _objects_in(node: Any) -> list[Any]:
    """The outermost `{ ... }` objects within a value."""
    from lark import Tree

    if not isinstance(node, Tree):
        return []
    if node.data == "object":
        return [node]
    return [found for child in node.children for found in _objects_in(child)]


# The grammar's token names, as a person types them.
_TOKENS = {"RSQB": "]", "LSQB": "[", "RBRACE": "}", "LBRACE": "{", "COMMA": ",", "EQ": "=", "RPAR": ")", "DBLQUOTE": '"', "COLON": ":"}
_VALUE_STARTS = {"INT_LITERAL", "FLOAT_LITERAL", "TRUE", "FALSE", "NULL", "DBLQUOTE", "HEREDOC_TEMPLATE", "TEMPLATE_STRING"}


def _syntax_problem(error: Exception) -> str:
    """What the parser met, and what it expected, in a person's words."""
    expected = set(getattr(error, "expected", None) or getattr(error, "allowed", None) or ())
    token = getattr(error, "token", None)
    if token is None or token.type == "$END":
        met = "the file ends"
    else:
        met = f"found {str(token).strip()!r}" if str(token).strip() else "the line ends"
    if {"STRING_CHARS", "DBLQUOTE"} <= expected:
        wanted = "a closing '\"'"
    elif "RBRACE" in expected and len(expected) > 4:
        wanted = "'}' (or another key = value)"
    elif expected & _VALUE_STARTS and len(expected) > 4:
        wanted = "a value (a number, a quoted string, true/false, [a list] or {a map})"
    else:
        wanted = " or ".join(sorted(f"'{_TOKENS[name]}'" for name in expected if name in _TOKENS)) or "something else"
    return f"{met} where {wanted} was expected"


def _as_written(value: Any) -> str:
    """A parsed tfvars value as the operator wrote it (strings keep their quotes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value)


def _unquote(key: str) -> str:
    return key[1:-1] if len(key) >= 2 and key[0] == key[-1] == '"' else key


class Reader:
    """Typed access to one level of parsed tfvars, raising ConfigError with the key's path."""

    def __init__(self, source: Path, values: Mapping[str, Any], prefix: str = ""):
        self.source = source
        self.values = values
        self.prefix = prefix

    def _error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.source}: {self.prefix}{key} {problem}")

    def reject_unknown(self, allowed: frozenset[str], prefix: str) -> None:
        for key in self.values:
            if key not in allowed:
                raise ConfigError(f"{self.source}: unknown setting {prefix}{key}; known settings here: {', '.join(sorted(allowed))}.")

    def _literal_string(self, key: str, value: Any) -> str:
        if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
            inner = value[1:-1]
            if "${" in inner or "%{" in inner:
                raise self._error(key, "must be a plain string: expressions are not allowed in tfvars")
            return str(json.loads(value))
        raise self._error(key, f'must be a quoted string, e.g. {key} = "value"; got {value!r}')

    def string(self, key: str, default: str | None = None, required: bool = False, example: str = 'site = "demo"') -> str:
        if key not in self.values or self.values[key] is None:
            if required:
                raise self._error(key, f"is missing: add e.g. {example}")
            return default  # type: ignore[return-value]
        return self._literal_string(key, self.values[key])

    def name(self, key: str, required: bool = False) -> str:
        value = self.string(key, required=required)
        if not valid_name(value):
            raise self._error(
                key,
                f"= {value!r} is not a valid name: use lowercase letters, digits and hyphens "
                "(at most 40), starting and ending with a letter or digit",
            )
        return value

    def read(self, setting: Setting, default: Any = None) -> Any:
        """The setting's value, read and checked by its kind's reader, or `default` (its
        declared one unless given)."""
        return READERS[setting.kind](self, setting, setting.default if default is None else default)

    def site_name(self, key: str) -> str:
        value = self.string(key, required=True)
        if not valid_site_name(value):
            raise self._error(key, f"= {value!r} is not a valid site name: use {SITE_NAME_RULE}")
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.string(key, default=default)
        if value not in choices:
            raise self._error(key, f"= {value!r} is not one of: {', '.join(choices)}")
        return value

    def count(self, key: str, default: int) -> int:
        value = self.values.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._error(key, f"must be a whole number, e.g. {key} = {default or 2} (no quotes); got {_as_written(value)}")
        if value < 0:
            raise self._error(key, f"= {value} is negative; use 0 or more")
        return value

    def days(self, key: str, default: int) -> int:
        """A retention: a whole number of days, at least 1."""
        value = self.count(key, default)
        if value == 0:
            raise self._error(key, "= 0: a retention needs at least 1 day")
        return value

    def principals(self, key: str, required: bool = True) -> tuple[str, ...]:
        example = f'{key} = ["user_id:<uuid>", "application_id:<uuid>"]'
        if not required and key not in self.values:
            return ()
        values = self.values.get(key)
        if not isinstance(values, list) or (required and not values):
            raise self._error(key, f"must be a {'non-empty ' if required else ''}list of principals, e.g. {example}")
        principals = [
            self._principal(f"{key}[{index}]", self._literal_string(f"{key}[{index}]", value)) for index, value in enumerate(values)
        ]
        duplicates = sorted({p for p in principals if principals.count(p) > 1})
        if duplicates:
            raise self._error(key, f"lists {', '.join(duplicates)} more than once")
        return tuple(principals)

    def _principal(self, key: str, principal: str) -> str:
        if not _PRINCIPAL.match(principal):
            raise self._error(
                key,
                f"= {principal!r} is not a principal: use user_id:<uuid> or application_id:<uuid> "
                "(Scaleway console, IAM, with the lowercase id)",
            )
        return principal

    def deployers(self, key: str) -> tuple[Deployer, ...]:
        """`{ "<principal>" = ["<env>", ...] }`: who deploys which environments."""
        value = self.values.get(key, {})
        if not isinstance(value, dict):
            raise self._error(key, 'must be a map of principal to environments, e.g. { "application_id:<uuid>" = ["staging", "preprod"] }')
        deployers = []
        for written, environments in value.items():
            principal = self._principal(f"{key}.{_unquote(written)}", _unquote(written))
            item = Reader(self.source, {principal: environments}, f"{self.prefix}{key}.")
            deployers.append(Deployer(principal, item.name_list(principal, ())))
        return tuple(deployers)

    def flag(self, key: str, default: bool) -> bool:
        value = self.values.get(key, default)
        if not isinstance(value, bool):
            raise self._error(key, f"must be true or false; got {value!r}")
        return value

    def hostname(self, key: str) -> str | None:
        value = self.string(key)
        if value is None:
            return None
        if value.startswith("*."):
            raise self._error(key, f"= {value!r} is a wildcard, for which Edge Services gets no Let's Encrypt certificate: give one name")
        if not _HOSTNAME.match(value):
            raise self._error(key, f'= {value!r} is not a fully qualified lowercase domain name, e.g. "media.example.org"')
        if value.endswith(".scw.cloud"):
            raise self._error(key, f"= {value!r} is a Scaleway name: give a domain of your own, or none")
        if registrable_domain(value) is None:
            raise self._error(key, f'= {value!r} is a public suffix, not a domain of yours: give e.g. "media.example.org"')
        return value

    def name_list(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        if key not in self.values:
            return default
        values = self.values[key]
        if not isinstance(values, list) or not values:
            raise self._error(key, 'must be a non-empty list, e.g. ["staging", "production"]')
        names = []
        for index, value in enumerate(values):
            item = Reader(self.source, {f"{key}[{index}]": value}, self.prefix)
            names.append(item.name(f"{key}[{index}]"))
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise self._error(key, f"lists {', '.join(duplicates)} more than once")
        return tuple(names)

    def mapping(self, key: str) -> dict[str, Mapping[str, Any]]:
        value = self.values.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
            raise self._error(key, "must be a map of environment name to settings, e.g. { production = { cache_ttl = 3600 } }")
        return {_unquote(k): {_unquote(sk): sv for sk, sv in v.items()} for k, v in value.items()}


def _string(reader: Reader, setting: Setting, default: Any) -> Any:
    example = f"{setting.key} = {setting.example or hcl(default)}"
    return reader.string(setting.key, default=default, required=setting.required, example=example)


# Each kind's reader: (the reader of the file, the setting, its default) -> its value.
READERS: dict[Kind, Callable[[Reader, Setting, Any], Any]] = {
    "string": _string,
    "site_name": lambda reader, setting, default: reader.site_name(setting.key),
    "choice": lambda reader, setting, default: reader.choice(setting.key, setting.choices, default),
    "count": lambda reader, setting, default: reader.count(setting.key, default),
    "days": lambda reader, setting, default: reader.days(setting.key, default),
    "flag": lambda reader, setting, default: reader.flag(setting.key, default),
    "principals": lambda reader, setting, default: reader.principals(setting.key, required=setting.required),
    "deployers": lambda reader, setting, default: reader.deployers(setting.key),
    "hostname": lambda reader, setting, default: reader.hostname(setting.key),
    "name_list": lambda reader, setting, default: reader.name_list(setting.key, default),
    "mapping": lambda reader, setting, default: reader.mapping(setting.key),
}
