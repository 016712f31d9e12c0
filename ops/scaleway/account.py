"""Which Scaleway project holds the factory's media: `media_project`'s (bootstrap makes it;
found by its name, as the media stacks find it), else env.d/scw's. The Edge plan's bill,
the orphans' search and `make access` look there."""

from __future__ import annotations

from ops.checkout import OperatorError
from ops.scaleway.client import Scaleway
from stacks.settings import PROJECT_FILE
from stacks.settings.model import ProjectConfig

PROJECTS = "/account/v3/projects"


def media_project_id(scaleway: Scaleway, settings: ProjectConfig) -> str:
    """The id of the project the media live in."""
    return media_requests_project(scaleway, settings) or scaleway.key.project_id


def media_requests_project(scaleway: Scaleway, settings: ProjectConfig) -> str:
    """The project Object Storage requests on the media buckets name (`acting_in_project`):
    the media project's id, or empty (the key's preferred project holds the media)."""
    if not settings.media_project:
        return ""
    found = scaleway.list(PROJECTS, "projects", name=settings.media_project, organization_id=scaleway.key.organization_id)
    if not found:
        raise OperatorError(
            f"the media project {settings.media_project} (sites/{PROJECT_FILE}: media_project) does not exist yet: run `make bootstrap` first."
        )
    return str(found[0]["id"])
