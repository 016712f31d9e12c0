"""The Scaleway key a command runs with, typed, read from the environment Terraform runs in
(`env.d/scw`'s values over the shell's: `ops.stack.preflight` reads the file once). Its
secret never shows in a repr, a traceback's locals or a log."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Scaleway's API, unless `SCW_API_URL` names another, as the provider reads it.
DEFAULT_API_URL = "https://api.scaleway.com"


@dataclass(frozen=True)
class ScalewayKey:
    access_key: str
    secret_key: str = field(repr=False)
    project_id: str = ""
    organization_id: str = ""
    api_url: str = DEFAULT_API_URL  # without a trailing slash

    @classmethod
    def of(cls, environ: Mapping[str, str]) -> ScalewayKey:
        """The key of `environ`, under the names env.d/scw and the provider use."""
        return cls(
            access_key=environ.get("SCW_ACCESS_KEY", ""),
            secret_key=environ.get("SCW_SECRET_KEY", ""),
            project_id=environ.get("TF_VAR_scw_project_id", ""),
            organization_id=environ.get("TF_VAR_scw_organization_id", ""),
            api_url=(environ.get("SCW_API_URL") or DEFAULT_API_URL).rstrip("/"),
        )
