"""Who may do what on which bucket: `make access`, what a reviewer reads before approving.

Computed from Scaleway's documented evaluation rules, on the synthesized stacks of a site
(or, in the end-to-end run, on what was applied):
- IAM permission sets apply to a whole project: Object Storage has no bucket-level IAM, so
  an application's sets reach every bucket of the project ("Combining IAM and bucket
  policies");
- a bucket with a policy (version 2023-04-17) allows only what the policy explicitly
  allows: every principal it does not allow is denied, whatever its IAM, the organization
  owner aside ("Bucket policies overview");
- the `*` principal is anyone, anonymous visitors included, who need no IAM;
- operators are taken to hold ObjectStorageFullAccess on the project (docs/scw.md asks it).
"""

from __future__ import annotations

import fnmatch
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from stacks.addresses import (
    APPLICATION,
    APPLICATION_POLICY,
    MEDIA_BUCKET,
    MEDIA_BUCKET_POLICY,
    STATE_BUCKET,
    STATE_BUCKET_POLICY,
)
from stacks.model import BOOTSTRAP_STACK, SiteConfig

# Bucket-policy actions each permission set authorizes ("Amazon S3 and IAM permissions
# equivalence", Object Storage reference docs).
PERMISSION_SET_ACTIONS = {
    "ObjectStorageFullAccess": frozenset({"*"}),
    "ObjectStorageObjectsRead": frozenset(
        {"s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts"}
    ),
    "ObjectStorageObjectsWrite": frozenset({"s3:PutObject"}),
    "ObjectStorageObjectsDelete": frozenset({"s3:DeleteObject", "s3:AbortMultipartUpload"}),
    "ObjectStorageBucketsRead": frozenset({"s3:ListBucket", "s3:GetBucketCORS", "s3:GetBucketVersioning"}),
}
OPERATOR_PERMISSION_SETS = ("ObjectStorageFullAccess",)
# What the report shows: capability -> the actions it needs, each on the bucket or on its objects.
CAPABILITIES = {
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
    owner: bool = False  # the organization's owner, whom no bucket policy locks out


@dataclass(frozen=True)
class Bucket:
    name: str
    policy: dict | None


ANONYMOUS_PRINCIPAL = Principal(ANONYMOUS, None, frozenset())


def iam_actions(permission_sets) -> frozenset[str]:
    return frozenset().union(*(PERMISSION_SET_ACTIONS.get(name, frozenset()) for name in permission_sets))


def _listed(value) -> list:
    return value if isinstance(value, list) else [value]


def _matches_principal(statement: dict, principal: Principal) -> bool:
    named = statement.get("Principal")
    if named == "*" or (isinstance(named, dict) and "*" in _listed(named.get("SCW", []))):
        return True
    return principal.scw is not None and isinstance(named, dict) and principal.scw in _listed(named.get("SCW", []))


def _matches(statement: dict, principal: Principal, action: str, resource: str) -> bool:
    return (
        _matches_principal(statement, principal)
        and any(fnmatch.fnmatchcase(action, pattern) for pattern in _listed(statement.get("Action", [])))
        and any(fnmatch.fnmatchcase(resource, pattern) for pattern in _listed(statement.get("Resource", [])))
    )


def allowed(principal: Principal, bucket: Bucket, action: str, on: str) -> bool:
    if principal.owner:
        return True
    resource = bucket.name if on == "bucket" else f"{bucket.name}/any-object"
    by_iam = principal.scw is not None and ("*" in principal.iam_actions or action in principal.iam_actions)
    if bucket.policy is None:
        return by_iam
    statements = bucket.policy.get("Statement", [])
    if any(s.get("Effect") == "Deny" and _matches(s, principal, action, resource) for s in statements):
        return False
    allowed_by_policy = any(s.get("Effect") == "Allow" and _matches(s, principal, action, resource) for s in statements)
    if principal.scw is None:
        return allowed_by_policy
    return by_iam and allowed_by_policy


def capabilities(principal: Principal, bucket: Bucket) -> tuple[str, ...]:
    return tuple(
        name for name, needs in CAPABILITIES.items() if all(allowed(principal, bucket, action, on) for action, on in needs)
    )


def matrix(principals: list[Principal], buckets: list[Bucket]) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(p.label, b.name): capabilities(p, b) for p in principals for b in buckets}


def render(principals: list[Principal], buckets: list[Bucket]) -> str:
    found = matrix(principals, buckets)
    rows = [("principal \\ bucket", *(b.name for b in buckets))]
    for principal in principals:
        cells = []
        for bucket in buckets:
            caps = found[(principal.label, bucket.name)]
            cells.append("all" if caps == tuple(CAPABILITIES) else " ".join(caps) or "-")
        rows.append((principal.label, *cells))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)


# -- From the synthesized stacks ------------------------------------------------------------


def _resource(stack: dict, address) -> dict | None:
    return stack.get("resource", {}).get(address.type, {}).get(address.name)


def from_synthesized(stacks: dict[str, dict], operators: tuple[str, ...]) -> tuple[list[Principal], list[Bucket]]:
    """Principals and buckets of a site's synthesized stacks (`cdk.tf.json` by stack name).

    References are resolved as Terraform would: a bucket's name to its literal name, an
    application's id to a stand-in naming its environment.
    """
    principals, buckets = [], []
    for name, stack in sorted(stacks.items(), key=lambda item: (item[0] != BOOTSTRAP_STACK, item[0])):
        bucket_address, policy_address = (STATE_BUCKET, STATE_BUCKET_POLICY) if name == BOOTSTRAP_STACK else (MEDIA_BUCKET, MEDIA_BUCKET_POLICY)
        bucket = _resource(stack, bucket_address)
        references = {bucket_address.ref("name"): bucket["name"]}
        application = _resource(stack, APPLICATION)
        if application is not None:
            app_id = f"<id of {application['name']}>"
            references[APPLICATION.ref("id")] = app_id
            rules = _resource(stack, APPLICATION_POLICY)["rule"]
            permission_sets = [s for rule in rules for s in rule["permission_set_names"]]
            principals.append(Principal(f"application {application['name']}", f"application_id:{app_id}", iam_actions(permission_sets)))
        policy = _resource(stack, policy_address)
        text = policy["policy"] if policy else None
        for reference, value in references.items():
            text = text.replace(reference, value) if text else text
        buckets.append(Bucket(bucket["name"], json.loads(text) if text else None))
    everyone = [operator_principal(operator) for operator in operators]
    return [*everyone, *principals, ANONYMOUS_PRINCIPAL], buckets


def synthesized_stacks(site: SiteConfig) -> dict[str, dict]:
    """The site's stacks, synthesized in this process into a temporary folder."""
    from cdktf import App

    from stacks.app import build_app

    with tempfile.TemporaryDirectory(prefix="access-") as outdir:
        build_app(site, App(outdir=outdir)).synth()
        return {path.parent.name: json.loads(path.read_text()) for path in Path(outdir, "stacks").glob("*/cdk.tf.json")}


def report(site: SiteConfig) -> str:
    principals, buckets = from_synthesized(synthesized_stacks(site), site.project.operators)
    return render(principals, buckets)


# -- From what was applied ----------------------------------------------------------------------


def from_deployed(
    s3, applications: dict[str, tuple[str, list[str]]], operators: tuple[str, ...], bucket_names: list[str]
) -> tuple[list[Principal], list[Bucket]]:
    """Principals and buckets as deployed: bucket policies read back from Object Storage,
    applications as IAM holds them (id -> name and the permission sets of its policies)."""
    buckets = [deployed_bucket(s3, name) for name in bucket_names]
    principals = [operator_principal(operator) for operator in operators]
    for app_id, (name, permission_sets) in sorted(applications.items(), key=lambda item: item[1][0]):
        principals.append(application_principal(app_id, name, permission_sets))
    return [*principals, ANONYMOUS_PRINCIPAL], buckets


def deployed_bucket(s3, name: str) -> Bucket:
    """A bucket as Object Storage holds it now: its name and its policy, if any (a bucket
    not made yet has none: what may create it is IAM's to say)."""
    from botocore.exceptions import ClientError

    try:
        return Bucket(name, json.loads(s3.get_bucket_policy(Bucket=name)["Policy"]))
    except ClientError as error:
        if error.response["Error"]["Code"] not in ("NoSuchBucketPolicy", "NoSuchBucket"):
            raise
        return Bucket(name, None)


def operator_principal(operator: str) -> Principal:
    return Principal(operator, operator, iam_actions(OPERATOR_PERMISSION_SETS))


def application_principal(app_id: str, name: str, permission_sets) -> Principal:
    """An IAM application with the permission sets of every IAM policy bound to it."""
    return Principal(f"application {name}", f"application_id:{app_id}", iam_actions(permission_sets))
