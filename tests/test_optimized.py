import sys

import pytest

from stacks import optimized


@pytest.fixture
def execv(monkeypatch):
    calls = []
    monkeypatch.setattr(optimized.os, "execv", lambda path, argv: calls.append((path, argv)))
    monkeypatch.setattr(optimized.sys, "argv", ["main.py", "--flag"])
    return calls


def test_reruns_the_same_command_optimized(execv, monkeypatch):
    monkeypatch.delenv("RICHIE_TYPECHECK_BINDINGS", raising=False)
    optimized.reexec_optimized()
    assert execv == [(sys.executable, [sys.executable, "-O", "main.py", "--flag"])]


def test_keeps_the_type_checks_when_asked(execv, monkeypatch):
    monkeypatch.setenv("RICHIE_TYPECHECK_BINDINGS", "1")
    optimized.reexec_optimized()
    assert execv == []
