"""Adopting sites deployed with the hand-written project, with their committed settings:
nothing is destroyed or rebuilt."""

import re
import shutil

import pytest

from localscw.harness import ACCOUNT, STATE_BUCKET
from ops.project import ROOT
from stacks.legacy import LEGACY_ADDRESSES

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module", params=["ademe", "funmooc"])
def legacy(bootstrapped, tmp_path_factory, request):
    """The `staging` workspace of a site of the hand-written project, applied as operators
    did, and a work copy holding that site's committed settings."""
    harness, site = bootstrapped, request.param
    run = harness.apply_legacy(site, tmp_path_factory.mktemp(f"legacy-{site}"))
    assert run.returncode == 0, run.output
    project = harness.variant(f"adopting-{site}")
    harness.write_project(project, import_legacy_bootstrap=True)
    shutil.copytree(ROOT / "sites" / site, project / "sites" / site)
    return harness, project, site


def ids(harness):
    """What IAM and Edge Services hold: API keys, pipelines, applications."""
    return {"api_keys": set(harness.api.api_keys), "pipelines": set(harness.api.pipelines), "applications": set(harness.api.applications)}


def test_first_plan_after_migration_destroys_and_creates_nothing(legacy):
    harness, project, site = legacy
    run = harness.ops("diff", "staging", project=project, env={"RICHIE_SITE": site}, label=f"diff adopted {site} staging")
    assert run.returncode == 0, run.output
    for new, old in ((str(new), old) for new, old in LEGACY_ADDRESSES.items()):
        assert f"{old} has moved to {new}" in run.output or f"(moved from {old})" in run.output, old
    assert "will no longer be managed by Terraform" in run.output  # the per-workspace Edge plan, forgotten
    summary = re.search(r"Plan: (\d+) to add, (\d+) to change, (\d+) to destroy", run.output)
    assert summary and summary.group(1) == "0" and summary.group(3) == "0", run.output
    assert "must be replaced" not in run.output and "will be destroyed" not in run.output


def test_deploying_the_adopted_site_keeps_every_resource(legacy):
    harness, project, site = legacy
    before = ids(harness)
    created = {b["Name"]: b["CreationDate"] for b in harness.s3.list_buckets()["Buckets"]}
    run = harness.ops("deploy", "staging", project=project, env={"RICHIE_SITE": site}, label=f"deploy adopted {site} staging")
    assert run.returncode == 0, run.output
    assert ids(harness) == before
    assert {b["Name"]: b["CreationDate"] for b in harness.s3.list_buckets()["Buckets"]}[f"staging-{site}-media"] == created[f"staging-{site}-media"]
    [(_, sets)] = [entry for entry in harness.api.applications_with_permissions().values() if entry[0] == f"staging-{site}"]
    assert "ObjectStorageFullAccess" not in sets
    assert harness.api.plans[ACCOUNT["TF_VAR_scw_project_id"]] == {"plan_name": "professional"}
    assert "No changes." in harness.ops("diff", "staging", project=project, env={"RICHIE_SITE": site}).output


def test_bootstrap_imports_the_existing_state_bucket_and_plan(legacy):
    harness, project, site = legacy
    run = harness.ops("bootstrap", project=project, env={"RICHIE_SITE": site}, label=f"bootstrap adopted by {site}")
    assert run.returncode == 0, run.output
    # The state bucket gains what the hand-written project never gave it: a policy and encryption.
    assert re.search(r"Apply complete! Resources: 3 imported, 2 added, \d+ changed, 0 destroyed", run.output), run.output
    assert "scaleway_object_bucket_acl.state_bucket_acl will be updated" not in run.output  # imported with its real id
    assert "must be replaced" not in run.output
    assert harness.s3.get_bucket_versioning(Bucket=STATE_BUCKET)["Status"] == "Enabled"
    plan = harness.terraform("plan", "-input=false", "-detailed-exitcode", cwd=harness.stack_dir("bootstrap", project), env=ACCOUNT)
    assert plan.returncode == 0 and "No changes." in plan.output, plan.output
