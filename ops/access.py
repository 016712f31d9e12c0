"""Who may do what on which bucket: `make access`, what a reviewer reads before approving.

Computed from Scaleway's documentation, on the synthesized stacks of every site of the
project (its keys all live in one Scaleway project), or, in the end-to-end run, on what
was applied:
- IAM permission sets apply to a whole project: an application's sets reach every bucket
  of the project ("Combining IAM and bucket policies"); which bucket-policy actions each
  set authorizes is the "Amazon S3 and IAM permissions equivalence" page's;
- with a policy of version `2023-04-17`, only what the policy explicitly allows is
  permitted, and only to a principal IAM allows too; Deny statements are useless; the
  organization's owner may always put and delete a policy, and must be named to do
  anything else ("Bucket policies overview");
- under the deprecated `2012-10-17` version, the policy leaves IAM's rights as they are
  and may grant more (the provider's recordings, `object-bucket-policy-basic`);
- the `*` principal is anyone, anonymous visitors included, who need no IAM;
- operators are taken to hold ObjectStorageFullAccess on the project (docs/scw.md asks it).

Whatever the documentation does not settle is "conditional", marked `?`, never taken for
a refusal: a `Condition`, a resource covering some objects only, a wildcard in an action
or a bucket name, `NotPrincipal`/`NotAction`/`NotResource`, a Deny under the deprecated
version, an unknown policy version or permission set, a public ACL.
"""

from __future__ import annotations

import fnmatch
import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from stacks.addresses import (
    APPLICATION,
    APPLICATION_POLICY,
    MEDIA_BUCKET,
    MEDIA_BUCKET_ACL,
    MEDIA_BUCKET_POLICY,
    STATE_BUCKET,
    STATE_BUCKET_ACL,
    STATE_BUCKET_POLICY,
    Address,
)
from stacks.model import BOOTSTRAP_STACK, SiteConfig

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
CURRENT_VERSION, DEPRECATED_VERSION = "2023-04-17", "2012-10-17"
# "Bucket policies overview": the owner's right whatever the policy says.
OWNER_ACTIONS = frozenset({"s3:PutBucketPolicy", "s3:DeleteBucketPolicy"})
# The statement elements the overview documents.
ELEMENTS = frozenset({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})
# Whether an action is on the bucket itself or on its objects.
Scope = Literal["bucket", "object"]
# What the report shows: capability -> the actions it needs, each on the bucket or on its objects.
CAPABILITIES: dict[str, tuple[tuple[str, Scope], ...]] = {
    "list": (("s3:ListBucket", "bucket"),),
    "get": (("s3:GetObject", "object"),),
    "put": (("s3:PutObject", "object"),),
    "delete": (("s3:DeleteObject", "object"),),
    "multipart": (
        ("s3:ListBucketMultipartUploads", "bucket"),
        ("s3:ListMultipartUploadParts", "object"),
        ("s3:AbortMultipartUpload", "object"),
    ),
    "configure": (("s3:PutBucketPolicy", "bucket"), ("s3:PutBucketCORS", "bucket")),
}
ANONYMOUS = "anonymous"


@dataclass(frozen=True)
class Principal:
    label: str
    scw: str | None  # `user_id:<id>` or `application_id:<id>`; None for anonymous visitors
    iam_actions: frozenset[str]
    owner: bool = False  # the organization's owner
    unknown_sets: tuple[str, ...] = ()  # permission sets the equivalence page does not list


@dataclass(frozen=True)
class Bucket:
    name: str
    policy: dict[str, Any] | None
    acl: str = "private"  # the canned ACL


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


def _by_iam(principal: Principal, action: str) -> int:
    if principal.owner:
        return YES
    if principal.scw is None:
        return NO
    if "*" in principal.iam_actions or action in principal.iam_actions:
        return YES
    return MAYBE if principal.unknown_sets else NO


def evaluate(principal: Principal, bucket: Bucket, action: str, on: Scope, key: str | None = None) -> str:
    """ALLOWED, DENIED or CONDITIONAL: what Scaleway answers this principal for this action
    on the bucket, or on its object `key` (None: on every object alike)."""
    by_iam = _by_iam(principal, action)
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


def allowed(principal: Principal, bucket: Bucket, action: str, on: Scope) -> bool:
    """What is certainly allowed; whatever is not is refused."""
    return evaluate(principal, bucket, action, on) == ALLOWED


def capability(principal: Principal, bucket: Bucket, name: str) -> str:
    """ALLOWED when every action the capability needs is, DENIED when one is, else CONDITIONAL."""
    verdicts = {evaluate(principal, bucket, action, on) for action, on in CAPABILITIES[name]}
    return DENIED if DENIED in verdicts else CONDITIONAL if CONDITIONAL in verdicts else ALLOWED


def capabilities(principal: Principal, bucket: Bucket) -> tuple[str, ...]:
    """The capabilities certainly allowed."""
    return tuple(name for name in CAPABILITIES if capability(principal, bucket, name) == ALLOWED)


def cell(principal: Principal, bucket: Bucket) -> str:
    verdicts = {name: capability(principal, bucket, name) for name in CAPABILITIES}
    if all(verdict == ALLOWED for verdict in verdicts.values()):
        return "all"
    shown = [name + ("?" if verdict == CONDITIONAL else "") for name, verdict in verdicts.items() if verdict != DENIED]
    return " ".join(shown) or "-"


def render(principals: list[Principal], buckets: list[Bucket]) -> str:
    rows = [("principal \\ bucket", *(b.name for b in buckets))]
    for principal in principals:
        rows.append((principal.label, *(cell(principal, bucket) for bucket in buckets)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    table = "\n".join("  ".join(c.ljust(width) for c, width in zip(row, widths, strict=True)).rstrip() for row in rows)
    if "?" in table:
        table += "\n?: conditional, Scaleway may allow it (what its documentation does not settle: a Condition, a prefix, a wildcard, a public ACL...): read the policy"
    return table


# -- From the synthesized stacks ------------------------------------------------------------


def _resource(stack: dict[str, Any], address: Address) -> dict[str, Any] | None:
    found: dict[str, Any] | None = stack.get("resource", {}).get(address.type, {}).get(address.name)
    return found


def from_synthesized(stacks: dict[str, dict[str, Any]], operators: tuple[str, ...]) -> tuple[list[Principal], list[Bucket]]:
    """Principals and buckets of synthesized stacks (`cdk.tf.json` by a unique name), the
    state bucket first (the bootstrap stack holds it), then the media buckets by name.

    References are resolved as Terraform would: a bucket's name to its literal name, an
    application's id to a stand-in naming its environment.
    """
    principals, buckets = [], []
    for stack in sorted(stacks.values(), key=lambda stack: (_resource(stack, STATE_BUCKET) is None, _bucket_name(stack))):
        is_state = _resource(stack, STATE_BUCKET) is not None
        bucket_address, policy_address, acl_address = (
            (STATE_BUCKET, STATE_BUCKET_POLICY, STATE_BUCKET_ACL) if is_state else (MEDIA_BUCKET, MEDIA_BUCKET_POLICY, MEDIA_BUCKET_ACL)
        )
        bucket = _resource(stack, bucket_address) or {}
        references = {bucket_address.ref("name"): bucket["name"]}
        application = _resource(stack, APPLICATION)
        if application is not None:
            app_id = f"<id of {application['name']}>"
            references[APPLICATION.ref("id")] = app_id
            rules = (_resource(stack, APPLICATION_POLICY) or {})["rule"]
            permission_sets = [s for rule in rules for s in rule["permission_set_names"]]
            principals.append(application_principal(app_id, application["name"], permission_sets))
        policy = _resource(stack, policy_address)
        text = policy["policy"] if policy else None
        for reference, value in references.items():
            text = text.replace(reference, value) if text else text
        acl = (_resource(stack, acl_address) or {}).get("acl", "private")
        buckets.append(Bucket(bucket["name"], json.loads(text) if text else None, acl))
    everyone = [operator_principal(operator) for operator in operators]
    return [*everyone, *principals, ANONYMOUS_PRINCIPAL], buckets


def _bucket_name(stack: dict[str, Any]) -> str:
    return str((_resource(stack, STATE_BUCKET) or _resource(stack, MEDIA_BUCKET) or {}).get("name", ""))


def synthesized_stacks(sites: tuple[SiteConfig, ...]) -> dict[str, dict[str, Any]]:
    """Every site's stacks, synthesized in this process (one jsii kernel), by `<site>/<stack>`;
    the bootstrap stack once, as every site shares it."""
    from cdktf import App

    from stacks.app import build_app

    found = {}
    with tempfile.TemporaryDirectory(prefix="access-") as outdir:
        for site in sites:
            build_app(site, App(outdir=f"{outdir}/{site.name}"), inputs={}).synth()  # policies only: no state read
            for path in Path(outdir, site.name, "stacks").glob("*/cdk.tf.json"):
                if path.parent.name != BOOTSTRAP_STACK or BOOTSTRAP_STACK not in found:
                    found[BOOTSTRAP_STACK if path.parent.name == BOOTSTRAP_STACK else f"{site.name}/{path.parent.name}"] = json.loads(
                        path.read_text()
                    )
    return found


def report(sites: tuple[SiteConfig, ...], only: tuple[str, ...] = ()) -> str:
    """`make access`: every key of the project against the state bucket, then against each
    site's media buckets, a table a site so that it fits a terminal (`only`: these sites).
    Every site is synthesized: all their keys live in one Scaleway project."""
    principals, buckets = from_synthesized(synthesized_stacks(sites), sites[0].project.operators)
    state, media = buckets[0], buckets[1:]
    tables = [f"The state bucket:\n{render(principals, [state])}"]
    for site in sites:
        if only and site.name not in only:
            continue
        own = [bucket for bucket in media if bucket.name in {site.media_bucket_name(env) for env in site.environments}]
        tables.append(f"{site.name}:\n{render(principals, own)}")
    return "\n\n".join(tables)


def operator_principal(operator: str) -> Principal:
    return Principal(operator, operator, iam_actions(OPERATOR_PERMISSION_SETS))


def application_principal(app_id: str, name: str, permission_sets: Iterable[str]) -> Principal:
    """An IAM application with the permission sets of every IAM policy bound to it."""
    sets = list(permission_sets)
    return Principal(f"application {name}", f"application_id:{app_id}", iam_actions(sets), unknown_sets=unknown_sets(sets))
