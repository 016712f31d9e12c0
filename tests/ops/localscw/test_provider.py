"""The stand-in provider itself: the real schemas, and a clean plugin handshake."""

import os
import subprocess
import sys

import pytest

from ops.project import ROOT
from ops.project import provider_schema_path as schema_path


@pytest.fixture(scope="module")
def real_schema():
    path = schema_path()
    if not path.is_file():
        pytest.skip(f"provider schema not found at {path}")
    from ops.localscw.provider import provider_schema_json

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
    from ops.bindings import used_resources
    from ops.localscw.provider import FakeScaleway

    served = {f"scaleway_{klass.get_name()}": klass for klass in FakeScaleway().get_resources()}
    assert used_resources() <= set(served)
    for name in used_resources():
        assert served_block(served[name].get_schema().to_pb().block) == json_block(real_schema["resource_schemas"][name]["block"]), name


def test_provider_prints_only_the_handshake(real_schema, tmp_path):
    env = dict(
        os.environ,
        HOME=str(tmp_path),
        TMPDIR=str(tmp_path),  # where its socket goes: a killed provider cannot remove it
        PYTHONPATH=str(ROOT),
        FAKE_SCALEWAY_SCHEMA=str(schema_path()),
        PLUGIN_PROTOCOL_VERSIONS="6",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "ops.localscw"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
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


class Diagnosed:
    """What `tf` hands a resource: somewhere to report errors."""

    def __init__(self):
        from tf.utils import Diagnostics

        self.diagnostics = Diagnostics()

    def errors(self):
        return [d.summary for d in self.diagnostics.diagnostics]


@pytest.fixture
def local_scaleway(real_schema, tmp_path, monkeypatch):
    """The stand-in provider's resources, on a moto S3 server and a records file of their own."""
    import logging

    from moto.server import ThreadedMotoServer

    from ops.localscw.harness import free_port
    from ops.localscw.provider import FakeScaleway

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    monkeypatch.setenv("FAKE_SCALEWAY_S3_ENDPOINT", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("FAKE_SCALEWAY_STATE", str(tmp_path / "records.json"))
    provider = FakeScaleway()
    provider.configure_provider(None, {"project_id": "project-1", "organization_id": "org-1", "region": "fr-par"})
    yield {f"scaleway_{k.get_name()}": k(provider) for k in provider.get_resources()}
    server.stop()


def test_a_bucket_holding_media_is_not_deleted_without_force_destroy(local_scaleway):
    from ops.localscw.resources import s3

    bucket = local_scaleway["scaleway_object_bucket"]
    planned = {**bucket.empty_state(), "name": "media", "force_destroy": False}
    state = bucket.create(Diagnosed(), planned)
    s3().put_object(Bucket="media", Key="a.jpg", Body=b"x")
    refused = Diagnosed()
    assert bucket.delete(refused, state) == state
    assert any("BucketNotEmpty" in error for error in refused.errors())
    assert bucket.delete(Diagnosed(), {**state, "force_destroy": True}) is None
    assert "media" not in [b["Name"] for b in s3().list_buckets()["Buckets"]]


def test_a_stage_pointing_to_a_missing_pipeline_fails_like_the_api(local_scaleway):
    stage = local_scaleway["scaleway_edge_services_cache_stage"]
    ctx = Diagnosed()
    planned = {**stage.empty_state(), "pipeline_id": "no-such-pipeline", "fallback_ttl": 60}
    assert stage.create(ctx, planned) is None
    assert ctx.errors() == ["scaleway-sdk-go: http error 404 Not Found: edge services pipeline no-such-pipeline is not found"]


def test_an_automatic_dns_stage_reports_no_name_as_the_api_records(local_scaleway):
    pipelines = local_scaleway["scaleway_edge_services_pipeline"]
    pipeline = pipelines.create(Diagnosed(), {**pipelines.empty_state(), "name": "p"})
    assert pipeline["status"] == "warning"
    dns = local_scaleway["scaleway_edge_services_dns_stage"]
    from tf.types import Unknown

    state = dns.create(
        Diagnosed(), {**dns.empty_state(), "pipeline_id": pipeline["id"], "fqdns": Unknown, "default_fqdn": Unknown, "type": Unknown}
    )
    assert (state["default_fqdn"], state["fqdns"], state["type"]) == ("", [], "auto")
    assert dns.read(Diagnosed(), state) == state  # read after read: still no name


def test_a_refresh_returns_what_the_api_holds_now(local_scaleway):
    from ops.localscw.resources import store

    pipelines = local_scaleway["scaleway_edge_services_pipeline"]
    pipeline = pipelines.create(Diagnosed(), {**pipelines.empty_state(), "name": "p"})
    with store().records() as data:
        data["scaleway_edge_services_pipeline"][pipeline["id"]]["status"] = "ready"
    assert pipelines.read(Diagnosed(), pipeline)["status"] == "ready"


def test_a_policy_reads_back_as_configured_while_equivalent(local_scaleway):
    import json

    from ops.localscw.resources import s3

    s3().create_bucket(Bucket="media")
    policies = local_scaleway["scaleway_object_bucket_policy"]
    text = json.dumps({"Version": "2023-04-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "media/*"}]})
    state = policies.create(Diagnosed(), {**policies.empty_state(), "bucket": "media", "policy": text})
    assert policies.read(Diagnosed(), state) == state
    s3().put_bucket_policy(Bucket="media", Policy=json.dumps({"Version": "2023-04-17", "Statement": []}))
    assert policies.read(Diagnosed(), state)["policy"] == '{"Statement":[],"Version":"2023-04-17"}'


def test_an_acl_imported_without_its_acl_in_the_id_reads_back_empty(local_scaleway):
    from ops.localscw.resources import s3

    s3().create_bucket(Bucket="state")
    acl = local_scaleway["scaleway_object_bucket_acl"]
    assert acl.import_(Diagnosed(), "fr-par/state")["acl"] == ""
    imported = acl.import_(Diagnosed(), "fr-par/state/private")
    assert (imported["id"], imported["acl"]) == ("fr-par/state/private", "private")


def test_api_keys_are_named_by_their_access_key_and_get_a_secret(local_scaleway):
    app = local_scaleway["scaleway_iam_application"].create(Diagnosed(), {**local_scaleway["scaleway_iam_application"].empty_state()})
    key = local_scaleway["scaleway_iam_api_key"]
    from tf.types import Unknown

    state = key.create(Diagnosed(), {**key.empty_state(), "application_id": app["id"], "access_key": Unknown, "secret_key": Unknown})
    assert state["id"] == state["access_key"] and state["access_key"].startswith("SCW")
    assert len(state["secret_key"]) == 36 and state["secret_key"] != state["access_key"]
