"""`media_project`: bootstrap makes (or adopts) the project and each role's rights there; every
media stack puts its bucket, pipeline and key in it, found by name."""

import json

import pytest

from stacks.addresses import MEDIA_PROJECT, MEDIA_PROJECT_LOOKUP
from stacks.app import build_app
from stacks.bootstrap_stack import BootstrapStack
from stacks.settings.model import ConfigError
from tests.helpers import OPERATORS, first_deploy, fresh_app, only, resources, site_config, synth, synth_stacks

DEPLOYER = "application_id:bbbbbbbb-0000-4000-8000-000000000001"
PLANNER = "application_id:cccccccc-0000-4000-8000-000000000001"
PROJECT_ID = "dddddddd-0000-4000-8000-000000000001"
LOOKED_UP = MEDIA_PROJECT_LOOKUP.ref()
assert LOOKED_UP == "${data.scaleway_account_project.media_project.id}"


@pytest.fixture(scope="module")
def site():
    return site_config(media_project="acme-media", deployers={DEPLOYER: ["staging"]}, planners=[PLANNER])


@pytest.fixture(scope="module")
def stacks(site, outdir):
    return synth_stacks(build_app(site, fresh_app(outdir / "media-project"), inputs=first_deploy(site)))


def test_bootstrap_makes_the_project_and_puts_the_edge_plan_in_it(stacks):
    bootstrap = stacks["bootstrap"]
    project = only(bootstrap, "scaleway_account_project")
    assert project["name"] == "acme-media" and project["organization_id"] == "${var.scw_organization_id}"
    assert MEDIA_PROJECT.name in bootstrap["resource"]["scaleway_account_project"]
    assert only(bootstrap, "scaleway_edge_services_plan")["project_id"] == MEDIA_PROJECT.ref()
    assert bootstrap["output"]["media_project_id"]["value"] == MEDIA_PROJECT.ref()
    assert "import" not in bootstrap


def test_each_role_gets_its_rights_in_the_media_project_only(stacks):
    policies = resources(stacks["bootstrap"], "scaleway_iam_policy")
    by_principal = {policy.get("user_id") or policy.get("application_id"): policy for policy in policies.values()}
    assert sorted(by_principal) == sorted(p.partition(":")[2] for p in (*OPERATORS, DEPLOYER, PLANNER))
    in_project = {"project_ids": [MEDIA_PROJECT.ref()]}
    operator = by_principal[OPERATORS[0].partition(":")[2]]
    assert operator["rule"] == [{**in_project, "permission_set_names": ["ObjectStorageFullAccess", "EdgeServicesFullAccess"]}]
    assert by_principal[DEPLOYER.partition(":")[2]]["rule"] == operator["rule"]
    assert by_principal[PLANNER.partition(":")[2]]["rule"] == [
        {**in_project, "permission_set_names": ["ObjectStorageReadOnly", "EdgeServicesReadOnly"]},
        {"organization_id": "${var.scw_organization_id}", "permission_set_names": ["ProjectReadOnly"]},
    ]
    assert by_principal[OPERATORS[1].partition(":")[2]]["application_id"] == OPERATORS[1].partition(":")[2]


def test_every_media_resource_is_the_media_projects(stacks):
    staging = stacks["media-staging"]
    lookup = staging["data"]["scaleway_account_project"]["media_project"]
    assert (lookup["name"], lookup["organization_id"]) == ("acme-media", "${var.scw_organization_id}")
    for kind in (
        "scaleway_object_bucket",
        "scaleway_object_bucket_acl",
        "scaleway_object_bucket_policy",
        "scaleway_edge_services_pipeline",
    ):
        assert only(staging, kind)["project_id"] == LOOKED_UP, kind
    assert only(staging, "scaleway_iam_policy")["rule"][0]["project_ids"] == [LOOKED_UP]
    assert only(staging, "scaleway_iam_api_key")["default_project_id"] == LOOKED_UP  # django-storages' requests act there
    assert staging["output"]["media_project"]["value"] == "acme-media"  # what the next synthesis checks the setting against


def test_without_a_media_project_the_providers_project_holds_all(outdir):
    site = site_config()
    stacks = synth_stacks(build_app(site, fresh_app(outdir / "no-media-project"), inputs=first_deploy(site)))
    assert "scaleway_account_project" not in stacks["bootstrap"]["resource"]
    assert "project_id" not in only(stacks["bootstrap"], "scaleway_edge_services_plan")
    assert "data" not in stacks["media-staging"] and "media_project" not in stacks["media-staging"]["output"]
    assert "project_id" not in only(stacks["media-staging"], "scaleway_object_bucket")
    assert only(stacks["media-staging"], "scaleway_iam_api_key")["default_project_id"] == "${var.scw_project_id}"


def test_an_existing_project_is_adopted(outdir):
    project = site_config(media_project="acme-media", media_project_id=PROJECT_ID).project
    bootstrap = synth(BootstrapStack(fresh_app(outdir / "adopted"), project))
    assert bootstrap["import"] == [{"to": str(MEDIA_PROJECT), "id": PROJECT_ID}]
    assert json.dumps(bootstrap).count('"scaleway_account_project"') == 1


@pytest.mark.parametrize(
    ("settings", "said"),
    [
        ({"media_project_id": PROJECT_ID}, "media_project_id is set without media_project"),
        ({"media_project": "Acme Media"}, "is not a valid project name"),
        ({"media_project": "acme-media", "media_project_id": "acme"}, "is not a project id"),
        ({"media_project": "acme-media", "import_legacy_bootstrap": True}, "stay in env.d/scw's project"),
        ({"media_project": "acme-media", "legacy_state": True}, "legacy_state = true, but"),
    ],
)
def test_a_media_project_that_cannot_be_is_refused_in_one_line(settings, said):
    with pytest.raises(ConfigError, match=said) as refused:
        site_config(**settings)
    assert "\n" not in str(refused.value)
