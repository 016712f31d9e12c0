"""The factory as a whole, for real: two sites rolled out, one setting of one site changed,
and `make status`, `make rollout` and the pull request's matrix all naming exactly the
stacks it touches; then CI, from a fresh work copy holding nothing but its env.d/scw, adds
an operator to every policy with `make bootstrap` and `make rollout`. A local Scaleway of
this module's own: the factory is all it holds. The tests run in order and share it."""

import json
import shutil
import subprocess
import sys

import pytest

from localscw.harness import SITE, STATE_BUCKET, Harness, copy_project
from localscw.scaleway import CI_DEPLOY_KEY, OPERATOR
from stacks.settings import site_config_path
from tests.conftest import TIMINGS
from tests.e2e.conftest import missing_prerequisite, require

pytestmark = pytest.mark.e2e
SITES = ("alpha", "beta")
ALPHA = ("alpha/media-staging", "alpha/media-production")
# What each Edge Services plan includes, as `GET /plans` lists it: numbers of this test's own,
# small enough that the factory goes beyond its plan (the committed default, professional).
EDGE_OFFERS = [
    {"plan_name": name, "package_gb": 1000, "pipeline_limit": limit, "waf_requests": 0, "backend_limit": 1, "wildcard_domain": False}
    for name, limit in (("starter", 1), ("professional", 3), ("advanced", 10))
]
BEYOND_THE_PLAN = '(the advanced plan includes 10: `edge_plan = "advanced"` in sites/project.tfvars, then `make bootstrap`)'


@pytest.fixture(scope="module")
def factory(tmp_path_factory):
    require(missing_prerequisite())
    harness = Harness(tmp_path_factory.mktemp("factory")).start()
    harness.api.offers = EDGE_OFFERS
    shutil.rmtree(harness.checkout / "sites" / SITE)
    for site in SITES:
        harness.write_site(site)
    copy_project(harness.checkout, [".gitignore"])  # a clone's: no output, cache or secret committed
    origin = harness.folder / "origin.git"  # the factory's repository, main as CI checks it out
    git(harness, "init", "-q", "--bare", "-b", "main", str(origin))
    git(harness, "init", "-q", "-b", "main")
    (harness.checkout / ".git" / "info" / "exclude").write_text("node_modules\n.venv\n")  # the installs, linked here
    git(harness, "remote", "add", "origin", str(origin))
    commit(harness, "two sites")
    run = harness.ops("bootstrap", env={"RICHIE_SITE": SITES[0]})
    assert run.returncode == 0, run.output
    yield harness
    harness.stop()
    TIMINGS.extend(harness.timings)


def git(harness, *args):
    subprocess.run(["git", "-c", "user.name=ci", "-c", "user.email=ci@example.org", *args], cwd=harness.checkout, check=True)


def commit(harness, message):
    """Committed and pushed to main, as a merged pull request leaves it."""
    git(harness, "add", "-A")
    git(harness, "commit", "-q", "-m", message)
    git(harness, "push", "-q", "origin", "main")


UNREVIEWED = {"ALLOW_UNREVIEWED": "1"}  # settings written here and not committed, rolled out on purpose


def status(harness, *args):
    run = harness.ops("status", "--json", *args)
    assert run.returncode in (0, 1), run.output
    document = json.loads(run.output[run.output.index("{") :])
    return run.returncode, {f"{row['site']}/{row['stack']}" if row["site"] else row["stack"]: row for row in document["stacks"]}


def drifted(rows):
    return sorted(name for name, row in rows.items() if row["drift"] != "in sync")


def test_status_before_any_rollout_says_nothing_is_deployed(factory):
    code, rows = status(factory)
    assert code == 1
    assert rows["bootstrap"]["drift"] == "in sync"
    assert drifted(rows) == sorted(f"{site}/media-{env}" for site in SITES for env in ("staging", "production"))
    assert {row["drift"] for name, row in rows.items() if name != "bootstrap"} == {"not deployed"}, rows


def test_rollout_deploys_every_site_wave_by_wave_with_smoke_tests(factory):
    run = factory.ops("rollout")
    assert run.returncode == 0, run.output
    assert "--- plan of alpha/media-staging (staging)" in run.output  # each plan in full, before it is applied
    assert "# scaleway_object_bucket.media_bucket will be created" in run.output
    order = [line.removeprefix("--- ") for line in run.output.splitlines() if line.startswith("--- ") and "plan of" not in line]
    assert order == [
        "staging: applying alpha/media-staging",
        "staging: applying beta/media-staging",
        "smoke test of alpha/media-staging",
        "smoke test of beta/media-staging",
        "production: applying alpha/media-production",
        "production: applying beta/media-production",
        "smoke test of alpha/media-production",
        "smoke test of beta/media-production",
    ]
    assert run.output.count("django-storages round trip passed") == 4
    assert (  # said before the question, with the pipelines Scaleway counts
        "warning: this rollout (alpha/media-staging, beta/media-staging, alpha/media-production, beta/media-production) adds "
        f"4 Edge Services pipelines: 4 with the professional plan's 3 included, 1 billed beyond it {BEYOND_THE_PLAN}."
    ) in run.output
    assert not list(factory.checkout.rglob("rollout.tfplan")), "the saved plans hold secrets: none is left"
    code, rows = status(factory)
    assert code == 0 and drifted(rows) == []
    staging = rows["alpha/media-staging"]
    assert staging["deployed"] and staging["cdn_domain"].endswith(".svc.edge.scw.cloud")
    assert staging["api_key_expires"] > "2026"


def test_a_throwaway_environment_is_deployed_beside_the_settings(factory):
    run = factory.ops("deploy", "feature-x", env={"RICHIE_SITE": "beta"})
    assert run.returncode == 0, run.output
    assert (
        "warning: media-feature-x adds 1 Edge Services pipeline: 5 with the professional plan's 3 included, "
        f"2 billed beyond it {BEYOND_THE_PLAN}."
    ) in run.output
    again = factory.ops("deploy", "feature-x", env={"RICHIE_SITE": "beta"})
    assert again.returncode == 0 and "Edge Services pipeline" not in again.output, again.output  # its pipeline runs already


def test_one_setting_of_one_site_drifts_exactly_its_stacks(factory):
    path = site_config_path("alpha", factory.checkout / "sites")
    path.write_text(path.read_text() + "cache_ttl = 7200\n")
    commit(factory, "alpha: a longer CDN cache")
    code, rows = status(factory)
    assert code == 1
    assert drifted(rows) == sorted(ALPHA)
    assert list(rows)[-1] == "beta/media-feature-x"  # found in the state bucket, after its site's declared ones
    assert rows["beta/media-feature-x"]["deployed"] and rows["beta/media-feature-x"]["drift"] == "in sync"
    assert {rows[name]["drift"] for name in ALPHA} == {"changes pending"}
    table = factory.ops("status", env={"SITES": "alpha"})
    assert table.returncode == 1 and "beta" not in table.output and "changes pending" in table.output
    # The bill is the project's, whichever sites are shown: the pipelines Scaleway runs, against its plan.
    assert len(factory.api.pipelines) == 5
    assert f"Edge Services: 5 pipelines, the professional plan includes 3: 2 billed beyond it {BEYOND_THE_PLAN}." in table.output


def test_the_pull_request_matrix_picks_exactly_those_stacks(factory):
    run = factory.ops("matrix", "--base", "HEAD~1")
    assert run.returncode == 0, run.output
    assert [entry["name"] for entry in json.loads(run.output)["include"]] == list(ALPHA)


def test_a_pull_requests_plan_is_kept_as_text_without_secrets(factory, tmp_path):
    run = factory.ops("plan", "staging", "--out", str(tmp_path), env={"RICHIE_SITE": "alpha"})
    assert run.returncode == 0, run.output
    assert "### alpha/media-staging: changes pending" in run.output and "<details><summary>plan</summary>" in run.output
    [kept] = tmp_path.iterdir()
    assert kept.name == "alpha.media-staging.txt"
    text = kept.read_text()
    assert "Plan: 0 to add, 1 to change, 0 to destroy." in text
    state = json.loads(factory.s3.get_object(Bucket=STATE_BUCKET, Key="env:/staging/alpha.tfstate")["Body"].read())
    [key] = [r["instances"][0]["attributes"] for r in state["resources"] if r["type"] == "scaleway_iam_api_key"]
    assert key["secret_key"] not in text and key["secret_key"] not in run.output


def test_a_change_touching_every_stack_is_planned_in_one_job(factory, tmp_path):
    run = factory.ops("plan", "--every", "--out", str(tmp_path))
    assert run.returncode == 0, run.output
    kept = sorted(path.name for path in tmp_path.iterdir())
    declared = [f"{site}.media-{env}.txt" for site in SITES for env in ("staging", "production")]
    assert kept == sorted(["bootstrap.txt", *declared, "beta.media-feature-x.txt"])  # the throwaway environment too
    assert "### alpha/media-staging: changes pending" in run.output and "### beta/media-staging: in sync" in run.output


def test_a_broken_smoke_test_stops_the_rollout_before_production(factory):
    factory.read_only("staging-alpha-media")
    try:
        run = factory.ops("rollout")
    finally:
        factory.read_only("staging-alpha-media", on=False)
    assert run.returncode == 1, run.output
    assert "Rollout stopped in wave staging: the smoke test of alpha/media-staging failed" in run.output
    assert "make rollout FROM=staging" in run.output
    assert "production: applying" not in run.output
    _, rows = status(factory)
    assert drifted(rows) == ["alpha/media-production"]


def test_a_rerun_or_a_production_job_after_a_failed_smoke_never_reaches_production(factory):
    """Staging is in sync now, and its smoke test failed in the run before: a plain re-run
    (a new push) and the production job (`FROM=production`) both smoke it again first."""
    factory.read_only("staging-alpha-media")
    try:
        runs = [factory.ops("rollout"), factory.ops("rollout", "--from", "production")]
    finally:
        factory.read_only("staging-alpha-media", on=False)
    for run in runs:
        assert run.returncode == 1, run.output
        assert "the smoke test of alpha/media-staging (an earlier wave, as it runs now) failed" in run.output
        assert "production: applying" not in run.output
    recorded = json.loads(factory.s3.get_object(Bucket=STATE_BUCKET, Key="smoke-results/env:/staging/alpha.tfstate.json")["Body"].read())
    state = json.loads(factory.s3.get_object(Bucket=STATE_BUCKET, Key="env:/staging/alpha.tfstate")["Body"].read())
    assert (recorded["lineage"], recorded["serial"], recorded["passed"]) == (state["lineage"], state["serial"], False)


def test_production_waits_while_an_earlier_wave_drifts(factory):
    factory.write_site("beta", environment_settings={"staging": {"media_expiration": 3}})
    try:
        refused = factory.ops("rollout", "--from", "production")  # not committed: refused unless told
        run = factory.ops("rollout", "--from", "production", env=UNREVIEWED)
    finally:
        factory.write_site("beta")
    assert refused.returncode == 2, refused.output
    assert "refusing to roll out this checkout: it has changes git has not committed (1 path, e.g. sites/beta/" in refused.output
    assert run.returncode == 1, run.output
    assert "Rollout stopped in wave production: earlier waves left drift: beta/media-staging (changes pending)" in run.output
    assert "production: applying" not in run.output


def test_resuming_smokes_the_stopped_wave_then_finishes(factory):
    run = factory.ops("rollout", "--from", "staging")
    assert run.returncode == 0, run.output
    assert "smoke test of beta/media-staging" in run.output  # the whole wave, changed or not
    assert "production: applying alpha/media-production" in run.output
    code, rows = status(factory, "--sites", "alpha")
    assert code == 0 and sorted(rows) == sorted(ALPHA)


def test_production_applies_the_plans_approved_and_refuses_one_changed_since(factory, tmp_path):
    """CI's two jobs: the rollout before production records production's plans; after the
    approval, production applies them, and refuses a plan that changed in between."""
    approval = tmp_path / "approval.json"

    def production_ttl(seconds):  # alpha's committed settings (a site-wide TTL of 7200), production's own TTL
        factory.write_site(
            "alpha", cache_ttl=7200, environment_settings={"staging": {"media_expiration": 2}, "production": {"cache_ttl": seconds}}
        )

    def approval_plans():  # CI's second step, with the planner's key: production's plans recorded, nothing applied
        return factory.ops(
            "rollout", "--sites", "alpha", "--from", "production", "--before", "production", "--approval-out", str(approval), env=UNREVIEWED
        )

    production_ttl(3600)
    waves = factory.ops("rollout", "--sites", "alpha", "--from", "staging", "--before", "production", env=UNREVIEWED)
    assert waves.returncode == 0 and "production: applying" not in waves.output, waves.output
    before = approval_plans()
    assert before.returncode == 0, before.output
    assert "Production: 1 stack to apply once approved" in before.output and "--- plan of alpha/media-production" in before.output
    assert "applying" not in before.output, before.output
    assert list(json.loads(approval.read_text())) == ["alpha/media-production"]
    applied = factory.ops("rollout", "--sites", "alpha", "--from", "production", "--approved", str(approval), env=UNREVIEWED)
    assert applied.returncode == 0 and "production: applying alpha/media-production" in applied.output, applied.output
    production_ttl(600)
    assert approval_plans().returncode == 0
    production_ttl(900)  # pushed after the approval
    refused = factory.ops("rollout", "--sites", "alpha", "--from", "production", "--approved", str(approval), env=UNREVIEWED)
    assert refused.returncode == 2, refused.output
    assert "the plans of alpha/media-production differ from those approved" in refused.output and "applying" not in refused.output
    git(factory, "checkout", "-q", "--", "sites")  # main's settings again
    assert factory.ops("rollout", "--sites", "alpha").returncode == 0
    code, _ = status(factory, "--sites", "alpha")
    assert code == 0


def test_a_change_made_outside_terraform_is_drift_not_a_pending_change(factory):
    """Someone edits a bucket's tags in the console: `make status` says drifted, and what
    changed; a deploy puts it back."""
    factory.s3.put_bucket_tagging(Bucket="staging-beta-media", Tagging={"TagSet": [{"Key": "site", "Value": "edited"}]})
    code, rows = status(factory, "--sites", "beta")
    assert code == 1 and rows["beta/media-staging"]["drift"] == "drifted"
    detail = rows["beta/media-staging"]["detail"]
    assert detail.startswith("changed outside Terraform: ") and "scaleway_object_bucket.media_bucket" in detail.split(";")[0], detail
    assert rows["beta/media-production"]["drift"] == "in sync", rows["beta/media-production"]["detail"]
    run = factory.ops("deploy", "staging", env={"RICHIE_SITE": "beta"})
    assert run.returncode == 0, run.output
    code, rows = status(factory, "--sites", "beta")
    assert code == 0, rows


def test_ci_adds_an_operator_from_a_fresh_work_copy_with_bootstrap_and_rollout(factory):
    newcomer = "user_id:77777777-7777-4777-8777-777777777777"
    factory.api.add_user(newcomer.removeprefix("user_id:"), "newcomer@example.org")
    ci_key = factory.new_ci_key()
    checkout = factory.variant("ci")  # a clone: the committed files, and the CI key in env.d/scw
    factory.write_env_file(checkout, ci_key["access_key"], ci_key["secret_key"])
    factory.write_project(checkout, operators=[OPERATOR, CI_DEPLOY_KEY, newcomer])
    for command in (("bootstrap",), ("rollout",)):  # a copy, not a git checkout: told to roll out what it holds
        run = factory.ops(*command, checkout=checkout, env={"RICHIE_SITE": SITES[0], **UNREVIEWED})
        assert run.returncode == 0, run.output
    assert "Rollout done: 4 stacks applied in 2 waves." in run.output
    for bucket in [STATE_BUCKET, *(f"{env}-{site}-media" for site in SITES for env in ("staging", "production"))]:
        statements = json.loads(factory.s3.get_bucket_policy(Bucket=bucket)["Policy"])["Statement"]
        named = [statement["Principal"]["SCW"] for statement in statements if isinstance(statement["Principal"], dict)]
        assert any(newcomer in principals for principals in named), bucket


READ_STATES = """\
import json, sys
from ops.scaleway.state_bucket import StateBucket
from ops.stack.stack_state import read_outputs
bucket = StateBucket(sys.argv[1], "https://s3.fr-par.scw.cloud", "fr-par", False, sys.argv[2], sys.argv[3])
print(json.dumps({key: read_outputs(bucket, key) for key in sys.argv[4:]}))
"""


def test_every_state_the_run_leaves_is_read_by_the_state_reader_as_terraform_reads_it(factory, tmp_path):
    """What `make status` and every synthesis read from the state bucket (ops.stack.stack_state),
    against Terraform's own reading of the same state (`terraform show -json`)."""
    from localscw.scaleway import CREDENTIALS

    keys = [item["Key"] for item in factory.s3.list_objects_v2(Bucket=STATE_BUCKET)["Contents"] if item["Key"].endswith(".tfstate")]
    assert len(keys) >= 6, keys  # the bootstrap's, two sites' two environments, a feature environment
    ours = factory.timed(
        "read every state (ops.stack.stack_state)",
        [sys.executable, "-c", READ_STATES, STATE_BUCKET, CREDENTIALS["SCW_ACCESS_KEY"], CREDENTIALS["SCW_SECRET_KEY"], *keys],
        cwd=factory.checkout,
        capture_output=True,
    )
    assert ours.returncode == 0, ours.stderr
    read = json.loads(ours.stdout)
    initialized = next(factory.checkout.glob("cdktf.out/factory/*/stacks/media-staging"))  # a folder whose providers are installed
    for key in keys:
        state = tmp_path / key.replace("/", "_")
        state.write_bytes(factory.s3.get_object(Bucket=STATE_BUCKET, Key=key)["Body"].read())
        shown = factory.timed(
            f"terraform show {key}", ["terraform", f"-chdir={initialized}", "show", "-json", str(state)], cwd=tmp_path, capture_output=True
        )
        assert shown.returncode == 0, shown.stderr
        by_terraform = {name: output["value"] for name, output in json.loads(shown.stdout)["values"].get("outputs", {}).items()}
        assert read[key] == by_terraform, key
