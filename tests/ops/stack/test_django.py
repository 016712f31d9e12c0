import json
import os
import stat
from pathlib import Path

import pytest

from ops.checkout import OperatorError
from ops.stack.django import render_django_env, write_private
from ops.stack.preflight import parse_env

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def outputs():
    """The stack's outputs by name, as `ops.stack.terraform.outputs` reads them from `terraform output -json`."""
    return {name: output["value"] for name, output in json.loads((FIXTURES / "terraform_outputs.json").read_text()).items()}


def test_django_env_hands_over_every_setting_the_client_needs(outputs):
    text = render_django_env(outputs, "media-staging", "demo")
    assert parse_env(text, Path("django.env")) == {
        "DJANGO_AWS_S3_CUSTOM_DOMAIN": "1f8e8d6c-0b38-4a57-9f1e-2c6a7f2b9d10.svc.edge.scw.cloud",
        "DJANGO_AWS_ACCESS_KEY_ID": "SCWFIXTUREACCESSKEY1",
        "DJANGO_AWS_SECRET_ACCESS_KEY": "6b1ad1c4-57c9-4f5c-8f3e-0c0d2a9e7b41",
        "DJANGO_AWS_STORAGE_BUCKET_NAME": "staging-demo-media",
        "DJANGO_AWS_S3_REGION_NAME": "fr-par",
        "DJANGO_AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
        "DJANGO_AWS_S3_FILE_OVERWRITE": "False",
        "AWS_REQUEST_CHECKSUM_CALCULATION": "when_required",
        "AWS_RESPONSE_CHECKSUM_VALIDATION": "when_required",
    }


def test_each_setting_is_commented_with_the_setting_that_reads_it(outputs):
    lines = render_django_env(outputs, "media-staging", "demo").splitlines()
    for index, line in enumerate(lines):
        if not line.startswith("#"):
            name = line.split("=")[0]
            assert lines[index - 1].startswith("# "), name
            if name.startswith("DJANGO_"):
                assert lines[index - 1].startswith(f"# {name.removeprefix('DJANGO_')}:"), name


def test_django_env_quotes_values_a_shell_would_split(outputs):
    outputs["iam_access_secret"] = "a b'c$d"
    text = render_django_env(outputs, "media-staging", "demo")
    assert "DJANGO_AWS_SECRET_ACCESS_KEY='a b'\"'\"'c$d'\n" in text
    assert parse_env(text, Path("django.env"))["DJANGO_AWS_SECRET_ACCESS_KEY"] == "a b'c$d"


def test_django_env_of_a_never_deployed_environment():
    with pytest.raises(
        OperatorError,
        match=r"demo's media-staging has no .* output: it was never deployed \(run `RICHIE_SITE=demo make deploy ENV=staging`\)",
    ):
        render_django_env({}, "media-staging", "demo")


def test_a_private_file_stays_private_whatever_its_mode_was(tmp_path):
    target = tmp_path / "django.env"
    target.write_text("old")
    target.chmod(0o644)
    write_private(target, "SECRET=1\n")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert target.read_text() == "SECRET=1\n"


def test_a_shell_reads_the_file_as_the_commands_do(outputs, tmp_path):
    """`set -a; . file` (docs/scw.md): the same variables, quoted values included."""
    import subprocess

    outputs["edge_service_domain"] = "odd value; with $pecial chars"
    text = render_django_env(outputs, "media-staging", "demo")
    path = tmp_path / "media.env"
    path.write_text(text)
    shell = subprocess.run(["bash", "-c", 'set -a; . "$0"; env -0', str(path)], env={}, capture_output=True, text=True, check=True)
    loaded = dict(item.split("=", 1) for item in shell.stdout.split("\0") if "=" in item)
    written = parse_env(text, path)
    assert {name: loaded[name] for name in written} == written
    assert loaded["DJANGO_AWS_S3_CUSTOM_DOMAIN"] == "odd value; with $pecial chars"
