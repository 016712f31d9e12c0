"""The operator's commands: what they ask Terraform, destroy guards, cache purge."""

import json
import subprocess
from pathlib import Path

import pytest

from ops.checkout import ROOT, OperatorError
from ops.context import Context
from ops.stack import around_apply, commands
from ops.stack import terraform as tf
from ops.stack.preflight import select
from ops.stack.stack_state import with_outputs
from stacks.addresses import MEDIA_BUCKET, MEDIA_BUCKET_POLICY
from stacks.contract import StateInputs
from tests.helpers import site_config

FIXTURES = Path(__file__).parent / "fixtures"
DEPLOYED_ELSEWHERE = commands.deployed_elsewhere  # the fixture stands in for it


@pytest.fixture
def outputs():
    """The stack's outputs by name, as `ops.stack.terraform.outputs` reads them from `terraform output -json`."""
    return {name: output["value"] for name, output in json.loads((FIXTURES / "terraform_outputs.json").read_text()).items()}


@pytest.fixture
def recorded(monkeypatch, outputs):
    """Terraform's calls, by stack, each answered with success; nothing is synthesized."""
    calls = []
    monkeypatch.setattr(tf, "prepared", lambda ctx: calls.append((ctx.stack, "prepared")) or ctx)

    def terraform(ctx, *args, **kwargs):
        calls.append((ctx.stack, *args))
        if args[:2] != ("state", "list"):
            return subprocess.CompletedProcess(args, 0)
        destroyed = any(call[:2] == (ctx.stack, "apply") for call in calls)  # the stood-in apply is a destroy's
        return subprocess.CompletedProcess(args, 0, stdout="" if destroyed else f"{MEDIA_BUCKET}\n{MEDIA_BUCKET_POLICY}\n")

    monkeypatch.setattr(tf, "terraform", terraform)
    monkeypatch.setattr(tf, "outputs", lambda ctx: outputs)
    monkeypatch.setattr(around_apply, "read_stack", lambda ctx: (calls.append((ctx.stack, "read")) or with_outputs(ctx, outputs), outputs))
    monkeypatch.setattr(commands, "deployed_elsewhere", lambda ctx: True)
    monkeypatch.setattr(around_apply, "lock_of", lambda ctx: None)
    return calls


def context(env_name, site=None, **environ):
    if site is None:
        site, env = select(env_name)
    else:
        env = site.environment(env_name)
    return Context(site=site, env=env, environ=dict(environ))


@pytest.fixture(autouse=True)
def demo(monkeypatch):
    for name in ("RICHIE_SITE", "AUTO_APPROVE", "ALLOW_PRODUCTION_DESTROY"):
        monkeypatch.delenv(name, raising=False)


def test_diff_reads_the_state_then_plans_the_one_stack(recorded):
    assert commands.diff(context("staging")) == 0
    assert recorded == [("media-staging", "read"), ("media-staging", "prepared"), ("media-staging", "plan", "-input=false", "-lock=false")]


def test_deploy_asks_terraform_unless_auto_approved(recorded, monkeypatch):
    commands.deploy(context("staging"))
    monkeypatch.setenv("AUTO_APPROVE", "1")
    commands.deploy(context("staging"))
    applies = [call for call in recorded if call[1] == "apply"]
    wait = tf.LOCK_WAIT  # an apply waits for another's lock; a plan never takes it
    assert applies == [("media-staging", "apply", "-input=false", wait), ("media-staging", "apply", "-input=false", wait, "-auto-approve")]


def test_production_destroy_is_refused(recorded):
    with pytest.raises(OperatorError, match=r"media-production is protected: refusing to destroy it\. Set ALLOW_PRODUCTION_DESTROY=1"):
        commands.destroy(context("production"))
    assert recorded == []


def test_production_destroy_goes_on_when_allowed(recorded, monkeypatch):
    monkeypatch.setenv("ALLOW_PRODUCTION_DESTROY", "1")
    monkeypatch.setenv("AUTO_APPROVE", "1")
    assert commands.destroy(context("production")) == 0
    assert [call[1:3] for call in recorded if call[1] in ("plan", "apply")] == [("plan", "-destroy"), ("apply", "-input=false")]


def applied(recorded):
    return [call for call in recorded if call[1] in ("apply", "destroy")]


def test_destroy_shows_the_plan_then_asks_for_the_environment_name_then_applies_that_plan(recorded, monkeypatch, capsys):
    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(recorded[-1][1:3]) or "yes")
    with pytest.raises(OperatorError, match="not confirmed: media-feature-x was left as it is"):
        commands.destroy(context("feature-x", site=site_config().with_environment("feature-x")))
    assert asked == [("plan", "-destroy")] and applied(recorded) == []  # the plan was shown before the question
    # The bucket's policy was set aside before the plan, and taken back when the bucket stayed.
    policy = str(MEDIA_BUCKET_POLICY)
    assert [call[1:] for call in recorded if call[1] in ("state", "import")] == [
        ("state", "list"),
        ("state", "rm", tf.LOCK_WAIT, policy),
        ("state", "list"),
        ("import", "-input=false", tf.LOCK_WAIT, policy, "fr-par/feature-x-demo-media"),
    ]
    recorded.clear()
    monkeypatch.setattr("builtins.input", lambda prompt: "feature-x")
    assert commands.destroy(context("feature-x", site=site_config().with_environment("feature-x"))) == 0
    assert [call[1] for call in recorded if call[1] not in ("prepared", "read")] == [
        "state",
        "state",
        "plan",
        "apply",
        "state",
    ]  # no import
    plan_call, apply_call = (next(call for call in recorded if call[1] == verb) for verb in ("plan", "apply"))
    planfile = next(arg for arg in plan_call if arg.startswith("-out=")).removeprefix("-out=")
    assert apply_call == ("media-feature-x", "apply", "-input=false", tf.LOCK_WAIT, planfile)  # exactly what was shown
    assert not Path(planfile).exists()  # the plan holds the state's secrets: gone


def test_destroy_removes_the_environments_django_settings(recorded, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("AUTO_APPROVE", "1")
    site = site_config().with_environment("feature-x")
    ctx = Context(site=site, env=site.environment("feature-x"), environ={}, root=tmp_path)
    settings = commands.django_env_path(ctx)
    settings.parent.mkdir(parents=True)
    settings.write_text("DJANGO_AWS_SECRET_ACCESS_KEY=gone\n")
    assert commands.destroy(ctx) == 0
    assert not settings.exists() and "Removed env.d/django/demo/feature-x.env" in capsys.readouterr().err


def test_destroy_without_a_terminal_is_not_confirmed(recorded, monkeypatch):
    def no_stdin(prompt):
        raise EOFError

    monkeypatch.setattr("builtins.input", no_stdin)
    with pytest.raises(OperatorError, match="not confirmed"):
        commands.destroy(context("staging"))
    assert applied(recorded) == []


def test_django_env_to_stdout(recorded, capsys):
    commands.django_env(context("staging"), Path("-"))
    captured = capsys.readouterr()
    assert "DJANGO_AWS_SECRET_ACCESS_KEY=6b1ad1c4" in captured.out
    assert "6b1ad1c4" not in captured.err
    assert captured.err == ""  # the domain is the documented endpoint: nothing to say


def test_django_env_says_when_the_api_names_the_cdn_otherwise(recorded, outputs, capsys):
    outputs["edge_service_domain"] = "other-name.svc.edge.scw.cloud"
    commands.django_env(context("staging"), Path("-"))
    captured = capsys.readouterr()
    assert "DJANGO_AWS_S3_CUSTOM_DOMAIN=other-name.svc.edge.scw.cloud" in captured.out
    assert captured.err == (
        "note: the API names this CDN other-name.svc.edge.scw.cloud (documented endpoint: "
        "1f8e8d6c-0b38-4a57-9f1e-2c6a7f2b9d10.svc.edge.scw.cloud); Django gets other-name.svc.edge.scw.cloud.\n"
    )


# -- Custom domains, in two steps ----------------------------------------------------------

ENDPOINT = "1f8e8d6c-0b38-4a57-9f1e-2c6a7f2b9d10.svc.edge.scw.cloud"


@pytest.fixture
def custom_site():
    return site_config(environment_settings={"production": {"custom_domain": "media.example.org"}})


@pytest.fixture
def dns_records(tmp_path, monkeypatch):
    """The resolver the operator commands use, fed from a file instead of the DNS."""
    path = tmp_path / "records.json"
    path.write_text("{}")
    monkeypatch.setenv("RICHIE_DNS_RECORDS", str(path))
    return path


def test_deploy_tells_the_record_to_create_until_attached(recorded, outputs, custom_site, dns_records, capsys):
    outputs["custom_domain_attached"] = False
    outputs["custom_domain_record"] = f"media.example.org. CNAME {ENDPOINT}."
    commands.deploy(context("production", site=custom_site))
    assert f"  media.example.org. CNAME {ENDPOINT}.\n" in capsys.readouterr().err
    assert ("media-production", "apply", "-input=false", tf.LOCK_WAIT) in recorded


def test_the_stack_is_synthesized_with_what_its_state_carries_over(recorded, outputs, monkeypatch):
    synthesized = []
    monkeypatch.setattr(tf, "prepared", lambda ctx: synthesized.append(ctx.inputs) or ctx)
    outputs["api_key_slots"] = ["2", "3"]
    commands.diff(context("staging"))
    assert synthesized == [StateInputs(api_key_slots=("2", "3"))]


@pytest.mark.parametrize(("finish", "before", "after"), [(False, ["3"], ("3", "4")), (True, ["3", "4"], ("4",))])
def test_rotate_key_alone_changes_the_slots(recorded, outputs, monkeypatch, finish, before, after):
    synthesized = []
    monkeypatch.setattr(tf, "prepared", lambda ctx: synthesized.append(ctx.inputs.api_key_slots) or ctx)
    monkeypatch.setattr(commands, "django_env", lambda ctx, output: 0)
    outputs["api_key_slots"] = before
    assert commands.rotate_key(context("staging"), finish) == 0
    assert synthesized == [after] and ("media-staging", "apply", "-input=false", tf.LOCK_WAIT) in recorded


# -- Cache purge ---------------------------------------------------------------------------


def test_deploy_purges_only_where_asked(recorded, recording_api, monkeypatch):
    url, requests = recording_api
    site = site_config(environment_settings={"production": {"purge_cache_on_deploy": True}})
    environ = {"SCW_SECRET_KEY": "secret-1", "SCW_API_URL": url}
    monkeypatch.setenv("AUTO_APPROVE", "1")
    commands.deploy(context("production", site=site, **environ))
    commands.deploy(context("staging", site=site, **environ))
    assert [body["pipeline_id"] for _, _, _, _, body in requests] == ["1f8e8d6c-0b38-4a57-9f1e-2c6a7f2b9d10"]


def test_only_an_environments_first_deploy_counts_its_new_pipeline_against_the_edge_plan(recorded, monkeypatch, outputs):
    counted = []
    monkeypatch.setattr(commands, "warn_growth", lambda environ, settings, adding, what: counted.append((adding, what)))
    monkeypatch.setenv("AUTO_APPROVE", "1")
    commands.deploy(context("staging"))  # deployed: its pipeline runs already
    monkeypatch.setattr(around_apply, "read_stack", lambda ctx: (ctx, {}))
    commands.deploy(context("feature-x", site=site_config().with_environment("feature-x")))
    commands.diff(context("preprod"))  # a diff deploys nothing
    assert counted == [(1, "media-feature-x")]
    assert [call[:2] for call in recorded if call[1] == "apply"] == [("media-staging", "apply"), ("media-feature-x", "apply")]


# -- Where the Django settings go -------------------------------------------------------------

DOCS = ("README.md", "docs/scw.md")


def documented_outputs() -> set[str]:
    """Every place the README and the guide have `make django-env` write to."""
    import re

    found = set()
    for doc in DOCS:
        text = (ROOT / doc).read_text()
        found |= {path for path in re.findall(r"OUTPUT=(\S+)", text) if path != "-"}
        found |= set(re.findall(r"env\.d/django/[\w<>/.-]+", text))
    return found


def test_every_place_the_docs_write_settings_to_is_ignored_or_outside(tmp_path):
    paths = documented_outputs()
    assert "env.d/django/acme/staging.env" in paths, paths  # the default, as the README shows it for a new team
    for shown in paths:
        path = (ROOT / shown.replace("<site>", "demo")).resolve()
        if not path.is_relative_to(ROOT):
            continue
        ignored = subprocess.run(["git", "check-ignore", "-q", str(path)], cwd=ROOT)
        assert ignored.returncode == 0, f"{shown} is not ignored by git"


def git_checkout(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text((ROOT / ".gitignore").read_text())
    return tmp_path


def test_an_output_git_would_track_is_refused_in_one_line(tmp_path):
    from ops.stack.commands import refuse_tracked_place

    root = git_checkout(tmp_path)
    with pytest.raises(OperatorError) as error:
        refuse_tracked_place(root / "media.env", root)
    assert str(error.value) == (
        f"OUTPUT={root / 'media.env'} would put the key's secret in the repository, where git does not ignore it: "
        "leave OUTPUT out (it writes under env.d/django/), or write outside the checkout."
    )
    refuse_tracked_place(root / "env.d" / "django" / "demo" / "staging.env", root)  # ignored: fine
    refuse_tracked_place(tmp_path.parent / "elsewhere.env", root)  # outside: fine


def test_django_env_writes_under_env_d_by_default(recorded, tmp_path, capsys):
    import os
    import stat
    from dataclasses import replace

    root = git_checkout(tmp_path)
    commands.django_env(replace(context("staging"), root=root), None)
    written = root / "env.d" / "django" / "demo" / "staging.env"
    assert "DJANGO_AWS_SECRET_ACCESS_KEY=6b1ad1c4" in written.read_text()
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    captured = capsys.readouterr()
    assert "6b1ad1c4" not in captured.out + captured.err and str(written) in captured.err


def test_destroying_a_sites_last_deployed_environment_says_its_folder_can_go(recorded, monkeypatch, capsys):
    monkeypatch.setenv("AUTO_APPROVE", "1")
    monkeypatch.setattr(commands, "deployed_elsewhere", DEPLOYED_ELSEWHERE)  # the real one, on stood-in states
    ctx = context("staging", SCW_ACCESS_KEY="K", SCW_SECRET_KEY="S")
    site = ctx.site
    production = site.state_key(site.environment("production"))
    keys = [site.state_key(ctx.env), production, "env:/staging/other.tfstate"]
    states = {production: {"bucket_name": "production-demo-media"}, "env:/staging/other.tfstate": {"x": 1}}
    monkeypatch.setattr(commands, "state_keys", lambda project, environ: keys)
    monkeypatch.setattr(commands, "read_outputs", lambda bucket, key: states.get(key, {}))
    assert commands.destroy(ctx) == 0
    assert "last deployed environment" not in capsys.readouterr().err  # production still runs
    del states[production]  # destroyed too: its state holds nothing; another site's does not count
    assert commands.destroy(ctx) == 0
    err = capsys.readouterr().err
    assert "That was demo's last deployed environment: its settings (" in err and "demo/) can go now" in err


def test_django_env_never_writes_where_ci_uploads(recorded):
    with pytest.raises(OperatorError, match=r"OUTPUT=.* is under cdktf\.out/, which CI uploads as an artifact"):
        commands.django_env(context("staging"), ROOT / "cdktf.out" / "media.env")
