"""Account v3 as the local Scaleway answers it: the organization's projects, as
`scaleway_account_project` and its data source read and write them. Each behaviour names
the recording (`internal/services/account/testdata/`) it comes from. `localscw.api` puts
it behind HTTP."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from urllib.parse import unquote

from localscw.records import ApiError, Json, now, page

ACCOUNT = "/account/v3"
Route = tuple[str, re.Pattern[str], Callable[..., tuple[int, Json | None]]]
# project-basic: a project read back is qualified; the answers to its creation and update are not.
READ_QUALIFICATION = {"architecture_type": "unknown_architecture_type"}


class Account:
    """The organization's projects, in memory."""

    organization_id: str

    def __init__(self) -> None:
        self.projects: dict[str, Json] = {}

    def add_project(self, project_id: str, name: str) -> None:
        """A project made in the console (env.d/scw's, where the factory's state lives)."""
        stamp = now()
        self.projects[project_id] = self._project_record(project_id, name, "", self.organization_id, stamp)

    @staticmethod
    def _project_record(project_id: str, name: str, description: str, organization_id: str, stamp: str) -> Json:
        return {
            "id": project_id,
            "name": name,
            "organization_id": organization_id,
            "created_at": stamp,
            "updated_at": stamp,
            "description": description,
            "qualification": None,
        }

    def _project(self, project_id: str) -> Json:
        # project-basic: read after its delete.
        if project_id not in self.projects:
            raise ApiError(
                404, {"message": "resource is not found", "resource": "project_id", "resource_id": project_id, "type": "not_found"}
            )
        return self.projects[project_id]

    @staticmethod
    def _read(project: Json) -> Json:
        return {**project, "qualification": dict(READ_QUALIFICATION)}

    def create_project(self, body: Json) -> tuple[int, Json]:
        project = self._project_record(
            str(uuid.uuid4()), body["name"], body.get("description") or "", body.get("organization_id") or self.organization_id, now()
        )
        self.projects[project["id"]] = project
        return 200, dict(project)

    def get_project(self, project_id: str) -> tuple[int, Json]:
        return 200, self._read(self._project(project_id))

    def update_project(self, project_id: str, body: Json) -> tuple[int, Json]:
        project = self._project(project_id)
        project.update({key: body[key] for key in ("name", "description") if key in body}, updated_at=now())
        return 200, dict(project)

    def delete_project(self, project_id: str) -> tuple[int, None]:
        self._project(project_id)
        del self.projects[project_id]
        return 204, None

    def list_projects(self, query: Json) -> tuple[int, Json]:
        """data-source-project-basic: by name and organization, `created_at_asc` (the SDK's order)."""
        wanted = {key: unquote(query[key]) for key in ("name", "organization_id") if query.get(key)}
        found = [self._read(p) for p in self.projects.values() if all(p[key] == value for key, value in wanted.items())]
        newest_first = query.get("order_by", "").endswith("_desc")
        return 200, page(sorted(found, key=lambda p: p["created_at"], reverse=newest_first), query, "projects")

    def account_routes(self) -> list[Route]:
        ID = r"([^/]+)"
        return [
            ("POST", re.compile(f"{ACCOUNT}/projects"), lambda m, q, b: self.create_project(b)),
            ("GET", re.compile(f"{ACCOUNT}/projects"), lambda m, q, b: self.list_projects(q)),
            ("GET", re.compile(f"{ACCOUNT}/projects/{ID}"), lambda m, q, b: self.get_project(m[1])),
            ("PATCH", re.compile(f"{ACCOUNT}/projects/{ID}"), lambda m, q, b: self.update_project(m[1], b)),
            ("DELETE", re.compile(f"{ACCOUNT}/projects/{ID}"), lambda m, q, b: self.delete_project(m[1])),
        ]
