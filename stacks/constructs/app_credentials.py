"""The identity django-storages uses to write media: an IAM application and its keys.

Keys expire (`api_key_lifetime_days` after they are made) and are replaced without downtime:
the stack keeps one key per slot of its `api_key_slots` input (its state's, read at
synthesis), and hands the newest one over. `make rotate-key` adds a slot (both keys work
while the site is redeployed with the new one), then, with FINISH=1, drops the old one.
"""

from cdktf import TerraformStack, TerraformVariableValidationConfig
from constructs import Construct

from imports.scaleway.iam_api_key import IamApiKey
from imports.scaleway.iam_application import IamApplication
from imports.scaleway.iam_policy import IamPolicy, IamPolicyRule
from stacks.addresses import API_KEY, APPLICATION, APPLICATION_POLICY, pin
from stacks.constructs.state_input import state_input
from stacks.contract import API_KEY_SLOTS_INPUT

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

    application_id: str
    access_key: str  # the newest key's
    secret_key: str
    slots: list[str]
    expire_at: str  # slot -> expiry, as a Terraform expression

    def __init__(
        self,
        scope: TerraformStack,
        id: str,
        *,
        name: str,
        policy_name: str,
        description: str,
        tags: list[str],
        project_id: str,
        key_lifetime_days: int,
        slots: tuple[str, ...] | None,
    ):
        """`slots`: those of the keys the stack's state holds; None when it could not be read."""
        super().__init__(scope, id)
        application = IamApplication(self, "application", name=name, description=description, tags=tags)
        pin(application, APPLICATION)
        self.application_id = application.id
        policy = IamPolicy(
            self,
            "policy",
            name=policy_name,
            description=f"Object access of {name} to the media bucket's project",
            application_id=self.application_id,
            rule=[IamPolicyRule(project_ids=[project_id], permission_set_names=list(PERMISSION_SETS))],
        )
        pin(policy, APPLICATION_POLICY)
        slots_given = f"var.{API_KEY_SLOTS_INPUT}"
        variable = state_input(
            scope,
            API_KEY_SLOTS_INPUT,
            type="list(string)",
            value=list(slots) if slots is not None else None,
            description="Slots of the API keys, as the state holds them at synthesis: `make rotate-key` changes them",
            validation=[
                TerraformVariableValidationConfig(
                    # Null is the review-only mark's to refuse (Terraform < 1.12 evaluates both sides of ||: try).
                    condition=f"${{{slots_given} == null || try(length({slots_given}) >= 1 && length({slots_given}) <= 2 && "
                    f"alltrue([for slot in {slots_given} : can(tonumber(slot))]), false)}}",
                    error_message='api_key_slots holds one or two numbered slots, e.g. ["1"] or ["1", "2"].',
                )
            ],
        )
        self.slots = variable.list_value
        api_key = IamApiKey(
            self,
            "api_key",
            application_id=self.application_id,
            default_project_id=project_id,
            description=f"S3 key of {name} for django-storages",
        )
        pin(api_key, API_KEY)
        api_key.add_override("for_each", f"${{toset(var.{API_KEY_SLOTS_INPUT})}}")
        # Set once, when the key is made: a later plan must not replace it (expires_at forces a new key).
        api_key.add_override("expires_at", f'${{timeadd(plantimestamp(), "{key_lifetime_days * 24}h")}}')
        api_key.add_override("lifecycle.ignore_changes", ["expires_at"])
        newest = f"{API_KEY}[tostring(max([for slot in var.{API_KEY_SLOTS_INPUT} : tonumber(slot)]...))]"
        self.access_key = f"${{{newest}.access_key}}"
        self.secret_key = f"${{{newest}.secret_key}}"
        self.expire_at = f"${{{{for slot, key in {API_KEY} : slot => key.expires_at}}}}"
