"""The HTTPS gateway: only Object Storage's hosts, virtual-hosted buckets, Scaleway's rules."""

import http.client
import ssl
import urllib.error
import urllib.parse
import urllib.request

import pytest
from botocore.exceptions import ClientError

from localscw.gateway import Gateway, as_scaleway, s3_action
from ops.access import Bucket, operator_principal

OPERATOR = "user_id:33333333-3333-4333-8333-333333333333"


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A moto S3 server, the gateway in front of it, and the CA a client must trust."""
    from localscw.s3 import S3Server

    server = S3Server()
    admin = server.client()
    policies = {
        "locked": {
            "Version": "2023-04-17",
            "Statement": [{"Effect": "Allow", "Principal": {"SCW": OPERATOR}, "Action": "*", "Resource": ["locked", "locked/*"]}],
        }
    }

    keys = {
        "SCWOPERATOR000000000": (operator_principal(OPERATOR), "operator-secret"),
        "SCWSOMEONEELSE000000": (operator_principal("user_id:55555555-5555-4555-8555-555555555555"), "other-secret"),
    }
    gateway = Gateway(server.endpoint, keys.get, lambda name: Bucket(name, policies.get(name)), tmp_path_factory.mktemp("ca"))
    yield gateway, admin
    gateway.stop()
    server.stop()


SECRETS = {"SCWOPERATOR000000000": "operator-secret", "SCWSOMEONEELSE000000": "other-secret"}


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


@pytest.mark.parametrize(
    "method, key, query, expected",
    [
        ("GET", "", {}, ("s3:ListBucket", "bucket")),
        ("HEAD", "", {}, ("s3:ListBucket", "bucket")),
        ("GET", "", {"uploads": [""]}, ("s3:ListBucketMultipartUploads", "bucket")),
        ("GET", "", {"versions": [""]}, ("s3:ListBucketVersions", "bucket")),
        ("GET", "", {"policy": [""]}, ("s3:GetBucketPolicy", "bucket")),
        ("GET", "", {"acl": [""]}, ("s3:GetBucketAcl", "bucket")),
        ("DELETE", "", {"cors": [""]}, ("s3:PutBucketCORS", "bucket")),
        ("PUT", "", {}, ("s3:CreateBucket", "bucket")),
        ("POST", "", {"delete": [""]}, ("s3:DeleteObject", "object")),
        ("PUT", "a.jpg", {}, ("s3:PutObject", "object")),
        ("GET", "a.jpg", {"versionId": ["v1"]}, ("s3:GetObjectVersion", "object")),
        ("DELETE", "a.jpg", {"versionId": ["v1"]}, ("s3:DeleteObjectVersion", "object")),
        ("POST", "a.jpg", {"uploads": [""]}, ("s3:PutObject", "object")),
        ("PUT", "a.jpg", {"partNumber": ["1"], "uploadId": ["u"]}, ("s3:PutObject", "object")),
        ("GET", "a.jpg", {"uploadId": ["u"]}, ("s3:ListMultipartUploadParts", "object")),
        ("DELETE", "a.jpg", {"uploadId": ["u"]}, ("s3:AbortMultipartUpload", "object")),
    ],
)
def test_requests_map_to_bucket_policy_actions(method, key, query, expected):
    assert s3_action(method, key, query) == expected


def test_answers_take_scaleways_recorded_form():
    policy = b'{"Statement":[{"Action":["s3:ListBucket","s3:GetObject"]}]}'
    assert as_scaleway("GET", "", {"policy": [""]}, 200, policy)[1] == b'{"Statement":[{"Action":["s3:GetObject","s3:ListBucket"]}]}'
    assert as_scaleway("PUT", "", {"tagging": [""]}, 204, b"")[0] == 200
    lifecycle = b'<LifecycleConfiguration xmlns="x"><Rule><Expiration><Days>2</Days></Expiration></Rule></LifecycleConfiguration>'
    assert as_scaleway("GET", "", {"lifecycle": [""]}, 200, lifecycle)[1] == (
        b"<Configuration><Rule><Expiration><Days>2</Days><ExpiredObjectDeleteMarker>false</ExpiredObjectDeleteMarker>"
        b"</Expiration></Rule></Configuration>"
    )


def test_the_encryption_header_scaleway_refuses_is_refused(s3):
    gateway, admin = s3
    client(gateway).create_bucket(Bucket="sse-header")
    with pytest.raises(ClientError, match="InvalidArgument"):
        client(gateway).put_object(Bucket="sse-header", Key="state", Body=b"{}", ServerSideEncryption="AES256")
    client(gateway).put_object(Bucket="sse-header", Key="state", Body=b"{}")
    assert admin.get_object(Bucket="sse-header", Key="state")["Body"].read() == b"{}"


def test_an_unknown_key_and_a_wrong_signature_are_refused_as_object_storage_does(s3):
    gateway, admin = s3
    admin.create_bucket(Bucket="signed")
    with pytest.raises(ClientError, match="InvalidAccessKeyId"):
        client(gateway, key="SCWNOBODY00000000000").list_objects_v2(Bucket="signed")
    with pytest.raises(ClientError, match="SignatureDoesNotMatch"):
        client(gateway, secret="not-the-secret").list_objects_v2(Bucket="signed")
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
