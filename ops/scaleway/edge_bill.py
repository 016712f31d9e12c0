"""The Edge Services bill in view: the project's pipelines against what its plan includes.

Every environment is a pipeline, and Scaleway bills each one beyond the number the
project's plan includes, without refusing it (docs, "Understanding Edge Services
pricing"): without this, nobody sees it before the invoice. The numbers are Scaleway's
own, read from its API each time rather than copied here, where they would go stale:
`GET /billing/{project_id}` gives the project's plan (its `pipeline_limit`) and the
pipelines it runs (`pipeline_number`), `GET /plans` what every plan includes
(scaleway-sdk-go, edge_services/v1beta1: GetBilling, ListPlans).

`make status` shows the count; `make site`, `make deploy` of a new environment and
`make rollout` warn, in one line, when a new pipeline goes beyond the plan.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ops.checkout import OperatorError
from ops.scaleway.account import media_project_id
from ops.scaleway.client import Scaleway
from ops.words import plural
from stacks.settings import PROJECT_FILE
from stacks.settings.model import ProjectConfig

EDGE = "/edge-services/v1beta1"
PRICING = "https://www.scaleway.com/en/docs/edge-services/reference-content/understanding-pricing/"


@dataclass(frozen=True)
class EdgePlan:
    """A plan Scaleway offers, and how many pipelines its monthly fee includes."""

    name: str
    pipelines: int


@dataclass(frozen=True)
class EdgeBill:
    """The project's plan (None: none subscribed), the pipelines it runs, and every plan."""

    plan: EdgePlan | None
    pipelines: int
    plans: tuple[EdgePlan, ...]  # fewest pipelines first

    @property
    def included(self) -> int:
        return self.plan.pipelines if self.plan else 0

    def beyond(self, adding: int = 0) -> int:
        """The pipelines billed beyond the plan, once `adding` more run."""
        return max(0, self.pipelines + adding - self.included)

    def covering(self, count: int) -> EdgePlan | None:
        """The plan with the fewest pipelines that includes `count`, if any does."""
        return next((plan for plan in self.plans if plan.pipelines >= count), None)

    def as_json(self) -> dict[str, Any]:
        return {
            "plan": self.plan.name if self.plan else None,
            "included": self.included,
            "pipelines": self.pipelines,
            "beyond": self.beyond(),
        }


def read_bill(scaleway: Scaleway, settings: ProjectConfig) -> EdgeBill:
    """The bill of the pipelines' project (the media project, when there is one), as
    Scaleway's API reads it."""
    billing = scaleway.call(f"{EDGE}/billing/{media_project_id(scaleway, settings)}") or {}
    offered = (scaleway.call(f"{EDGE}/plans") or {}).get("plans") or []
    plans = tuple(sorted((as_plan(offer) for offer in offered), key=lambda plan: (plan.pipelines, plan.name)))
    current = billing.get("current_plan") or {}
    name = current.get("plan_name")
    plan = as_plan(current) if name and name != "unknown_name" else None  # the SDK's name for none
    return EdgeBill(plan, int(billing.get("pipeline_number") or 0), plans)


def as_plan(details: Mapping[str, Any]) -> EdgePlan:
    return EdgePlan(str(details["plan_name"]), int(details.get("pipeline_limit") or 0))


def upgrade(bill: EdgeBill, count: int) -> str:
    """The plan that would include `count` pipelines, and how to subscribe it."""
    plan = bill.covering(count)
    if plan is None:
        return f"no plan includes {count}: {PRICING}"
    return f'the {plan.name} plan includes {plan.pipelines}: `edge_plan = "{plan.name}"` in sites/{PROJECT_FILE}, then `make bootstrap`'


def summary(bill: EdgeBill) -> str:
    """`make status`'s line: the pipelines against the plan."""
    if bill.plan is None:
        return f"Edge Services: {plural(bill.pipelines, 'pipeline')} and no plan subscribed: `make bootstrap` subscribes `edge_plan`."
    line = f"Edge Services: {plural(bill.pipelines, 'pipeline')}, the {bill.plan.name} plan includes {bill.included}"
    if not bill.beyond():
        return line + "."
    return f"{line}: {bill.beyond()} billed beyond it ({upgrade(bill, bill.pipelines)})."


def growth_warning(bill: EdgeBill, adding: int, what: str) -> str | None:
    """One line when `adding` new pipelines go beyond the plan, else None."""
    if adding <= 0 or not bill.beyond(adding):
        return None
    total = bill.pipelines + adding
    plan = f"the {bill.plan.name} plan's {bill.included} included" if bill.plan else "no plan subscribed"
    return (
        f"warning: {what} adds {plural(adding, 'Edge Services pipeline')}: {total} with {plan}, "
        f"{bill.beyond(adding)} billed beyond it ({upgrade(bill, total)})."
    )


def warn_growth(scaleway: Scaleway, settings: ProjectConfig, adding: int, what: str) -> None:
    """`growth_warning` on stderr; a bill that cannot be read is a note, never a refusal."""
    if adding <= 0:
        return
    try:
        line = growth_warning(read_bill(scaleway, settings), adding, what)
    except OperatorError as error:
        line = f"note: the Edge Services bill was not checked ({error})"
    if line:
        print(line, file=sys.stderr)
