"""`make access`, what a reviewer reads before approving: who may do what on which bucket,
judged by `ops.access.rules` on the synthesized stacks of every site of the project (its
keys all live in one Scaleway project), a table for the state bucket, then one a site."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ops.access.rules import (
    ALLOWED,
    ANONYMOUS_PRINCIPAL,
    CONDITIONAL,
    DENIED,
    HOME_PROJECT,
    MEDIA_PROJECT,
    Bucket,
    Principal,
    Scope,
    application_principal,
    evaluate,
    operator_principal,
    role_principal,
)
from stacks.addresses import (
    APPLICATION,
    APPLICATION_POLICY,
    MEDIA_BUCKET,
    MEDIA_BUCKET_ACL,
    MEDIA_BUCKET_POLICY,
    MEDIA_PROJECT_LOOKUP,
    STATE_BUCKET,
    STATE_BUCKET_ACL,
    STATE_BUCKET_POLICY,
    Address,
)
from stacks.settings.model import BOOTSTRAP_STACK, SiteConfig

UNMANAGED = "Buckets no stack manages"
PROJECT_REFERENCES = {"${var.scw_project_id}": HOME_PROJECT, MEDIA_PROJECT_LOOKUP.ref(): MEDIA_PROJECT}
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


def from_synthesized(
    stacks: dict[str, dict[str, Any]], operators: tuple[str, ...], deployers: tuple[str, ...] = (), planners: tuple[str, ...] = ()
) -> tuple[list[Principal], list[Bucket]]:
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
            named = [PROJECT_REFERENCES.get(ref) for rule in rules for ref in rule.get("project_ids") or [None]]
            projects = None if None in named else frozenset(label for label in named if label)  # an unknown scope: anywhere
            principals.append(application_principal(app_id, application["name"], permission_sets, projects))
        policy = _resource(stack, policy_address)
        text = policy["policy"] if policy else None
        for reference, value in references.items():
            text = text.replace(reference, value) if text else text
        acl = (_resource(stack, acl_address) or {}).get("acl", "private")
        project = PROJECT_REFERENCES.get(bucket.get("project_id") or "${var.scw_project_id}")
        buckets.append(Bucket(bucket["name"], json.loads(text) if text else None, acl, project))
    everyone = [
        *(operator_principal(operator) for operator in operators),
        *(role_principal("deployer", deployer) for deployer in deployers),
        *(role_principal("planner", planner) for planner in planners),
    ]
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


def report(sites: tuple[SiteConfig, ...], only: tuple[str, ...] = (), unmanaged: list[Bucket] | None = None) -> str:
    """`make access`: every key of the project against the state bucket, then against each
    site's media buckets, a table a site so that it fits a terminal (`only`: these sites),
    then against the project's buckets no stack manages (`unmanaged`, read live; None when
    there is no key to read them with). Every site is synthesized: all their keys live in
    one Scaleway project."""
    project = sites[0].project
    principals, buckets = from_synthesized(
        synthesized_stacks(sites), project.operators, tuple(d.principal for d in project.deployers), project.planners
    )
    state, media = buckets[0], buckets[1:]
    tables = [f"The state bucket:\n{render(principals, [state])}"]
    for site in sites:
        if only and site.name not in only:
            continue
        own = [bucket for bucket in media if bucket.name in {site.media_bucket_name(env) for env in site.environments}]
        tables.append(f"{site.name}:\n{render(principals, own)}")
    if unmanaged is None:
        tables.append(f"{UNMANAGED}: not read (no env.d/scw).")
        return "\n\n".join(tables)
    for where in (HOME_PROJECT, MEDIA_PROJECT) if project.media_project else (HOME_PROJECT,):
        found = [bucket for bucket in unmanaged if bucket.project == where]
        title = f"{UNMANAGED}, in {where}" if project.media_project else UNMANAGED
        tables.append(f"{title}:\n{render(principals, found)}" if found else f"{title}: none.")
    return "\n\n".join(tables)
