"""The Scaleway API on 127.0.0.1, for what the provider and our commands call.

It answers IAM (applications, policies and their rules, API keys, users) and Edge Services
v1beta1 (plans, pipelines, DNS/TLS/cache/backend stages, the head stage, purge requests)
as the provider's recorded exchanges show the real API answering: each behaviour names the
cassette (`internal/services/<service>/testdata/<name>.cassette.yaml` of the provider's Go
module) or the provider or SDK source it comes from. `make conformance` replays those
cassettes against it.

Requests are authenticated as the SDK sends them (`X-Auth-Token: <secret key>`); an unknown
token gets 401 as the real API answers. Records live in memory, one lock for all.
"""

from __future__ import annotations

import json
import re
import secrets
import string
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from localscw.loopback import LoopbackServer, QuietHandler

Json = dict[str, Any]
IAM = "/iam/v1alpha1"
EDGE = "/edge-services/v1beta1"
STAGE_KINDS = ("dns", "tls", "cache", "backend")
BACKENDS = ("scaleway_s3", "scaleway_lb", "scaleway_serverless_container", "scaleway_serverless_function")


class ApiError(Exception):
    def __init__(self, status: int, body: Json):
        super().__init__(body.get("message"))
        self.status, self.body = status, body


def not_found(resource: str, resource_id: str) -> ApiError:
    """IAM's 404 (api-key-with-application: `GET /api-keys/{key}` after the delete)."""
    return ApiError(404, {"message": "resource is not found", "resource": resource, "resource_id": resource_id, "type": "not_found"})


# Edge Services answers a bare message (edge-services-cache-basic: DELETE after delete).
EDGE_NOT_FOUND = ApiError(404, {"message": "Not Found"})


def found(table: dict[str, Json], resource: str, resource_id: str) -> Json:
    """The record `resource_id` of `table`, or IAM's 404 naming it."""
    if resource_id not in table:
        raise not_found(resource, resource_id)
    return table[resource_id]


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def in_utc(stamp: str | None) -> str | None:
    """api-key-expires: an `expires_at` sent with an offset is stored, and answered, in UTC."""
    if not stamp:
        return stamp
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + (f".{moment.microsecond:06d}" if moment.microsecond else "") + "Z"


def access_key() -> str:
    """`SCW` and 17 upper-case letters or digits (api-key-with-application)."""
    return "SCW" + "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(17))


@dataclass
class Hold:
    """A request held until the test releases it: `reached` is set when it arrives."""

    method: str
    path: re.Pattern[str]
    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)


class ScalewayApi:
    """The records and the rules; `serve()` puts them behind HTTP on 127.0.0.1."""

    def __init__(self, organization_id: str):
        self.organization_id = organization_id
        self.lock = threading.RLock()
        self.users: dict[str, Json] = {}
        self.groups: dict[str, Json] = {}
        self.applications: dict[str, Json] = {}
        self.policies: dict[str, Json] = {}
        self.api_keys: dict[str, Json] = {}
        self.plans: dict[str, Json] = {}
        self.pipelines: dict[str, Json] = {}
        self.stages: dict[str, dict[str, Json]] = {kind: {} for kind in STAGE_KINDS}
        self.purges: dict[str, Json] = {}
        self.holds: list[Hold] = []
        self.requests: list[tuple[str, str]] = []
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., tuple[int, Json | None]]]] = []
        self._route_table()

    # -- Seeding and looking --------------------------------------------------------------

    def add_user(self, user_id: str, email: str) -> None:
        with self.lock:
            self.users[user_id] = self._user_record(user_id, {"email": email, "username": email})

    def _user_record(self, user_id: str, member: Json, tags: list[str] | None = None) -> Json:
        """data-source-user-basic: a member as IAM answers it."""
        stamp = now()
        return {
            "id": user_id,
            "email": member.get("email", ""),
            "username": member.get("username") or member.get("email", ""),
            "first_name": member.get("first_name", ""),
            "last_name": member.get("last_name", ""),
            "phone_number": member.get("phone_number", ""),
            "locale": member.get("locale") or "en_US",
            "created_at": stamp,
            "updated_at": stamp,
            "organization_id": self.organization_id,
            "deletable": True,
            "last_login_at": None,
            "type": "member",
            "two_factor_enabled": False,
            "status": "activated",
            "mfa": False,
            "account_root_user_id": "",
            "tags": tags or [],
            "locked": False,
        }

    def add_user_key(self, user_id: str, access: str, secret: str, project_id: str) -> None:
        """An operator's key, made in the console: not something Terraform creates."""
        with self.lock:
            self.api_keys[access] = self._key_record(access, secret, "", project_id, {"user_id": user_id}, None)

    def add_application(self, app_id: str, name: str) -> None:
        """An application made in the console (a CI deploy key's)."""
        with self.lock:
            stamp = now()
            self.applications[app_id] = {
                "id": app_id,
                "name": name,
                "description": "",
                "created_at": stamp,
                "updated_at": stamp,
                "organization_id": self.organization_id,
                "editable": True,
                "deletable": True,
                "managed": False,
                "nb_api_keys": 0,
                "tags": [],
            }

    def principal_of(self, access: str) -> str | None:
        """`user_id:<id>` or `application_id:<id>` owning this access key, None if unknown."""
        with self.lock:
            key = self.api_keys.get(access)
            if key is None:
                return None
            return f"application_id:{key['application_id']}" if key.get("application_id") else f"user_id:{key['user_id']}"

    def secret_of(self, access: str) -> str | None:
        with self.lock:
            key = self.api_keys.get(access)
            return key["_secret"] if key else None

    def permission_sets_of(self, principal: str) -> list[str]:
        """The permission sets of every policy bound to `user_id:<id>` or `application_id:<id>`."""
        kind, _, principal_id = principal.partition(":")
        with self.lock:
            return [
                name
                for policy in self.policies.values()
                if policy.get(kind) == principal_id
                for rule in policy["_rules"]
                for name in rule["permission_set_names"]
            ]

    def applications_with_permissions(self) -> dict[str, tuple[str, list[str]]]:
        """Each application's name and the permission sets of the policies bound to it."""
        with self.lock:
            return {app_id: (app["name"], self.permission_sets_of(f"application_id:{app_id}")) for app_id, app in self.applications.items()}

    def hold(self, method: str, path: str) -> Hold:
        """Hold the next request matching `method` and the `path` pattern until released."""
        gate = Hold(method, re.compile(path))
        with self.lock:
            self.holds.append(gate)
        return gate

    # -- IAM ----------------------------------------------------------------------------------

    def _key_record(self, access: str, secret: str, description: str, project_id: str, owner: Json, expires_at: str | None) -> Json:
        stamp = now()
        # api-key-with-application: every field, `secret_key` only in the creation's answer.
        return {
            "access_key": access,
            "secret_key": None,
            "description": description,
            "created_at": stamp,
            "updated_at": stamp,
            "expires_at": expires_at,
            "default_project_id": project_id,
            "editable": True,
            "deletable": True,
            "managed": False,
            "creation_ip": "127.0.0.1",
            **owner,
            "_secret": secret,
        }

    def create_application(self, body: Json) -> tuple[int, Json]:
        stamp = now()
        app = {
            "id": str(uuid.uuid4()),
            "name": body["name"],
            "description": body.get("description", ""),
            "created_at": stamp,
            "updated_at": stamp,
            "organization_id": body.get("organization_id") or self.organization_id,
            "editable": True,
            "deletable": True,
            "managed": False,
            "nb_api_keys": 0,
            "tags": body.get("tags") or [],
        }
        self.applications[app["id"]] = app
        return 200, app

    def _application(self, app_id: str) -> Json:
        return found(self.applications, "application", app_id)

    def get_application(self, app_id: str) -> tuple[int, Json]:
        app = dict(self._application(app_id))
        app["nb_api_keys"] = sum(1 for k in self.api_keys.values() if k.get("application_id") == app_id)
        return 200, app

    def update_application(self, app_id: str, body: Json) -> tuple[int, Json]:
        app = self._application(app_id)
        app.update({k: v for k, v in body.items() if k in ("name", "description", "tags")}, updated_at=now())
        return self.get_application(app_id)

    def delete_application(self, app_id: str) -> tuple[int, None]:
        self._application(app_id)
        del self.applications[app_id]
        # Deleting an application deletes its keys and leaves its policies without principal.
        for key in [k for k, v in self.api_keys.items() if v.get("application_id") == app_id]:
            del self.api_keys[key]
        return 204, None

    def create_api_key(self, body: Json) -> tuple[int, Json]:
        owner = {"application_id": body["application_id"]} if body.get("application_id") else {"user_id": body.get("user_id")}
        if body.get("application_id"):
            self._application(body["application_id"])
        access, secret = access_key(), str(uuid.uuid4())
        # api-key-with-application: no project named, the organization's default project
        # (whose id is the organization's) is the key's.
        project = body.get("default_project_id") or self.organization_id
        key = self._key_record(access, secret, body.get("description", ""), project, owner, in_utc(body.get("expires_at")))
        self.api_keys[access] = key
        return 200, {**self._public_key(key), "secret_key": secret}

    @staticmethod
    def _public_key(key: Json) -> Json:
        return {k: v for k, v in key.items() if not k.startswith("_")}

    def _api_key(self, access: str) -> Json:
        return found(self.api_keys, "access_key", access)

    def get_api_key(self, access: str) -> tuple[int, Json]:
        return 200, self._public_key(self._api_key(access))

    def update_api_key(self, access: str, body: Json) -> tuple[int, Json]:
        key = self._api_key(access)
        key.update({k: v for k, v in body.items() if k in ("description", "default_project_id")}, updated_at=now())
        return 200, self._public_key(key)

    def delete_api_key(self, access: str) -> tuple[int, None]:
        self._api_key(access)
        del self.api_keys[access]
        return 204, None

    def get_user(self, user_id: str) -> tuple[int, Json]:
        return 200, found(self.users, "user", user_id)

    def create_user(self, body: Json) -> tuple[int, Json]:
        user = self._user_record(str(uuid.uuid4()), body.get("member") or {}, body.get("tags"))
        self.users[user["id"]] = user
        return 200, user

    def delete_user(self, user_id: str) -> tuple[int, None]:
        found(self.users, "user", user_id)
        del self.users[user_id]
        return 204, None

    def list_users(self, query: Json) -> tuple[int, Json]:
        users = sorted(self.users.values(), key=lambda user: user["created_at"])
        return 200, {"users": users, "total_count": len(users)}

    def list_applications(self, query: Json) -> tuple[int, Json]:
        """data-source-application-basic: by name, oldest first."""
        name = query.get("name")
        apps = sorted((a for a in self.applications.values() if not name or a["name"] == name), key=lambda a: a["created_at"])
        return 200, {"applications": apps, "total_count": len(apps)}

    # -- Groups (policy-change-linked-entity) --------------------------------------------------

    def create_group(self, body: Json) -> tuple[int, Json]:
        stamp = now()
        group = {
            "id": str(uuid.uuid4()),
            "created_at": stamp,
            "updated_at": stamp,
            "organization_id": body.get("organization_id") or self.organization_id,
            "name": body["name"],
            "description": body.get("description", ""),
            "user_ids": [],
            "application_ids": [],
            "tags": body.get("tags") or [],
            "editable": True,
            "deletable": True,
            "managed": False,
        }
        self.groups[group["id"]] = group
        return 200, group

    def get_group(self, group_id: str) -> tuple[int, Json]:
        return 200, found(self.groups, "group", group_id)

    def set_group_members(self, group_id: str, body: Json) -> tuple[int, Json]:
        group = found(self.groups, "group", group_id)
        group.update(user_ids=body.get("user_ids") or [], application_ids=body.get("application_ids") or [])
        return 200, group

    def delete_group(self, group_id: str) -> tuple[int, None]:
        found(self.groups, "group", group_id)
        del self.groups[group_id]
        return 204, None

    # policy-basic / policy-change-permissions: a rule's scope type follows its permission
    # sets (IAMManager is organization-wide), not the scope the rule names.
    ORGANIZATION_SETS = ("IAM", "Billing", "Organization", "Audit", "Support", "Project")

    def _rules(self, rules: list[Json]) -> list[Json]:
        made = []
        for rule in rules or []:
            names = rule.get("permission_set_names") or []
            scope = (
                {"project_ids": rule["project_ids"]}
                if rule.get("project_ids")
                else {"organization_id": rule.get("organization_id") or self.organization_id}
            )
            kind = "organization" if any(name.startswith(self.ORGANIZATION_SETS) for name in names) else "projects"
            made.append(
                {
                    "id": str(uuid.uuid4()),
                    "permission_set_names": names,
                    "permission_sets_scope_type": kind,
                    "condition": rule.get("condition", ""),
                    **scope,
                }
            )
        return made

    def _policy_view(self, policy: Json) -> Json:
        rules = policy["_rules"]
        view = {k: v for k, v in policy.items() if not k.startswith("_")}
        # policy-basic: two rules on one organization count one scope.
        scopes = {json.dumps(r.get("project_ids") or r.get("organization_id"), sort_keys=True) for r in rules}
        view.update(nb_rules=len(rules), nb_scopes=len(scopes), nb_permission_sets=sum(len(r["permission_set_names"]) for r in rules))
        return view

    def create_policy(self, body: Json) -> tuple[int, Json]:
        stamp = now()
        principal = {key: body[key] for key in ("user_id", "group_id", "application_id") if body.get(key)}
        if "application_id" in principal:
            self._application(principal["application_id"])
        policy = {
            "id": str(uuid.uuid4()),
            "name": body["name"],
            "description": body.get("description", ""),
            "organization_id": body.get("organization_id") or self.organization_id,
            "created_at": stamp,
            "updated_at": stamp,
            "editable": True,
            "deletable": True,
            "managed": False,
            "tags": body.get("tags") or [],
            **(principal or {"no_principal": True}),
            "_rules": self._rules(body.get("rules") or []),
        }
        self.policies[policy["id"]] = policy
        # policy-basic: the creation's answer counts no rule yet.
        return 200, {**self._policy_view(policy), "nb_rules": 0, "nb_scopes": 0, "nb_permission_sets": 0}

    def _policy(self, policy_id: str) -> Json:
        return found(self.policies, "policy", policy_id)

    def get_policy(self, policy_id: str) -> tuple[int, Json]:
        return 200, self._policy_view(self._policy(policy_id))

    def update_policy(self, policy_id: str, body: Json) -> tuple[int, Json]:
        policy = self._policy(policy_id)
        for key in ("name", "description", "tags"):
            if key in body:
                policy[key] = body[key]
        principals = [key for key in ("user_id", "group_id", "application_id") if body.get(key)]
        if principals or body.get("no_principal"):
            for key in ("user_id", "group_id", "application_id", "no_principal"):
                policy.pop(key, None)
            policy.update({key: body[key] for key in principals} or {"no_principal": True})
        policy["updated_at"] = now()
        return self.get_policy(policy_id)

    def delete_policy(self, policy_id: str) -> tuple[int, None]:
        self._policy(policy_id)
        del self.policies[policy_id]
        return 204, None

    def list_rules(self, query: Json) -> tuple[int, Json]:
        rules = self._policy(query.get("policy_id", ""))["_rules"]
        return 200, {"rules": rules, "total_count": len(rules)}

    def set_rules(self, body: Json) -> tuple[int, Json]:
        policy = self._policy(body["policy_id"])
        policy["_rules"] = self._rules(body.get("rules") or [])
        return 200, {"rules": policy["_rules"]}

    # -- Edge Services --------------------------------------------------------------------------

    def set_plan(self, body: Json) -> tuple[int, Json]:
        """edge-services-plan-basic: PATCH /current-plan answers the plan's name alone."""
        self.plans[body["project_id"]] = {"plan_name": body["plan_name"]}
        return 200, self.plans[body["project_id"]]

    def get_plan(self, project_id: str) -> tuple[int, Json]:
        # An unsubscribed project reads as no plan, not 404 (scaleway-sdk-go: PlanName "unknown_name").
        return 200, self.plans.get(project_id, {"plan_name": "unknown_name"})

    def delete_plan(self, project_id: str) -> tuple[int, None]:
        self.plans.pop(project_id, None)
        return 204, None

    def create_pipeline(self, body: Json) -> tuple[int, Json]:
        """edge-services-pipeline-basic: a new pipeline is in `warning`, its head stage missing
        (edge-services-dns-wildcard, newer: the error names no stage, and VPC endpoints are listed)."""
        stamp = now()
        project_id = body.get("project_id") or ""
        pipeline = {
            "created_at": stamp,
            "description": body.get("description", ""),
            "errors": [],
            "id": str(uuid.uuid4()),
            "name": body["name"],
            "organization_id": self.organization_id,
            "project_id": project_id,
            "status": "warning",
            "updated_at": stamp,
            "vpc_endpoint_ids": [],
            "_head": None,
        }
        self.pipelines[pipeline["id"]] = pipeline
        return 200, self._pipeline_view(pipeline)

    def _pipeline(self, pipeline_id: str) -> Json:
        if pipeline_id not in self.pipelines:
            raise EDGE_NOT_FOUND
        return self.pipelines[pipeline_id]

    def _pipeline_view(self, pipeline: Json) -> Json:
        view = {k: v for k, v in pipeline.items() if not k.startswith("_")}
        if pipeline["_head"] is None:
            view["errors"] = [
                {
                    "code": "pipeline_missing_head_stage",
                    "message": "first (head) stage missing",
                    "severity": "critical",
                    "stage": "unknown_stage",
                    "type": "config",
                }
            ]
            view["status"] = "warning"
        else:
            view["errors"], view["status"] = [], "ready"
        return view

    def get_pipeline(self, pipeline_id: str) -> tuple[int, Json]:
        return 200, self._pipeline_view(self._pipeline(pipeline_id))

    def update_pipeline(self, pipeline_id: str, body: Json) -> tuple[int, Json]:
        pipeline = self._pipeline(pipeline_id)
        pipeline.update({k: v for k, v in body.items() if k in ("name", "description")}, updated_at=now())
        return self.get_pipeline(pipeline_id)

    def delete_pipeline(self, pipeline_id: str) -> tuple[int, None]:
        self._pipeline(pipeline_id)
        del self.pipelines[pipeline_id]
        for stages in self.stages.values():
            for stage_id in [s for s, stage in stages.items() if stage["pipeline_id"] == pipeline_id]:
                del stages[stage_id]
        return 204, None

    def set_head_stage(self, pipeline_id: str, body: Json) -> tuple[int, Json]:
        """SDK `SetHeadStage`: add, swap or remove; the answer names the head DNS stage."""
        pipeline = self._pipeline(pipeline_id)
        if body.get("add_new_head_stage"):
            pipeline["_head"] = body["add_new_head_stage"]["new_stage_id"]
        elif body.get("swap_head_stage"):
            pipeline["_head"] = body["swap_head_stage"]["new_stage_id"]
        elif body.get("remove_head_stage"):
            pipeline["_head"] = None
        return 200, {"head_stage": {"dns_stage_id": pipeline["_head"]}} if pipeline["_head"] else {"head_stage": None}

    def _stage_view(self, kind: str, stage: Json) -> Json:
        view = {k: v for k, v in stage.items() if not k.startswith("_")}
        if kind == "dns":
            # edge-services-dns-wildcard / -basic / data-source-dns-stage-by-id: `managed`
            # when it leads to a TLS stage, `custom` with domains and no TLS, `auto` without.
            view["type"] = "managed" if view.get("tls_stage_id") else ("custom" if view.get("fqdns") else "auto")
        return view

    NEXT_STAGE = ("dns_stage_id", "tls_stage_id", "cache_stage_id", "backend_stage_id", "waf_stage_id", "route_stage_id")

    def create_stage(self, kind: str, pipeline_id: str, body: Json) -> tuple[int, Json]:
        self._pipeline(pipeline_id)
        stamp = now()
        # edge-services-dns-wildcard (newer): every stage reads `inactive` while its pipeline has no head.
        stage = {"created_at": stamp, "id": str(uuid.uuid4()), "pipeline_id": pipeline_id, "updated_at": stamp, "status": "inactive"}
        stage.update({k: v for k, v in body.items() if k in self.NEXT_STAGE and v})
        stage.update(self._stage_fields(kind, body, {}))
        self.stages[kind][stage["id"]] = stage
        return 200, self._stage_view(kind, stage)

    @staticmethod
    def _stage_fields(kind: str, body: Json, current: Json) -> Json:
        if kind == "dns":
            # edge-services-dns-basic: `default_fqdn` is empty when the stage is made;
            # edge-services-dns-wildcard: private names, empty, and the wildcard as sent.
            return {
                "fqdns": body.get("fqdns") if body.get("fqdns") is not None else current.get("fqdns", []),
                "default_fqdn": current.get("default_fqdn", ""),
                "default_private_fqdn": current.get("default_private_fqdn", ""),
                "full_private": bool(current.get("full_private", False)),
                "wildcard_domain": bool(body.get("wildcard_domain", current.get("wildcard_domain", False))),
            }
        if kind == "tls":
            # edge-services-tls-basic: no expiry until a certificate is issued.
            return {
                "managed_certificate": bool(body.get("managed_certificate", current.get("managed_certificate", False))),
                "secrets": body.get("secrets") if body.get("secrets") is not None else current.get("secrets", []),
                "certificate_expires_at": current.get("certificate_expires_at"),
            }
        if kind == "cache":
            # edge-services-cache-basic: the TTL comes back as whole seconds ("3600s").
            ttl = body.get("fallback_ttl", current.get("fallback_ttl", "3600s"))
            seconds = float(str(ttl).rstrip("s"))
            return {
                "fallback_ttl": f"{seconds:g}s",
                "include_cookies": bool(body.get("include_cookies", current.get("include_cookies", False))),
            }
        if kind == "backend":
            # edge-services-backend-basic / -lb / -container / -function: the backend as sent,
            # a load balancer's missing domain name answered empty.
            for backend in BACKENDS:
                if body.get(backend):
                    found = json.loads(json.dumps(body[backend]))
                    for lb in found.get("lbs", []):
                        lb["domain_name"] = lb.get("domain_name") or ""
                    return {backend: found}
            return {backend: current[backend] for backend in BACKENDS if backend in current}
        return {}

    def _stage(self, kind: str, stage_id: str) -> Json:
        if stage_id not in self.stages[kind]:
            raise EDGE_NOT_FOUND
        return self.stages[kind][stage_id]

    def get_stage(self, kind: str, stage_id: str) -> tuple[int, Json]:
        return 200, self._stage_view(kind, self._stage(kind, stage_id))

    def update_stage(self, kind: str, stage_id: str, body: Json) -> tuple[int, Json]:
        stage = self._stage(kind, stage_id)
        for key in self.NEXT_STAGE:
            if body.get(key):
                for other in self.NEXT_STAGE:
                    stage.pop(other, None)
                stage[key] = body[key]
        stage.update(self._stage_fields(kind, body, stage), updated_at=now())
        return self.get_stage(kind, stage_id)

    def delete_stage(self, kind: str, stage_id: str) -> tuple[int, None]:
        self._stage(kind, stage_id)
        del self.stages[kind][stage_id]
        return 204, None

    def create_purge(self, body: Json) -> tuple[int, Json]:
        """SDK `CreatePurgeRequest`: a purge of the whole pipeline (`all`) or of `assets`."""
        self._pipeline(body.get("pipeline_id", ""))
        stamp = now()
        purge = {
            "id": str(uuid.uuid4()),
            "pipeline_id": body["pipeline_id"],
            "status": "done",
            "assets": body.get("assets"),
            "all": bool(body.get("all")),
            "created_at": stamp,
            "updated_at": stamp,
        }
        self.purges[purge["id"]] = purge
        return 200, purge

    # -- HTTP -------------------------------------------------------------------------------------

    def _route_table(self) -> None:
        ID = r"([^/]+)"
        add = self._routes.append
        add(("POST", re.compile(f"{IAM}/applications"), lambda m, q, b: self.create_application(b)))
        add(("GET", re.compile(f"{IAM}/applications/{ID}"), lambda m, q, b: self.get_application(m[1])))
        add(("PATCH", re.compile(f"{IAM}/applications/{ID}"), lambda m, q, b: self.update_application(m[1], b)))
        add(("DELETE", re.compile(f"{IAM}/applications/{ID}"), lambda m, q, b: self.delete_application(m[1])))
        add(("POST", re.compile(f"{IAM}/api-keys"), lambda m, q, b: self.create_api_key(b)))
        add(("GET", re.compile(f"{IAM}/api-keys/{ID}"), lambda m, q, b: self.get_api_key(m[1])))
        add(("PATCH", re.compile(f"{IAM}/api-keys/{ID}"), lambda m, q, b: self.update_api_key(m[1], b)))
        add(("DELETE", re.compile(f"{IAM}/api-keys/{ID}"), lambda m, q, b: self.delete_api_key(m[1])))
        add(("GET", re.compile(f"{IAM}/users/{ID}"), lambda m, q, b: self.get_user(m[1])))
        add(("DELETE", re.compile(f"{IAM}/users/{ID}"), lambda m, q, b: self.delete_user(m[1])))
        add(("POST", re.compile(f"{IAM}/users"), lambda m, q, b: self.create_user(b)))
        add(("GET", re.compile(f"{IAM}/users"), lambda m, q, b: self.list_users(q)))
        add(("GET", re.compile(f"{IAM}/applications"), lambda m, q, b: self.list_applications(q)))
        add(("POST", re.compile(f"{IAM}/groups"), lambda m, q, b: self.create_group(b)))
        add(("GET", re.compile(f"{IAM}/groups/{ID}"), lambda m, q, b: self.get_group(m[1])))
        add(("PUT", re.compile(f"{IAM}/groups/{ID}/members"), lambda m, q, b: self.set_group_members(m[1], b)))
        add(("DELETE", re.compile(f"{IAM}/groups/{ID}"), lambda m, q, b: self.delete_group(m[1])))
        add(("POST", re.compile(f"{IAM}/policies"), lambda m, q, b: self.create_policy(b)))
        add(("GET", re.compile(f"{IAM}/policies/{ID}"), lambda m, q, b: self.get_policy(m[1])))
        add(("PATCH", re.compile(f"{IAM}/policies/{ID}"), lambda m, q, b: self.update_policy(m[1], b)))
        add(("DELETE", re.compile(f"{IAM}/policies/{ID}"), lambda m, q, b: self.delete_policy(m[1])))
        add(("GET", re.compile(f"{IAM}/rules"), lambda m, q, b: self.list_rules(q)))
        add(("PUT", re.compile(f"{IAM}/rules"), lambda m, q, b: self.set_rules(b)))
        add(("PATCH", re.compile(f"{EDGE}/current-plan"), lambda m, q, b: self.set_plan(b)))
        add(("GET", re.compile(f"{EDGE}/current-plan/{ID}"), lambda m, q, b: self.get_plan(m[1])))
        add(("DELETE", re.compile(f"{EDGE}/current-plan/{ID}"), lambda m, q, b: self.delete_plan(m[1])))
        add(("POST", re.compile(f"{EDGE}/pipelines"), lambda m, q, b: self.create_pipeline(b)))
        add(("GET", re.compile(f"{EDGE}/pipelines/{ID}"), lambda m, q, b: self.get_pipeline(m[1])))
        add(("PATCH", re.compile(f"{EDGE}/pipelines/{ID}"), lambda m, q, b: self.update_pipeline(m[1], b)))
        add(("DELETE", re.compile(f"{EDGE}/pipelines/{ID}"), lambda m, q, b: self.delete_pipeline(m[1])))
        add(("POST", re.compile(f"{EDGE}/pipelines/{ID}/set-head-stage"), lambda m, q, b: self.set_head_stage(m[1], b)))
        add(("POST", re.compile(f"{EDGE}/purge-requests"), lambda m, q, b: self.create_purge(b)))
        for kind in STAGE_KINDS:
            add(("POST", re.compile(f"{EDGE}/pipelines/{ID}/{kind}-stages"), lambda m, q, b, k=kind: self.create_stage(k, m[1], b)))
            add(("GET", re.compile(f"{EDGE}/{kind}-stages/{ID}"), lambda m, q, b, k=kind: self.get_stage(k, m[1])))
            add(("PATCH", re.compile(f"{EDGE}/{kind}-stages/{ID}"), lambda m, q, b, k=kind: self.update_stage(k, m[1], b)))
            add(("DELETE", re.compile(f"{EDGE}/{kind}-stages/{ID}"), lambda m, q, b, k=kind: self.delete_stage(k, m[1])))

    def authenticated(self, token: str | None) -> bool:
        with self.lock:
            return any(key["_secret"] == token for key in self.api_keys.values())

    def handle(self, method: str, path: str, query: Json, body: Json, token: str | None) -> tuple[int, Json | None]:
        """One request: (status, JSON answer)."""
        for gate in list(self.holds):
            if gate.method == method and gate.path.fullmatch(path):
                with self.lock:
                    self.holds.remove(gate)
                gate.reached.set()
                gate.released.wait()
        if not self.authenticated(token):
            # The API's answer to a missing or unknown token.
            return 401, {
                "message": "authentication is denied",
                "method": "api_key",
                "reason": "invalid_argument",
                "type": "denied_authentication",
            }
        for route_method, pattern, action in self._routes:
            match = pattern.fullmatch(path)
            if match and route_method == method:
                with self.lock:
                    self.requests.append((method, path))
                    try:
                        return action(match, query, body)
                    except ApiError as error:
                        return error.status, error.body
        return 404, {"message": f"no route for {method} {path} in the local Scaleway API"}

    def serve(self) -> ApiServer:
        return ApiServer(self)


class ApiServer:
    """The API on a free port of 127.0.0.1, in threads of this process."""

    def __init__(self, api: ScalewayApi):
        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                path, _, query_text = self.path.partition("?")
                query = dict(part.partition("=")[::2] for part in query_text.split("&") if part)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    body = {}
                status, answer = api.handle(self.command, path, query, body, self.headers.get("X-Auth-Token"))
                if answer is None:
                    self.answer(status, [], b"")
                else:
                    self.answer(status, [("Content-Type", "application/json")], json.dumps(answer).encode())

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self.http = LoopbackServer(Handler)
        self.url = self.http.url

    def stop(self) -> None:
        self.http.stop()
