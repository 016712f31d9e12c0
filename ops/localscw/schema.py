"""The real provider schema, served through `tf`'s schema classes.

`tf` knows primitive, list, set and map types and set-nested blocks. The adapters below
add object types and list- and single-nested blocks, which Scaleway's schemas use.
"""

from __future__ import annotations

import json
from typing import Any

from tf import schema as tfs
from tf import types as tft
from tf.blocks import SetNestedBlock
from tf.gen import tfplugin_pb2 as pb
from tf.provider import _decode_state, _encode_state_d
from tf.utils import Diagnostics


class ObjectType(tft.TfType):
    """`["object", {name: type}]`: a dict, passed through as it is."""

    def __init__(self, attribute_types: dict[str, Any]):
        self.attribute_types = attribute_types

    def encode(self, value: Any) -> Any:
        return value

    def decode(self, value: Any) -> Any:
        return value

    def tf_type(self) -> bytes:
        return json.dumps(["object", self.attribute_types], separators=(",", ":")).encode()


class _NestedBlock(tfs.NestedBlock):
    """A nested block whose items are encoded like a resource's own attributes."""

    NESTING: int

    def __init__(self, type_name: str, block: tfs.Block, min_items: int | None = None, max_items: int | None = None):
        # tf's own modes are Set and Single only; to_pb sends NESTING instead.
        super().__init__(type_name, tfs.NestMode.Set, block, min_items, max_items)

    def to_pb(self) -> pb.Schema.NestedBlock:
        return pb.Schema.NestedBlock(
            type_name=self.type_name,
            block=self.block.to_pb(),
            min_items=self.min_items,
            max_items=self.max_items,
            nesting=self.NESTING,
        )

    def _encode_item(self, item: Any) -> Any:
        return _encode_state_d(self._amap(), self._bmap(), item, None)

    def _decode_item(self, item: Any) -> Any:
        return _decode_state(Diagnostics(), self._amap(), self._bmap(), item)[1]

    def semantically_equal(self, a_decoded: Any, b_decoded: Any) -> bool:
        return a_decoded == b_decoded


class ListNestedBlock(_NestedBlock):
    NESTING = pb.Schema.NestedBlock.NestingMode.LIST

    def encode(self, value: Any) -> Any:
        return value if value in (None, tft.Unknown) else [self._encode_item(v) for v in value]

    def decode(self, value: Any) -> Any:
        return value if value in (None, tft.Unknown) else [self._decode_item(v) for v in value]


class SingleNestedBlock(_NestedBlock):
    NESTING = pb.Schema.NestedBlock.NestingMode.SINGLE

    def encode(self, value: Any) -> Any:
        return value if value in (None, tft.Unknown) else self._encode_item(value)

    def decode(self, value: Any) -> Any:
        return value if value in (None, tft.Unknown) else self._decode_item(value)


def tf_type(json_type: Any) -> tft.TfType:
    """A `tf` type for a type of the schema JSON."""
    primitives = {"string": tft.String, "number": tft.Number, "bool": tft.Bool}
    if isinstance(json_type, str) and json_type in primitives:
        return primitives[json_type]()
    kind, element = json_type
    if kind == "list":
        return tft.List(tf_type(element))
    if kind == "set":
        return tft.Set(tf_type(element))
    if kind == "map":
        return tft.Map(tf_type(element))
    if kind == "object":
        return ObjectType(element)
    raise ValueError(f"unsupported schema type {json_type!r}")


def block(block_json: dict[str, Any], force_new: frozenset[str] = frozenset()) -> tfs.Block:
    attributes = [
        tfs.Attribute(
            name,
            tf_type(spec["type"]),
            description=spec.get("description"),
            required=spec.get("required", False),
            optional=spec.get("optional", False),
            computed=spec.get("computed", False),
            sensitive=spec.get("sensitive", False),
            requires_replace=name in force_new,
        )
        for name, spec in sorted(block_json.get("attributes", {}).items())
        if "type" in spec  # nested attribute types are not used by the app's resources
    ]
    nested = []
    for name, spec in sorted(block_json.get("block_types", {}).items()):
        inner = block(spec["block"])
        mode = spec["nesting_mode"]
        if mode == "set":
            nested_block: tfs.NestedBlock = SetNestedBlock(name, inner)
            nested_block.min_items, nested_block.max_items = spec.get("min_items"), spec.get("max_items")
        elif mode == "list":
            nested_block = ListNestedBlock(name, inner, spec.get("min_items"), spec.get("max_items"))
        elif mode == "single":
            nested_block = SingleNestedBlock(name, inner)
        else:
            raise ValueError(f"unsupported nesting mode {mode!r} of block {name}")
        nested.append(nested_block)
    return tfs.Block(attributes=attributes, block_types=nested)


def resource_schema(schema_json: dict[str, Any], force_new: frozenset[str] = frozenset()) -> tfs.Schema:
    inner = block(schema_json["block"], force_new)
    return tfs.Schema(version=schema_json.get("version", 0), attributes=inner.attributes, block_types=inner.block_types)
