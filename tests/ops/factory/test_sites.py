"""`make project`: a new team's project settings, its operator read from its own key."""

import os
import subprocess
import sys

import pytest

from localscw.api import ScalewayApi
from tests.ops.factory.test_synth import app_copy

USER = "77777777-7777-4777-8777-777777777777"


@pytest.fixture
def new_team(tmp_path):
    """A copy of the checkout with an env.d/scw holding a key IAM knows, and IAM."""
    api = ScalewayApi("88888888-8888-4888-8888-888888888888")
    api.add_user(USER, "newcomer@example.org")
    api.add_user_key(USER, "SCWNEWTEAM0000000000", "new-team-secret", "88888888-8888-4888-8888-888888888888")
    server = api.serve()
    project = app_copy(tmp_path)
    (project / "env.d").mkdir()
    (project / "env.d" / "scw.dist").write_text("SCW_ACCESS_KEY=SCWXXXXXXXXXXXXXXXXX\n")
    (project / "env.d" / "scw").write_text(
        "SCW_ACCESS_KEY=SCWNEWTEAM0000000000\nSCW_SECRET_KEY=new-team-secret\n"
        "TF_VAR_scw_project_id=88888888-8888-4888-8888-888888888888\nTF_VAR_scw_organization_id=88888888-8888-4888-8888-888888888888\n"
    )
    (project / "env.d" / "scw").chmod(0o600)  # as `make env.d/scw` makes it
    yield project, server.url
    server.stop()


def make_project(project, api_url, *args):
    env = {**{k: v for k, v in os.environ.items() if k != "RICHIE_SITES_DIR"}, "SCW_API_URL": api_url}
    return subprocess.run([sys.executable, "-m", "ops", "project", *args], cwd=project, env=env, capture_output=True, text=True, timeout=60)


def test_a_new_team_gets_its_bucket_its_operator_and_no_adoption(new_team):
    project, api_url = new_team
    result = make_project(project, api_url, "acme-terraform-state", "--replace")
    assert result.returncode == 0, result.stderr
    assert f"with user_id:{USER} as its operator" in result.stdout
    from stacks.settings import load_project

    settings = load_project(project / "sites")
    assert (settings.state_bucket, settings.operators, settings.import_legacy_bootstrap) == (
        "acme-terraform-state",
        (f"user_id:{USER}",),
        False,
    )
    assert f"written by `make project` for\n# user_id:{USER}" in (project / "sites" / "project.tfvars").read_text()


def test_the_committed_project_is_not_overwritten_unasked(new_team):
    project, api_url = new_team
    before = (project / "sites" / "project.tfvars").read_text()
    result = make_project(project, api_url, "acme-terraform-state")
    assert result.returncode == 2 and "exists already (the committed one is the openfun factory's): `REPLACE=1`" in result.stderr, (
        result.stderr
    )
    assert (project / "sites" / "project.tfvars").read_text() == before


@pytest.mark.parametrize(
    "args, message",
    [
        ((), "error: which state bucket? e.g. `make project STATE_BUCKET=acme-terraform-state`"),
        (("Acme_State", "--replace"), "error: STATE_BUCKET=Acme_State: a bucket name must hold only lowercase letters"),
    ],
)
def test_bad_input_is_one_line(new_team, args, message):
    project, api_url = new_team
    result = make_project(project, api_url, *args)
    assert result.returncode == 2 and result.stderr.startswith(message) and result.stderr.count("\n") == 1


def test_a_new_team_starts_with_its_own_site_alone(new_team):
    from stacks.settings import selected_site, site_names

    project, api_url = new_team
    before = site_names(project / "sites")
    assert len(before) > 1  # the clone brings the openfun factory's sites
    result = make_project(project, api_url, "acme-terraform-state", "--replace", "--site", "acme")
    assert result.returncode == 0, result.stderr
    assert site_names(project / "sites") == ["acme"]
    [removed] = [line for line in result.stdout.splitlines() if line.startswith("Removed the example")]
    assert removed == f"Removed the example {len(before)} sites of the openfun factory ({', '.join(before)}) from sites/."
    assert "the commands need no RICHIE_SITE" in result.stdout
    os.environ.pop("RICHIE_SITE", None)
    assert selected_site(project / "sites") == "acme"


def test_a_bad_site_name_removes_nothing(new_team):
    from stacks.settings import site_names

    project, api_url = new_team
    before, settings = site_names(project / "sites"), (project / "sites" / "project.tfvars").read_text()
    result = make_project(project, api_url, "acme-terraform-state", "--replace", "--site", "Acme_Site")
    assert result.returncode == 2 and "SITE=Acme_Site: 'Acme_Site' is not a valid site name" in result.stderr
    assert site_names(project / "sites") == before and (project / "sites" / "project.tfvars").read_text() == settings


def test_the_api_url_in_env_d_scw_is_read_as_by_every_other_command(new_team):
    project, api_url = new_team
    with (project / "env.d" / "scw").open("a") as env_file:
        env_file.write(f"SCW_API_URL={api_url}\n")
    result = make_project(project, "http://127.0.0.1:9/unreachable", "acme-terraform-state", "--replace")
    assert result.returncode == 0, result.stderr
    assert f"with user_id:{USER} as its operator" in result.stdout
