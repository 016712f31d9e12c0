"""Who may do what on which bucket: `make access`, what a reviewer reads before approving.

Computed from Scaleway's documented evaluation rules, on the synthesized stacks of every
site of the project (its keys all live in one Scaleway project), or, in the end-to-end
run, on what was applied:
- IAM permission sets apply to a whole project: Object Storage has no bucket-level IAM, so
  an application's sets reach every bucket of the project ("Combining IAM and bucket
  policies");
- a bucket with a policy (version 2023-04-17) allows only what the policy explicitly
  allows: every principal it does not allow is denied, whatever its IAM, the organization
  owner aside ("Bucket policies overview");
- the `*` principal is anyone, anonymous visitors included, who need no IAM;
- operators are taken to hold ObjectStorageFullAccess on the project (docs/scw.md asks it).

What the report cannot decide from the policies alone (a `Condition`, a resource that is
a prefix of the bucket's objects, a public ACL grant) is "conditional": marked `?`, never
left out, as Scaleway may allow it. `NotPrincipal`, `NotAction` and `NotResource` are
evaluated.
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
    owner: bool = False  # the organization's owner, whom no bucket policy locks out


@dataclass(frozen=True)
class Bucket:
    name: str
    policy: dict[str, Any] | None
    acl: str = "private"  # the canned ACL


ALLOWED, DENIED, CONDITIONAL = "allowed", "denied", "conditional"
# A match: the statement applies, does not, or may (depending on what the policy cannot say).
YES, NO, MAYBE = 2, 0, 1
# Canned ACLs that grant to others than the owner: how Scaleway weighs them against a
# policy is not documented, so what they grant is conditional.
PUBLIC_ACLS = ("public-read", "public-read-write", "authenticated-read")


ANONYMOUS_PRINCIPAL = Principal(ANONYMOUS, None, frozenset())


def iam_actions(permission_sets: Iterable[str]) -> frozenset[str]:
    return frozenset[str]().union(*(PERMISSION_SET_ACTIONS.get(name, frozenset()) for name in permission_sets))


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _named(value: Any, principal: Principal) -> bool:
    if value == "*":
        return True
    listed = _listed(value.get("SCW", [])) if isinstance(value, dict) else []
    return "*" in listed or (principal.scw is not None and principal.scw in listed)


def _principal_match(statement: dict[str, Any], principal: Principal) -> int:
    if "NotPrincipal" in statement:
        return NO if _named(statement["NotPrincipal"], principal) else YES
    return YES if _named(statement.get("Principal"), principal) else NO


def _action_match(statement: dict[str, Any], action: str) -> int:
    if "NotAction" in statement:
        return NO if any(fnmatch.fnmatchcase(action, p) for p in _listed(statement["NotAction"])) else YES
    return YES if any(fnmatch.fnmatchcase(action, p) for p in _listed(statement.get("Action", []))) else NO


def _resource_pattern_match(pattern: str, bucket: str, on: Scope) -> int:
    """Does a resource pattern cover the bucket itself, or every one of its objects (YES),
    some of them only (MAYBE: a prefix, one object), or none?"""
    if on == "bucket":
        return YES if fnmatch.fnmatchcase(bucket, pattern) else NO
    probes = (f"{bucket}/any-object", f"{bucket}/a/deeper/object.jpg")
    if all(fnmatch.fnmatchcase(probe, pattern) for probe in probes):
        return YES
    return MAYBE if pattern.startswith(f"{bucket}/") else NO


def _resource_match(statement: dict[str, Any], bucket: str, on: Scope) -> int:
    if "NotResource" in statement:
        covered = max((_resource_pattern_match(p, bucket, on) for p in _listed(statement["NotResource"])), default=NO)
        return {YES: NO, NO: YES, MAYBE: MAYBE}[covered]
    return max((_resource_pattern_match(p, bucket, on) for p in _listed(statement.get("Resource", []))), default=NO)


def _match(statement: dict[str, Any], principal: Principal, action: str, bucket: str, on: Scope) -> int:
    found = min(_principal_match(statement, principal), _action_match(statement, action), _resource_match(statement, bucket, on))
    return min(found, MAYBE) if statement.get("Condition") and found else found


def evaluate(principal: Principal, bucket: Bucket, action: str, on: Scope) -> str:
    """ALLOWED, DENIED or CONDITIONAL: what Scaleway answers this principal for this action."""
    if principal.owner:
        return ALLOWED
    by_iam = principal.scw is not None and ("*" in principal.iam_actions or action in principal.iam_actions)
    if bucket.policy is None:
        granted = YES if by_iam else NO
    else:
        statements = bucket.policy.get("Statement", [])
        denied = max((_match(s, principal, action, bucket.name, on) for s in statements if s.get("Effect") == "Deny"), default=NO)
        if denied == YES:
            return DENIED
        granted = max((_match(s, principal, action, bucket.name, on) for s in statements if s.get("Effect") == "Allow"), default=NO)
        if principal.scw is not None and not by_iam:
            granted = NO
        if granted and denied == MAYBE:
            granted = MAYBE
    if granted == NO and bucket.acl in PUBLIC_ACLS and action in ("s3:GetObject", "s3:ListBucket"):
        granted = MAYBE
    return {YES: ALLOWED, MAYBE: CONDITIONAL, NO: DENIED}[granted]


def allowed(principal: Principal, bucket: Bucket, action: str, on: Scope) -> bool:
    """Enforcement's answer: what is not certainly allowed is refused."""
    return evaluate(principal, bucket, action, on) == ALLOWED


def capability(principal: Principal, bucket: Bucket, name: str) -> str:
    """ALLOWED when every action the capability needs is, DENIED when one is, else CONDITIONAL."""
    verdicts = {evaluate(principal, bucket, action, on) for action, on in CAPABILITIES[name]}
    return DENIED if DENIED in verdicts else CONDITIONAL if CONDITIONAL in verdicts else ALLOWED


def capabilities(principal: Principal, bucket: Bucket) -> tuple[str, ...]:
    """The capabilities certainly allowed."""
    return tuple(name for name in CAPABILITIES if capability(principal, bucket, name) == ALLOWED)


def matrix(principals: list[Principal], buckets: list[Bucket]) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(p.label, b.name): capabilities(p, b) for p in principals for b in buckets}


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
        table += "\n?: conditional, Scaleway may allow it (a Condition, a prefix of the objects, a public ACL): read the policy"
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
            principals.append(Principal(f"application {application['name']}", f"application_id:{app_id}", iam_actions(permission_sets)))
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


def report(sites: tuple[SiteConfig, ...]) -> str:
    """`make access`: the whole factory, as every site's keys live in one Scaleway project."""
    principals, buckets = from_synthesized(synthesized_stacks(sites), sites[0].project.operators)
    return render(principals, buckets)


# -- From what was applied ----------------------------------------------------------------------


def from_deployed(
    s3: Any, applications: dict[str, tuple[str, list[str]]], operators: tuple[str, ...], bucket_names: list[str]
) -> tuple[list[Principal], list[Bucket]]:
    """Principals and buckets as deployed: bucket policies read back from Object Storage,
    applications as IAM holds them (id -> name and the permission sets of its policies)."""
    buckets = [deployed_bucket(s3, name) for name in bucket_names]
    principals = [operator_principal(operator) for operator in operators]
    for app_id, (name, permission_sets) in sorted(applications.items(), key=lambda item: item[1][0]):
        principals.append(application_principal(app_id, name, permission_sets))
    return [*principals, ANONYMOUS_PRINCIPAL], buckets


def deployed_bucket(s3: Any, name: str) -> Bucket:
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


def application_principal(app_id: str, name: str, permission_sets: Iterable[str]) -> Principal:
    """An IAM application with the permission sets of every IAM policy bound to it."""
    return Principal(f"application {name}", f"application_id:{app_id}", iam_actions(permission_sets))
