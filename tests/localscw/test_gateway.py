"""The HTTPS gateway: only Object Storage's hosts, virtual-hosted buckets, Scaleway's
rules; and whatever it cannot map or check, refused."""

import http.client
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from botocore.exceptions import ClientError

from localscw.gateway import Gateway, as_scaleway, with_resource
from localscw.objectstorage.rules import Caller

OPERATOR = "user_id:33333333-3333-4333-8333-333333333333"
APPLICATION = "application_id:66666666-6666-4666-8666-666666666666"
FULL = frozenset({"ObjectStorageFullAccess"})
OBJECTS = frozenset({"ObjectStorageObjectsRead", "ObjectStorageObjectsWrite", "ObjectStorageObjectsDelete"})


def allowing(bucket, *principals, actions="*"):
    """A current-version policy allowing these principals, and the operator everything."""
    return {
        "Version": "2023-04-17",
        "Statement": [
            {
                "Sid": "app",
                "Effect": "Allow",
                "Principal": {"SCW": list(principals)},
                "Action": actions,
                "Resource": [bucket, f"{bucket}/*"],
            },
            {"Sid": "ops", "Effect": "Allow", "Principal": {"SCW": OPERATOR}, "Action": "*", "Resource": [bucket, f"{bucket}/*"]},
        ],
    }


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A moto S3 server, the gateway in front of it, and the CA a client must trust."""
    from localscw.s3 import S3Server

    server = S3Server()
    admin = server.client()
    media = ["s3:ListBucket", "s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    policies = {
        "locked": allowing("locked"),
        "media": allowing("media", APPLICATION, actions=media),
        "state": allowing("state"),
    }
    keys = {
        "SCWOPERATOR000000000": (Caller(OPERATOR, FULL), "operator-secret"),
        "SCWSOMEONEELSE000000": (Caller("user_id:55555555-5555-4555-8555-555555555555", FULL), "other-secret"),
        "SCWAPPLICATION000000": (Caller(APPLICATION, OBJECTS), "app-secret"),
    }
    gateway = Gateway(server.endpoint, lambda key, project: keys.get(key), policies.get, tmp_path_factory.mktemp("ca"))
    yield gateway, admin
    gateway.stop()
    server.stop()


SECRETS = {"SCWOPERATOR000000000": "operator-secret", "SCWSOMEONEELSE000000": "other-secret", "SCWAPPLICATION000000": "app-secret"}


def client(gateway, key="SCWOPERATOR000000000", secret=None):
    import boto3
    from botocore.config import Config

    proxy = gateway.proxy
    return boto3.client(
        "s3",
        endpoint_url="https://s3.fr-par.scw.cloud",
        region_name="fr-par",
        aws_access_key_id=key,
        aws_secret_access_key=secret or SECRETS.get(key, "unknown"),
        verify=str(gateway.ca_file),
        config=Config(proxies={"https": proxy}, s3={"addressing_style": "virtual"}),
    )


def refused(attempt):
    """Object Storage's refusal of a boto3 call: (HTTP status, code, message)."""
    with pytest.raises(ClientError) as caught:
        attempt()
    error = caught.value.response
    return error["ResponseMetadata"]["HTTPStatusCode"], error["Error"]["Code"], error["Error"]["Message"]


def error_of(answer):
    """The code and message of an error answer's XML."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.fromstring(answer)
    return root.findtext("Code"), root.findtext("Message")


DENIED = (403, "AccessDenied", "Access Denied")


def test_a_virtual_hosted_bucket_is_made_in_the_endpoint_region(s3):
    gateway, admin = s3
    client(gateway).create_bucket(Bucket="made-here")  # no location constraint, as the provider sends
    assert admin.get_bucket_location(Bucket="made-here")["LocationConstraint"] == "fr-par"
    client(gateway).put_object(Bucket="made-here", Key="a.txt", Body=b"hello")
    assert admin.get_object(Bucket="made-here", Key="a.txt")["Body"].read() == b"hello"


def test_a_bucket_policy_refuses_whom_it_does_not_name(s3):
    gateway, admin = s3
    admin.create_bucket(Bucket="locked")
    with pytest.raises(ClientError, match="AccessDenied"):
        client(gateway, key="SCWSOMEONEELSE000000").list_objects_v2(Bucket="locked")
    assert client(gateway).list_objects_v2(Bucket="locked")["KeyCount"] == 0


def test_only_object_storage_hosts_are_tunnelled(s3):
    gateway, _ = s3
    port = urllib.parse.urlsplit(gateway.proxy).port
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("CONNECT", "api.scaleway.com:443")
    assert connection.getresponse().status == 403
    assert "api.scaleway.com:443" in gateway.refused


def test_the_certificate_is_the_runs_own(s3):
    gateway, _ = s3
    port = urllib.parse.urlsplit(gateway.proxy).port
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=ssl.create_default_context(), timeout=10)
    connection.set_tunnel("s3.fr-par.scw.cloud", 443)
    with pytest.raises(ssl.SSLCertVerificationError):  # not trusted without the run's CA
        connection.request("GET", "/")


def test_answers_take_scaleways_recorded_form():
    policy = b'{"Statement":[{"Action":["s3:ListBucket","s3:GetObject"]}]}'
    assert as_scaleway("GET", "", {"policy": [""]}, 200, policy)[1] == b'{"Statement":[{"Action":["s3:GetObject","s3:ListBucket"]}]}'
    assert as_scaleway("PUT", "", {"tagging": [""]}, 204, b"")[0] == 200
    lifecycle = b'<LifecycleConfiguration xmlns="x"><Rule><Expiration><Days>2</Days></Expiration></Rule></LifecycleConfiguration>'
    assert as_scaleway("GET", "", {"lifecycle": [""]}, 200, lifecycle)[1] == (
        b"<Configuration><Rule><Expiration><Days>2</Days><ExpiredObjectDeleteMarker>false</ExpiredObjectDeleteMarker>"
        b"</Expiration></Rule></Configuration>"
    )


def test_an_error_names_its_resource_as_scaleway_recorded_it():
    bare = b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>BucketNotEmpty</Code><Message>m</Message><RequestId>r</RequestId></Error>'
    named_here = with_resource(bare, "/media")
    assert named_here.count(b"<Resource>/media</Resource>") == 1 and error_of(named_here) == ("BucketNotEmpty", "m")
    named = bare.replace(b"</Message>", b"</Message><Resource>/kept</Resource>")
    assert with_resource(named, "/media") == named  # named already: as it is
    assert with_resource(b"not xml", "/media") == b"not xml"


def test_the_encryption_header_scaleway_refuses_is_refused(s3):
    gateway, admin = s3
    client(gateway).create_bucket(Bucket="sse-header")
    assert refused(lambda: client(gateway).put_object(Bucket="sse-header", Key="state", Body=b"{}", ServerSideEncryption="AES256")) == (
        400,
        "InvalidArgument",
        "Requests specifying Server Side Encryption with AWS KMS managed keys or AES256 are not supported",
    )
    client(gateway).put_object(Bucket="sse-header", Key="state", Body=b"{}")
    assert admin.get_object(Bucket="sse-header", Key="state")["Body"].read() == b"{}"


def test_an_unknown_key_and_a_wrong_signature_are_refused_as_object_storage_does(s3):
    gateway, admin = s3
    admin.create_bucket(Bucket="signed")
    assert refused(lambda: client(gateway, key="SCWNOBODY00000000000").list_objects_v2(Bucket="signed")) == (
        403,
        "InvalidAccessKeyId",
        "The access key Id you provided does not exist in our records.",
    )
    assert refused(lambda: client(gateway, secret="not-the-secret").list_objects_v2(Bucket="signed")) == (
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided.",
    )
    assert client(gateway).list_objects_v2(Bucket="signed")["KeyCount"] == 0


def https_opener(gateway):
    """urllib through the gateway, trusting the run's CA: a browser following a link."""
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({"https": gateway.proxy}),
        urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=str(gateway.ca_file))),
    )


def test_presigned_urls_are_checked_too(s3):
    gateway, admin = s3
    admin.create_bucket(Bucket="presigned")
    admin.put_object(Bucket="presigned", Key="a.txt", Body=b"hello")
    opener = https_opener(gateway)
    url = client(gateway).generate_presigned_url("get_object", Params={"Bucket": "presigned", "Key": "a.txt"}, ExpiresIn=600)
    assert opener.open(url, timeout=10).read() == b"hello"
    forged = url.replace("X-Amz-Signature=", "X-Amz-Signature=0")
    with pytest.raises(urllib.error.HTTPError) as refused:
        opener.open(forged, timeout=10)
    assert refused.value.code == 403 and b"SignatureDoesNotMatch" in refused.value.read()


def test_listing_every_bucket_is_refused_to_anonymous(s3):
    gateway, _ = s3
    opener = https_opener(gateway)
    with pytest.raises(urllib.error.HTTPError) as refused:
        opener.open("https://s3.fr-par.scw.cloud/", timeout=10)
    assert refused.value.code == 403
    assert "Buckets" in client(gateway).list_buckets()


# -- Fail closed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def buckets(s3):
    """The media bucket an application may use, and a state bucket it may not read."""
    gateway, admin = s3
    for name in ("media", "state"):
        admin.create_bucket(Bucket=name)
    admin.put_object(Bucket="state", Key="production.tfstate", Body=b"secret state")
    return gateway, admin


def send_signed(gateway, method, host, target, *, body=b"", sent=None, when=None, headers=None, authorization=None):
    """A request signed with the operator's key (at `when`), with these `headers`, its body
    (or `sent` instead of what was signed; `authorization` instead of its signature), through
    the gateway: the status and the answer's body."""
    from unittest import mock

    from botocore.auth import S3SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    request = AWSRequest(method=method, url=f"https://{host}{target}", data=body, headers=headers or {})
    with mock.patch("botocore.auth.get_current_datetime", lambda: (when or datetime.now(UTC)).replace(tzinfo=None)):
        S3SigV4Auth(Credentials("SCWOPERATOR000000000", "operator-secret"), "s3", "fr-par").add_auth(request)
    port = urllib.parse.urlsplit(gateway.proxy).port
    tls = ssl.create_default_context(cafile=str(gateway.ca_file))
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=tls, timeout=10)
    connection.set_tunnel(host, 443)
    sent_headers = {**dict(request.headers), **({"Authorization": authorization} if authorization else {})}
    connection.request(method, target, body=body if sent is None else sent, headers=sent_headers)
    answer = connection.getresponse()
    return answer.status, answer.read()


def test_an_unknown_sub_resource_is_refused_and_logged(buckets):
    gateway, _ = buckets
    assert send_signed(gateway, "GET", "media.s3.fr-par.scw.cloud", "/?list-type=2")[0] == 200
    status, answer = send_signed(gateway, "GET", "media.s3.fr-par.scw.cloud", "/?notification=")  # no rule maps it
    assert (status, *error_of(answer)) == DENIED
    assert any("unmapped request" in line and "notification" in line for line in gateway.log)
    assert "notification" in gateway.log_file.read_text()


def test_a_copy_source_is_read_with_the_callers_rights(buckets):
    gateway, admin = buckets
    app = client(gateway, key="SCWAPPLICATION000000")
    app.put_object(Bucket="media", Key="mine.txt", Body=b"x")  # its own bucket: allowed
    admin.put_object(Bucket="state", Key="env:/production/demo.tfstate", Body=b"secret state")
    for source in (
        {"Bucket": "state", "Key": "production.tfstate"},
        {"Bucket": "state", "Key": "env:/production/demo.tfstate"},  # a key with slashes
        "/state/production.tfstate",  # the source named with a leading slash
    ):
        assert refused(partial(app.copy_object, Bucket="media", Key="stolen.tfstate", CopySource=source)) == DENIED
    assert "stolen.tfstate" not in [o["Key"] for o in admin.list_objects_v2(Bucket="media").get("Contents", [])]
    app.copy_object(Bucket="media", Key="copy.txt", CopySource={"Bucket": "media", "Key": "mine.txt"})  # a source it may read


def test_deleting_a_version_among_many_needs_the_version_right(buckets):
    gateway, admin = buckets
    admin.put_bucket_versioning(Bucket="media", VersioningConfiguration={"Status": "Enabled"})
    version = admin.put_object(Bucket="media", Key="kept.txt", Body=b"v1")["VersionId"]
    app = client(gateway, key="SCWAPPLICATION000000")
    with pytest.raises(ClientError, match="AccessDenied"):
        app.delete_objects(Bucket="media", Delete={"Objects": [{"Key": "kept.txt", "VersionId": version}]})
    assert admin.get_object(Bucket="media", Key="kept.txt", VersionId=version)["Body"].read() == b"v1"
    # Copying one version reads that version: s3:GetObjectVersion, which the policy does not give.
    versioned = {"Bucket": "media", "Key": "kept.txt", "VersionId": version}
    assert refused(lambda: app.copy_object(Bucket="media", Key="old.txt", CopySource=versioned)) == DENIED
    app.delete_objects(Bucket="media", Delete={"Objects": [{"Key": "kept.txt"}]})  # a delete marker: s3:DeleteObject


def test_listing_every_bucket_needs_an_object_storage_permission_to_list_them(buckets):
    gateway, _ = buckets
    with pytest.raises(ClientError, match="AccessDenied"):
        client(gateway, key="SCWAPPLICATION000000").list_buckets()  # objects only: no ListBuckets
    assert "Buckets" in client(gateway).list_buckets()


def test_a_signature_more_than_15_minutes_off_is_too_skewed(buckets):
    gateway, _ = buckets
    listing = ("GET", "media.s3.fr-par.scw.cloud", "/?list-type=2")
    assert send_signed(gateway, *listing, when=datetime.now(UTC) - timedelta(minutes=14))[0] == 200
    too_skewed = ("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")
    status, answer = send_signed(gateway, *listing, when=datetime.now(UTC) - timedelta(minutes=16))
    assert (status, error_of(answer)) == (403, too_skewed)
    status, answer = send_signed(gateway, *listing, when=datetime.now(UTC) + timedelta(minutes=16))
    assert (status, error_of(answer)) == (403, too_skewed)


def test_a_payload_unlike_its_hash_is_refused(buckets):
    gateway, admin = buckets
    status, answer = send_signed(gateway, "PUT", "media.s3.fr-par.scw.cloud", "/tampered.txt", body=b"signed", sent=b"swapped")
    assert (status, *error_of(answer)) == (
        400,
        "XAmzContentSHA256Mismatch",
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
    )
    assert "tampered.txt" not in [o["Key"] for o in admin.list_objects_v2(Bucket="media").get("Contents", [])]


def test_an_expired_presigned_url_is_refused(buckets):
    gateway, admin = buckets
    admin.put_object(Bucket="media", Key="shared.txt", Body=b"x")
    fresh = client(gateway).generate_presigned_url("get_object", Params={"Bucket": "media", "Key": "shared.txt"}, ExpiresIn=600)
    assert https_opener(gateway).open(fresh, timeout=10).read() == b"x"
    over = client(gateway).generate_presigned_url("get_object", Params={"Bucket": "media", "Key": "shared.txt"}, ExpiresIn=0)
    with pytest.raises(urllib.error.HTTPError) as refused:
        https_opener(gateway).open(over, timeout=10)
    assert (refused.value.code, *error_of(refused.value.read())) == (403, "AccessDenied", "Request has expired")


def test_a_hold_by_query_holds_that_request_alone(s3):
    """`make destroy`'s proof holds DeleteBucket, not DeleteBucketPolicy: the same method and
    path, told apart by the query the gateway hands the fault plan."""
    gateway, admin = s3
    admin.create_bucket(Bucket="held")
    operator = client(gateway)
    gate = gateway.faults.hold("DELETE", "/held/?", query="")
    try:
        policy = threading.Thread(target=operator.delete_bucket_policy, kwargs={"Bucket": "held"})  # `?policy`
        policy.start()
        policy.join(30)
        assert not policy.is_alive() and not gate.reached.is_set(), "DeleteBucketPolicy was held"
        deleting = threading.Thread(target=operator.delete_bucket, kwargs={"Bucket": "held"})
        deleting.start()
        assert gate.reached.wait(30), "DeleteBucket was not held"
        assert "held" in [bucket["Name"] for bucket in admin.list_buckets()["Buckets"]]  # still there while held
    finally:
        gate.released.set()
    deleting.join(30)
    assert "held" not in [bucket["Name"] for bucket in admin.list_buckets()["Buckets"]]


# -- Projects ("Using IAM API keys with Object Storage") -----------------------------------------

HOME, MEDIA = "11111111-1111-4111-8111-111111111111", "77777777-7777-4777-8777-777777777777"


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    """A gateway whose operator has rights in both projects (preferring home) and whose
    application has rights in MEDIA only (its preferred project); buckets made past it are HOME's."""
    from localscw.s3 import S3Server

    server = S3Server()
    rights = {("SCWOPERATOR000000000", HOME): FULL, ("SCWOPERATOR000000000", MEDIA): FULL, ("SCWAPPLICATION000000", MEDIA): OBJECTS}
    preferred = {"SCWOPERATOR000000000": HOME, "SCWAPPLICATION000000": MEDIA}
    principals = {"SCWOPERATOR000000000": OPERATOR, "SCWAPPLICATION000000": APPLICATION}

    def identify(key, project):
        if key not in principals:
            return None
        acting = project or preferred[key]
        return Caller(principals[key], rights.get((key, acting), frozenset()), project=acting), SECRETS[key]

    public = {
        "Version": "2023-04-17",
        "Statement": [{"Sid": "public", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "public-at-home/*"}],
    }
    policies = {"public-at-home": public}
    gateway = Gateway(server.endpoint, identify, policies.get, tmp_path_factory.mktemp("ca"), home_project=HOME)
    yield gateway, server.client()
    gateway.stop()
    server.stop()


def test_a_bucket_belongs_to_the_project_its_request_named(projects):
    gateway, _ = projects
    client(gateway, key=f"SCWOPERATOR000000000@{MEDIA}", secret="operator-secret").create_bucket(Bucket="media-of-media")
    assert gateway.project_of("media-of-media") == MEDIA
    client(gateway, key="SCWAPPLICATION000000").put_object(Bucket="media-of-media", Key="a.txt", Body=b"hello")


def test_a_bucket_of_another_project_is_out_of_reach(projects):
    gateway, admin = projects
    admin.create_bucket(Bucket="made-by-hand")  # past the gateway: the home project's
    assert gateway.project_of("made-by-hand") == HOME
    with pytest.raises(ClientError, match="AccessDenied"):
        client(gateway, key="SCWAPPLICATION000000").list_objects_v2(Bucket="made-by-hand")
    assert "the bucket is project 11111111-1111-4111-8111-111111111111's" in gateway.log[-1]
    # Even naming the home project: the application has no rights there.
    with pytest.raises(ClientError, match="AccessDenied"):
        client(gateway, key=f"SCWAPPLICATION000000@{HOME}", secret="app-secret").list_objects_v2(Bucket="made-by-hand")
    assert client(gateway).list_objects_v2(Bucket="made-by-hand")["KeyCount"] == 0


def test_a_copy_is_kept_to_the_project_of_its_request(projects):
    gateway, admin = projects
    admin.create_bucket(Bucket="home-source")
    admin.put_object(Bucket="home-source", Key="deep/secret.txt", Body=b"s")
    operator_in_media = client(gateway, key=f"SCWOPERATOR000000000@{MEDIA}", secret="operator-secret")
    operator_in_media.create_bucket(Bucket="media-target")
    operator_in_media.create_bucket(Bucket="media-source")
    operator_in_media.put_object(Bucket="media-source", Key="deep/kept.txt", Body=b"k")
    app = client(gateway, key="SCWAPPLICATION000000")
    app.copy_object(Bucket="media-target", Key="copy.txt", CopySource={"Bucket": "media-source", "Key": "deep/kept.txt"})
    assert app.get_object(Bucket="media-target", Key="copy.txt")["Body"].read() == b"k"

    def stolen(source):
        return lambda: app.copy_object(Bucket="media-target", Key="stolen.txt", CopySource=source)

    assert refused(stolen({"Bucket": "home-source", "Key": "deep/secret.txt"})) == (403, "AccessDenied", "Access Denied")
    slashed = stolen("/home-source/deep/secret.txt")
    assert refused(slashed) == (403, "AccessDenied", "Access Denied")  # the source named with a leading slash


def test_a_name_taken_in_another_project_cannot_be_made_again(projects):
    gateway, admin = projects
    admin.create_bucket(Bucket="taken-at-home")
    operator_in_media = client(gateway, key=f"SCWOPERATOR000000000@{MEDIA}", secret="operator-secret")
    assert refused(lambda: operator_in_media.create_bucket(Bucket="taken-at-home")) == (
        409,
        "BucketAlreadyExists",
        "The requested bucket name is not available.",
    )


def test_a_bucket_not_made_belongs_to_no_project(projects):
    gateway, _ = projects
    operator_in_media = client(gateway, key=f"SCWOPERATOR000000000@{MEDIA}", secret="operator-secret")
    with pytest.raises(ClientError):
        operator_in_media.create_bucket(Bucket="ab")  # too short: the S3 server refuses it
    assert gateway.project_of("ab") is None


def test_anonymous_visitors_read_what_a_policy_makes_public_whatever_its_project(projects):
    gateway, admin = projects
    admin.create_bucket(Bucket="public-at-home")
    admin.put_object(Bucket="public-at-home", Key="logo.png", Body=b"png")
    import boto3
    from botocore import UNSIGNED
    from botocore.config import Config

    anonymous = boto3.client(
        "s3",
        endpoint_url="https://s3.fr-par.scw.cloud",
        region_name="fr-par",
        verify=str(gateway.ca_file),
        config=Config(signature_version=UNSIGNED, proxies={"https": gateway.proxy}),
    )
    assert anonymous.get_object(Bucket="public-at-home", Key="logo.png")["Body"].read() == b"png"


def test_listing_buckets_lists_the_projects_own(projects):
    gateway, admin = projects
    admin.create_bucket(Bucket="listed-at-home")
    operator_in_media = client(gateway, key=f"SCWOPERATOR000000000@{MEDIA}", secret="operator-secret")
    operator_in_media.create_bucket(Bucket="listed-in-media")
    in_media = {bucket["Name"] for bucket in operator_in_media.list_buckets()["Buckets"]}
    at_home = {bucket["Name"] for bucket in client(gateway).list_buckets()["Buckets"]}
    assert "listed-in-media" in in_media and "listed-at-home" not in in_media
    assert "listed-at-home" in at_home and "listed-in-media" not in at_home


def test_a_bucket_made_past_the_gateway_is_deleted_through_it(projects):
    gateway, admin = projects
    admin.create_bucket(Bucket="home-leftover")
    client(gateway).delete_bucket(Bucket="home-leftover")
    assert gateway.project_of("home-leftover") is None


def test_a_deleted_bucket_belongs_to_no_project(projects):
    gateway, _ = projects
    operator_in_media = client(gateway, key=f"SCWOPERATOR000000000@{MEDIA}", secret="operator-secret")
    operator_in_media.create_bucket(Bucket="short-lived")
    operator_in_media.delete_bucket(Bucket="short-lived")
    assert gateway.project_of("short-lived") is None
    client(gateway).create_bucket(Bucket="short-lived")  # the name is free again, for any project
    assert gateway.project_of("short-lived") == HOME


def test_an_unreadable_authorization_is_malformed(buckets):
    gateway, _ = buckets
    status, answer = send_signed(gateway, "GET", "media.s3.fr-par.scw.cloud", "/?list-type=2", authorization="AWS4-HMAC-SHA256 garbled")
    assert (status, *error_of(answer)) == (400, "AuthorizationHeaderMalformed", "unreadable Authorization header")


def test_an_aws_chunked_body_is_stored_without_its_frames(buckets):
    """The AWS SDKs (the Go one the provider and Terraform's backend use) stream a payload in
    `<size>;chunk-signature=...` frames, saying its length in `x-amz-decoded-content-length`."""
    gateway, admin = buckets
    framed = b"5;chunk-signature=0\r\nhello\r\n0;chunk-signature=0\r\n\r\n"
    headers = {"x-amz-decoded-content-length": "5", "Content-Encoding": "aws-chunked"}
    status, _ = send_signed(gateway, "PUT", "media.s3.fr-par.scw.cloud", "/streamed.txt", body=framed, headers=headers)
    assert status == 200
    assert admin.get_object(Bucket="media", Key="streamed.txt")["Body"].read() == b"hello"


def test_a_read_only_bucket_refuses_every_write_to_its_objects_and_serves_reads(buckets):
    gateway, admin = buckets
    admin.put_object(Bucket="media", Key="frozen.txt", Body=b"kept")
    operator = client(gateway)
    gateway.read_only_buckets.add("media")
    try:
        assert refused(lambda: operator.put_object(Bucket="media", Key="frozen.txt", Body=b"changed")) == DENIED
        assert refused(lambda: operator.delete_object(Bucket="media", Key="frozen.txt")) == DENIED
        assert refused(lambda: operator.create_multipart_upload(Bucket="media", Key="big.bin")) == DENIED  # a POST
        assert operator.get_object(Bucket="media", Key="frozen.txt")["Body"].read() == b"kept"
    finally:
        gateway.read_only_buckets.discard("media")
    operator.put_object(Bucket="media", Key="frozen.txt", Body=b"changed")
