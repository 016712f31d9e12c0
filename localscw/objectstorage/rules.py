"""Who may do what in Object Storage, as Scaleway documents it: the local Scaleway's own
judge, importing nothing of the product's (`make access` has a judge of its own in ops/,
and tests/test_access_cases.py holds both to the same documented cases).

Each rule names the page it comes from (docs-content, `pages/object-storage/...`):
- EQUIVALENCE, "Amazon S3 and IAM permissions equivalence": the S3 operations each
  permission set authorizes, and the bucket-policy action each operation needs;
- POLICIES, "Bucket policies overview": with version `2023-04-17` only what the policy
  explicitly allows is permitted, and only to a principal IAM also allows; Deny statements
  are useless; the organization's owner may always put and delete a policy, and must be
  named to do anything else; the three resource forms; the principal forms;
- COMBINING, "Combining IAM and bucket policies": IAM rights apply to every bucket of the
  project; once a bucket has a policy, whoever must keep access is named in it;
- RECORDED, the provider's recordings (`object-bucket-policy-basic`,
  `object-bucket-website-configuration-with-policy`): under the deprecated `2012-10-17`
  version, a policy granting reads leaves the owner's other operations as IAM allows them.

Whatever these pages do not settle is refused: an unknown operation, permission set,
policy version or statement element, a `Condition`, a wildcard the pages do not show.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EQUIVALENCE = "Amazon S3 and IAM permissions equivalence"
POLICIES = "Bucket policies overview"
COMBINING = "Combining IAM and bucket policies"
RECORDED = "the provider's recordings (object-bucket-policy-basic)"

CURRENT_VERSION, DEPRECATED_VERSION = "2023-04-17", "2012-10-17"

# EQUIVALENCE, ObjectStorageFullAccess: each S3 operation and the bucket-policy action it needs.
ACTIONS: dict[str, str] = {
    "AbortMultipartUpload": "s3:AbortMultipartUpload",
    "CompleteMultipartUpload": "s3:PutObject",
    "CopyObject": "s3:PutObject",
    "CreateMultipartUpload": "s3:PutObject",
    "DeleteBucketCors": "s3:PutBucketCORS",
    "DeleteBucketLifecycleConfiguration": "s3:PutLifecycleConfiguration",
    "DeleteBucketTagging": "s3:PutBucketTagging",
    "DeleteBucketWebsite": "s3:DeleteBucketWebsite",
    "DeleteObject": "s3:DeleteObject",
    "DeleteObjects": "s3:DeleteObject",
    "DeleteObjectTagging": "s3:DeleteObjectTagging",
    "GetBucketAcl": "s3:GetBucketAcl",
    "GetBucketCors": "s3:GetBucketCORS",
    "GetBucketLifecycleConfiguration": "s3:GetLifecycleConfiguration",
    "GetBucketLocation": "s3:GetBucketLocation",
    "GetBucketTagging": "s3:GetBucketTagging",
    "GetBucketVersioning": "s3:GetBucketVersioning",
    "GetBucketWebsite": "s3:GetBucketWebsite",
    "GetObject": "s3:GetObject",
    "GetObjectAcl": "s3:GetObjectAcl",
    "GetObjectAttributes": "s3:GetObjectAttributes",
    "GetObjectLegalHold": "s3:GetObjectLegalHold",
    "GetObjectLockConfiguration": "s3:GetBucketObjectLockConfiguration",
    "GetObjectRetention": "s3:GetObjectRetention",
    "GetObjectTagging": "s3:GetObjectTagging",
    "HeadBucket": "s3:ListBucket",
    "HeadObject": "s3:GetObject",
    "ListMultipartUploads": "s3:ListBucketMultipartUploads",
    "ListObjects": "s3:ListBucket",
    "ListObjectsV2": "s3:ListBucket",
    "ListObjectVersions": "s3:ListBucketVersions",
    "ListParts": "s3:ListMultipartUploadParts",
    "PostObject": "s3:PutObject",
    "PutBucketAcl": "s3:PutBucketAcl",
    "PutBucketCors": "s3:PutBucketCORS",
    "PutBucketLifecycleConfiguration": "s3:PutLifecycleConfiguration",
    "PutBucketTagging": "s3:PutBucketTagging",
    "PutBucketVersioning": "s3:PutBucketVersioning",
    "PutBucketWebsite": "s3:PutBucketWebsite",
    "PutObject": "s3:PutObject",
    "PutObjectAcl": "s3:PutObjectAcl",
    "PutObjectLegalHold": "s3:PutObjectLegalHold",
    "PutObjectLockConfiguration": "s3:PutBucketObjectLockConfiguration",
    "PutObjectRetention": "s3:PutObjectRetention",
    "PutObjectTagging": "s3:PutObjectTagging",
    "RestoreObject": "s3:RestoreObject",
    "UploadPart": "s3:PutObject",
    "UploadPartCopy": "s3:PutObject",
}
# ... the rows "(versionId required)": the same operation on one version.
VERSION_ACTIONS: dict[str, str] = {
    "DeleteObject": "s3:DeleteObjectVersion",
    "DeleteObjects": "s3:DeleteObjectVersion",
    "DeleteObjectTagging": "s3:DeleteObjectVersionTagging",
    "GetObject": "s3:GetObjectVersion",
    "GetObjectAttributes": "s3:GetObjectVersionAttributes",
    "GetObjectTagging": "s3:GetObjectVersionTagging",
    "PutObjectTagging": "s3:PutObjectVersionTagging",
}
# Operations the table leaves out, which a policy can grant only through `*` or `s3:*`
# (POLICIES lists neither among its actions): the bucket itself, its policy, its
# encryption, and listing every bucket (no bucket, so no policy: IAM alone).
UNLISTED: dict[str, str | None] = {
    "CreateBucket": "s3:CreateBucket",
    "DeleteBucket": "s3:DeleteBucket",
    "GetBucketPolicy": "s3:GetBucketPolicy",
    "PutBucketPolicy": "s3:PutBucketPolicy",
    "DeleteBucketPolicy": "s3:DeleteBucketPolicy",
    "GetBucketEncryption": "s3:GetEncryptionConfiguration",
    "PutBucketEncryption": "s3:PutEncryptionConfiguration",
    "DeleteBucketEncryption": "s3:PutEncryptionConfiguration",
    "ListBuckets": None,
}
OPERATIONS = frozenset(ACTIONS) | frozenset(UNLISTED)
# POLICIES: the owner's right whatever the policy says.
OWNER_POLICY_OPERATIONS = frozenset({"PutBucketPolicy", "DeleteBucketPolicy"})

# EQUIVALENCE: the operations of each permission set (its left column).
PERMISSION_SETS: dict[str, frozenset[str]] = {
    "ObjectStorageReadOnly": frozenset(
        {
            "GetBucketAcl",
            "GetBucketCors",
            "GetBucketLifecycleConfiguration",
            "GetBucketLocation",
            "GetBucketPolicy",
            "GetBucketTagging",
            "GetBucketVersioning",
            "GetBucketWebsite",
            "GetObject",
            "GetObjectAcl",
            "GetObjectLegalHold",
            "GetObjectLockConfiguration",
            "GetObjectRetention",
            "GetObjectTagging",
            "HeadBucket",
            "HeadObject",
            "ListBuckets",
            "ListMultipartUploads",
            "ListObjects",
            "ListObjectsV2",
            "ListObjectVersions",
            "ListParts",
        }
    ),
    "ObjectStorageBucketsRead": frozenset(
        {
            "GetBucketAcl",
            "GetBucketCors",
            "GetBucketLifecycleConfiguration",
            "GetBucketLocation",
            "GetBucketTagging",
            "GetBucketVersioning",
            "GetBucketWebsite",
            "HeadBucket",
            "ListBuckets",
        }
    ),
    "ObjectStorageBucketsWrite": frozenset(
        {
            "CreateBucket",
            "DeleteBucketCors",
            "DeleteBucketLifecycleConfiguration",
            "DeleteBucketTagging",
            "DeleteBucketWebsite",
            "PutBucketAcl",
            "PutBucketCors",
            "PutBucketLifecycleConfiguration",
            "PutBucketTagging",
            "PutBucketVersioning",
            "PutBucketWebsite",
        }
    ),
    "ObjectStorageBucketsDelete": frozenset({"DeleteBucket"}),
    "ObjectStorageObjectsRead": frozenset(
        {
            "GetObject",
            "GetObjectAcl",
            "GetObjectLegalHold",
            "GetObjectLockConfiguration",
            "GetObjectRetention",
            "GetObjectTagging",
            "HeadObject",
            "ListMultipartUploads",
            "ListObjects",
            "ListObjectsV2",
            "ListObjectVersions",
            "ListParts",
        }
    ),
    "ObjectStorageObjectsWrite": frozenset(
        {
            "CompleteMultipartUpload",
            "CopyObject",
            "CreateMultipartUpload",
            "DeleteObjectTagging",
            "PostObject",
            "PutObject",
            "PutObjectAcl",
            "PutObjectLegalHold",
            "PutObjectLockConfiguration",
            "PutObjectRetention",
            "PutObjectTagging",
            "RestoreObject",
            "UploadPart",
            "UploadPartCopy",
        }
    ),
    "ObjectStorageObjectsDelete": frozenset({"AbortMultipartUpload", "DeleteObject", "DeleteObjects"}),
    # Full access to Object Storage (and to every product): every operation.
    "ObjectStorageFullAccess": OPERATIONS,
    "AllProductsFullAccess": OPERATIONS,
}


@dataclass(frozen=True)
class Caller:
    """Who sends a request: a Scaleway principal with the permission sets IAM gives it on
    the bucket's project, the organization's owner, or nobody (anonymous)."""

    principal: str | None  # `user_id:<id>` / `application_id:<id>`; None: anonymous
    permission_sets: frozenset[str] = frozenset()
    owner: bool = False
    project: str | None = None  # its key's default project, where the buckets it makes belong


ANONYMOUS = Caller(None)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str  # the rule, and the page it comes from

    def __bool__(self) -> bool:
        return self.allowed


def allow(reason: str) -> Decision:
    return Decision(True, reason)


def deny(reason: str) -> Decision:
    return Decision(False, reason)


def iam_allows(caller: Caller, operation: str) -> Decision:
    """COMBINING: IAM first, for the whole project; the owner holds every right."""
    if caller.owner:
        return allow("the organization's owner holds every IAM right (" + POLICIES + ")")
    if caller.principal is None:
        return deny("an anonymous request has no IAM rights (" + COMBINING + ")")
    unknown = sorted(caller.permission_sets - set(PERMISSION_SETS))
    granted = any(operation in PERMISSION_SETS.get(name, frozenset()) for name in caller.permission_sets)
    if granted:
        return allow(f"IAM grants {operation} ({EQUIVALENCE})")
    extra = f"; {', '.join(unknown)} unknown, granting nothing" if unknown else ""
    return deny(f"no permission set of {caller.principal} authorizes {operation} ({EQUIVALENCE}{extra})")


def action_of(operation: str, versioned: bool) -> str | None:
    """The bucket-policy action an operation needs (EQUIVALENCE)."""
    if versioned and operation in VERSION_ACTIONS:
        return VERSION_ACTIONS[operation]
    return ACTIONS.get(operation) or UNLISTED.get(operation)


def decide(
    caller: Caller, operation: str, bucket: str | None, key: str | None, policy: dict[str, Any] | None, versioned: bool = False
) -> Decision:
    """Object Storage's answer to `caller` doing `operation` on the bucket (and object `key`)."""
    if operation not in OPERATIONS:
        return deny(f"{operation} is no operation {EQUIVALENCE} lists: refused")
    by_iam = iam_allows(caller, operation)
    if bucket is None or policy is None:
        return by_iam  # COMBINING: without a policy, IAM decides for every bucket of the project
    if caller.owner and operation in OWNER_POLICY_OPERATIONS:
        return allow(f"the owner may always put and delete a bucket policy ({POLICIES})")
    action = action_of(operation, versioned)
    version = policy.get("Version")
    statements = policy.get("Statement")
    if not isinstance(statements, list):
        statements = [statements] if isinstance(statements, dict) else []
    if version == CURRENT_VERSION:
        if caller.principal is not None and not by_iam:
            return deny(f"{by_iam.reason}; the policy can only narrow it ({POLICIES})")
        for statement in statements:
            if statement.get("Effect") == "Allow" and matches(statement, caller, action, bucket, key):
                return allow(f"statement {statement.get('Sid', '?')!r} allows {action} ({POLICIES})")
        return deny(f"no statement of the {CURRENT_VERSION} policy allows {action}: only what it allows is permitted ({POLICIES})")
    if version == DEPRECATED_VERSION:
        for statement in statements:
            if statement.get("Effect") != "Allow" and matches(statement, caller, action, bucket, key, deny_side=True):
                return deny(f"a {DEPRECATED_VERSION} statement that is not an Allow covers it: refused (undocumented)")
        if by_iam:
            return allow(f"{by_iam.reason}; a {DEPRECATED_VERSION} policy leaves IAM's rights as they are ({RECORDED})")
        for statement in statements:
            if statement.get("Effect") == "Allow" and matches(statement, caller, action, bucket, key):
                return allow(f"statement {statement.get('Sid', '?')!r} of the {DEPRECATED_VERSION} policy allows {action}")
        return deny(f"neither IAM nor the {DEPRECATED_VERSION} policy allows {action}")
    return deny(f"policy version {version!r} is neither {CURRENT_VERSION} nor {DEPRECATED_VERSION} ({POLICIES}): refused")


# The elements a statement may hold (POLICIES); any other makes it match nothing.
ELEMENTS = frozenset({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})


def matches(statement: dict[str, Any], caller: Caller, action: str | None, bucket: str, key: str | None, deny_side: bool = False) -> bool:
    """Whether the statement covers this request. Whatever the pages do not show (another
    element, a `Condition`, a wildcard in an action or a bucket name) matches nothing when
    it would allow, and everything it names when it would refuse (`deny_side`)."""
    if not isinstance(statement, dict) or action is None:
        return False
    if set(statement) - ELEMENTS or "Condition" in statement:
        return deny_side
    return (
        principal_matches(statement.get("Principal"), caller)
        and action_matches(statement.get("Action"), action)
        and (resource_matches(statement.get("Resource"), bucket, key))
    )


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def principal_matches(value: Any, caller: Caller) -> bool:
    """POLICIES: `*` is everyone, anonymous visitors included; `{"SCW": ...}` names users
    and applications (its `*`, as recorded, any of them: never an anonymous visitor)."""
    if value == "*":
        return True
    if not isinstance(value, dict) or set(value) != {"SCW"} or caller.principal is None:
        return False
    named = _listed(value["SCW"])
    return "*" in named or caller.principal in named


def action_matches(value: Any, action: str) -> bool:
    """POLICIES: an action by its name, or the global `*` and `s3:*`."""
    return any(pattern in ("*", "s3:*") or pattern == action for pattern in _listed(value))


def resource_matches(value: Any, bucket: str, key: str | None) -> bool:
    """POLICIES' three forms: `<bucket>` (the bucket itself), `<bucket>/*` (every object),
    `<bucket>/<prefix>/*` (the objects under the prefix); and one object by its key."""
    for pattern in _listed(value):
        if not isinstance(pattern, str):
            continue
        if key is None and pattern == bucket:
            return True
        if key is not None and pattern.startswith(f"{bucket}/"):
            rest = pattern[len(bucket) + 1 :]
            if rest == "*" or (rest.endswith("/*") and "*" not in rest[:-1] and key.startswith(rest[:-1])) or rest == key:
                return True
    return False
