"""The real client on the settings a deploy hands over: django-storages, under Scaleway's
access rules (enforced in front of the local S3 server, which has none of its own)."""

import json
import sys

import pytest

from localscw.harness import STATE_BUCKET

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
        [sys.executable, "-m", "tests.e2e.django_site.client", str(files[env]), *others],
        cwd=harness.project.parent, capture_output=True, env={"AWS_CA_BUNDLE": str(harness.ca_file)},
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
