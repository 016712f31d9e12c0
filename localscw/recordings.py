"""Which of the provider's recorded exchanges with the real Scaleway concern this project:
every cassette of every resource the stacks use, and of every API call `ops/` makes
(`internal/services/<service>/testdata/<name>.cassette.yaml` of the pinned provider).
`make conformance` replays them all; tests/localscw/test_recordings.py checks that every
resource the stacks synthesize is mapped here, and that every cassette named exists.

What no recording shows is listed too, with the source the local Scaleway rests on there.
"""

from __future__ import annotations

# Resource type -> the cassettes of its acceptance tests.
RESOURCES: dict[str, tuple[str, ...]] = {
    "scaleway_object_bucket": (
        "object/object-bucket-basic",
        "object/object-bucket-cors-delete",
        "object/object-bucket-cors-empty-origin",
        "object/object-bucket-cors-update",
        "object/object-bucket-destroy-force",
        "object/object-bucket-lifecycle",
        "object/object-bucket-lifecycle-empty-filter-non-current-versions",
        "object/object-bucket-lifecycle-remove-rule",
        "object/object-bucket-object-lock",
    ),
    "scaleway_object_bucket_acl": (
        "object/object-bucket-acl-basic",
        "object/object-bucket-acl-grantee",
        "object/object-bucket-acl-grantee-with-owner",
        "object/object-bucket-acl-remove",
        "object/object-bucket-acl-with-bucket-name",
    ),
    "scaleway_object_bucket_policy": (
        "object/object-bucket-policy-basic",
        "object/object-bucket-policy-other-region-with-bucket-id",
        "object/object-bucket-policy-other-region-with-bucket-name",
    ),
    "scaleway_object_bucket_server_side_encryption_configuration": (
        "object/s3-bucket-server-side-encryption-configuration-basic",
        "object/s3-bucket-server-side-encryption-configuration-apply-sse-by-default-aes256",
        "object/s3-bucket-server-side-encryption-configuration-basic-with-kms",
        "object/s3-bucket-server-side-encryption-configuration-key-id-without-kms",
        "object/s3-bucket-server-side-encryption-configuration-kms-with-key",
        "object/s3-bucket-server-side-encryption-configuration-kms-without-bucket-key",
        "object/s3-bucket-server-side-encryption-configuration-side-project",
        "object/s3-bucket-server-side-encryption-configuration-wrong-algo",
    ),
    "scaleway_edge_services_pipeline": ("edgeservices/edge-services-pipeline-basic",),
    "scaleway_edge_services_plan": ("edgeservices/edge-services-plan-basic",),
    "scaleway_edge_services_backend_stage": (
        "edgeservices/edge-services-backend-basic",
        "edgeservices/edge-services-backend-container",
        "edgeservices/edge-services-backend-function",
        "edgeservices/edge-services-backend-lb",
    ),
    "scaleway_edge_services_cache_stage": ("edgeservices/edge-services-cache-basic",),
    "scaleway_edge_services_tls_stage": ("edgeservices/edge-services-tls-basic",),
    "scaleway_edge_services_dns_stage": ("edgeservices/edge-services-dns-basic", "edgeservices/edge-services-dns-wildcard"),
    "scaleway_edge_services_head_stage": (),
    "scaleway_iam_application": ("iam/application-basic", "iam/application-no-update"),
    "scaleway_iam_policy": (
        "iam/policy-basic",
        "iam/policy-change-linked-entity",
        "iam/policy-change-permissions",
        "iam/policy-change-rule-principal",
        "iam/policy-condition",
        "iam/policy-no-update",
        "iam/policy-project-id",
    ),
    "scaleway_domain_record": (
        "domain/domain-record-cname",
        "domain/domain-record-arobase",
        "domain/domain-record-name-diff-suppress",
    ),
    "scaleway_account_project": ("account/project-basic", "account/project-no-update"),
    "data.scaleway_account_project": ("account/data-source-project-basic",),
    "scaleway_iam_api_key": (
        "iam/api-key-expires",
        "iam/api-key-no-update",
        "iam/api-key-with-application",
        "iam/api-key-with-application-change",
    ),
}
# The API calls ops/ makes itself -> the cassettes that record them.
API_CALLS: dict[str, tuple[str, ...]] = {
    "GET /iam/v1alpha1/api-keys/{access_key} (ops.scaleway.identity: whose key it is)": ("iam/data-source-api-key-basic",),
    "GET /iam/v1alpha1/users/{user_id} (ops.scaleway.identity: an operator exists)": ("iam/data-source-user-basic",),
    "GET /iam/v1alpha1/applications/{application_id} (ops.scaleway.identity: an operator exists)": ("iam/data-source-application-basic",),
    "POST /edge-services/v1beta1/purge-requests (make deploy: purge_cache_on_deploy)": (),
    "GET /edge-services/v1beta1/billing/{project_id} (ops.scaleway.edge_bill: the plan and its pipelines)": (),
    "GET /edge-services/v1beta1/plans (ops.scaleway.edge_bill: what each plan includes)": (),
}
# What no recording shows, and what the local Scaleway rests on there.
UNRECORDED: tuple[tuple[str, str], ...] = (
    (
        "the head stage (scaleway_edge_services_head_stage)",
        "provider source internal/services/edgeservices/head_stage.go and scaleway-sdk-go api/edge_services/v1beta1 (SetHeadStage)",
    ),
    (
        "stages chained backend -> cache -> TLS -> DNS -> head in one pipeline",
        "each stage's recorded answers, and the SDK's stage fields naming the next stage",
    ),
    (
        "the plans' offers and a project's billing (GET /plans, GET /billing/{project_id}); the numbers a test's own",
        "scaleway-sdk-go api/edge_services/v1beta1 (ListPlans, PlanDetails, GetBilling, GetBillingResponse)",
    ),
    ("a cache purge (POST /purge-requests)", "scaleway-sdk-go api/edge_services/v1beta1 (CreatePurgeRequest, PurgeRequest)"),
    ("an API key owned by a user, read back (GET /api-keys/{key})", "scaleway-sdk-go api/iam/v1alpha1 (APIKey.user_id)"),
    (
        "a key without IAM read rights asking IAM (403)",
        "Scaleway API docs, IAM errors (permissions_denied, 403) and scaleway-sdk-go scw/errors.go (PermissionsDeniedError)",
    ),
)


def mapped_cassettes() -> tuple[str, ...]:
    """Every cassette above, once, resources first."""
    seen: dict[str, None] = {}
    for names in (*RESOURCES.values(), *API_CALLS.values()):
        seen.update(dict.fromkeys(names))
    return tuple(seen)


def service_of(cassette: str) -> str:
    return cassette.split("/", 1)[0]
