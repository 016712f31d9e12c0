"""A stack's state read from the bucket: the outputs `terraform output` gives (the oracle is
a state real Terraform wrote), and what the stack carries over from them."""

import json
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ops.checkout import QUIET_CLI, OperatorError
from ops.key import ScalewayKey
from ops.scaleway.state_bucket import StateBucket
from ops.stack import stack_state
from stacks.contract import StateInputs
from tests.helpers import site_config

BUCKET, KEY = "acme-terraform-state", "env:/staging/demo.tfstate"
ENDPOINT = "1f8e8d6c-0b38-4a57-9f1e-2c6a7f2b9d10.svc.edge.scw.cloud"
# Outputs of every kind a media stack has: strings, a sensitive one, a list, a map with a null, a bool.
CONFIG = {
    "output": {
        "bucket_name": {"value": "staging-demo-media"},
        "iam_access_secret": {"value": "6b1ad1c4-0000-4000-8000-000000000000", "sensitive": True},
        "api_key_slots": {"value": ["1", "2"]},
        "api_keys_expire_at": {"value": {"1": "2027-01-01T00:00:00Z", "2": None}},
        "custom_domain_attached": {"value": True},
    }
}


@pytest.fixture(scope="module")
def terraform_state(tmp_path_factory):
    """A state written by real Terraform, and what `terraform output -json` reads from it."""
    terraform = shutil.which("terraform")
    if terraform is None:
        pytest.skip("terraform is not on PATH")
    folder = tmp_path_factory.mktemp("state")
    (folder / "main.tf.json").write_text(json.dumps(CONFIG))
    env = {**QUIET_CLI, "PATH": "/usr/bin:/bin", "HOME": str(folder)}
    for args in (("init", "-input=false"), ("apply", "-input=false", "-auto-approve")):
        assert subprocess.run([terraform, f"-chdir={folder}", *args], env=env, capture_output=True).returncode == 0
    shown = subprocess.run([terraform, f"-chdir={folder}", "output", "-json"], env=env, capture_output=True, text=True, check=True)
    return (folder / "terraform.tfstate").read_bytes(), {name: o["value"] for name, o in json.loads(shown.stdout).items()}


@pytest.fixture
def bucket(s3, request):
    """A fresh bucket of that server, and the reader of it."""
    name = f"state-{request.node.name.lower().replace('_', '-')[:40]}"
    admin = s3.client()
    admin.create_bucket(Bucket=name)
    yield admin, StateBucket(name, s3.endpoint, "us-east-1", True, "SCWKEY", "secret")
    for item in admin.list_objects_v2(Bucket=name).get("Contents", []):
        admin.delete_object(Bucket=name, Key=item["Key"])
    admin.delete_bucket(Bucket=name)


def test_the_outputs_are_those_terraform_reads(bucket, terraform_state):
    admin, reader = bucket
    state, by_terraform = terraform_state
    admin.put_object(Bucket=reader.name, Key=KEY, Body=state)
    assert stack_state.read_outputs(reader, KEY) == by_terraform


def test_a_legacy_workspace_key_is_read_as_it_is(bucket, terraform_state):
    admin, reader = bucket
    admin.put_object(Bucket=reader.name, Key="env:/staging/demo.tfstate", Body=terraform_state[0])
    assert stack_state.read_outputs(reader, "env:/staging/demo.tfstate") == terraform_state[1]


def test_no_state_yet_is_no_output(bucket):
    _, reader = bucket
    assert stack_state.read_outputs(reader, KEY) == {}


def test_a_missing_bucket_says_to_bootstrap(s3):
    reader = StateBucket("nowhere", s3.endpoint, "us-east-1", True, "SCWKEY", "secret")
    with pytest.raises(OperatorError, match=r"the state bucket nowhere does not exist: run `make bootstrap` first\."):
        stack_state.read_outputs(reader, KEY)


@pytest.mark.parametrize(
    ("body", "found"),
    [(b'{"version": 3, "modules": []}', "3"), (b"\x00encrypted", "None"), (b"[4]", "None"), (b'{"version": 4, "outputs": []}', "4")],
)
def test_a_state_in_another_format_is_not_guessed(bucket, body, found):
    admin, reader = bucket
    admin.put_object(Bucket=reader.name, Key=KEY, Body=body)
    with pytest.raises(stack_state.UnknownStateFormat) as error:
        stack_state.read_outputs(reader, KEY)
    assert str(error.value) == f"s3://{reader.name}/{KEY} is not a Terraform state of format 4 (format {found})"


def test_a_state_of_format_4_without_outputs_has_none(bucket):
    admin, reader = bucket
    admin.put_object(Bucket=reader.name, Key=KEY, Body=b'{"version": 4, "resources": []}')
    assert stack_state.read_outputs(reader, KEY) == {}


@pytest.fixture
def refusing(request):
    """An Object Storage that refuses every request as Scaleway does (403, AccessDenied, or
    the code the test's `code` mark names), recording the requests' paths and headers."""
    seen = []
    marker = request.node.get_closest_marker("code")
    code = marker.args[0] if marker else "AccessDenied"

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append((self.path, dict(self.headers)))
            body = f"<?xml version='1.0'?><Error><Code>{code}</Code><Message>Refused</Message></Error>".encode()
            self.send_response(403)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()


def test_a_refused_read_names_the_state_and_the_fix(refusing):
    endpoint, seen = refusing
    reader = StateBucket(BUCKET, endpoint, "fr-par", True, "SCWKEY", "secret")
    with pytest.raises(OperatorError, match=rf"could not read the state s3://{BUCKET}/{KEY} \(AccessDenied\): the key in use must be"):
        stack_state.read_outputs(reader, KEY)
    [(path, headers)] = seen
    assert path == f"/{BUCKET}/env%3A/staging/demo.tfstate"
    assert (
        headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=SCWKEY/") and "/fr-par/s3/aws4_request" in headers["Authorization"]
    )
    assert "secret" not in json.dumps(headers)


def test_an_unreachable_bucket_is_one_line():
    reader = StateBucket(BUCKET, "http://127.0.0.1:9", "fr-par", True, "SCWKEY", "secret")
    with pytest.raises(OperatorError, match=f"could not reach the state bucket {BUCKET}: "):
        stack_state.read_outputs(reader, KEY)


def test_objects_are_addressed_as_scaleway_serves_them():
    virtual = StateBucket(BUCKET, "https://s3.fr-par.scw.cloud", "fr-par", False, "K", "S")
    assert virtual.url("env:/staging/demo.tfstate") == f"https://{BUCKET}.s3.fr-par.scw.cloud/env%3A/staging/demo.tfstate"
    path_style = StateBucket(BUCKET, "https://192.0.2.1/", "fr-par", True, "K", "S")
    assert path_style.url(KEY) == f"https://192.0.2.1/{BUCKET}/env%3A/staging/demo.tfstate"


# -- What the stack carries over ------------------------------------------------------------


def staging():
    return site_config().environment("staging")


def test_a_first_deploy_carries_the_first_slot_and_no_domain():
    assert stack_state.inputs_from(staging(), {}) == StateInputs(api_key_slots=("1",), custom_domain_ready=False)


def test_the_key_slots_carry_over_from_the_state():
    assert stack_state.inputs_from(staging(), {"api_key_slots": ["2", "3"]}).api_key_slots == ("2", "3")


@pytest.fixture
def production(tmp_path, monkeypatch):
    """An environment with a custom domain, and the resolver fed from a file instead of the DNS."""
    records = tmp_path / "records.json"
    records.write_text("{}")
    monkeypatch.setenv("RICHIE_DNS_RECORDS", str(records))
    site = site_config(environment_settings={"production": {"custom_domain": "media.example.org"}})
    return site.environment("production"), records


def test_the_domain_is_ready_once_its_cname_reaches_the_pipeline(production):
    env, records = production
    deployed = {"cdn_pipeline_id": ENDPOINT.split(".")[0], "custom_domain_attached": False}
    assert stack_state.inputs_from(env, {}).custom_domain_ready is False  # no pipeline yet
    assert stack_state.inputs_from(env, deployed).custom_domain_ready is False
    records.write_text(json.dumps({"media.example.org": "elsewhere.example.net"}))
    assert stack_state.inputs_from(env, deployed).custom_domain_ready is False
    records.write_text(json.dumps({"media.example.org": ENDPOINT}))
    assert stack_state.inputs_from(env, deployed).custom_domain_ready is True


def test_in_a_scaleway_hosted_zone_the_dns_is_never_asked(monkeypatch):
    monkeypatch.setattr(stack_state, "reaches", lambda *args: pytest.fail("the stack writes the record: nothing to look up"))
    settings = {"custom_domain": "media.example.org", "custom_domain_zone": "example.org"}
    env = site_config(environment_settings={"production": settings}).environment("production")
    assert stack_state.inputs_from(env, {"cdn_pipeline_id": ENDPOINT.split(".")[0]}).custom_domain_ready is False


def test_an_attached_domain_stays_attached_whatever_the_resolver_says(production):
    env, _ = production
    assert stack_state.inputs_from(env, {"custom_domain_attached": True}).custom_domain_ready is True


# -- For the cdktf CLI's synthesis -----------------------------------------------------------


def test_the_key_the_backend_uses_comes_first():
    assert stack_state.exported_key({"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s"}) == ScalewayKey("S", "s")
    both = {"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s", "AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "a"}
    assert stack_state.exported_key(both) == ScalewayKey("A", "a")
    assert stack_state.exported_key({"AWS_ACCESS_KEY_ID": "A"}) is None


def test_without_a_key_every_media_stack_is_for_review_in_one_line(capsys):
    assert stack_state.synthesis_inputs(site_config(), {}) == {}
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "synthesized for review only" in err and "Export the variables of env.d/scw" in err


def test_with_a_key_each_stack_gets_its_states_inputs(bucket, monkeypatch, capsys):
    admin, reader = bucket
    site = site_config(state_bucket=reader.name)
    staging_key = site.state_key(site.environment("staging"))
    admin.put_object(Bucket=reader.name, Key=staging_key, Body=json.dumps({"version": 4, "outputs": {"api_key_slots": {"value": ["2"]}}}))
    admin.put_object(Bucket=reader.name, Key=site.state_key(site.environment("preprod")), Body=b"\x00encrypted")
    asked = []
    monkeypatch.setattr(StateBucket, "of", classmethod(lambda cls, project, key: asked.append((project, key)) or reader))
    inputs = stack_state.synthesis_inputs(site, {"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s"})
    assert asked == [(site.project, ScalewayKey("S", "s"))]
    assert inputs == {"media-staging": StateInputs(api_key_slots=("2",)), "media-production": StateInputs()}
    assert capsys.readouterr().err.startswith("note: media-preprod is synthesized for review only, its plan refused: s3://")


def test_an_apex_is_ready_once_it_resolves_to_the_endpoints_addresses(production):
    env, records = production
    env = site_config(environment_settings={"production": {"custom_domain": "example.org"}}).environment("production")
    deployed = {"cdn_pipeline_id": ENDPOINT.split(".")[0]}
    records.write_text(json.dumps({ENDPOINT: {"A": ["192.0.2.7"], "AAAA": ["2001:db8::7"]}}))
    assert stack_state.inputs_from(env, deployed).custom_domain_ready is False  # no ALIAS yet
    records.write_text(json.dumps({ENDPOINT: {"A": ["192.0.2.7"]}, "example.org": {"A": ["192.0.2.99"]}}))
    assert stack_state.inputs_from(env, deployed).custom_domain_ready is False  # another host's address
    both = {"A": ["192.0.2.7"], "AAAA": ["2001:db8::7"]}
    records.write_text(json.dumps({ENDPOINT: both, "example.org": both}))
    assert stack_state.inputs_from(env, deployed).custom_domain_ready is True


@pytest.mark.parametrize(
    "refusing",
    [
        pytest.param(None, marks=pytest.mark.code("SignatureDoesNotMatch"), id="secret-of-another-key"),
        pytest.param(None, marks=pytest.mark.code("InvalidAccessKeyId"), id="unknown-access-key"),
    ],
    indirect=True,
)
def test_a_secret_of_another_key_is_refused_in_one_line(refusing):
    endpoint, seen = refusing
    reader = StateBucket(BUCKET, endpoint, "fr-par", True, "SCWKEY", "another-keys-secret")
    with pytest.raises(OperatorError) as error:
        reader.check_key()
    assert str(error.value).startswith("env.d/scw: SCW_SECRET_KEY is not the secret of SCW_ACCESS_KEY")
    assert str(error.value).endswith("copy both from the same API key (console: IAM > API keys).")
    assert "\n" not in str(error.value)
    assert seen[0][0] == f"/{BUCKET}/?list-type=2&max-keys=0"


def test_a_refusal_after_the_signature_proves_the_pair(refusing, s3):
    endpoint, _ = refusing  # AccessDenied: the signature was checked first
    StateBucket(BUCKET, endpoint, "fr-par", True, "SCWKEY", "secret").check_key()
    StateBucket("not-made-yet", s3.endpoint, "us-east-1", True, "SCWKEY", "secret").check_key()


def test_an_unreachable_bucket_proves_nothing():
    with pytest.raises(OperatorError, match="could not reach"):
        StateBucket(BUCKET, "http://127.0.0.1:9", "fr-par", True, "K", "S").check_key()


@pytest.mark.parametrize(
    ("deployed_in", "setting", "said"),
    [
        (None, "acme-media", "is in env.d/scw's project, and sites/project.tfvars puts media in the media project acme-media"),
        ("acme-media", None, "is in the media project acme-media, and sites/project.tfvars puts media in env.d/scw's project"),
        (
            "acme-media",
            "other-media",
            "is in the media project acme-media, and sites/project.tfvars puts media in the media project other-media",
        ),
    ],
)
def test_a_deployed_bucket_is_never_moved_to_another_project(deployed_in, setting, said):
    site = site_config(media_project=setting)
    outputs = {"bucket_name": "staging-demo-media", **({"media_project": deployed_in} if deployed_in else {})}
    with pytest.raises(OperatorError) as refused:
        stack_state.check_bucket_project(site, site.environment("staging"), outputs)
    assert str(refused.value).startswith(f"media-staging's bucket staging-demo-media {said}: a bucket cannot change project")
    assert "\n" not in str(refused.value)


def test_a_bucket_in_its_project_or_none_yet_passes():
    for setting, outputs in (
        ("acme-media", {}),
        ("acme-media", {"bucket_name": "b", "media_project": "acme-media"}),
        (None, {"bucket_name": "b"}),
    ):
        site = site_config(media_project=setting)
        assert stack_state.check_bucket_project(site, site.environment("staging"), outputs) is None


def test_under_the_cdktf_cli_a_stack_whose_bucket_would_move_is_for_review_only(bucket, monkeypatch, capsys):
    admin, reader = bucket
    site = site_config(state_bucket=reader.name, media_project="acme-media")
    deployed = {"version": 4, "outputs": {"bucket_name": {"value": "staging-demo-media"}}}  # before media_project
    admin.put_object(Bucket=reader.name, Key=site.state_key(site.environment("staging")), Body=json.dumps(deployed))
    monkeypatch.setattr(StateBucket, "of", classmethod(lambda cls, project, key: reader))
    inputs = stack_state.synthesis_inputs(site, {"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s"})
    assert "media-staging" not in inputs and "media-production" in inputs
    assert "note: media-staging is synthesized for review only, its plan refused: media-staging's bucket" in capsys.readouterr().err
