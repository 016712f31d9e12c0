"""Building the real provider and OpenTofu: where they go, and one line when they cannot be had."""

import sys

import pytest

from localscw import toolchain
from ops.checkout import provider_version
from stacks.versions import PROVIDER_ADDRESS


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("RICHIE_TOOLS_CACHE", str(tmp_path))
    return tmp_path


def test_the_provider_lands_in_a_filesystem_mirror_outside_the_repository(empty_cache):
    binary = toolchain.provider_binary()
    version = provider_version()
    assert (
        binary
        == empty_cache / "providers" / PROVIDER_ADDRESS / version / toolchain.platform_dir() / f"terraform-provider-scaleway_v{version}"
    )
    assert toolchain.tofu_binary() == empty_cache / "tofu" / toolchain.OPENTOFU_VERSION / "tofu"


def test_without_go_the_build_says_what_to_do_in_one_line(empty_cache, monkeypatch):
    monkeypatch.setenv("PATH", str(empty_cache))
    for build in (toolchain.build_provider, toolchain.build_tofu):
        with pytest.raises(toolchain.ToolchainError) as caught:
            build()
        message = str(caught.value)
        assert message.startswith("Go not found on PATH: install Go") and "\n" not in message


def test_a_failed_step_gives_its_last_line(empty_cache):
    with pytest.raises(toolchain.ToolchainError, match=r"^building scaleway/scaleway failed: boom$"):
        toolchain._run(
            [sys.executable, "-c", "import sys; print('noise', file=sys.stderr); sys.exit('boom')"], what="building scaleway/scaleway"
        )


def test_terraform_and_opentofu_install_only_from_the_mirror(tmp_path, empty_cache):
    config = toolchain.cli_config(tmp_path).read_text()
    assert f'path    = "{empty_cache / "providers"}"' in config
    for address in (PROVIDER_ADDRESS, "registry.opentofu.org/scaleway/scaleway"):
        assert config.count(f'"{address}"') == 2  # mirrored, and excluded from any registry


def test_the_sdk_substitute_names_the_pinned_provider():
    """The one deviation from the published module is for the pinned version alone."""
    assert set(toolchain.SDK_SUBSTITUTES) == {provider_version()}


def test_main_reports_a_toolchain_error_in_one_line(empty_cache, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(empty_cache))
    assert toolchain.main(["provider"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Go not found on PATH") and err.count("\n") == 1


def test_nothing_but_the_provider_is_written_into_its_package(empty_cache, monkeypatch):
    """Terraform checks a mirrored package's files against every lock file: the schema read
    from it is kept elsewhere."""
    binary = toolchain.provider_binary()
    binary.parent.mkdir(parents=True)
    binary.write_text("#!/bin/sh\n")
    saved = empty_cache / "schemas" / f"scaleway-{provider_version()}.json"
    saved.parent.mkdir(parents=True)
    saved.write_text('{"provider_schemas": {}}')
    monkeypatch.setattr(toolchain, "_once", lambda path, build: path)
    assert toolchain.provider_schema() == {"provider_schemas": {}}
    assert sorted(p.name for p in binary.parent.iterdir()) == [binary.name]
