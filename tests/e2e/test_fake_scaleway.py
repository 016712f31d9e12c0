"""The stand-in provider itself: the real schemas, and a clean plugin handshake."""

import os
import subprocess
import sys

import pytest

from tests.e2e.harness import ROOT
from tests.provider_schema import schema_path


@pytest.fixture(scope="module")
def real_schema():
    path = schema_path()
    if not path.is_file():
        pytest.skip(f"provider schema not found at {path}")
    from tests.e2e.fake_scaleway.provider import provider_schema_json

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAKE_SCALEWAY_SCHEMA", str(path))
        yield provider_schema_json()


def served_block(pb_block):
    """What the provider tells Terraform about a block, in the JSON schema's terms."""
    attributes = {
        a.name: {flag for flag in ("required", "optional", "computed", "sensitive") if getattr(a, flag)}
        for a in pb_block.attributes
    }
    blocks = {b.type_name: (b.nesting, b.min_items, b.max_items, served_block(b.block)) for b in pb_block.block_types}
    return attributes, blocks


def json_block(block):
    from tf.gen import tfplugin_pb2 as pb

    modes = {"list": pb.Schema.NestedBlock.LIST, "set": pb.Schema.NestedBlock.SET, "single": pb.Schema.NestedBlock.SINGLE}
    attributes = {
        name: {flag for flag in ("required", "optional", "computed", "sensitive") if spec.get(flag)}
        for name, spec in block.get("attributes", {}).items()
    }
    blocks = {
        name: (modes[spec["nesting_mode"]], spec.get("min_items", 0), spec.get("max_items", 0), json_block(spec["block"]))
        for name, spec in block.get("block_types", {}).items()
    }
    return attributes, blocks


def test_every_resource_the_app_uses_is_served_with_its_real_schema(real_schema):
    from scripts.generate_bindings import used_resources
    from tests.e2e.fake_scaleway.provider import FakeScaleway

    served = {f"scaleway_{klass.get_name()}": klass for klass in FakeScaleway().get_resources()}
    assert used_resources() <= set(served)
    for name in used_resources():
        assert served_block(served[name].get_schema().to_pb().block) == json_block(real_schema["resource_schemas"][name]["block"]), name


def test_provider_prints_only_the_handshake(real_schema, tmp_path):
    env = dict(
        os.environ,
        HOME=str(tmp_path),
        PYTHONPATH=str(ROOT),
        FAKE_SCALEWAY_SCHEMA=str(schema_path()),
        PLUGIN_PROTOCOL_VERSIONS="6",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.fake_scaleway"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        handshake = process.stdout.readline()
    finally:
        process.terminate()
        rest, _ = process.communicate(timeout=10)
    fields = handshake.strip().split("|")
    assert fields[:3] == ["1", "6", "unix"] and fields[4] == "grpc", handshake
    assert rest.strip() == "", "the provider wrote to stdout after its handshake"
    assert (tmp_path / ".cache" / "tf-python-provider" / "ssl_cert.json").is_file(), "TLS cache outside the given HOME"
