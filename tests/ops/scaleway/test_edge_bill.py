"""The Edge Services bill: the project's pipelines against its plan, as Scaleway's API
(the local one, answering as scaleway-sdk-go reads it) gives them; a warning in one line
when a new pipeline goes beyond what the plan includes."""

from dataclasses import replace

import pytest

from ops.checkout import OperatorError
from ops.scaleway import edge_bill
from ops.scaleway.client import Scaleway
from ops.scaleway.edge_bill import EdgeBill, EdgePlan
from tests.helpers import project_config
from tests.operator_api import ORGANIZATION, SECRET, served_api

PROJECT = "11111111-1111-4111-8111-111111111111"
OFFERS = [
    {"plan_name": name, "package_gb": 0, "pipeline_limit": limit, "waf_requests": 0, "backend_limit": 1, "wildcard_domain": False}
    for name, limit in (("advanced", 9), ("starter", 2), ("professional", 5))
]
STARTER, PROFESSIONAL, ADVANCED = EdgePlan("starter", 2), EdgePlan("professional", 5), EdgePlan("advanced", 9)
SETTINGS = project_config()  # no media project: env.d/scw's holds the pipelines


@pytest.fixture
def api():
    with served_api() as (local, url):
        local.offers = OFFERS
        environ = {
            "SCW_API_URL": url,
            "SCW_SECRET_KEY": SECRET,
            "TF_VAR_scw_project_id": PROJECT,
            "TF_VAR_scw_organization_id": ORGANIZATION,
        }
        yield local, Scaleway.of(environ)


def run_pipelines(local, count, project=PROJECT):
    for number in range(count):
        local.create_pipeline({"name": f"p{number}", "project_id": project})


def test_the_bill_is_the_projects_plan_its_pipelines_and_every_plan_fewest_first(api):
    local, environ = api
    local.set_plan({"project_id": PROJECT, "plan_name": "starter"})
    run_pipelines(local, 3)
    run_pipelines(local, 4, project="another-project")
    assert edge_bill.read_bill(environ, SETTINGS) == EdgeBill(STARTER, 3, (STARTER, PROFESSIONAL, ADVANCED))


def test_a_project_without_a_plan_reads_as_none(api):
    local, environ = api
    run_pipelines(local, 1)
    bill = edge_bill.read_bill(environ, SETTINGS)
    assert (bill.plan, bill.included, bill.beyond()) == (None, 0, 1)
    assert edge_bill.summary(bill) == "Edge Services: 1 pipeline and no plan subscribed: `make bootstrap` subscribes `edge_plan`."


def test_the_summary_counts_what_is_billed_beyond_the_plan_and_names_the_plan_that_covers_it():
    plans = (STARTER, PROFESSIONAL, ADVANCED)
    assert edge_bill.summary(EdgeBill(STARTER, 2, plans)) == "Edge Services: 2 pipelines, the starter plan includes 2."
    assert edge_bill.summary(EdgeBill(STARTER, 6, plans)) == (
        "Edge Services: 6 pipelines, the starter plan includes 2: 4 billed beyond it "
        '(the advanced plan includes 9: `edge_plan = "advanced"` in sites/project.tfvars, then `make bootstrap`).'
    )
    assert edge_bill.summary(EdgeBill(ADVANCED, 10, plans)).endswith(f"1 billed beyond it (no plan includes 10: {edge_bill.PRICING}).")


def test_a_new_pipeline_warns_only_beyond_the_plan():
    plans = (STARTER, PROFESSIONAL, ADVANCED)
    assert edge_bill.growth_warning(EdgeBill(STARTER, 1, plans), 1, "media-staging") is None  # the second of two included
    assert edge_bill.growth_warning(EdgeBill(STARTER, 2, plans), 0, "media-staging") is None
    assert edge_bill.growth_warning(EdgeBill(STARTER, 2, plans), 1, "media-feature-x") == (
        "warning: media-feature-x adds 1 Edge Services pipeline: 3 with the starter plan's 2 included, 1 billed beyond it "
        '(the professional plan includes 5: `edge_plan = "professional"` in sites/project.tfvars, then `make bootstrap`).'
    )
    assert edge_bill.growth_warning(EdgeBill(None, 0, plans), 3, "site acme").startswith(
        "warning: site acme adds 3 Edge Services pipelines: 3 with no plan subscribed, 3 billed beyond it (the professional plan"
    )


def test_the_warning_reads_the_bill_and_a_bill_it_cannot_read_is_a_note(api, capsys):
    local, environ = api
    local.set_plan({"project_id": PROJECT, "plan_name": "starter"})
    run_pipelines(local, 2)
    edge_bill.warn_growth(environ, SETTINGS, 1, "media-feature-x")
    assert capsys.readouterr().err.startswith("warning: media-feature-x adds 1 Edge Services pipeline: 3 with the starter plan's 2")
    edge_bill.warn_growth(environ, SETTINGS, 0, "media-staging")
    assert capsys.readouterr().err == ""
    edge_bill.warn_growth(Scaleway(replace(environ.key, secret_key="not-a-key")), SETTINGS, 1, "media-feature-x")
    assert capsys.readouterr().err.startswith("note: the Edge Services bill was not checked (Scaleway refused the key of env.d/scw (401)")


def test_the_plan_that_covers_a_count_includes_it_exactly_or_more():
    bill = EdgeBill(STARTER, 6, (STARTER, PROFESSIONAL, ADVANCED))
    assert (bill.covering(5), bill.covering(6), bill.covering(10)) == (PROFESSIONAL, ADVANCED, None)
    assert bill.as_json() == {"plan": "starter", "included": 2, "pipelines": 6, "beyond": 4}
    assert EdgeBill(None, 1, ()).as_json() == {"plan": None, "included": 0, "pipelines": 1, "beyond": 1}


def test_no_new_pipeline_is_no_warning_even_beyond_the_plan(api, capsys):
    local, scaleway = api
    local.set_plan({"project_id": PROJECT, "plan_name": "starter"})
    run_pipelines(local, 3)
    assert edge_bill.growth_warning(edge_bill.read_bill(scaleway, SETTINGS), 0, "media-staging") is None
    asked = len(local.requests)
    edge_bill.warn_growth(scaleway, SETTINGS, 0, "media-staging")
    assert capsys.readouterr().err == "" and len(local.requests) == asked  # not even asked


def test_the_sdks_name_for_no_plan_and_a_plan_no_listing_details_read_as_they_are(api):
    local, scaleway = api
    local.plans[PROJECT] = {"plan_name": "unknown_name"}  # as scaleway-sdk-go names none
    assert edge_bill.read_bill(scaleway, SETTINGS).plan is None
    local.offers = []  # the project's plan, which the listing does not detail: nothing known included
    local.set_plan({"project_id": PROJECT, "plan_name": "advanced"})
    assert edge_bill.read_bill(scaleway, SETTINGS) == EdgeBill(EdgePlan("advanced", 0), 0, ())


def test_with_a_media_project_the_bill_is_its_own(api):
    local, scaleway = api
    _, media = local.create_project({"name": "acme-media", "organization_id": ORGANIZATION})
    local.set_plan({"project_id": media["id"], "plan_name": "professional"})
    run_pipelines(local, 4, project=media["id"])
    run_pipelines(local, 1)  # env.d/scw's project's: not the factory's
    assert edge_bill.read_bill(scaleway, project_config(media_project="acme-media")) == EdgeBill(
        PROFESSIONAL, 4, (STARTER, PROFESSIONAL, ADVANCED)
    )


def test_a_media_project_not_made_yet_is_one_line(api, capsys):
    _, scaleway = api
    with pytest.raises(
        OperatorError,
        match=r"the media project acme-media \(sites/project.tfvars: media_project\) does not exist yet: run `make bootstrap` first",
    ):
        edge_bill.read_bill(scaleway, project_config(media_project="acme-media"))
    edge_bill.warn_growth(scaleway, project_config(media_project="acme-media"), 1, "media-staging")
    assert capsys.readouterr().err.startswith("note: the Edge Services bill was not checked (the media project acme-media")
