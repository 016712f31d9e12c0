"""Preflight: each problem an operator can have is one line saying what to do."""

import os
import sys
from pathlib import Path

import pytest

from localscw.api import ScalewayApi
from ops.checkout import ROOT, OperatorError
from ops.scaleway.state_bucket import StateBucket
from ops.stack import preflight
from ops.stack.preflight import (
    ENV_TEMPLATE,
    REQUIRED_VARIABLES,
    check_credentials,
    read_env_file,
)
from stacks.settings import SITES_DIR
from tests.helpers import site_config


def operator_root(tmp_path, **overrides):
    """A project folder whose env.d/scw is the template with every placeholder replaced."""
    (tmp_path / "env.d").mkdir(exist_ok=True)
    (tmp_path / ENV_TEMPLATE).write_text((ROOT / ENV_TEMPLATE).read_text())
    values = read_env_file(ROOT / ENV_TEMPLATE)
    values.update({name: f"real-{name.lower()}" for name in REQUIRED_VARIABLES})
    values.update(AWS_ACCESS_KEY_ID=values["SCW_ACCESS_KEY"], AWS_SECRET_ACCESS_KEY=values["SCW_SECRET_KEY"])  # the same key, twice
    values.update(overrides)
    (tmp_path / "env.d" / "scw").write_text("".join(f"{k}={v}\n" for k, v in values.items() if v is not None))
    (tmp_path / "env.d" / "scw").chmod(0o600)  # as `make env.d/scw` makes it
    return tmp_path


def fake_binary(tmp_path, name, version):
    path = tmp_path / name
    path.write_text(f'#!/bin/sh\necho \'{{"terraform_version": "{version}"}}\'\n')
    path.chmod(0o755)
    return path


# -- env.d/scw ---------------------------------------------------------------------


def test_env_file_reads_like_a_shell(tmp_path):
    path = tmp_path / "scw"
    path.write_text("# comment\n\nexport A=1\nB='two words'\nC=\"x=y\"\n")
    assert read_env_file(path) == {"A": "1", "B": "two words", "C": "x=y"}


def test_env_file_rejects_garbage_with_its_line(tmp_path):
    path = tmp_path / "scw"
    path.write_text("A=1\nnot a setting\n")
    with pytest.raises(OperatorError, match=r"scw:2: expected KEY=VALUE"):
        read_env_file(path)


def test_missing_env_file_says_how_to_create_it(tmp_path):
    with pytest.raises(OperatorError, match=r"env.d/scw is missing: run `make env.d/scw`"):
        check_credentials(tmp_path)


def test_template_placeholders_are_refused(tmp_path):
    template = read_env_file(ROOT / ENV_TEMPLATE)
    root = operator_root(tmp_path, SCW_SECRET_KEY=template["SCW_SECRET_KEY"])
    with pytest.raises(OperatorError, match="still holds the template's placeholder for SCW_SECRET_KEY"):
        check_credentials(root)


def test_the_untouched_template_is_refused_whole(tmp_path):
    root = operator_root(tmp_path)
    (root / "env.d" / "scw").write_text((ROOT / ENV_TEMPLATE).read_text())
    (root / "env.d" / "scw").chmod(0o600)  # as `make env.d/scw` makes it
    with pytest.raises(OperatorError) as error:
        check_credentials(root)
    assert all(name in str(error.value) for name in REQUIRED_VARIABLES)


def test_missing_variables_are_named(tmp_path):
    with pytest.raises(OperatorError, match="lacks TF_VAR_scw_project_id"):
        check_credentials(operator_root(tmp_path, TF_VAR_scw_project_id=None))


def test_filled_env_file_is_accepted_and_its_key_goes_to_the_state_backend_too(tmp_path):
    values = check_credentials(operator_root(tmp_path))
    assert values["SCW_ACCESS_KEY"] == values["AWS_ACCESS_KEY_ID"] == "real-scw_access_key"
    assert values["SCW_SECRET_KEY"] == values["AWS_SECRET_ACCESS_KEY"] == "real-scw_secret_key"


def test_a_second_key_for_the_state_backend_is_refused(tmp_path):
    root = operator_root(tmp_path, AWS_ACCESS_KEY_ID="SCWANOTHERKEY0000000")
    with pytest.raises(OperatorError) as error:
        check_credentials(root)
    assert str(error.value) == (
        "env.d/scw: AWS_ACCESS_KEY_ID is another key than SCW_ACCESS_KEY: give both the same key "
        "(the state backend reads AWS_ACCESS_KEY_ID), or remove the AWS_* lines (the make targets fill them in)."
    )


# -- Terraform ------------------------------------------------------------------------------


def test_missing_terraform_points_to_install_or_opentofu():
    with pytest.raises(OperatorError, match=r"no-such-terraform not found on PATH: install Terraform >= 1.10 \(or OpenTofu"):
        preflight.check_terraform("no-such-terraform")


def test_old_terraform_is_refused(tmp_path):
    with pytest.raises(OperatorError, match=r"terraform 1\.9\.8 is too old: 1\.10 or later is needed"):
        preflight.check_terraform(str(fake_binary(tmp_path, "terraform", "1.9.8")))


def test_opentofu_is_accepted_through_terraform_binary_name(tmp_path, monkeypatch):
    tofu = fake_binary(tmp_path, "tofu", "1.10.2")
    monkeypatch.setenv("TERRAFORM_BINARY_NAME", str(tofu))
    assert preflight.terraform_binary() == str(tofu)
    assert preflight.check_terraform(preflight.terraform_binary()) == "1.10.2"


# -- Site and environment ------------------------------------------------------------------


def test_unknown_site_is_a_preflight_error(monkeypatch):
    monkeypatch.setenv("RICHIE_SITE", "nope")
    with pytest.raises(OperatorError, match="unknown site 'nope'"):
        preflight.select("staging")


def test_unknown_environment_is_a_preflight_error(monkeypatch):
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    with pytest.raises(OperatorError, match="environment 'stagging' is not declared"):
        preflight.select("stagging")


def test_feature_environment_is_selected_without_edit(monkeypatch):
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    _, env = preflight.select("feature-x")
    assert env.stack_name == "media-feature-x"


def test_region_of_env_file_must_be_the_projects(monkeypatch):
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    site, _ = preflight.select("staging")
    preflight.check_location(site, {"TF_VAR_scw_region": "fr-par", "TF_VAR_scw_zone": "fr-par-1"})
    preflight.check_location(site, {})
    with pytest.raises(OperatorError, match=r"env.d/scw sets TF_VAR_scw_region=nl-ams but the project is in fr-par \(project.tfvars\)"):
        preflight.check_location(site, {"TF_VAR_scw_region": "nl-ams"})


# -- As a whole ---------------------------------------------------------------------------------


def committed_operator():
    site, _ = preflight.select(None)
    return site.project.operators[0]


@pytest.fixture
def iam():
    """Scaleway's IAM, local: it knows the committed operator and its key."""
    api = ScalewayApi("aaaaaaaa-0000-4000-8000-00000000000a")
    user_id = committed_operator().removeprefix("user_id:")
    api.add_user(user_id, "operator@example.org")
    for operator in preflight.select(None)[0].project.operators:
        if operator.startswith("application_id:"):
            api.add_application(operator.removeprefix("application_id:"), "ci-deploy")
    api.add_user_key(user_id, "real-scw_access_key", "real-scw_secret_key", "aaaaaaaa-0000-4000-8000-00000000000b")
    server = api.serve()
    yield api, server.url
    server.stop()


@pytest.fixture
def operator(tmp_path, monkeypatch, iam):
    """A Terraform new enough, a filled env.d/scw holding the committed operator's key, IAM."""
    monkeypatch.setenv("TERRAFORM_BINARY_NAME", str(fake_binary(tmp_path, "terraform", "1.11.4")))
    monkeypatch.setenv("SCW_API_URL", iam[1])
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    root = operator_root(tmp_path)
    monkeypatch.setattr(preflight, "check_credentials", lambda: check_credentials(root))
    # The state bucket's policy is read from Object Storage (tests/e2e/test_adoption.py): here, recorded.
    monkeypatch.setattr(
        preflight,
        "check_state_closed",
        lambda project, key: STATE_CHECKS.append((project.state_bucket, key.access_key)),
    )
    # So is the proof that the secret is the access key's own (tests/ops/stack/test_stack_state.py).
    monkeypatch.setattr(StateBucket, "check_key", lambda bucket: KEY_CHECKS.append(bucket.access_key))
    # And whether the state is still at its earlier key (tests/ops/stack/test_state_moves.py).
    monkeypatch.setattr(preflight, "refuse_unmoved", lambda ctx: KEY_CHECKS.append(f"unmoved {ctx.stack}"))
    STATE_CHECKS.clear()
    KEY_CHECKS.clear()
    return root


STATE_CHECKS: list[str] = []
KEY_CHECKS: list[str] = []


def test_a_command_that_writes_policies_proves_the_secret_is_the_keys_own(operator):
    preflight.preflight("staging", writes=False)
    assert KEY_CHECKS == []
    preflight.preflight("staging")
    assert KEY_CHECKS == ["real-scw_access_key", "unmoved media-staging"]


def test_deploying_a_site_that_adopts_legacy_state_checks_the_state_bucket_first(operator):
    site, _ = preflight.select("staging")
    assert site.legacy_state  # the fixture demo adopts the hand-written project's state
    preflight.preflight("staging", writes=False)
    assert STATE_CHECKS == []  # a plan reads, and is no migration step
    preflight.preflight("staging")
    assert [(site.project.state_bucket, "real-scw_access_key")] == STATE_CHECKS  # read with the key in use


def test_preflight_stops_at_a_missing_env_file(operator, monkeypatch):
    (operator / "env.d" / "scw").unlink()
    with pytest.raises(OperatorError, match=r"env\.d/scw is missing"):
        preflight.preflight("staging")


def test_preflight_loads_credentials_into_the_child_environment_only(operator):
    ctx = preflight.preflight("feature-x")
    assert ctx.environ["SCW_SECRET_KEY"] == "real-scw_secret_key"
    assert ctx.environ["RICHIE_ENV"] == "feature-x"
    assert ctx.environ["CHECKPOINT_DISABLE"] == "1"
    assert ctx.environ["PATH"].startswith(str(Path(sys.executable).parent) + os.pathsep)
    assert ctx.stack == "media-feature-x"
    assert (ctx.site.name, ctx.environ["RICHIE_SITE"], ctx.terraform) == ("demo", "demo", os.environ["TERRAFORM_BINARY_NAME"])
    assert os.environ.get("SCW_SECRET_KEY") != "real-scw_secret_key"


def test_a_key_of_someone_not_in_the_operators_is_refused_before_anything_runs(operator, iam):
    api, _ = iam
    api.add_user("99999999-9999-4999-8999-999999999999", "stranger@example.org")
    api.add_user_key("99999999-9999-4999-8999-999999999999", "SCWSTRANGER000000000", "stranger-secret", "x")
    (operator / "env.d" / "scw").write_text(
        (operator / "env.d" / "scw")
        .read_text()
        .replace("real-scw_access_key", "SCWSTRANGER000000000")
        .replace("real-scw_secret_key", "stranger-secret")
    )
    (operator / "env.d" / "scw").chmod(0o600)  # as `make env.d/scw` makes it
    with pytest.raises(OperatorError) as error:
        preflight.preflight("staging")
    assert str(error.value) == (
        f"env.d/scw: its key belongs to user_id:99999999-9999-4999-8999-999999999999, which is not in `operators` of "
        f"{SITES_DIR / 'project.tfvars'}: add it there (and commit), or use the key of one of the operators listed."
    )
    assert preflight.preflight("staging", writes=False).stack == "media-staging"  # a plan writes no policy


def test_the_operators_own_key_passes(operator):
    assert preflight.preflight("staging").stack == "media-staging"


def test_an_env_file_others_may_read_is_refused_in_one_line(tmp_path):
    root = operator_root(tmp_path)
    (root / "env.d" / "scw").chmod(0o644)
    with pytest.raises(OperatorError) as error:
        check_credentials(root)
    assert str(error.value) == "env.d/scw holds your key and others may read it (mode 644): `chmod 600 env.d/scw`, then run it again."


def test_a_deployers_key_passes_for_its_environments_only(operator, iam, monkeypatch):
    """The environments a command applies reach the identity check: a staging deployer
    deploys staging, and is refused production and the bootstrap in one line."""
    api, _ = iam
    deployer = "aaaaaaaa-0000-4000-8000-0000000000d1"
    api.add_application(deployer, "ci staging")
    _, key = api.create_api_key({"application_id": deployer})
    env_file = operator / "env.d" / "scw"
    env_file.write_text(
        env_file.read_text().replace("real-scw_access_key", key["access_key"]).replace("real-scw_secret_key", key["secret_key"])
    )
    site = site_config(operators=[committed_operator()], deployers={f"application_id:{deployer}": ["staging"]})
    monkeypatch.setattr(preflight, "load_selected_site", lambda env_name=None: site.with_environment(env_name) if env_name else site)
    assert preflight.preflight("staging").stack == "media-staging"
    for env_name, refused in (("production", "production"), (None, "bootstrap")):
        with pytest.raises(OperatorError, match=rf"a deployer of staging \(.*\): it may not apply {refused};"):
            preflight.preflight(env_name)
