"""Which S3 operation a request is: the names the equivalence page judges by; nothing guessed."""

import pytest

from localscw.objectstorage.operations import Unknown, operation_of
from localscw.objectstorage.rules import OPERATIONS


@pytest.mark.parametrize(
    ("method", "key", "query", "headers", "expected"),
    [
        ("GET", "", {}, {}, "ListObjects"),
        ("GET", "", {"list-type": ["2"], "prefix": ["a/"]}, {}, "ListObjectsV2"),
        ("HEAD", "", {}, {}, "HeadBucket"),
        ("GET", "", {"uploads": [""]}, {}, "ListMultipartUploads"),
        ("GET", "", {"versions": [""]}, {}, "ListObjectVersions"),
        ("GET", "", {"policy": [""]}, {}, "GetBucketPolicy"),
        ("DELETE", "", {"cors": [""]}, {}, "DeleteBucketCors"),
        ("PUT", "", {}, {}, "CreateBucket"),
        ("PUT", "", {"encryption": [""]}, {}, "PutBucketEncryption"),
        ("POST", "", {"delete": [""]}, {}, "DeleteObjects"),
        ("PUT", "a.jpg", {"x-id": ["PutObject"]}, {}, "PutObject"),
        ("PUT", "a.jpg", {}, {"x-amz-copy-source": "/b/c.jpg"}, "CopyObject"),
        ("PUT", "a.jpg", {"partNumber": ["1"], "uploadId": ["u"]}, {"X-Amz-Copy-Source": "b/c.jpg"}, "UploadPartCopy"),
        ("GET", "a.jpg", {"versionId": ["v1"], "response-content-type": ["text/plain"]}, {}, "GetObject"),
        ("HEAD", "a.jpg", {}, {}, "HeadObject"),
        ("POST", "a.jpg", {"uploads": [""]}, {}, "CreateMultipartUpload"),
        ("PUT", "a.jpg", {"partNumber": ["1"], "uploadId": ["u"]}, {}, "UploadPart"),
        ("POST", "a.jpg", {"uploadId": ["u"]}, {}, "CompleteMultipartUpload"),
        ("GET", "a.jpg", {"uploadId": ["u"]}, {}, "ListParts"),
        ("DELETE", "a.jpg", {"uploadId": ["u"]}, {}, "AbortMultipartUpload"),
        ("GET", "", {"X-Amz-Algorithm": ["AWS4-HMAC-SHA256"], "X-Amz-Signature": ["0"]}, {}, "ListObjects"),
    ],
)
def test_each_request_is_the_operation_the_s3_api_names(method, key, query, headers, expected):
    found = operation_of(method, "b", key, query, headers)
    assert found.name == expected and found.name in OPERATIONS


def test_a_version_is_named_by_its_id():
    assert operation_of("GET", "b", "a.jpg", {"versionId": ["v1"]}, {}).versioned
    assert not operation_of("GET", "b", "a.jpg", {}, {}).versioned


def test_listing_every_bucket_is_the_service_operation():
    assert operation_of("GET", "", "", {}, {}).name == "ListBuckets"


@pytest.mark.parametrize(
    ("method", "key", "query", "headers"),
    [
        ("GET", "", {"notification": [""]}, {}),  # a sub-resource no rule maps
        ("GET", "a.jpg", {"torrent": [""]}, {}),
        ("PATCH", "a.jpg", {}, {}),
        ("POST", "", {}, {}),
        ("GET", "", {"acl": [""], "policy": [""]}, {}),  # two sub-resources at once
        ("PUT", "", {"tagging": [""]}, {"x-amz-copy-source": "/b/c"}),  # a copy source where no copy is
        ("GET", "", {"versioning": [""], "select": [""]}, {}),
    ],
)
def test_anything_else_is_unknown_never_a_base_operation(method, key, query, headers):
    with pytest.raises(Unknown):
        operation_of(method, "b", key, query, headers)
