"""`make access` against enforcement: two sites deployed, then each question of the report
asked of Object Storage (through the gateway) with each principal's real key, cell by cell."""

import json
import re
import shutil
import uuid

import pytest
from botocore.exceptions import ClientError

from localscw.harness import STATE_BUCKET
from localscw.scaleway import CI_DEPLOY_KEY, CREDENTIALS, OPERATOR

pytestmark = pytest.mark.e2e
SITES = ("alpha", "beta")
FACTORY_BUCKETS = (STATE_BUCKET, "staging-alpha-media", "staging-beta-media")
HANDMADE = "handmade-notes"


@pytest.fixture(scope="module")
def factory(bootstrapped):
    harness = bootstrapped
    checkout = harness.variant("access-matrix")
    shutil.rmtree(checkout / "sites" / "e2e")
    keys = {OPERATOR: (CREDENTIALS["SCW_ACCESS_KEY"], CREDENTIALS["SCW_SECRET_KEY"])}
    ci_key = harness.new_ci_key()
    keys[CI_DEPLOY_KEY] = (ci_key["access_key"], ci_key["secret_key"])
    for site in SITES:
        harness.write_site(site, checkout, environments=["staging"], environment_settings={})
        run = harness.ops("deploy", "staging", checkout=checkout, env={"RICHIE_SITE": site}, label=f"deploy {site} staging")
        assert run.returncode == 0, run.output
        outputs = harness.outputs("media-staging", checkout)  # the folder is this site's until the next deploy
        keys[f"application staging-{site}"] = (outputs["iam_access_key"], outputs["iam_access_secret"])
    harness.s3.create_bucket(Bucket=HANDMADE)  # made by hand: no policy, no stack
    run = harness.ops("access", checkout=checkout, label="make access")
    assert run.returncode == 0, run.output
    # The project's other buckets (other tests' too, on this local Scaleway) are listed; this
    # run probes the factory's and the one made by hand.
    return harness, keys, {cell: found for cell, found in parse(run.output).items() if cell[1] in (*FACTORY_BUCKETS, HANDMADE)}


def parse(report: str) -> dict[tuple[str, str], set[str]]:
    """Every cell of the report's tables (the state bucket's, then one a site)."""
    cells = {}
    for table in report.split("\n\n"):
        cells.update(parse_table(table))
    return cells


def parse_table(table: str) -> dict[tuple[str, str], set[str]]:
    lines = [line for line in table.splitlines() if line and not line.startswith("?") and not line.endswith(":")]
    header = re.split(r"\s{2,}", lines[0])[1:]
    cells = {}
    for line in lines[1:]:
        label, *values = re.split(r"\s{2,}", line)
        for bucket, value in zip(header, values, strict=True):
            cells[(label, bucket)] = (
                {"list", "get", "put", "delete", "multipart", "configure"} if value == "all" else set(value.split()) - {"-"}
            )
    return cells


def enforced(harness, client, bucket: str) -> set[str]:
    """The capabilities Object Storage grants this client on this bucket, each tried for real."""
    admin, probe = harness.s3, f"probe-{uuid.uuid4().hex}"
    admin.put_object(Bucket=bucket, Key=f"{probe}.get", Body=b"x")
    admin.put_object(Bucket=bucket, Key=f"{probe}.delete", Body=b"x")
    upload = admin.create_multipart_upload(Bucket=bucket, Key=f"{probe}.parts")["UploadId"]
    tries = {
        "list": [lambda: client.list_objects_v2(Bucket=bucket)],
        "get": [lambda: client.get_object(Bucket=bucket, Key=f"{probe}.get")["Body"].read()],
        "put": [lambda: client.put_object(Bucket=bucket, Key=f"{probe}.put", Body=b"x")],
        "delete": [lambda: client.delete_object(Bucket=bucket, Key=f"{probe}.delete")],
        "multipart": [
            lambda: client.list_multipart_uploads(Bucket=bucket),
            lambda: client.list_parts(Bucket=bucket, Key=f"{probe}.parts", UploadId=upload),
            lambda: client.abort_multipart_upload(Bucket=bucket, Key=f"{probe}.parts", UploadId=upload),
        ],
        "configure": [  # the bucket's own policy and CORS, put back as they are
            lambda: put_policy_back(client, admin, bucket),
            lambda: client.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": cors_of(admin, bucket)}),
        ],
    }
    granted = set()
    for capability, attempts in tries.items():
        try:
            for attempt in attempts:
                attempt()
            granted.add(capability)
        except ClientError as error:
            assert error.response["Error"]["Code"] in ("AccessDenied", "403"), error
    if "configure" in granted and bucket == STATE_BUCKET:
        admin.delete_bucket_cors(Bucket=bucket)  # the state bucket had none
    return granted


def put_policy_back(client, admin, bucket):
    """Put the bucket's own policy back; on a bucket without one, put one and take it away."""
    try:
        policy = admin.get_bucket_policy(Bucket=bucket)["Policy"]
    except ClientError:
        probe = {
            "Version": "2023-04-17",
            "Statement": [
                {"Sid": "Probe", "Effect": "Allow", "Principal": {"SCW": [OPERATOR]}, "Action": "*", "Resource": [bucket, f"{bucket}/*"]}
            ],
        }
        client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(probe))
        admin.delete_bucket_policy(Bucket=bucket)  # none, as it was
        return
    client.put_bucket_policy(Bucket=bucket, Policy=policy)


def cors_of(admin, bucket):
    try:
        return admin.get_bucket_cors(Bucket=bucket)["CORSRules"]
    except ClientError:
        return [{"AllowedMethods": ["GET"], "AllowedOrigins": ["*"]}]


def test_the_report_covers_the_factory(factory):
    _, keys, cells = factory
    assert {label for label, _ in cells} == {*keys, "anonymous"}
    assert {bucket for _, bucket in cells} == {*FACTORY_BUCKETS, HANDMADE}


def test_what_the_report_says_is_what_object_storage_enforces(factory):
    harness, keys, cells = factory
    disagreements = []
    for (label, bucket), reported in sorted(cells.items()):
        client = harness.anonymous_client() if label == "anonymous" else harness.gateway_client(*keys[label])
        found = enforced(harness, client, bucket)
        if found != reported:
            disagreements.append(f"{label} on {bucket}: report {sorted(reported)}, enforced {sorted(found)}")
    assert disagreements == [], "\n".join(disagreements)
    assert cells[("application staging-alpha", "staging-alpha-media")] == {"list", "get", "put", "delete", "multipart"}
    assert cells[("application staging-alpha", STATE_BUCKET)] == set()
    # IAM reaches every bucket of the project: one without a policy is open to the environments' keys.
    assert cells[("application staging-alpha", HANDMADE)] == {"list", "get", "put", "delete", "multipart"}
