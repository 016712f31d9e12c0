"""The identity django-storages uses to write media: an IAM application and its key."""

from constructs import Construct

from imports.scaleway.iam_api_key import IamApiKey
from imports.scaleway.iam_application import IamApplication
from imports.scaleway.iam_policy import IamPolicy, IamPolicyRule
from stacks.config import EnvironmentConfig, SiteConfig

# Object-level permission sets only: the key can list buckets and handle objects, but
# can neither create nor delete buckets nor change their policy, CORS or lifecycle.
PERMISSION_SETS = (
    "ObjectStorageBucketsRead",
    "ObjectStorageObjectsRead",
    "ObjectStorageObjectsWrite",
    "ObjectStorageObjectsDelete",
)


class AppCredentials(Construct):
    """Application `<env>-<site>`, its least-privilege policy on the project, and an API key."""

    def __init__(
        self, scope: Construct, id: str, *, site: SiteConfig, env: EnvironmentConfig, project_id: str
    ):
        super().__init__(scope, id)
        name = f"{env.name}-{site.site}"
        self.application = IamApplication(
            self,
            "application",
            name=name,
            description=f"django-storages of {site.site} ({env.name}) writing its media",
            tags=[f"site:{site.site}", f"environment:{env.name}"],
        )
        self.application.override_logical_id("app")
        # Read once: each attribute read is a round trip to the jsii kernel.
        self.application_id = self.application.id
        policy = IamPolicy(
            self,
            "policy",
            name=f"{name}-media-objects",
            description=f"Object access of {name} to the media bucket's project",
            application_id=self.application_id,
            rule=[IamPolicyRule(project_ids=[project_id], permission_set_names=list(PERMISSION_SETS))],
        )
        policy.override_logical_id("app_policy")
        self.api_key = IamApiKey(
            self,
            "api_key",
            application_id=self.application_id,
            default_project_id=project_id,
            description=f"S3 key of {name} for django-storages",
        )
        self.api_key.override_logical_id("app_api_key")

    @property
    def access_key(self) -> str:
        return self.api_key.access_key

    @property
    def secret_key(self) -> str:
        return self.api_key.secret_key
