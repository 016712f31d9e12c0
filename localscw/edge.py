"""Edge Services v1beta1 as the local Scaleway answers it: plans, pipelines, their
DNS/TLS/cache/backend stages, the head stage, purge requests; each behaviour names the
recording (`internal/services/edgeservices/testdata/`) or the SDK source it comes from.
`localscw.api` puts it behind HTTP."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable

from localscw.records import ApiError, Json, now, page

EDGE = "/edge-services/v1beta1"
STAGE_KINDS = ("dns", "tls", "cache", "backend")
BACKENDS = ("scaleway_s3", "scaleway_lb", "scaleway_serverless_container", "scaleway_serverless_function")
Route = tuple[str, re.Pattern[str], Callable[..., tuple[int, Json | None]]]
# Edge Services answers a bare message (edge-services-cache-basic: DELETE after delete).
EDGE_NOT_FOUND = ApiError(404, {"message": "Not Found"})


class EdgeServices:
    """Edge Services' records and rules, in memory, under the API's one lock."""

    organization_id: str

    def __init__(self) -> None:
        self.plans: dict[str, Json] = {}
        # What each plan includes, as `GET /plans` lists it (scaleway-sdk-go `PlanDetails`): set
        # by a test, the numbers its own (Scaleway's are on its pricing page, not in any recording).
        self.offers: list[Json] = []
        self.pipelines: dict[str, Json] = {}
        self.stages: dict[str, dict[str, Json]] = {kind: {} for kind in STAGE_KINDS}
        self.purges: dict[str, Json] = {}

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

    def list_offers(self) -> tuple[int, Json]:
        """SDK `ListPlans`: every plan and what it includes (`pipeline_limit` pipelines)."""
        return 200, {"total_count": len(self.offers), "plans": list(self.offers)}

    def billing(self, project_id: str) -> tuple[int, Json]:
        """SDK `GetBilling`: the project's plan (its details, as `ListPlans` gives them; null
        unsubscribed) and how many pipelines it runs (`pipeline_number`); costs not modelled."""
        name = self.plans.get(project_id, {}).get("plan_name")
        details = next((offer for offer in self.offers if offer["plan_name"] == name), None)
        if name and details is None:
            details = {"plan_name": name}
        count = sum(1 for pipeline in self.pipelines.values() if pipeline["project_id"] == project_id)
        return 200, {"current_plan": details, "pipeline_number": count}

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

    def list_pipelines(self, query: Json) -> tuple[int, Json]:
        """data-source-pipeline-by-name: by name and project, oldest first."""
        wanted = {k: query[k] for k in ("name", "project_id") if query.get(k)}
        pipelines = [self._pipeline_view(p) for p in self.pipelines.values() if all(p.get(k) == v for k, v in wanted.items())]
        return 200, page(sorted(pipelines, key=lambda pipeline: pipeline["created_at"]), query, "pipelines")

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

    def edge_routes(self) -> list[Route]:
        ID = r"([^/]+)"
        routes: list[Route] = []
        add = routes.append
        add(("PATCH", re.compile(f"{EDGE}/current-plan"), lambda m, q, b: self.set_plan(b)))
        add(("GET", re.compile(f"{EDGE}/current-plan/{ID}"), lambda m, q, b: self.get_plan(m[1])))
        add(("DELETE", re.compile(f"{EDGE}/current-plan/{ID}"), lambda m, q, b: self.delete_plan(m[1])))
        add(("GET", re.compile(f"{EDGE}/plans"), lambda m, q, b: self.list_offers()))
        add(("GET", re.compile(f"{EDGE}/billing/{ID}"), lambda m, q, b: self.billing(m[1])))
        add(("POST", re.compile(f"{EDGE}/pipelines"), lambda m, q, b: self.create_pipeline(b)))
        add(("GET", re.compile(f"{EDGE}/pipelines"), lambda m, q, b: self.list_pipelines(q)))
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

        return routes
