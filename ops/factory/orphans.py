"""Resources named for the factory that no state holds: what a run killed between a create
and its state's write leaves, or a create retried after its answer was lost. They are
billed (a pipeline beyond the plan), and a second deploy trips over them (a bucket's name
is taken).

Named for the factory: for each site of the settings, the names its stacks give an
environment's resources (`stacks.settings.model.resource_names`), any environment; and the API
keys of those applications. Held: every id recorded by a state of the state bucket.

`make status` lists them; `make clean-orphans` deletes them after asking (a bucket only
when it holds nothing); `make adopt ENV=x` makes a bucket that holds media its
environment's again (`terraform import`).
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ops.checkout import OperatorError
from ops.context import Context
from ops.parallel import in_parallel
from ops.scaleway.account import media_requests_project
from ops.scaleway.client import Scaleway
from ops.scaleway.identity import IAM
from ops.scaleway.state_bucket import StateBucket
from ops.stack import terraform as tf
from ops.stack.around_apply import with_state_inputs
from ops.stack.recovery import confirm
from ops.stack.state_guard import state_keys
from ops.words import make_command, plural
from stacks.addresses import MEDIA_BUCKET
from stacks.settings.model import SiteConfig, resource_names

EDGE = "/edge-services/v1beta1"
SENTINEL = "\x00"


@dataclass(frozen=True)
class Orphan:
    """A resource named for an environment of a site that no state holds."""

    kind: str  # bucket, pipeline, application, policy, API key
    name: str
    id: str
    site: str
    environment: str
    objects: int = 0  # a bucket's objects and versions (0: it holds nothing)

    @property
    def deletable(self) -> bool:
        return self.kind != "bucket" or self.objects == 0

    def describe(self) -> str:
        held = (f", holds {plural(self.objects, 'object')}" if self.objects else ", empty") if self.kind == "bucket" else ""
        return f"{self.site}/{self.environment}: {self.kind} {self.name} ({self.id}{held})"


def name_patterns(sites: Iterable[SiteConfig]) -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Per kind, a pattern for each site of the names its stacks give (the environment as
    the group `env`); a site's name has no hyphen, so a name reads one way."""
    patterns: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for site in sites:
        for kind, name in resource_names(site.name, SENTINEL).items():
            before, after = name.split(SENTINEL)
            pattern = re.compile(re.escape(before) + r"(?P<env>[a-z0-9][a-z0-9-]*)" + re.escape(after))
            patterns.setdefault(kind, []).append((pattern, site.name))
    return patterns


def named_for(patterns: dict[str, list[tuple[re.Pattern[str], str]]], kind: str, name: str) -> tuple[str, str] | None:
    """(site, environment) whose stack gives a `kind` this name, or None."""
    for pattern, site in patterns.get(kind, []):
        found = pattern.fullmatch(name)
        if found:
            return site, found["env"]
    return None


def held_ids(bucket: StateBucket, keys: list[str], jobs: int) -> set[str]:
    """Every id the states at `keys` record, a region or zone prefix left out (a bucket's id
    is `<region>/<name>`: its name)."""

    def ids(key: str) -> set[str]:
        body = bucket.get(key)
        try:
            state = json.loads(body) if body else {}
        except ValueError:
            raise OperatorError(f"s3://{bucket.name}/{key} is not JSON: the orphan search cannot tell what it holds.") from None
        found = set()
        for resource in state.get("resources", []):
            for instance in resource.get("instances", []):
                identifier = (instance.get("attributes") or {}).get("id")
                if identifier:
                    found.add(str(identifier).rsplit("/", 1)[-1])
        return found

    return set().union(*in_parallel(ids, keys, jobs))


def bucket_names(bucket: StateBucket) -> list[str]:
    """Every bucket of the project in the region (S3 ListBuckets)."""
    scheme, _, host = bucket.endpoint.rstrip("/").partition("://")
    with bucket.send("GET", f"{scheme}://{host}/") as answer:
        root = ElementTree.fromstring(answer.read())
    return [element.text or "" for element in root.iter() if element.tag.rsplit("}", 1)[-1] == "Name"]


def objects_in(bucket: StateBucket, name: str) -> int:
    """How many objects and versions the bucket holds (one page's worth, enough to tell)."""
    with replace(bucket, name=name).send("GET", replace(bucket, name=name).url("") + "?versions&max-keys=100") as answer:
        root = ElementTree.fromstring(answer.read())
    return sum(1 for element in root if element.tag.rsplit("}", 1)[-1] in ("Version", "DeleteMarker"))


def find_orphans(ctx: Context, sites: Iterable[SiteConfig], jobs: int) -> list[Orphan]:
    """The resources named for `sites` that no state of the bucket holds."""
    scaleway = Scaleway(ctx.key)
    in_media = media_requests_project(scaleway, ctx.site.project)
    organization, project = ctx.key.organization_id, in_media or ctx.key.project_id
    bucket = StateBucket.of(ctx.site.project, ctx.key)
    held = held_ids(bucket, [key for key in state_keys(ctx.site.project, ctx.key) if key.endswith(".tfstate")], jobs)
    patterns = name_patterns(sites)
    orphans: list[Orphan] = []

    def add(kind: str, name: str, identifier: str, objects: int = 0) -> None:
        named = named_for(patterns, kind, name)
        if named and identifier not in held and name not in held:
            orphans.append(Orphan(kind, name, identifier, *named, objects=objects))

    media = replace(bucket, acting_in=in_media)  # the media buckets' project
    try:
        buckets = bucket_names(media)
    except (urllib.error.URLError, ElementTree.ParseError) as error:
        raise OperatorError(f"could not list the project's buckets: {getattr(error, 'reason', error)}") from None
    for name in buckets:
        if named_for(patterns, "bucket", name) and name not in held:
            add("bucket", name, f"{ctx.site.project.region}/{name}", objects_in(media, name))
    for pipeline in scaleway.list(f"{EDGE}/pipelines", "pipelines", project_id=project):
        add("pipeline", pipeline["name"], pipeline["id"])
    applications = scaleway.list(f"{IAM}/applications", "applications", organization_id=organization)
    factory_apps = {app["id"]: app for app in applications if named_for(patterns, "application", app["name"])}
    for app in factory_apps.values():
        add("application", app["name"], app["id"])
    for policy in scaleway.list(f"{IAM}/policies", "policies", organization_id=organization):
        add("policy", policy["name"], policy["id"])
    orphan_apps = {orphan.id for orphan in orphans if orphan.kind == "application"}
    for key in scaleway.list(f"{IAM}/api-keys", "api_keys", organization_id=organization, bearer_type="application"):
        owner = factory_apps.get(key.get("application_id") or "")
        if owner and owner["id"] not in orphan_apps and key["access_key"] not in held:  # an orphan application's keys go with it
            named = named_for(patterns, "application", owner["name"])
            assert named is not None
            orphans.append(Orphan("API key", f"of {owner['name']}", key["access_key"], *named))
    return sorted(orphans, key=lambda orphan: (orphan.site, orphan.environment, orphan.kind, orphan.name))


def orphans_report(orphans: list[Orphan]) -> str:
    """What `make status` says of them: each, and the commands that resolve them."""
    if not orphans:
        return ""
    lines = [
        f"{plural(len(orphans), 'resource')} named for the factory no state holds (a run killed between a create and its state's write):"
    ]
    lines += [f"  {orphan.describe()}" for orphan in orphans]
    if any(orphan.deletable for orphan in orphans):
        lines.append("`make clean-orphans` deletes them (a bucket only when empty), after asking.")
    for orphan in orphans:
        if not orphan.deletable:
            lines.append(
                f"{orphan.name} holds media: `{make_command(orphan.site, 'adopt', orphan.environment)}` makes it its environment's again."
            )
    return "\n".join(lines)


def delete(ctx: Context, orphan: Orphan) -> None:
    paths = {
        "pipeline": f"{EDGE}/pipelines/{orphan.id}",
        "policy": f"{IAM}/policies/{orphan.id}",
        "API key": f"{IAM}/api-keys/{orphan.id}",
        "application": f"{IAM}/applications/{orphan.id}",
    }
    if orphan.kind == "bucket":
        in_media = media_requests_project(Scaleway(ctx.key), ctx.site.project)
        bucket = replace(StateBucket.of(ctx.site.project, ctx.key), name=orphan.name, acting_in=in_media)
        try:
            with bucket.send("DELETE", bucket.url("")):
                pass
        except urllib.error.HTTPError as error:
            raise OperatorError(
                f"Object Storage refused to delete the bucket {orphan.name} ({error.code}): delete it from the console."
            ) from None
        return
    Scaleway(ctx.key).call(paths[orphan.kind], method="DELETE")


# The order that leaves nothing dangling: what points at an application before it.
DELETION_ORDER = ("policy", "API key", "application", "pipeline", "bucket")


def clean_orphans(ctx: Context, sites: Iterable[SiteConfig], jobs: int) -> int:
    """`make clean-orphans`: every orphan shown, `delete` asked for, then the deletable ones deleted."""
    orphans = find_orphans(ctx, sites, jobs)
    if not orphans:
        print("No resource named for the factory is left outside a state.", file=sys.stderr)
        return 0
    print(orphans_report(orphans), file=sys.stderr)
    deletable = sorted((o for o in orphans if o.deletable), key=lambda orphan: DELETION_ORDER.index(orphan.kind))
    if deletable:
        confirm_deletion(len(deletable))
        for orphan in deletable:
            delete(ctx, orphan)
            print(f"Deleted {orphan.describe()}.", file=sys.stderr)
    return 0 if len(deletable) == len(orphans) else 1


def confirm_deletion(count: int) -> None:
    try:
        answer = input(
            f"Delete these {plural(count, 'resource')}? Nothing refers to them (no state holds them). Type 'delete' to confirm: "
        )
    except EOFError:
        answer = ""
    if answer.strip() != "delete":
        raise OperatorError("not confirmed: nothing was deleted.")


def adopt(ctx: Context, jobs: int = 4) -> int:
    """`make adopt ENV=x`: the environment's bucket, found in no state, imported into its
    stack's (its media kept); the next deploy makes the rest."""
    env = ctx.env
    assert env is not None, "the bootstrap's bucket is adopted by `make bootstrap`"
    name = ctx.site.media_bucket_name(env)
    found = [orphan for orphan in find_orphans(ctx, [ctx.site], jobs) if orphan.kind == "bucket" and orphan.name == name]
    if not found:
        print(f"{name} is not an orphan: no bucket of that name outside a state.", file=sys.stderr)
        return 0
    confirm(ctx, f"Make {found[0].describe()} the bucket of {ctx.stack} again?")
    ctx = tf.prepared(with_state_inputs(ctx))
    result = tf.terraform(ctx, "import", "-input=false", tf.LOCK_WAIT, str(MEDIA_BUCKET), found[0].id, capture_output=True)
    if result.returncode != 0:
        raise OperatorError(f"`terraform import` of {name} into {ctx.stack} failed: {tf.error_line(result.stderr)}")
    print(
        f"{name} is {ctx.stack}'s bucket again; `{make_command(ctx.site.name, 'deploy', env.name)}` makes the rest.",
        file=sys.stderr,
    )
    return 0


def as_json(orphans: list[Orphan]) -> list[dict[str, Any]]:
    return [{**orphan.__dict__, "deletable": orphan.deletable} for orphan in orphans]
