"""CI's drift issue: opened, updated while the factory differs, closed once in sync; `gh`
is a stand-in here that records the calls it receives."""

import json
import os
import sys

import pytest

from ops.factory import drift_issue

IN_SYNC = {
    "in_sync": True,
    "stacks": [{"site": "demo", "stack": "media-staging", "drift": "in sync", "detail": "", "api_key_expires": "2099-01-01"}],
}
DIFFERS = {
    "in_sync": False,
    "stacks": [
        {"site": None, "stack": "bootstrap", "drift": "in sync", "detail": "", "api_key_expires": None},
        {
            "site": "demo",
            "stack": "media-staging",
            "drift": "changes pending",
            "detail": "Plan: 0 to add, 1 to change.",
            "api_key_expires": "2099-01-01",
        },
        {"site": "demo", "stack": "media-production", "drift": "in sync", "detail": "", "api_key_expires": "never"},
    ],
}


@pytest.fixture
def stand_in_gh(tmp_path, monkeypatch):
    """`gh` on PATH: it logs each call (its arguments, and what it read on stdin) and
    answers `issue list` with the open issues the test sets."""
    log, issues = tmp_path / "calls.jsonl", tmp_path / "issues.json"
    issues.write_text("[]")
    script = tmp_path / "gh"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        f"stdin = sys.stdin.read() if '--body-file' in sys.argv else ''\n"
        f"open({str(log)!r}, 'a').write(json.dumps({{'args': sys.argv[1:], 'stdin': stdin}}) + '\\n')\n"
        f"print(open({str(issues)!r}).read() if sys.argv[1:3] == ['issue', 'list'] else '')\n"
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")

    def calls():
        return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []

    return issues, calls


def run(tmp_path, document):
    path = tmp_path / "status.json"
    path.write_text(json.dumps(document))
    return drift_issue.sync(path)


def test_drift_opens_one_issue_naming_what_differs(stand_in_gh, tmp_path):
    _, calls = stand_in_gh
    assert run(tmp_path, DIFFERS) == 0
    listed, created = calls()
    assert listed["args"][:2] == ["issue", "list"] and "--label" in listed["args"]
    assert created["args"][:2] == ["issue", "create"] and created["args"][created["args"].index("--label") + 1] == "drift"
    assert "`demo/media-staging`: changes pending: Plan: 0 to add, 1 to change." in created["stdin"]
    assert "`demo/media-production`: its API key expires never: `make rotate-key`" in created["stdin"]
    assert "bootstrap" not in created["stdin"]


def test_while_it_lasts_the_same_issue_is_updated(stand_in_gh, tmp_path):
    issues, calls = stand_in_gh
    issues.write_text('[{"number": 42}]')
    run(tmp_path, DIFFERS)
    assert calls()[-1]["args"][:3] == ["issue", "edit", "42"] and "media-staging" in calls()[-1]["stdin"]


def test_once_in_sync_it_is_closed_and_nothing_else_is_done(stand_in_gh, tmp_path):
    issues, calls = stand_in_gh
    run(tmp_path, IN_SYNC)
    assert [call["args"][:2] for call in calls()] == [["issue", "list"]]  # none open: nothing to close
    issues.write_text('[{"number": 42}]')
    run(tmp_path, IN_SYNC)
    assert calls()[-1]["args"][:3] == ["issue", "close", "42"]


def test_a_resource_no_state_holds_is_named_with_its_command(stand_in_gh, tmp_path):
    _, calls = stand_in_gh
    orphan = {"site": "demo", "environment": "staging", "id": "f00d", "objects": 0}
    document = {
        **IN_SYNC,
        "in_sync": False,
        "orphans": [
            {**orphan, "kind": "pipeline", "name": "staging-demo-media-pipeline", "deletable": True},
            {**orphan, "kind": "bucket", "name": "staging-demo-media", "objects": 2, "deletable": False},
        ],
    }
    run(tmp_path, document)
    body = calls()[-1]["stdin"]
    assert "- `demo/staging`: pipeline staging-demo-media-pipeline (f00d) is in no state: `make clean-orphans`" in body
    assert "- `demo/staging`: bucket staging-demo-media (f00d) is in no state: `RICHIE_SITE=demo make adopt ENV=staging`" in body
