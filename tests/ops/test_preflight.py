"""Preflight: each problem an operator can have is one line saying what to do."""

import os
import sys
from pathlib import Path

import pytest

from ops import preflight
from ops.preflight import (
    ENV_TEMPLATE,
    REQUIRED_VARIABLES,
    check_credentials,
    read_env_file,
)
from ops.project import ROOT, OperatorError


def operator_root(tmp_path, **overrides):
    """A project folder whose env.d/scw is the template with every placeholder replaced."""
    (tmp_path / "env.d").mkdir(exist_ok=True)
    (tmp_path / ENV_TEMPLATE).write_text((ROOT / ENV_TEMPLATE).read_text())
    values = read_env_file(ROOT / ENV_TEMPLATE)
    values.update({name: f"real-{name.lower()}" for name in REQUIRED_VARIABLES})
    values.update(overrides)
    (tmp_path / "env.d" / "scw").write_text("".join(f"{k}={v}\n" for k, v in values.items() if v is not None))
    return tmp_path


def fake_binary(tmp_path, name, version):
    path = tmp_path / name
    path.write_text(f"#!/bin/sh\necho '{{\"terraform_version\": \"{version}\"}}'\n")
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
    with pytest.raises(OperatorError) as error:
        check_credentials(root)
    assert all(name in str(error.value) for name in REQUIRED_VARIABLES)


def test_missing_variables_are_named(tmp_path):
    with pytest.raises(OperatorError, match="lacks OPERATOR_PRINCIPAL"):
        check_credentials(operator_root(tmp_path, OPERATOR_PRINCIPAL=None))


def test_filled_env_file_is_accepted(tmp_path):
    assert check_credentials(operator_root(tmp_path))["SCW_ACCESS_KEY"] == "real-scw_access_key"


# -- Terraform ------------------------------------------------------------------------------


def test_missing_terraform_points_to_install_or_opentofu():
    with pytest.raises(OperatorError, match=r"no-such-terraform not found on PATH: install Terraform >= 1.10 \(or OpenTofu"):
        preflight.check_terraform("no-such-terraform")


def test_old_terraform_is_refused(tmp_path):
    with pytest.raises(OperatorError, match="terraform 1.9.8 is too old: 1.10 or later is needed"):
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
def operator(tmp_path, monkeypatch):
    """A Terraform new enough, and a filled env.d/scw of one of the committed operators."""
    monkeypatch.setenv("TERRAFORM_BINARY_NAME", str(fake_binary(tmp_path, "terraform", "1.11.4")))
    monkeypatch.delenv("RICHIE_SITE", raising=False)
    root = operator_root(tmp_path, OPERATOR_PRINCIPAL=committed_operator())
    monkeypatch.setattr(preflight, "check_credentials", lambda: check_credentials(root))
    return root


def test_preflight_stops_at_a_missing_env_file(operator, monkeypatch):
    (operator / "env.d" / "scw").unlink()
    with pytest.raises(OperatorError, match="env.d/scw is missing"):
        preflight.preflight("staging")


def test_preflight_loads_credentials_into_the_child_environment_only(operator):
    ctx = preflight.preflight("feature-x")
    assert ctx.environ["SCW_SECRET_KEY"] == "real-scw_secret_key"
    assert ctx.environ["RICHIE_ENV"] == "feature-x"
    assert ctx.environ["CHECKPOINT_DISABLE"] == "1"
    assert ctx.environ["PATH"].startswith(str(Path(sys.executable).parent) + os.pathsep)
    assert ctx.stack == "media-feature-x"
    assert os.environ.get("SCW_SECRET_KEY") != "real-scw_secret_key"


def test_an_operator_missing_from_the_committed_list_is_refused_before_anything_runs(operator):
    stranger = "user_id:99999999-9999-4999-8999-999999999999"
    (operator / "env.d" / "scw").write_text((operator / "env.d" / "scw").read_text().replace(committed_operator(), stranger))
    with pytest.raises(OperatorError) as error:
        preflight.preflight("staging")
    assert str(error.value) == (
        f"env.d/scw: OPERATOR_PRINCIPAL={stranger} is not in `operators` of {ROOT / 'sites' / 'project.tfvars'}: "
        "add it there (and commit), or run this as one of the operators listed."
    )
    assert preflight.preflight("staging", writes=False).stack == "media-staging"  # a plan writes no policy
