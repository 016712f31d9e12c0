"""The stand-in provider: the real schemas, and resources behaving like Scaleway's."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Type

from tf import schema as tfs
from tf.iface import Config, Provider, Resource
from tf.utils import Diagnostics

from ops.localscw import resources
from ops.localscw.schema import block
from ops.project import PROVIDER_ADDRESS


@lru_cache(maxsize=1)
def provider_schema_json() -> dict[str, Any]:
    """The real `terraform providers schema -json` block of scaleway/scaleway."""
    path = Path(os.environ["FAKE_SCALEWAY_SCHEMA"])
    return json.loads(path.read_text())["provider_schemas"][PROVIDER_ADDRESS]


class FakeScaleway(Provider):
    """`tf` calls these; Provider gives the rest (functions, instantiation)."""

    def __init__(self) -> None:
        self.config: dict[str, Any] = {}

    def get_model_prefix(self) -> str:
        return "scaleway_"

    def full_name(self) -> str:
        return PROVIDER_ADDRESS

    def get_provider_schema(self, diags: Diagnostics) -> tfs.Schema:
        inner = block(provider_schema_json()["provider"]["block"])
        return tfs.Schema(version=0, attributes=inner.attributes, block_types=inner.block_types)

    def validate_config(self, diags: Diagnostics, config: Config) -> None:
        return None

    def configure_provider(self, diags: Diagnostics, config: Config) -> None:
        self.config = dict(config)

    def get_data_sources(self) -> list:
        return []

    def get_resources(self) -> list[Type[Resource]]:
        return resources.for_schema(provider_schema_json()["resource_schemas"])

    @property
    def project_id(self) -> str:
        return self.config.get("project_id") or os.environ.get("SCW_DEFAULT_PROJECT_ID", "")

    @property
    def organization_id(self) -> str:
        return self.config.get("organization_id") or os.environ.get("SCW_DEFAULT_ORGANIZATION_ID", "")

    @property
    def region(self) -> str:
        return self.config.get("region") or "fr-par"
