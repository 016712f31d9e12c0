"""The map of recordings covers what the project uses, and names cassettes that exist."""

import pytest

from localscw import recordings
from localscw.conformance import cassette_dir, cassette_path
from localscw.toolchain import ToolchainError


def test_every_resource_the_stacks_synthesize_is_mapped(demo_stacks, outdir):
    from stacks.app import build_app
    from tests.helpers import first_deploy, fresh_app, site_config, synth_stacks

    site = site_config(
        environment_settings={"production": {"custom_domain": "media.example.org"}}, media_project="acme-media", legacy_state=False
    )
    stacks = {**demo_stacks, **synth_stacks(build_app(site, fresh_app(outdir / "recordings"), inputs=first_deploy(site)))}
    used = {kind for stack in stacks.values() for kind in stack.get("resource", {})}
    used |= {f"data.{kind}" for stack in stacks.values() for kind in stack.get("data", {})}
    assert "data.scaleway_account_project" in used
    assert used - set(recordings.RESOURCES) == set()


def test_every_mapped_cassette_exists_in_the_pinned_provider():
    try:
        services = cassette_dir()
    except ToolchainError as error:
        pytest.skip(str(error))
    missing = [name for name in recordings.mapped_cassettes() if not cassette_path(services, name).is_file()]
    assert missing == []


def test_what_has_no_recording_is_said_with_its_source():
    unmapped = [kind for kind, cassettes in recordings.RESOURCES.items() if not cassettes]
    unmapped += [call for call, cassettes in recordings.API_CALLS.items() if not cassettes]
    said = " ".join(what for what, _ in recordings.UNRECORDED)
    assert "head stage" in said and "purge" in said and "billing" in said and len(unmapped) == 4
    assert all(source for _, source in recordings.UNRECORDED)
