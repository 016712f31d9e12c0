import json

import pytest

from stacks.addresses import (
    API_KEY,
    APPLICATION,
    CDN_DNS_STAGE,
    CDN_PIPELINE,
    MEDIA_BUCKET,
)
from stacks.app import build_app
from stacks.contract import StateInputs
from tests.helpers import first_deploy, fresh_app, only, site_config, synth_stacks


@pytest.fixture
def staging(demo_stacks):
    return demo_stacks["media-staging"]


def test_one_stack_per_environment(demo_stacks):
    assert sorted(demo_stacks) == ["bootstrap", "media-preprod", "media-production", "media-staging"]


def test_each_environment_has_its_own_bucket_and_state_key(demo_stacks):
    media = {name: stack for name, stack in demo_stacks.items() if name.startswith("media-")}
    keys = {stack["terraform"]["backend"]["s3"]["key"] for stack in media.values()}
    buckets = {only(stack, "scaleway_object_bucket")["name"] for stack in media.values()}
    # demo was deployed by the hand-written project: its environments keep its workspace keys.
    assert keys == {"env:/staging/demo.tfstate", "env:/preprod/demo.tfstate", "env:/production/demo.tfstate"}
    assert buckets == {"staging-demo-media", "preprod-demo-media", "production-demo-media"}


def test_provider_holds_no_credentials(staging):
    [provider] = staging["provider"]["scaleway"]
    assert provider == {
        "region": "fr-par",
        "zone": "fr-par-1",
        "project_id": "${var.scw_project_id}",
        "organization_id": "${var.scw_organization_id}",
    }


def test_ids_are_terraform_variables_set_from_env_d(staging):
    ids = {name: v for name, v in staging["variable"].items() if name != "api_key_slots"}
    assert set(ids) == {"scw_project_id", "scw_organization_id"}
    assert all(v["type"] == "string" and "default" not in v for v in ids.values())


def test_edge_service_domain_never_relies_on_the_apis_name_alone(staging):
    domain = staging["output"]["edge_service_domain"]["value"]
    assert domain.startswith(f"${{coalesce({CDN_DNS_STAGE.expr('default_fqdn')}, ")
    assert domain.endswith(f'format("%s.svc.edge.scw.cloud", {CDN_PIPELINE.expr()}))}}')


def test_key_and_secret_outputs_are_sensitive(staging):
    outputs = staging["output"]
    newest = f"{API_KEY}[tostring(max([for slot in var.api_key_slots : tonumber(slot)]...))]"
    assert outputs["iam_access_key"] == {
        "description": "DJANGO_AWS_ACCESS_KEY_ID",
        "sensitive": True,
        "value": f"${{{newest}.access_key}}",
    }
    assert outputs["iam_access_secret"]["sensitive"] is True
    assert outputs["iam_access_secret"]["value"] == f"${{{newest}.secret_key}}"


def test_one_key_per_slot_each_expiring_a_lifetime_after_it_is_made(outdir):
    site = site_config(api_key_lifetime_days=90)
    stack = synth_stacks(build_app(site, fresh_app(outdir / "lifetime"), inputs=first_deploy(site)))["media-staging"]
    key = only(stack, API_KEY.type)
    assert key["for_each"] == "${toset(var.api_key_slots)}"
    assert key["expires_at"] == '${timeadd(plantimestamp(), "2160h")}'
    assert key["lifecycle"] == {"ignore_changes": ["expires_at"]}  # set once: a later plan keeps the key
    slots = stack["variable"]["api_key_slots"]
    assert (slots["type"], slots["default"], slots["nullable"]) == ("list(string)", ["1"], False)
    assert stack["output"]["api_key_slots"]["value"] == "${var.api_key_slots}"
    assert stack["output"]["api_keys_expire_at"]["value"] == f"${{{{for slot, key in {API_KEY} : slot => key.expires_at}}}}"


def test_storage_outputs_give_django_its_bucket(staging):
    outputs = staging["output"]
    # A reference, not the name: Django's settings wait for the bucket to exist.
    assert outputs["bucket_name"]["value"] == MEDIA_BUCKET.ref("name")
    assert outputs["bucket_region"]["value"] == "fr-par"
    assert outputs["s3_endpoint_url"]["value"] == "https://s3.fr-par.scw.cloud"
    assert not any(o.get("sensitive") for k, o in outputs.items() if k not in ("iam_access_key", "iam_access_secret"))


def test_bucket_policy_names_the_stacks_application_and_the_projects_operators(staging, demo_site):
    policy = only(staging, "scaleway_object_bucket_policy")["policy"]
    assert f"application_id:{APPLICATION.ref()}" in policy
    assert all(operator in policy for operator in demo_site.project.operators)
    assert "${var." not in policy


STAGING_DEPLOYER = "application_id:aaaaaaaa-0000-4000-8000-0000000000d1"
PRODUCTION_DEPLOYER = "application_id:aaaaaaaa-0000-4000-8000-0000000000d2"
PLANNER = "application_id:aaaaaaaa-0000-4000-8000-0000000000e1"


def test_each_bucket_names_its_environments_deployers_only_and_the_planners(outdir):
    site = site_config(deployers={STAGING_DEPLOYER: ["staging", "preprod"], PRODUCTION_DEPLOYER: ["production"]}, planners=[PLANNER])
    stacks = synth_stacks(build_app(site, fresh_app(outdir / "roles"), inputs=first_deploy(site)))
    for stack, deployer in (
        ("media-staging", STAGING_DEPLOYER),
        ("media-preprod", STAGING_DEPLOYER),
        ("media-production", PRODUCTION_DEPLOYER),
    ):
        statements = {s["Sid"]: s for s in json.loads(only(stacks[stack], "scaleway_object_bucket_policy")["policy"])["Statement"]}
        assert statements["DeployersFullAccess"]["Principal"] == {"SCW": [deployer]}, stack
        assert statements["PlannersRead"]["Principal"] == {"SCW": [PLANNER]}, stack
        other = PRODUCTION_DEPLOYER if deployer == STAGING_DEPLOYER else STAGING_DEPLOYER
        assert other not in json.dumps(statements), stack


def test_environment_stacks_never_hold_the_edge_plan(demo_stacks):
    for name, stack in demo_stacks.items():
        if name.startswith("media-"):
            assert "scaleway_edge_services_plan" not in stack["resource"], name


@pytest.fixture(scope="module")
def custom_domain_stack(outdir):
    from stacks.media_stack import MediaStack
    from tests.helpers import fresh_app, site_config, synth

    site = site_config(environment_settings={"production": {"custom_domain": "media.example.org"}})
    return synth(MediaStack(fresh_app(outdir), site, site.environment("production"), StateInputs()))


def test_a_custom_domain_is_served_once_attached_and_its_record_is_given(custom_domain_stack):
    outputs = custom_domain_stack["output"]
    assert outputs["edge_service_domain"]["value"].startswith('${var.custom_domain_ready ? "media.example.org" : ')
    assert outputs["custom_domain_record"]["value"] == (
        f'media.example.org. CNAME ${{format("%s.svc.edge.scw.cloud", {CDN_PIPELINE.expr()})}}.'
    )
    assert outputs["custom_domain_attached"]["value"] == "${var.custom_domain_ready}"


def test_without_custom_domain_there_is_no_cname_output(staging):
    assert not {"custom_domain_record", "custom_domain_attached"} & set(staging["output"])
    assert "custom_domain_ready" not in staging["variable"]


def test_pipeline_id_is_an_output_for_cache_purges(staging):
    assert staging["output"]["cdn_pipeline_id"]["value"] == CDN_PIPELINE.ref()


def test_only_production_media_are_protected_in_the_demo(demo_stacks):
    for name in ("media-staging", "media-preprod"):
        assert "lifecycle" not in only(demo_stacks[name], "scaleway_object_bucket")
    assert only(demo_stacks["media-production"], "scaleway_object_bucket")["lifecycle"] == {"prevent_destroy": True}
