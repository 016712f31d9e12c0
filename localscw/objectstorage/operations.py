"""Which S3 operation an HTTP request is (the names of "Amazon S3 and IAM permissions
equivalence" and of "Supported Object Storage API calls"), from its method, whether it
names an object, its sub-resource and its copy source. A request this table does not
know, or a query parameter it has never seen, is no operation: the gateway refuses it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# (names an object?, method) -> sub-resource -> operation; "" is none.
OPERATIONS: dict[tuple[bool, str], dict[str, str]] = {
    (False, "GET"): {
        "": "ListObjects",
        "acl": "GetBucketAcl",
        "cors": "GetBucketCors",
        "lifecycle": "GetBucketLifecycleConfiguration",
        "location": "GetBucketLocation",
        "tagging": "GetBucketTagging",
        "versioning": "GetBucketVersioning",
        "website": "GetBucketWebsite",
        "policy": "GetBucketPolicy",
        "object-lock": "GetObjectLockConfiguration",
        "encryption": "GetBucketEncryption",
        "versions": "ListObjectVersions",
        "uploads": "ListMultipartUploads",
    },
    (False, "HEAD"): {"": "HeadBucket"},
    (False, "PUT"): {
        "": "CreateBucket",
        "acl": "PutBucketAcl",
        "cors": "PutBucketCors",
        "lifecycle": "PutBucketLifecycleConfiguration",
        "tagging": "PutBucketTagging",
        "versioning": "PutBucketVersioning",
        "website": "PutBucketWebsite",
        "policy": "PutBucketPolicy",
        "object-lock": "PutObjectLockConfiguration",
        "encryption": "PutBucketEncryption",
    },
    (False, "DELETE"): {
        "": "DeleteBucket",
        "cors": "DeleteBucketCors",
        "lifecycle": "DeleteBucketLifecycleConfiguration",
        "tagging": "DeleteBucketTagging",
        "website": "DeleteBucketWebsite",
        "policy": "DeleteBucketPolicy",
        "encryption": "DeleteBucketEncryption",
    },
    (False, "POST"): {"delete": "DeleteObjects"},
    (True, "GET"): {
        "": "GetObject",
        "acl": "GetObjectAcl",
        "tagging": "GetObjectTagging",
        "uploadId": "ListParts",
        "legal-hold": "GetObjectLegalHold",
        "retention": "GetObjectRetention",
        "attributes": "GetObjectAttributes",
    },
    (True, "HEAD"): {"": "HeadObject"},
    (True, "PUT"): {
        "": "PutObject",
        "uploadId": "UploadPart",
        "acl": "PutObjectAcl",
        "tagging": "PutObjectTagging",
        "legal-hold": "PutObjectLegalHold",
        "retention": "PutObjectRetention",
    },
    (True, "DELETE"): {"": "DeleteObject", "tagging": "DeleteObjectTagging", "uploadId": "AbortMultipartUpload"},
    (True, "POST"): {"uploads": "CreateMultipartUpload", "uploadId": "CompleteMultipartUpload", "restore": "RestoreObject"},
}
# With a copy source, a PUT copies: the source is read too.
COPIES = {"PutObject": "CopyObject", "UploadPart": "UploadPartCopy"}
SUB_RESOURCES = frozenset(name for table in OPERATIONS.values() for name in table if name)
# Parameters of an operation, not sub-resources (S3 API reference); anything else is unknown.
PARAMETERS = frozenset(
    {
        "list-type",
        "prefix",
        "delimiter",
        "max-keys",
        "marker",
        "continuation-token",
        "start-after",
        "fetch-owner",
        "encoding-type",
        "key-marker",
        "version-id-marker",
        "upload-id-marker",
        "max-uploads",
        "max-parts",
        "part-number-marker",
        "partNumber",
        "versionId",
        "x-id",  # the Go SDK names its operation
    }
)
PARAMETER_PREFIXES = ("response-", "X-Amz-", "x-amz-")


@dataclass(frozen=True)
class Operation:
    name: str
    bucket: str | None
    key: str | None
    versioned: bool  # on one version of the object (`versionId`)


class Unknown(Exception):
    """A request no documented operation is: its one line names what was not known."""


def operation_of(method: str, bucket: str, key: str, query: Mapping[str, object], headers: Mapping[str, str]) -> Operation:
    """The operation a request is; `Unknown` when the table cannot tell."""
    method = method.upper()
    if not bucket:
        if method == "GET" and not query:
            return Operation("ListBuckets", None, None, False)
        raise Unknown(f"{method} / with {sorted(query)}")
    unknown = sorted(name for name in query if name not in SUB_RESOURCES | PARAMETERS and not name.startswith(PARAMETER_PREFIXES))
    if unknown:
        raise Unknown(f"{method} {'an object' if key else 'a bucket'} with the parameter(s) {', '.join(unknown)}")
    table = OPERATIONS.get((bool(key), method))
    if table is None:
        raise Unknown(f"{method} on {'an object' if key else 'a bucket'}")
    subs = [name for name in table if name and name in query]
    if len(subs) > 1 and set(subs) != {"uploadId"}:
        raise Unknown(f"{method} with the sub-resources {', '.join(subs)} at once")
    sub = subs[0] if subs else ""
    if sub == "" and any(name in query for name in SUB_RESOURCES):
        raise Unknown(f"{method} on {'an object' if key else 'a bucket'} with {sorted(set(query) & SUB_RESOURCES)}")
    if sub not in table:
        raise Unknown(f"{method} on {'an object' if key else 'a bucket'} without a sub-resource")
    name = table[sub]
    if name == "ListObjects" and query.get("list-type") in ("2", ["2"]):
        name = "ListObjectsV2"
    if "x-amz-copy-source" in {header.lower() for header in headers}:
        if name not in COPIES:
            raise Unknown(f"a copy source on {name}")
        name = COPIES[name]
    return Operation(name, bucket, key or None, bool(key) and "versionId" in query)
