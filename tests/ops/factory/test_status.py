"""`make status`: one row per stack, a verdict CI can alarm on."""

import json
from datetime import UTC, datetime, timedelta

from ops.checkout import OperatorError
from ops.context import Context
from ops.factory import status
from ops.factory.fleet import Plan, Undeclared
from ops.factory.orphans import Orphan
from ops.scaleway.edge_bill import EdgeBill, EdgePlan
from tests.helpers import site_config

NOW = datetime(2026, 11, 30, tzinfo=UTC)


def found(drift="in sync", summary="No changes.", env="staging", outputs=None, **settings):
    site = site_config(**settings)
    ctx = Context(site=site, env=site.environment(env) if env else None, environ={})
    return Plan(ctx, drift, summary, outputs if outputs is not None else {})


DEPLOYED = {
    "edge_service_domain": "0f1e.svc.edge.scw.cloud",
    "api_keys_expire_at": {"1": "2027-11-30T07:00:00Z", "2": "2026-12-10T07:00:00Z"},
    "custom_domain_attached": False,
}


def test_a_row_says_what_is_deployed_where_django_reads_it_and_which_key_expires_first():
    row = status.status_of(found(outputs=DEPLOYED))
    assert (row.site, row.environment, row.stack, row.deployed, row.drift) == ("demo", "staging", "media-staging", True, "in sync")
    assert (row.cdn_domain, row.api_key_expires, row.custom_domain_step) == ("0f1e.svc.edge.scw.cloud", "2026-12-10", None)


def test_the_custom_domains_step():
    subdomain = {"environment_settings": {"staging": {"custom_domain": "media.example.org"}}}
    waiting = status.status_of(found(outputs=DEPLOYED, **subdomain))
    assert (waiting.custom_domain, waiting.custom_domain_step) == ("media.example.org", "waiting for its CNAME")
    attached = status.status_of(found(outputs={**DEPLOYED, "custom_domain_attached": True}, **subdomain))
    assert attached.custom_domain_step == "attached"
    apex = {"environment_settings": {"staging": {"custom_domain": "example.org"}}}
    assert status.status_of(found(outputs=DEPLOYED, **apex)).custom_domain_step == "waiting for its ALIAS"
    assert status.status_of(found(drift="not deployed", **subdomain)).custom_domain_step is None


def test_the_table_flags_a_key_to_rotate_and_details_what_differs():
    rows = [
        status.status_of(found(env=None, outputs={"state_bucket_name": "s"})),
        status.status_of(found(outputs=DEPLOYED)),
        status.status_of(found("changes pending", "Plan: 0 to add, 1 to change, 0 to destroy.", "production", DEPLOYED)),
    ]
    text = status.table(rows, NOW)
    lines = text.splitlines()
    assert lines[0].split() == ["site", "environment", "deployed", "drift", "CDN", "domain", "custom", "domain", "API", "key", "expires"]
    assert lines[1].split()[:4] == ["(project)", "bootstrap", "yes", "in"]
    assert "2026-12-10 (10 d) ROTATE" in lines[2]
    assert text.endswith("demo/media-production: Plan: 0 to add, 1 to change, 0 to destroy.")


def test_the_table_whole():
    row = status.StackStatus
    change = "Plan: 0 to add, 1 to change, 0 to destroy."
    rows = [
        row(None, None, "bootstrap", True, "changes pending", change, None, None, None, None),
        row("demo", "staging", "media-staging", True, "in sync", "No changes.", "0f1e.svc.edge.scw.cloud", "media.example.org", None, "2027-11-30"),
        row("demo", "preprod", "media-preprod", False, "not deployed", "", None, None, None, None),
        row("demo", "production", "media-production", True, "changes pending", change, "9a8b.svc.edge.scw.cloud", "example.org", "attached", "2026-12-10"),
    ]  # fmt: skip
    assert status.table(rows, NOW) == (
        "site       environment  deployed  drift            CDN domain               custom domain                    API key expires\n"
        "(project)  bootstrap    yes       changes pending  -                        -                                -\n"
        "demo       staging      yes       in sync          0f1e.svc.edge.scw.cloud  media.example.org: not deployed  2027-11-30 (365 d)\n"
        "demo       preprod      no        not deployed     -                        -                                -\n"
        "demo       production   yes       changes pending  9a8b.svc.edge.scw.cloud  example.org: attached            2026-12-10 (10 d) ROTATE\n"
        "\n"
        f"  bootstrap: {change}\n"
        f"  demo/media-production: {change}"
    )


def test_only_a_factory_wholly_in_sync_exits_0():
    assert status.verdict([status.status_of(found())]) == 0
    for drift in ("changes pending", "not deployed", "error"):
        assert status.verdict([status.status_of(found()), status.status_of(found(drift))]) == 1


def test_json_gives_the_same_rows(monkeypatch, capsys):
    plans = [found("changes pending", "Plan: 1 to add.", outputs=DEPLOYED)]
    stood_in_factory(monkeypatch, plans)
    monkeypatch.setattr(status.sys.stderr, "isatty", lambda: True)  # on a terminal, JSON still has no progress lines
    assert status.status((), (), 2, as_json=True, now=NOW) == 1
    captured = capsys.readouterr()
    assert "[1/1]" not in captured.err + captured.out
    document = json.loads(captured.out)
    assert document["in_sync"] is False
    [row] = document["stacks"]
    assert (row["site"], row["drift"], row["detail"], row["api_key_expires"]) == (
        "demo",
        "changes pending",
        "Plan: 1 to add.",
        "2026-12-10",
    )


def stood_in_plans(plans):
    """plan_all answering these plans, telling `on_done` of each as the real one does."""

    def plan_all(contexts, jobs, plans_in=None, on_done=None, tell_drift=False):
        assert tell_drift, "status tells drift from pending changes"
        assert len(contexts) == len(plans) and jobs == 2  # every stack, JOBS at a time (the tests' 2)
        for each in plans:
            if on_done:
                on_done(each)
        return plans

    return plan_all


def stood_in_factory(monkeypatch, plans):
    monkeypatch.setattr(status, "factory_stacks", lambda sites, envs: ["stack"] * len(plans))
    monkeypatch.setattr(status, "factory_contexts", lambda stacks: [found.ctx for found in plans])
    monkeypatch.setattr(status, "with_bucket_states", lambda contexts, removed_sites: (contexts, []))
    monkeypatch.setattr(status, "plan_all", stood_in_plans(plans))
    monkeypatch.setattr(status, "find_orphans", lambda ctx, sites, jobs: [])

    billed = []  # the keys the bill was read with, and the settings naming the pipelines' project
    monkeypatch.setattr(status, "read_bill", lambda scaleway, settings: billed.append((scaleway.key, settings)) or BILL)
    return billed


BILL = EdgeBill(EdgePlan("starter", 2), 3, (EdgePlan("starter", 2), EdgePlan("professional", 5)))


def test_the_edge_plans_bill_follows_the_table_and_is_in_the_json_without_changing_the_verdict(monkeypatch, capsys):
    plans = [found(outputs=DEPLOYED)]
    billed = stood_in_factory(monkeypatch, plans)
    monkeypatch.setattr(status, "to_rotate", lambda date, now: False)
    assert status.status((), (), 2, as_json=False, now=NOW) == 0
    assert "\nEdge Services: 3 pipelines, the starter plan includes 2: 1 billed beyond it (the professional plan includes 5" in (
        capsys.readouterr().out
    )
    assert status.status((), (), 2, as_json=True, now=NOW) == 0
    assert json.loads(capsys.readouterr().out)["edge_services"] == {"plan": "starter", "included": 2, "pipelines": 3, "beyond": 1}
    assert billed == [(plans[0].ctx.key, plans[0].ctx.site.project)] * 2  # the factory's key and project settings, once a run


def test_a_bill_that_cannot_be_read_is_said_and_fails_nothing(monkeypatch, capsys):
    stood_in_factory(monkeypatch, [found(outputs=DEPLOYED)])
    monkeypatch.setattr(status, "to_rotate", lambda date, now: False)

    def refused(environ, settings):
        raise OperatorError("Scaleway refused the key of env.d/scw (403)")

    monkeypatch.setattr(status, "read_bill", refused)
    assert status.status((), (), 2, as_json=False, now=NOW) == 0
    assert "Edge Services: the bill could not be read (Scaleway refused the key of env.d/scw (403))." in capsys.readouterr().out
    assert status.status((), (), 2, as_json=True, now=NOW) == 0
    assert json.loads(capsys.readouterr().out)["edge_services"] == {"error": "Scaleway refused the key of env.d/scw (403)"}


def test_on_a_terminal_each_stack_is_a_line_as_its_plan_completes(monkeypatch, capsys):
    stood_in_factory(monkeypatch, [found(), found("changes pending", "Plan: 1 to add.", "production", DEPLOYED)])
    monkeypatch.setattr(status.sys.stderr, "isatty", lambda: True)
    status.status((), (), 2, as_json=False, now=NOW)
    captured = capsys.readouterr()
    assert "[1/2] demo/media-staging in sync\n[2/2] demo/media-production changes pending\n" in captured.err
    assert "Planning 2 stacks, 2 at a time" in captured.err
    assert "  RICHIE_SITE=demo make diff ENV=production\n" in captured.out  # the hint names the site


def test_piped_there_are_no_progress_lines(monkeypatch, capsys):
    stood_in_factory(monkeypatch, [found()])
    monkeypatch.setattr(status.sys.stderr, "isatty", lambda: False)
    status.status((), (), 2, as_json=False, now=NOW)
    err = capsys.readouterr().err
    assert "[1/1]" not in err and "Planning 1 stack, 2 at a time" in err


def test_a_removed_sites_state_that_still_runs_is_a_row_and_raises_the_alarm(monkeypatch, capsys):
    stood_in_factory(monkeypatch, [found(outputs=DEPLOYED)])
    removed = [Undeclared("gone", "staging", "env:/staging/gone.tfstate"), Undeclared("gone", "feature-x", "env:/feature-x/gone.tfstate")]
    monkeypatch.setattr(status, "with_bucket_states", lambda contexts, removed_sites: (contexts, removed))
    running = {"env:/staging/gone.tfstate": {"bucket_name": "staging-gone-media", "edge_service_domain": "ab.svc.edge.scw.cloud"}}
    monkeypatch.setattr(status, "read_outputs", lambda bucket, key: running.get(key, {}))  # feature-x was destroyed: empty
    ctx = found().ctx
    monkeypatch.setattr(
        status,
        "factory_contexts",
        lambda stacks: [type(ctx)(site=ctx.site, env=ctx.env, environ={"SCW_ACCESS_KEY": "K", "SCW_SECRET_KEY": "S"})],
    )
    assert status.status((), (), 2, as_json=False, now=NOW) == 1
    out = capsys.readouterr().out
    [row] = [line for line in out.splitlines() if line.startswith("gone")]
    assert row.split()[:4] == ["gone", "staging", "yes", "not"] and "feature-x" not in out
    assert "env:/staging/gone.tfstate still runs bucket staging-gone-media, CDN ab.svc.edge.scw.cloud" in out
    assert "RICHIE_SITE=gone make destroy ENV=staging" in out
    assert (
        "make diff" not in out.split("differ from the committed settings")[-1].split("RICHIE_SITE=demo")[0]
    )  # nothing to diff: no settings


def test_a_key_without_expiry_is_to_rotate():
    adopted = status.status_of(found(outputs={**DEPLOYED, "api_keys_expire_at": {"1": None}}))
    assert adopted.api_key_expires == "never"
    as_read = status.status_of(found(outputs={**DEPLOYED, "api_keys_expire_at": {"1": "", "2": "2027-11-30T07:00:00Z"}}))
    assert as_read.api_key_expires == "never"
    assert status.table([adopted], NOW).splitlines()[1].endswith("  never: ROTATE (no expiry)")


def test_a_destroyed_throwaway_environment_leaves_no_row(monkeypatch, capsys):
    site = site_config().with_environment("feature-x")
    gone = Plan(Context(site=site, env=site.environment("feature-x"), environ={}), "not deployed", "Plan: 12 to add.", {})
    declared = [found(outputs=DEPLOYED), found("not deployed", "Plan: 12 to add.", "production")]
    stood_in_factory(monkeypatch, declared)
    monkeypatch.setattr(status, "with_bucket_states", lambda contexts, removed_sites: ([*contexts, gone.ctx], []))
    monkeypatch.setattr(status, "plan_all", stood_in_plans([*declared, gone]))
    assert status.status((), (), 2, as_json=False, now=NOW) == 1  # the declared staging's key expires within 30 days
    out = capsys.readouterr().out
    assert "feature-x" not in out
    assert [line.split()[:3] for line in out.splitlines() if line.startswith("demo ")][1] == ["demo", "production", "no"]  # declared


def test_a_key_to_rotate_raises_the_alarm():
    fresh = {**DEPLOYED, "api_keys_expire_at": {"1": "2027-11-30T07:00:00Z"}}
    assert status.verdict([status.status_of(found(outputs=fresh))], NOW) == 0
    assert status.verdict([status.status_of(found(outputs=DEPLOYED))], NOW) == 1  # 2026-12-10: within 30 days
    assert status.verdict([status.status_of(found(outputs={**fresh, "api_keys_expire_at": {"1": None}}))], NOW) == 1


def test_states_no_settings_declare_show_what_still_runs_and_how_to_take_it_down(s3):
    site = site_config(state_bucket="status-undeclared", state_endpoint=s3.endpoint, state_use_path_style=True)
    admin = s3.client()
    admin.create_bucket(Bucket="status-undeclared")
    states = {
        "env:/feature-a/gone.tfstate": {},  # destroyed: nothing runs
        "env:/feature-b/gone.tfstate": {"bucket_name": {"value": "feature-b-gone-media"}, "edge_service_domain": {"value": "b.svc.edge.scw.cloud"}},
        "env:/feature-c/gone.tfstate": {"api_key_slots": {"value": ["1"]}},
    }  # fmt: skip
    for key, outputs in states.items():
        admin.put_object(Bucket="status-undeclared", Key=key, Body=json.dumps({"version": 4, "outputs": outputs}))
    undeclared = [Undeclared("gone", f"feature-{name}", f"env:/feature-{name}/gone.tfstate") for name in "abc"]
    ctx = Context(site=site, env=None, environ={"SCW_ACCESS_KEY": "SCWOPERATOR000000000", "SCW_SECRET_KEY": "s"})
    rows = status.still_running(undeclared, ctx, 2)
    assert [(row.site, row.environment, row.stack, row.deployed, row.drift, row.cdn_domain) for row in rows] == [
        ("gone", "feature-b", "media-feature-b", True, "not declared", "b.svc.edge.scw.cloud"),
        ("gone", "feature-c", "media-feature-c", True, "not declared", None),
    ]
    assert rows[0].detail == (
        "env:/feature-b/gone.tfstate still runs bucket feature-b-gone-media, CDN b.svc.edge.scw.cloud: no settings declare it; "
        "restore them from git, `RICHIE_SITE=gone make destroy ENV=feature-b`, then remove them (docs/scw.md, removing a site)"
    )
    assert rows[1].detail.startswith("env:/feature-c/gone.tfstate still runs resources: ")


def test_the_text_ends_with_how_to_see_each_difference(monkeypatch, capsys):
    plans = [
        found("changes pending", "Plan: 1 to add.", None, {"state_bucket_name": "s"}),
        found(outputs=DEPLOYED),
        found("changes pending", "Plan: 1 to add.", "production", DEPLOYED),
    ]
    stood_in_factory(monkeypatch, plans)
    asked = []
    monkeypatch.setattr(status, "factory_stacks", lambda sites, envs: asked.append((sites, envs)) or ["stack"] * len(plans))
    monkeypatch.setattr(status, "with_bucket_states", lambda contexts, removed_sites: asked.append(removed_sites) or (contexts, []))
    assert status.status(("demo",), (), 2, as_json=False, now=NOW) == 1
    assert asked == [(("demo",), ()), False]  # one site named: a removed site's states are not its business
    assert capsys.readouterr().out.endswith(
        "\n\n2 of 3 stacks differ from the committed settings; what each would change:\n"
        "  make diff\n"
        "  RICHIE_SITE=demo make diff ENV=production\n"
    )
    asked.clear()
    status.status((), ("staging",), 2, as_json=False, now=NOW)
    assert asked == [((), ("staging",))]  # environments named: no state of the bucket is added


def test_a_key_is_to_rotate_within_the_warning_days_not_at_them():
    from ops.stack.around_apply import EXPIRY_WARNING_DAYS

    at = (NOW + timedelta(days=EXPIRY_WARNING_DAYS)).date().isoformat()
    within = (NOW + timedelta(days=EXPIRY_WARNING_DAYS - 1)).date().isoformat()
    assert not status.to_rotate(at, NOW) and status.to_rotate(within, NOW)


def test_a_resource_no_state_holds_is_listed_and_raises_the_alarm(monkeypatch, capsys):
    in_sync = found(outputs={**DEPLOYED, "api_keys_expire_at": {"1": "2027-11-30T07:00:00Z"}})
    stood_in_factory(monkeypatch, [in_sync])
    assert status.status((), (), 2, as_json=False, now=NOW) == 0  # every stack as committed, nothing left over
    capsys.readouterr()
    orphan = Orphan("pipeline", "staging-demo-media-pipeline", "f00d", "demo", "staging")
    searched = []
    monkeypatch.setattr(
        status, "find_orphans", lambda ctx, sites, jobs: searched.append((ctx, [site.name for site in sites], jobs)) or [orphan]
    )
    assert status.status((), (), 2, as_json=False, now=NOW) == 1  # the orphan alone raises it
    assert searched == [(in_sync.ctx, ["demo"], status.READS_AT_A_TIME)]
    assert capsys.readouterr().out.endswith(
        "\n1 resource named for the factory no state holds (a run killed between a create and its state's write):\n"
        "  demo/staging: pipeline staging-demo-media-pipeline (f00d)\n"
        "`make clean-orphans` deletes them (a bucket only when empty), after asking.\n"
    )
    assert status.status((), (), 2, as_json=True, now=NOW) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["in_sync"] is False and document["orphans"] == [
        {
            "kind": "pipeline",
            "name": "staging-demo-media-pipeline",
            "id": "f00d",
            "site": "demo",
            "environment": "staging",
            "objects": 0,
            "deletable": True,
        }
    ]
