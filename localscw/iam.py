"""IAM as the local Scaleway answers it: users, groups, applications, policies and their
rules, API keys; each behaviour names the recording (`internal/services/iam/testdata/`) it
comes from. `localscw.api` puts it behind HTTP."""

from __future__ import annotations

import json
import re
import secrets
import string
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from localscw.records import ApiError, Json, now, page

IAM = "/iam/v1alpha1"
Route = tuple[str, re.Pattern[str], Callable[..., tuple[int, Json | None]]]


def not_found(resource: str, resource_id: str) -> ApiError:
    """IAM's 404 (api-key-with-application: `GET /api-keys/{key}` after the delete)."""
    return ApiError(404, {"message": "resource is not found", "resource": resource, "resource_id": resource_id, "type": "not_found"})


def found(table: dict[str, Json], resource: str, resource_id: str) -> Json:
    """The record `resource_id` of `table`, or IAM's 404 naming it."""
    if resource_id not in table:
        raise not_found(resource, resource_id)
    return table[resource_id]


def in_utc(stamp: str | None) -> str | None:
    """api-key-expires: an `expires_at` sent with an offset is stored, and answered, in UTC."""
    if not stamp:
        return stamp
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + (f".{moment.microsecond:06d}" if moment.microsecond else "") + "Z"


def access_key() -> str:
    """`SCW` and 17 upper-case letters or digits (api-key-with-application)."""
    return "SCW" + "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(17))


class Iam:
    """IAM's records and rules, in memory, under the API's one lock."""

    organization_id: str
    lock: threading.RLock

    def __init__(self) -> None:
        self.users: dict[str, Json] = {}
        self.groups: dict[str, Json] = {}
        self.applications: dict[str, Json] = {}
        self.policies: dict[str, Json] = {}
        self.api_keys: dict[str, Json] = {}

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

    def permission_sets_of(self, principal: str, project: str | None = None) -> list[str]:
        """The permission sets of every policy bound to `user_id:<id>` or `application_id:<id>`:
        in `project` only when given, that is from the rules naming it or scoped to the whole
        organization ("Using IAM API keys with Object Storage": a key acts in a project only
        with a policy giving it rights there)."""
        kind, _, principal_id = principal.partition(":")
        with self.lock:
            return [
                name
                for policy in self.policies.values()
                if policy.get(kind) == principal_id
                for rule in policy["_rules"]
                if project is None or project in (rule.get("project_ids") or []) or rule.get("organization_id") == self.organization_id
                for name in rule["permission_set_names"]
            ]

    def applications_with_permissions(self) -> dict[str, tuple[str, list[str]]]:
        """Each application's name and the permission sets of the policies bound to it."""
        with self.lock:
            return {app_id: (app["name"], self.permission_sets_of(f"application_id:{app_id}")) for app_id, app in self.applications.items()}

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
        """data-source-application-basic: by name (and organization), oldest first."""
        wanted = {k: query[k] for k in ("name", "organization_id") if query.get(k)}
        apps = sorted(
            (a for a in self.applications.values() if all(a.get(k) == v for k, v in wanted.items())), key=lambda a: a["created_at"]
        )
        return 200, page(apps, query, "applications")

    def list_api_keys(self, query: Json) -> tuple[int, Json]:
        """iam-api-key-*: a principal's keys (`application_id`, `user_id`), oldest first, no secret."""
        wanted = {k: query[k] for k in ("application_id", "user_id") if query.get(k)}
        keys = [self._public_key(key) for key in self.api_keys.values() if all(key.get(k) == v for k, v in wanted.items())]
        return 200, page(sorted(keys, key=lambda key: key["created_at"]), query, "api_keys")

    def list_policies(self, query: Json) -> tuple[int, Json]:
        """data-source-policy: by name (`policy_name`) and organization, by name ascending."""
        wanted = {"name": query.get("policy_name"), "organization_id": query.get("organization_id")}
        policies = [self._policy_view(p) for p in self.policies.values() if all(p.get(k) == v for k, v in wanted.items() if v)]
        return 200, page(sorted(policies, key=lambda policy: policy["name"]), query, "policies")

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

    def iam_routes(self) -> list[Route]:
        ID = r"([^/]+)"
        routes: list[Route] = []
        add = routes.append
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
        add(("GET", re.compile(f"{IAM}/api-keys"), lambda m, q, b: self.list_api_keys(q)))
        add(("GET", re.compile(f"{IAM}/policies"), lambda m, q, b: self.list_policies(q)))
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
        return routes
