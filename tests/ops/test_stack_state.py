"""A stack's state read from the bucket: the outputs `terraform output` gives (the oracle is
a state real Terraform wrote), and what the stack carries over from them."""

import json
import shutil
import subprocess

import boto3
import pytest
from moto import mock_aws

from ops import stack_state
from ops.checkout import QUIET_CLI, OperatorError
from stacks.contract import StateInputs
from tests.helpers import site_config

BUCKET, KEY = "acme-terraform-state", "demo/media-staging.tfstate"
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
def bucket():
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
        client.create_bucket(Bucket=BUCKET)
        yield client


def test_the_outputs_are_those_terraform_reads(bucket, terraform_state):
    state, by_terraform = terraform_state
    bucket.put_object(Bucket=BUCKET, Key=KEY, Body=state)
    assert stack_state.read_outputs(bucket, BUCKET, KEY) == by_terraform


def test_no_state_yet_is_no_output(bucket):
    assert stack_state.read_outputs(bucket, BUCKET, KEY) == {}


def test_a_missing_bucket_says_to_bootstrap(bucket):
    with pytest.raises(OperatorError, match=r"the state bucket other does not exist: run `make bootstrap` first\."):
        stack_state.read_outputs(bucket, "other", KEY)


@pytest.mark.parametrize("body", [b'{"version": 3, "modules": []}', b"\x00encrypted", b'{"version": 4, "outputs": []}'])
def test_a_state_in_another_format_is_not_guessed(bucket, body):
    bucket.put_object(Bucket=BUCKET, Key=KEY, Body=body)
    with pytest.raises(stack_state.UnknownStateFormat, match=f"s3://{BUCKET}/{KEY} is not a Terraform state of format 4"):
        stack_state.read_outputs(bucket, BUCKET, KEY)


def test_a_refused_read_names_the_state_and_the_fix(bucket, monkeypatch):
    from botocore.exceptions import ClientError

    def refuse(**kwargs):
        raise ClientError({"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}, "GetObject")

    monkeypatch.setattr(bucket, "get_object", refuse)
    with pytest.raises(OperatorError, match=rf"could not read the state s3://{BUCKET}/{KEY} \(AccessDenied\): the key in use must be"):
        stack_state.read_outputs(bucket, BUCKET, KEY)


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


def test_an_attached_domain_stays_attached_whatever_the_resolver_says(production):
    env, _ = production
    assert stack_state.inputs_from(env, {"custom_domain_attached": True}).custom_domain_ready is True


# -- For the cdktf CLI's synthesis -----------------------------------------------------------


def test_the_key_the_backend_uses_comes_first():
    assert stack_state.exported_key({"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s"}) == {"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s"}
    both = {"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s", "AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "a"}
    assert stack_state.exported_key(both) == {"SCW_ACCESS_KEY": "A", "SCW_SECRET_KEY": "a"}
    assert stack_state.exported_key({"AWS_ACCESS_KEY_ID": "A"}) is None


def test_without_a_key_every_media_stack_is_for_review_in_one_line(capsys):
    assert stack_state.synthesis_inputs(site_config(), {}) == {}
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "synthesized for review only" in err and "Export the variables of env.d/scw" in err


def test_with_a_key_each_stack_gets_its_states_inputs(bucket, monkeypatch, capsys):
    site = site_config(state_bucket=BUCKET)
    staging_key = site.state_key(site.environment("staging"))
    bucket.put_object(Bucket=BUCKET, Key=staging_key, Body=json.dumps({"version": 4, "outputs": {"api_key_slots": {"value": ["2"]}}}))
    bucket.put_object(Bucket=BUCKET, Key=site.state_key(site.environment("preprod")), Body=b"\x00encrypted")
    monkeypatch.setattr(stack_state, "state_client", lambda project, key: bucket)
    inputs = stack_state.synthesis_inputs(site, {"SCW_ACCESS_KEY": "S", "SCW_SECRET_KEY": "s"})
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
