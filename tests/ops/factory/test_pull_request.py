"""The pull request's matrix, on real change sets: commits in a git repository of the
fixture's sites and code, and `git diff base...HEAD` as CI runs it."""

import json
import subprocess

import pytest

from ops.checkout import OperatorError
from ops.factory import pull_request
from tests.fixture_sites import write_fixture_sites


@pytest.fixture
def repository(tmp_path):
    """A checkout with the fixture's sites and a file of code, committed on main."""
    write_fixture_sites(tmp_path / "sites")
    (tmp_path / "stacks").mkdir()
    (tmp_path / "stacks" / "media_stack.py").write_text("# the code\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "scw.md").write_text("# guide\n")
    git(tmp_path, "init", "-q", "-b", "main")
    commit(tmp_path, "main")
    git(tmp_path, "checkout", "-q", "-b", "change")
    return tmp_path


def git(root, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=root, check=True, capture_output=True)


def commit(root, message):
    git(root, "add", "-A")
    git(root, "commit", "-q", "--allow-empty", "-m", message)


def names(root, capsys):
    assert pull_request.main("main", root, root / "sites") == 0
    return [entry["name"] for entry in json.loads(capsys.readouterr().out)["include"]]


def edit(root, path, text="\n# edited\n"):
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    with (root / path).open("a") as file:
        file.write(text)


def test_a_sites_settings_touch_its_stacks_only(repository, capsys):
    edit(repository, "sites/demo/scw/config.tfvars")
    commit(repository, "demo")
    assert names(repository, capsys) == ["demo/media-staging", "demo/media-preprod", "demo/media-production"]


def test_two_sites_over_two_commits(repository, capsys):
    edit(repository, "sites/demo/scw/config.tfvars")
    commit(repository, "demo")
    edit(repository, "sites/ademe/scw/config.tfvars", 'environments = ["staging", "production"]\n')
    commit(repository, "ademe")
    assert names(repository, capsys) == [
        "ademe/media-staging",
        "ademe/media-production",
        *(f"demo/media-{e}" for e in ("staging", "preprod", "production")),
    ]


@pytest.mark.parametrize(
    "path", ["stacks/media_stack.py", "sites/project.tfvars", "Makefile", ".github/actions/setup/action.yml", "requirements.txt"]
)
def test_code_and_project_settings_touch_every_stack_planned_in_one_job(repository, capsys, path):
    edit(repository, path)
    commit(repository, "everything")
    assert pull_request.main("main", repository, repository / "sites") == 0
    assert json.loads(capsys.readouterr().out) == {"include": [{"name": "every stack", "site": "", "env": "", "every": "1"}]}


def test_documentation_touches_nothing(repository, capsys):
    edit(repository, "docs/scw.md")
    commit(repository, "docs")
    assert names(repository, capsys) == []


def test_changes_on_main_since_the_branch_left_it_are_not_the_branchs(repository, capsys):
    git(repository, "checkout", "-q", "main")
    edit(repository, "sites/demo/scw/config.tfvars")
    commit(repository, "someone else's change")
    git(repository, "checkout", "-q", "change")
    edit(repository, "sites/funmooc/scw/config.tfvars")
    commit(repository, "funmooc")
    assert names(repository, capsys) == ["funmooc/media-staging", "funmooc/media-preprod", "funmooc/media-production"]


def test_a_removed_site_is_named_not_planned(repository, capsys):
    git(repository, "rm", "-q", "-r", "sites/ademe")
    commit(repository, "ademe goes")
    assert pull_request.main("main", repository, repository / "sites") == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {"include": []}
    assert "site ademe was removed: its deployed stacks stay until `make destroy` of each." in err


def test_an_unknown_base_is_one_line(repository):
    with pytest.raises(OperatorError, match=r"`git diff origin/main\.\.\.HEAD` failed: .* \(fetch the base branch first\)"):
        pull_request.changed_files("origin/main", repository)
