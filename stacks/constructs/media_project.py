"""A Scaleway project of the factory's own for its media (`media_project`).

IAM's Object Storage rights cover a whole project. With the media buckets, their CDN and
their keys in a project of their own, what an environment's key may do there reaches media
only: never the state bucket, nor a bucket someone makes by hand beside it in env.d/scw's
project ("Combining IAM and bucket policies"). Each bucket's policy still keeps a key to its
own bucket.
"""

from __future__ import annotations

import re

from cdktf import TerraformStack
from constructs import Construct

from imports.scaleway.account_project import AccountProject
from imports.scaleway.data_scaleway_account_project import DataScalewayAccountProject
from imports.scaleway.iam_policy import IamPolicy, IamPolicyRule
from stacks.addresses import MEDIA_PROJECT, MEDIA_PROJECT_LOOKUP, pin

# What each role needs in the media project ("Permission sets"): operators and deployers
# make buckets, their policies and pipelines there; planners read them. Planners also find
# the project by its name (ProjectReadOnly, an organization's permission set); operators
# and deployers can already (IAMManager holds ProjectManager's rights).
ROLE_PERMISSION_SETS = {
    "operators": ("ObjectStorageFullAccess", "EdgeServicesFullAccess"),
    "deployers": ("ObjectStorageFullAccess", "EdgeServicesFullAccess"),
    "planners": ("ObjectStorageReadOnly", "EdgeServicesReadOnly"),
}
ORGANIZATION_PERMISSION_SETS = {"planners": ("ProjectReadOnly",)}


class MediaProject(Construct):
    """The project (made, or adopted with `adopt_id`), and a policy per principal of the
    factory giving its role's rights there: nobody adds the project to a policy by hand."""

    def __init__(
        self,
        scope: TerraformStack,
        id: str,
        *,
        name: str,
        description: str,
        organization_id: str,
        adopt_id: str | None,
        roles: dict[str, tuple[str, ...]],
    ):
        super().__init__(scope, id)
        project = AccountProject(self, "project", name=name, description=description, organization_id=organization_id)
        pin(project, MEDIA_PROJECT)
        if adopt_id:
            scope.add_override("import", [{"to": str(MEDIA_PROJECT), "id": adopt_id}])
        self.project_id: str = project.id
        for role, principals in roles.items():
            for principal in principals:
                kind, _, principal_id = principal.partition(":")
                rules = [IamPolicyRule(project_ids=[self.project_id], permission_set_names=list(ROLE_PERMISSION_SETS[role]))]
                if role in ORGANIZATION_PERMISSION_SETS:
                    rules.append(
                        IamPolicyRule(organization_id=organization_id, permission_set_names=list(ORGANIZATION_PERMISSION_SETS[role]))
                    )
                policy = IamPolicy(
                    self,
                    f"{role}-{principal_id}",
                    name=f"{name} {role[:-1]} {principal_id}",
                    description=f"What a factory {role[:-1]} does in the media project {name}",
                    organization_id=organization_id,
                    rule=rules,
                    user_id=principal_id if kind == "user_id" else None,
                    application_id=principal_id if kind == "application_id" else None,
                )
                policy.override_logical_id(f"media_project_{role}_{re.sub(r'[^a-z0-9]', '_', principal_id)}")


def media_project_id(stack: TerraformStack, *, name: str, organization_id: str) -> str:
    """The media project's id, looked up by its name at each plan: what bootstrap made."""
    found = DataScalewayAccountProject(stack, "media_project_lookup", name=name, organization_id=organization_id)
    found.override_logical_id(MEDIA_PROJECT_LOOKUP.name)
    return found.id
