"""The identity django-storages uses to write media: an IAM application and its key."""

from constructs import Construct

from imports.scaleway.iam_api_key import IamApiKey
from imports.scaleway.iam_application import IamApplication
from imports.scaleway.iam_policy import IamPolicy, IamPolicyRule
from stacks.addresses import API_KEY, APPLICATION, APPLICATION_POLICY
from stacks.model import EnvironmentConfig, SiteConfig

# What django-storages calls, and the permission set that authorizes it on Scaleway
# ("Amazon S3 and IAM permissions equivalence", Object Storage reference docs):
# - ObjectStorageObjectsRead: GetObject, HeadObject (open, exists, size), ListObjectsV2
#   (listdir), ListMultipartUploads, ListParts;
# - ObjectStorageObjectsWrite: PutObject, CreateMultipartUpload, UploadPart,
#   CompleteMultipartUpload (save, large files in parts);
# - ObjectStorageObjectsDelete: DeleteObject, AbortMultipartUpload (delete, failed uploads).
# Not ObjectStorageBucketsRead: django-storages neither lists buckets nor reads their
# settings, and HeadBucket is authorized by the bucket policy's s3:ListBucket. No set
# can create or delete a bucket or change its policy, CORS or lifecycle.
# Permission sets cover the whole project (IAM cannot name a bucket): each bucket's policy
# is what keeps this key to its own bucket ("Combining IAM and bucket policies").
PERMISSION_SETS = (
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
        name = site.application_name(env)
        application = IamApplication(
            self,
            "application",
            name=name,
            description=f"django-storages of {site.name} ({env.name}) writing its media",
            tags=[f"site:{site.name}", f"environment:{env.name}"],
        )
        application.override_logical_id(APPLICATION.name)
        self.application_id = application.id
        policy = IamPolicy(
            self,
            "policy",
            name=f"{name}-media-objects",
            description=f"Object access of {name} to the media bucket's project",
            application_id=self.application_id,
            rule=[IamPolicyRule(project_ids=[project_id], permission_set_names=list(PERMISSION_SETS))],
        )
        policy.override_logical_id(APPLICATION_POLICY.name)
        api_key = IamApiKey(
            self,
            "api_key",
            application_id=self.application_id,
            default_project_id=project_id,
            description=f"S3 key of {name} for django-storages",
        )
        api_key.override_logical_id(API_KEY.name)
        self.access_key = api_key.access_key
        self.secret_key = api_key.secret_key
