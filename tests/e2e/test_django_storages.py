"""The real client on the settings a deploy hands over: django-storages, under Scaleway's
access rules (enforced in front of the local S3 server, which has none of its own)."""

import json
from datetime import UTC

import pytest

from localscw.harness import STATE_BUCKET
from tests.e2e.django_site import loaded_by_a_shell, round_trip

pytestmark = pytest.mark.e2e
ENVS = ("feature-dj-one", "feature-dj-two")


@pytest.fixture(scope="module")
def deployed(bootstrapped, tmp_path_factory):
    harness = bootstrapped
    files = {}
    for env in ENVS:
        run = harness.ops("deploy", env)
        assert run.returncode == 0, run.output
        files[env] = tmp_path_factory.mktemp(env) / "media.env"
        run = harness.ops("django-env", env, "--output", str(files[env]))
        assert run.returncode == 0, run.output
    yield harness, files
    for env in ENVS:
        harness.ops("destroy", env)


@pytest.mark.parametrize("env", ENVS)
def test_the_site_stores_reads_links_lists_and_deletes_media_with_its_own_key(deployed, env):
    harness, files = deployed
    other = next(e for e in ENVS if e != env)
    others = [f"{other}-e2e-media", STATE_BUCKET]
    result = harness.timed(
        f"django-storages round trip {env}",
        loaded_by_a_shell(files[env], *others),
        cwd=harness.checkout.parent,
        capture_output=True,
        env={"AWS_CA_BUNDLE": str(harness.ca_file)},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    domain = harness.outputs(f"media-{env}")["edge_service_domain"]
    assert any("(9437184 bytes)" in step for step in report["steps"]), "no multipart upload was tried"
    assert any(f"https://{domain}/media/smoke-" in step for step in report["steps"])
    assert report["steps"][-1] == "deleted every file"
    # Another environment's media: no write, no listing (its objects are public, as the CDN
    # needs); the state: nothing at all. Each a clear AccessDenied.
    assert report["denials"] == {
        others[0]: ["AccessDenied", "AccessDenied", "NoSuchKey"],
        STATE_BUCKET: ["AccessDenied", "AccessDenied", "AccessDenied"],
    }


def test_make_smoke_passes_on_the_deployed_environment(deployed):
    harness, _ = deployed
    run = harness.ops("smoke", ENVS[0], env={"AWS_CA_BUNDLE": str(harness.ca_file)})
    assert run.returncode == 0, run.output
    assert f"media-{ENVS[0]}: django-storages round trip passed" in run.output
    assert "ok  deleted every file" in run.output


def test_a_key_rotates_while_django_storages_keeps_working(deployed):
    from datetime import datetime, timedelta

    from ops.stack.preflight import read_env_file

    harness, files = deployed
    env = ENVS[1]
    old_file = files[env]
    old_key = read_env_file(old_file)["DJANGO_AWS_ACCESS_KEY_ID"]
    expires = datetime.fromisoformat(harness.api.api_keys[old_key]["expires_at"].replace("Z", "+00:00"))
    assert timedelta(days=364) < expires - datetime.now(UTC) <= timedelta(days=365)

    harness.write_project(harness.checkout, api_key_lifetime_days=20)  # the next key is short-lived
    try:
        run = harness.ops("rotate-key", env, label=f"rotate-key {env}")
    finally:
        harness.write_project(harness.checkout)
    assert run.returncode == 0, run.output
    new_file = harness.checkout / "env.d" / "django" / "e2e" / f"{env}.env"
    new_key = read_env_file(new_file)["DJANGO_AWS_ACCESS_KEY_ID"]
    assert new_key != old_key and {old_key, new_key} <= set(harness.api.api_keys)
    for settings in (old_file, new_file):  # both work while the site is redeployed
        result = round_trip(harness, settings, f"round trip during the rotation of {env}")
        assert result.returncode == 0, result.stderr
    refused = harness.ops("rotate-key", env)
    assert "a rotation of media-" in refused.output and "FINISH=1" in refused.output

    run = harness.ops("rotate-key", env, "--finish", label=f"rotate-key {env} FINISH=1")
    assert run.returncode == 0, run.output
    assert old_key not in harness.api.api_keys and new_key in harness.api.api_keys
    assert round_trip(harness, new_file, f"round trip after the rotation of {env}").returncode == 0
    stale = round_trip(harness, old_file, "round trip on the deleted key")
    # Its first call is a HEAD, whose 403 has no body to name InvalidAccessKeyId.
    assert stale.returncode != 0 and "An error occurred (403)" in stale.stderr, stale.stderr

    run = harness.ops("diff", env)  # the new key expires in 20 days: the plan says so, and changes nothing
    assert f"warning: API key 2 of media-{env} expires on" in run.output and "(in 19 days)" in run.output, run.output
    assert "No changes." in run.output, run.output
