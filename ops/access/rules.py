"""Who may do what on a bucket, as Scaleway documents it: `make access`'s judge (the
report is `ops.access.report`). Pure: policies and principals in, a verdict out, by
Scaleway's documentation:
- IAM permission sets apply to a whole project: an application's sets reach every bucket
  of the projects its rules name, and none of another project ("Combining IAM and bucket
  policies"); which bucket-policy actions each set authorizes is the "Amazon S3 and IAM
  permissions equivalence" page's;
- with a policy of version `2023-04-17`, only what the policy explicitly allows is
  permitted, and only to a principal IAM allows too; Deny statements are useless; the
  organization's owner may always put and delete a policy, and must be named to do
  anything else ("Bucket policies overview");
- under the deprecated `2012-10-17` version, the policy leaves IAM's rights as they are
  and may grant more (the provider's recordings, `object-bucket-policy-basic`);
- the `*` principal is anyone, anonymous visitors included, who need no IAM;
- operators and deployers are taken to hold ObjectStorageFullAccess on the project, planners
  ObjectStorageReadOnly (docs/scw.md asks it).

Whatever the documentation does not settle is "conditional", marked `?`, never taken for
a refusal: a `Condition`, a resource covering some objects only, a wildcard in an action
or a bucket name, `NotPrincipal`/`NotAction`/`NotResource`, a Deny under the deprecated
version, an unknown policy version or permission set, a public ACL.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

# "Amazon S3 and IAM permissions equivalence": the bucket-policy actions of the operations
# each permission set authorizes (an operation on one version needs the version's action).
_OBJECTS_READ = frozenset(
    {
        "s3:GetObject",
        "s3:GetObjectVersion",
        "s3:GetObjectAcl",
        "s3:GetObjectLegalHold",
        "s3:GetBucketObjectLockConfiguration",
        "s3:GetObjectRetention",
        "s3:GetObjectTagging",
        "s3:GetObjectVersionTagging",
        "s3:ListBucketMultipartUploads",
        "s3:ListBucket",
        "s3:ListBucketVersions",
        "s3:ListMultipartUploadParts",
    }
)
_BUCKETS_READ = frozenset(
    {
        "s3:GetBucketAcl",
        "s3:GetBucketCORS",
        "s3:GetLifecycleConfiguration",
        "s3:GetBucketLocation",
        "s3:GetBucketTagging",
        "s3:GetBucketVersioning",
        "s3:GetBucketWebsite",
        "s3:ListBucket",
    }
)
PERMISSION_SET_ACTIONS = {
    "ObjectStorageFullAccess": frozenset({"*"}),
    "AllProductsFullAccess": frozenset({"*"}),
    "ObjectStorageReadOnly": _OBJECTS_READ | _BUCKETS_READ | {"s3:GetBucketPolicy"},
    "ObjectStorageBucketsRead": _BUCKETS_READ,
    "ObjectStorageBucketsWrite": frozenset(
        {
            "s3:CreateBucket",
            "s3:PutBucketCORS",
            "s3:PutLifecycleConfiguration",
            "s3:PutBucketTagging",
            "s3:DeleteBucketWebsite",
            "s3:PutBucketAcl",
            "s3:PutBucketVersioning",
            "s3:PutBucketWebsite",
        }
    ),
    "ObjectStorageBucketsDelete": frozenset({"s3:DeleteBucket"}),
    "ObjectStorageObjectsRead": _OBJECTS_READ,
    "ObjectStorageObjectsWrite": frozenset(
        {
            "s3:PutObject",
            "s3:PutObjectAcl",
            "s3:PutObjectLegalHold",
            "s3:PutBucketObjectLockConfiguration",
            "s3:PutObjectRetention",
            "s3:PutObjectTagging",
            "s3:PutObjectVersionTagging",
            "s3:DeleteObjectTagging",
            "s3:DeleteObjectVersionTagging",
            "s3:RestoreObject",
        }
    ),
    "ObjectStorageObjectsDelete": frozenset({"s3:DeleteObject", "s3:DeleteObjectVersion", "s3:AbortMultipartUpload"}),
}
OPERATOR_PERMISSION_SETS = ("ObjectStorageFullAccess",)
# docs/scw.md, CI: what each role's application is given on the project.
ROLE_PERMISSION_SETS = {"deployer": ("ObjectStorageFullAccess",), "planner": ("ObjectStorageReadOnly",)}
CURRENT_VERSION, DEPRECATED_VERSION = "2023-04-17", "2012-10-17"
# "Bucket policies overview": the owner's right whatever the policy says.
OWNER_ACTIONS = frozenset({"s3:PutBucketPolicy", "s3:DeleteBucketPolicy"})
# The statement elements the overview documents.
ELEMENTS = frozenset({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})
# Whether an action is on the bucket itself or on its objects.
Scope = Literal["bucket", "object"]
ANONYMOUS = "anonymous"


@dataclass(frozen=True)
class Principal:
    label: str
    scw: str | None  # `user_id:<id>` or `application_id:<id>`; None for anonymous visitors
    iam_actions: frozenset[str]
    owner: bool = False  # the organization's owner
    unknown_sets: tuple[str, ...] = ()  # permission sets the equivalence page does not list
    projects: frozenset[str] | None = None  # where its IAM rules give it rights; None: every project of the factory


# The factory's projects: env.d/scw's (the state's), and the media project (`media_project`).
HOME_PROJECT, MEDIA_PROJECT = "env.d/scw's project", "the media project"


@dataclass(frozen=True)
class Bucket:
    name: str
    policy: dict[str, Any] | None
    acl: str = "private"  # the canned ACL
    project: str | None = None  # the project it belongs to; None: the factory's one project


ALLOWED, DENIED, CONDITIONAL = "allowed", "denied", "conditional"
# A match: the statement applies, does not, or may (depending on what the documentation does not settle).
YES, NO, MAYBE = 2, 0, 1
# Canned ACLs that grant to others than the owner: how Scaleway weighs them against a
# policy is not documented, so what they grant is conditional.
PUBLIC_ACLS = ("public-read", "public-read-write", "authenticated-read")


ANONYMOUS_PRINCIPAL = Principal(ANONYMOUS, None, frozenset())


def iam_actions(permission_sets: Iterable[str]) -> frozenset[str]:
    return frozenset[str]().union(*(PERMISSION_SET_ACTIONS.get(name, frozenset()) for name in permission_sets))


def unknown_sets(permission_sets: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(permission_sets) - set(PERMISSION_SET_ACTIONS)))


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _principal_match(statement: dict[str, Any], principal: Principal) -> int:
    """`*` is everyone; `{"SCW": [...]}` names users and applications, and its `*` any of
    them (whether an anonymous visitor too, the documentation does not say)."""
    value = statement.get("Principal")
    if value == "*":
        return YES
    if not isinstance(value, dict) or set(value) != {"SCW"}:
        return MAYBE
    named = _listed(value["SCW"])
    if "*" in named:
        return YES if principal.scw is not None else MAYBE
    return YES if principal.scw is not None and principal.scw in named else NO


def _action_match(statement: dict[str, Any], action: str) -> int:
    found = NO
    for pattern in _listed(statement.get("Action", [])):
        if pattern in ("*", "s3:*") or pattern == action:
            return YES
        if isinstance(pattern, str) and "*" in pattern and fnmatch.fnmatchcase(action, pattern):
            found = MAYBE  # a wildcard the overview does not show
    return found


def _resource_pattern_match(pattern: str, bucket: str, on: Scope, key: str | None) -> int:
    """The overview's forms: `<bucket>` (the bucket), `<bucket>/*` (every object),
    `<bucket>/<prefix>/*` (the objects under the prefix); one object by its key. For every
    object (`key` None), a prefix or a key covers some only (MAYBE); any other wildcard may
    cover the bucket (MAYBE)."""
    if not isinstance(pattern, str):
        return NO
    name, slash, rest = pattern.partition("/")
    if "*" in name or "?" in name:
        return MAYBE if fnmatch.fnmatchcase(bucket, name) else NO
    if name != bucket:
        return NO
    if on == "bucket":
        return YES if not slash else NO
    if not slash:
        return NO
    if rest == "*":
        return YES
    if key is None:
        return MAYBE
    if rest.endswith("/*") and "*" not in rest[:-1]:
        return YES if key.startswith(rest[:-1]) else NO
    if "*" in rest or "?" in rest:
        return MAYBE if fnmatch.fnmatchcase(key, rest) else NO
    return YES if key == rest else NO


def _resource_match(statement: dict[str, Any], bucket: str, on: Scope, key: str | None) -> int:
    return max((_resource_pattern_match(p, bucket, on, key) for p in _listed(statement.get("Resource", []))), default=NO)


def _match(statement: dict[str, Any], principal: Principal, action: str, bucket: str, on: Scope, key: str | None) -> int:
    """Does the statement cover the request: YES, NO, or MAYBE (what the documentation does
    not settle: another element, a `Condition`)."""
    if not isinstance(statement, dict):
        return MAYBE
    found = min(_principal_match(statement, principal), _action_match(statement, action), _resource_match(statement, bucket, on, key))
    if found and (set(statement) - ELEMENTS or statement.get("Condition")):
        return MAYBE
    if set(statement) & {"NotPrincipal", "NotAction", "NotResource"}:
        return MAYBE
    return found


def _by_iam(principal: Principal, action: str, bucket: Bucket) -> int:
    if principal.owner:
        return YES
    if principal.scw is None:
        return NO
    if principal.projects is not None and bucket.project is not None and bucket.project not in principal.projects:
        return NO  # IAM gives it nothing in that project
    if "*" in principal.iam_actions or action in principal.iam_actions:
        return YES
    return MAYBE if principal.unknown_sets else NO


def evaluate(principal: Principal, bucket: Bucket, action: str, on: Scope, key: str | None = None) -> str:
    """ALLOWED, DENIED or CONDITIONAL: what Scaleway answers this principal for this action
    on the bucket, or on its object `key` (None: on every object alike)."""
    by_iam = _by_iam(principal, action, bucket)
    if bucket.policy is None:
        granted = by_iam
    elif principal.owner and action in OWNER_ACTIONS:
        granted = YES
    else:
        statements = bucket.policy.get("Statement", [])
        statements = statements if isinstance(statements, list) else [statements]
        allows = max(
            (_match(s, principal, action, bucket.name, on, key) for s in statements if isinstance(s, dict) and s.get("Effect") == "Allow"),
            default=NO,
        )
        version = bucket.policy.get("Version")
        if version == CURRENT_VERSION:  # Deny statements are useless
            granted = allows if principal.scw is None else min(allows, by_iam)
        elif version == DEPRECATED_VERSION:
            granted = max(allows, by_iam)
            others = (
                _match(s, principal, action, bucket.name, on, key)
                for s in statements
                if not (isinstance(s, dict) and s.get("Effect") == "Allow")
            )
            if granted and max(others, default=NO):
                granted = MAYBE  # a Deny: how this version weighs it is undocumented
        else:
            granted = MAYBE if max(allows, by_iam) else NO
    if granted == NO and bucket.acl in PUBLIC_ACLS and action in ("s3:GetObject", "s3:ListBucket"):
        granted = MAYBE
    return {YES: ALLOWED, MAYBE: CONDITIONAL, NO: DENIED}[granted]


def operator_principal(operator: str) -> Principal:
    return Principal(operator, operator, iam_actions(OPERATOR_PERMISSION_SETS))


def role_principal(role: str, principal: str) -> Principal:
    """A deployer or a planner, with the permission sets docs/scw.md gives its role."""
    return Principal(f"{role} {principal}", principal, iam_actions(ROLE_PERMISSION_SETS[role]))


def application_principal(app_id: str, name: str, permission_sets: Iterable[str], projects: frozenset[str] | None = None) -> Principal:
    """An IAM application with the permission sets of every IAM policy bound to it, in `projects`."""
    sets = list(permission_sets)
    return Principal(
        f"application {name}", f"application_id:{app_id}", iam_actions(sets), unknown_sets=unknown_sets(sets), projects=projects
    )
