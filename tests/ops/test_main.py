"""`python -m ops`: one line and exit code 2 for what the operator must fix, found before
the jsii kernel (Node) is ever started."""

import os
import re
import subprocess
import sys

import pytest

from ops.__main__ import main
from ops.checkout import ROOT


def test_errors_are_one_line_and_exit_2(capsys, monkeypatch):
    monkeypatch.setenv("RICHIE_SITE", "nope")
    assert main(["diff", "staging"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unknown site 'nope'")
    assert err.count("\n") == 1


def test_an_environment_is_asked_for(capsys):
    assert main(["deploy"]) == 2
    assert "which environment? e.g. `make deploy ENV=staging`" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["diff", "Bad_Name"], ["deploy", "stagging"], ["site", "demo"]])
def test_a_mistake_is_reported_without_starting_the_jsii_kernel(args):
    env = {k: v for k, v in os.environ.items() if k != "RICHIE_SITE"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ops", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if not line.startswith("import time:")]
    assert len(errors) == 1 and errors[0].startswith("error: "), result.stderr
    assert not any(line.split("|")[-1].strip() in ("cdktf", "jsii") for line in result.stderr.splitlines())


def test_every_command_the_makefile_runs_is_a_row_of_the_table_and_each_row_parses():
    from ops.__main__ import commands, parser

    table = commands()
    run = set(re.findall(r"\$\(OPS\) ([a-z-]+)", (ROOT / "Makefile").read_text())) | {"bindings"}
    assert run <= set(table), run - set(table)
    for name, command in table.items():
        required = [names[0] for names, options in command.arguments if not names[0].startswith("-") and "nargs" not in options]
        required += [value for names, options in command.arguments if options.get("required") for value in (names[0], "x")]
        parsed = parser().parse_args([name, *["x" if not item.startswith("-") else item for item in required]])
        assert (parsed.handler, parsed.synthesizes) == (command.handler, command.synthesizes), name


def test_the_makefiles_variables_are_the_commands_defaults(monkeypatch):
    from ops.__main__ import parser

    monkeypatch.setenv("SITES", "alpha")
    monkeypatch.setenv("FROM", "staging")
    monkeypatch.setenv("BEFORE", "production")
    args = parser().parse_args(["rollout"])
    assert (args.sites, args.first, args.before) == ("alpha", "staging", "production")
    assert parser().parse_args(["status"]).sites == "alpha"
