"""The operator's commands: preflight errors, Django settings, destroy guards, cache purge."""

import json
import os
import stat
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from scripts import operate
from scripts.operate import OperatorError

FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATE = operate.ENV_TEMPLATE


@pytest.fixture
def outputs():
    return json.loads((FIXTURES / "terraform_outputs.json").read_text())


def filled_env_file(tmp_path, **overrides):
    """A copy of the template with every placeholder replaced, as an operator fills it."""
    values = operate.read_env_file(TEMPLATE)
    values.update({name: f"real-{name.lower()}" for name in operate.REQUIRED_VARIABLES})
    values.update(overrides)
    path = tmp_path / "scw"
    path.write_text("".join(f"{k}={v}\n" for k, v in values.items() if v is not None))
    return path


def fake_binary(tmp_path, name, version):
    path = tmp_path / name
    path.write_text(f"#!/bin/sh\necho '{{\"terraform_version\": \"{version}\"}}'\n")
    path.chmod(0o755)
    return path


# -- env.d/scw ---------------------------------------------------------------------


def test_env_file_reads_like_a_shell(tmp_path):
    path = tmp_path / "scw"
    path.write_text("# comment\n\nexport A=1\nB='two words'\nC=\"x=y\"\n")
    assert operate.read_env_file(path) == {"A": "1", "B": "two words", "C": "x=y"}


def test_env_file_rejects_garbage_with_its_line(tmp_path):
    path = tmp_path / "scw"
    path.write_text("A=1\nnot a setting\n")
    with pytest.raises(OperatorError, match=r"scw:2: expected KEY=VALUE"):
        operate.read_env_file(path)


def test_missing_env_file_says_how_to_create_it(tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ROOT", tmp_path)
    with pytest.raises(OperatorError, match=r"env.d/scw is missing: run `make env.d/scw`"):
        operate.check_credentials(tmp_path / "env.d" / "scw", TEMPLATE)


def test_template_placeholders_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ROOT", tmp_path)
    template_values = operate.read_env_file(TEMPLATE)
    path = filled_env_file(tmp_path, SCW_SECRET_KEY=template_values["SCW_SECRET_KEY"])
    with pytest.raises(OperatorError, match="still holds the template's placeholder for SCW_SECRET_KEY"):
        operate.check_credentials(path, TEMPLATE)


def test_the_untouched_template_is_refused_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ROOT", tmp_path)
    path = tmp_path / "scw"
    path.write_text(TEMPLATE.read_text())
    with pytest.raises(OperatorError) as error:
        operate.check_credentials(path, TEMPLATE)
    assert all(name in str(error.value) for name in operate.REQUIRED_VARIABLES)


def test_missing_variables_are_named(tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ROOT", tmp_path)
    path = filled_env_file(tmp_path, TF_VAR_scw_user_id=None)
    with pytest.raises(OperatorError, match="lacks TF_VAR_scw_user_id"):
        operate.check_credentials(path, TEMPLATE)


def test_filled_env_file_is_accepted(tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ROOT", tmp_path)
    values = operate.check_credentials(filled_env_file(tmp_path), TEMPLATE)
    assert values["SCW_ACCESS_KEY"] == "real-scw_access_key"


# -- Tools ------------------------------------------------------------------------------


def test_missing_terraform_points_to_install_or_opentofu():
    with pytest.raises(OperatorError, match=r"no-such-terraform not found on PATH: install Terraform >= 1.10 \(or OpenTofu"):
        operate.check_terraform("no-such-terraform")


def test_old_terraform_is_refused(tmp_path):
    with pytest.raises(OperatorError, match="terraform 1.9.8 is too old: 1.10 or later is needed"):
        operate.check_terraform(str(fake_binary(tmp_path, "terraform", "1.9.8")))


def test_opentofu_is_accepted_through_terraform_binary_name(tmp_path, monkeypatch):
    tofu = fake_binary(tmp_path, "tofu", "1.10.2")
    monkeypatch.setenv("TERRAFORM_BINARY_NAME", str(tofu))
    assert operate.terraform_binary() == str(tofu)
    assert operate.check_terraform(operate.terraform_binary()) == "1.10.2"


def test_the_cli_runs_from_node_modules_with_the_apps_python_first_on_path(monkeypatch):
    runs = []
    monkeypatch.setattr(operate.subprocess, "run", lambda command, **kwargs: runs.append((command, kwargs)) or
                        operate.subprocess.CompletedProcess(command, 3))
    ctx = context("staging", **operate.with_python_first({"PATH": "/usr/local/bin:/usr/bin"}))
    assert operate.cdktf(ctx, "diff", "media-staging") == 3
    [(command, kwargs)] = runs
    assert command == [str(operate.ROOT / "node_modules" / ".bin" / "cdktf"), "diff", "media-staging"]
    path = kwargs["env"]["PATH"].split(os.pathsep)
    assert path == [str(Path(sys.executable).parent), "/usr/local/bin", "/usr/bin"]
    assert Path(path[0], "python3").exists()


def test_missing_node_dependencies_say_make_install(tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ROOT", tmp_path)
    with pytest.raises(OperatorError, match=r"the cdktf CLI is not installed: run `make install`"):
        operate.check_node()


# -- Site and environment ------------------------------------------------------------------


def test_unknown_site_is_a_preflight_error(monkeypatch):
    monkeypatch.setenv("RICHIE_SITE", "nope")
    with pytest.raises(OperatorError, match="unknown site 'nope'"):
        operate.select("staging")


def test_unknown_environment_is_a_preflight_error(monkeypatch):
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    with pytest.raises(OperatorError, match="environment 'stagging' is not declared"):
        operate.select("stagging")


def test_feature_environment_is_selected_without_edit(monkeypatch):
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    _, env = operate.select("feature-x")
    assert env.stack_name == "media-feature-x"


def test_errors_are_one_line_and_exit_2(capsys, monkeypatch):
    monkeypatch.setenv("RICHIE_SITE", "nope")
    assert operate.main(["diff", "staging"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unknown site 'nope'")
    assert err.count("\n") == 1


def test_environment_is_required(capsys):
    assert operate.main(["deploy"]) == 2
    assert "which environment? e.g. `make deploy ENV=staging`" in capsys.readouterr().err


# -- Destroy guards ------------------------------------------------------------------------


@pytest.fixture
def recorded(monkeypatch):
    calls = []
    monkeypatch.setattr(operate, "cdktf", lambda ctx, *args: calls.append(args) or 0)
    return calls


def context(env_name, **environ):
    site, env = operate.select(env_name)
    return operate.Context(site=site, env=env, environ=dict(environ), terraform="terraform")


def test_production_destroy_is_refused(recorded, monkeypatch):
    monkeypatch.delenv("ALLOW_PRODUCTION_DESTROY", raising=False)
    with pytest.raises(OperatorError, match="media-production is protected: refusing to destroy it. Set ALLOW_PRODUCTION_DESTROY=1"):
        operate.destroy(context("production"))
    assert recorded == []


def test_production_destroy_goes_on_when_allowed(recorded, monkeypatch):
    monkeypatch.setenv("ALLOW_PRODUCTION_DESTROY", "1")
    monkeypatch.setenv("AUTO_APPROVE", "1")
    assert operate.destroy(context("production")) == 0
    assert recorded == [("destroy", "media-production", "--auto-approve")]


def test_destroy_asks_for_the_environment_name(recorded, monkeypatch):
    monkeypatch.delenv("AUTO_APPROVE", raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    with pytest.raises(OperatorError, match="not confirmed: media-feature-x was left as it is"):
        operate.destroy(context("feature-x"))
    monkeypatch.setattr("builtins.input", lambda prompt: "feature-x")
    assert operate.destroy(context("feature-x")) == 0
    assert recorded == [("destroy", "media-feature-x", "--auto-approve")]


def test_destroy_without_a_terminal_is_not_confirmed(recorded, monkeypatch):
    monkeypatch.delenv("AUTO_APPROVE", raising=False)

    def no_stdin(prompt):
        raise EOFError

    monkeypatch.setattr("builtins.input", no_stdin)
    with pytest.raises(OperatorError, match="not confirmed"):
        operate.destroy(context("staging"))
    assert recorded == []


def test_deploy_passes_auto_approve(recorded, monkeypatch):
    monkeypatch.setenv("AUTO_APPROVE", "1")
    operate.deploy(context("staging"))
    monkeypatch.delenv("AUTO_APPROVE")
    operate.deploy(context("staging"))
    assert recorded == [("deploy", "media-staging", "--auto-approve"), ("deploy", "media-staging")]


# -- Django settings -----------------------------------------------------------------------


def test_django_env_lists_every_setting_from_the_outputs(outputs):
    text = operate.render_django_env(outputs, "media-staging")
    assert text.splitlines() == [
        "DJANGO_AWS_S3_CUSTOM_DOMAIN=1f8e8d6c-0b38-4a57-9f1e-2c6a7f2b9d10.svc.edge.scw.cloud",
        "DJANGO_AWS_ACCESS_KEY_ID=SCWFIXTUREACCESSKEY1",
        "DJANGO_AWS_SECRET_ACCESS_KEY=6b1ad1c4-57c9-4f5c-8f3e-0c0d2a9e7b41",
        "DJANGO_AWS_STORAGE_BUCKET_NAME=staging-demo-media",
        "DJANGO_AWS_S3_REGION_NAME=fr-par",
        "DJANGO_AWS_S3_ENDPOINT_URL=https://s3.fr-par.scw.cloud",
    ]


def test_django_env_includes_sensitive_values_in_clear(outputs):
    assert outputs["iam_access_secret"]["sensitive"] is True
    assert "DJANGO_AWS_SECRET_ACCESS_KEY=6b1ad1c4-57c9-4f5c-8f3e-0c0d2a9e7b41\n" in operate.render_django_env(outputs, "media-staging")


def test_django_env_quotes_values_a_shell_would_split(outputs):
    outputs["iam_access_secret"]["value"] = "a b'c$d"
    assert "DJANGO_AWS_SECRET_ACCESS_KEY='a b'\"'\"'c$d'\n" in operate.render_django_env(outputs, "media-staging")


def test_django_env_of_a_never_deployed_environment(outputs):
    with pytest.raises(OperatorError, match=r"media-staging has no .* output: it was never deployed \(run `make deploy ENV=staging`\)"):
        operate.render_django_env({}, "media-staging")


def test_django_env_to_a_file_is_private(tmp_path, outputs, monkeypatch, capsys):
    target = tmp_path / "django.env"
    target.write_text("old")
    target.chmod(0o644)
    monkeypatch.setattr(operate, "terraform_outputs", lambda ctx: outputs)
    assert operate.django_env(context("staging"), target) == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "DJANGO_AWS_ACCESS_KEY_ID=SCWFIXTUREACCESSKEY1" in target.read_text()
    captured = capsys.readouterr()
    assert "SCWFIXTUREACCESSKEY1" not in captured.out + captured.err


def test_django_env_to_stdout(outputs, monkeypatch, capsys):
    monkeypatch.setattr(operate, "terraform_outputs", lambda ctx: outputs)
    operate.django_env(context("staging"), None)
    captured = capsys.readouterr()
    assert "DJANGO_AWS_SECRET_ACCESS_KEY=6b1ad1c4" in captured.out
    assert "6b1ad1c4" not in captured.err


# -- Cache purge ---------------------------------------------------------------------------


@pytest.fixture
def scaleway_api():
    """A local stand-in for the Edge Services API, recording the requests it gets."""
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            requests.append((self.path, self.headers["X-Auth-Token"], json.loads(body)))
            self.send_response(200 if self.path == "/edge-services/v1beta1/purge-requests" else 404)
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", requests
    server.shutdown()


def test_purge_asks_for_the_whole_pipeline(scaleway_api):
    url, requests = scaleway_api
    operate.purge_cache("pipeline-1", "secret-1", url)
    assert requests == [("/edge-services/v1beta1/purge-requests", "secret-1", {"pipeline_id": "pipeline-1", "all": True})]


def test_purge_failure_is_reported(scaleway_api):
    url, _ = scaleway_api
    with pytest.raises(OperatorError, match="the deploy succeeded but the cache purge failed"):
        operate.purge_cache("pipeline-1", "secret-1", url + "/wrong")


def test_deploy_purges_only_where_asked(recorded, scaleway_api, outputs, monkeypatch):
    url, requests = scaleway_api
    monkeypatch.setattr(operate, "initialized_outputs", lambda ctx: outputs)
    monkeypatch.setattr(operate, "select", lambda name: _site_with_purge(name))
    environ = {"SCW_SECRET_KEY": "secret-1", "SCW_API_URL": url}
    operate.deploy(context("production", **environ))
    operate.deploy(context("staging", **environ))
    assert [r[2]["pipeline_id"] for r in requests] == ["1f8e8d6c-0b38-4a57-9f1e-2c6a7f2b9d10"]


def _site_with_purge(name):
    from tests.helpers import site_config

    site = site_config(environment_settings={"production": {"purge_cache_on_deploy": True}})
    return site, site.environment(name)


# -- Preflight as a whole ------------------------------------------------------------------


@pytest.fixture
def tools(tmp_path, monkeypatch):
    """A Terraform new enough, and the cdktf CLI, as preflight expects them."""
    monkeypatch.setenv("TERRAFORM_BINARY_NAME", str(fake_binary(tmp_path, "terraform", "1.11.4")))
    monkeypatch.setattr(operate, "check_node", lambda: None)
    monkeypatch.delenv("RICHIE_SITE", raising=False)


def test_preflight_stops_at_a_missing_env_file(tools, tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ENV_FILE", tmp_path / "env.d" / "scw")
    monkeypatch.setattr(operate, "ROOT", tmp_path)
    with pytest.raises(OperatorError, match="env.d/scw is missing"):
        operate.preflight("staging")


def test_preflight_loads_credentials_into_the_cli_environment_only(tools, tmp_path, monkeypatch):
    monkeypatch.setattr(operate, "ENV_FILE", filled_env_file(tmp_path))
    ctx = operate.preflight("feature-x")
    assert ctx.environ["SCW_SECRET_KEY"] == "real-scw_secret_key"
    assert ctx.environ["RICHIE_ENV"] == "feature-x"
    assert ctx.environ["PATH"].startswith(str(Path(sys.executable).parent) + os.pathsep)
    assert ctx.stack == "media-feature-x"
    assert "SCW_SECRET_KEY" not in os.environ or os.environ["SCW_SECRET_KEY"] != "real-scw_secret_key"


def test_region_of_env_file_must_be_the_sites(monkeypatch):
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    site, _ = operate.select("staging")
    operate.check_location(site, {"TF_VAR_scw_region": "fr-par", "TF_VAR_scw_zone": "fr-par-1"})
    operate.check_location(site, {})
    with pytest.raises(OperatorError, match=r"env.d/scw sets TF_VAR_scw_region=nl-ams but site demo is in fr-par \(sites/demo/scw/config.tfvars\)"):
        operate.check_location(site, {"TF_VAR_scw_region": "nl-ams"})
