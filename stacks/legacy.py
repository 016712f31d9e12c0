"""Adoption of a site deployed by the hand-written Terraform project (openfun's `scw/`).

That project kept one workspace per environment, with the Edge Services plan in each
workspace and the state bucket made by hand: `moved` blocks rename its resources to ours,
a `removed` block makes each environment forget (not destroy) its copy of the plan, and
`bootstrap` imports the state bucket and the plan it already has. The first plan after the
switch then shows no resource destroyed or created.
"""

from cdktf import TerraformStack

from stacks import addresses as our
from stacks.settings.model import ProjectConfig

# Our address -> the hand-written project's address.
LEGACY_ADDRESSES = {
    our.MEDIA_BUCKET: "scaleway_object_bucket.richie_media",
    our.MEDIA_BUCKET_ACL: "scaleway_object_bucket_acl.richie_media_acl",
    our.MEDIA_BUCKET_POLICY: "scaleway_object_bucket_policy.richie_media_bucket_policy",
    our.APPLICATION: "scaleway_iam_application.richie_application",
    our.APPLICATION_POLICY: "scaleway_iam_policy.application_object_full_access",
    our.API_KEY: "scaleway_iam_api_key.richie_api_key",
    our.CDN_PIPELINE: "scaleway_edge_services_pipeline.media",
    our.CDN_BACKEND_STAGE: "scaleway_edge_services_backend_stage.media",
    our.CDN_CACHE_STAGE: "scaleway_edge_services_cache_stage.media",
    our.CDN_TLS_STAGE: "scaleway_edge_services_tls_stage.media",
    our.CDN_DNS_STAGE: "scaleway_edge_services_dns_stage.media",
    our.CDN_HEAD_STAGE: "scaleway_edge_services_head_stage.media",
}
LEGACY_EDGE_PLAN = "scaleway_edge_services_plan.media"


def adopt_legacy_environment(stack: TerraformStack) -> list[dict[str, str]]:
    """Forget the environment's Edge plan; the `moved` blocks renaming the legacy resources
    (the stack writes every `moved` block at once)."""
    stack.add_override("removed", [{"from": LEGACY_EDGE_PLAN, "lifecycle": {"destroy": False}}])
    return [{"from": old, "to": str(new)} for new, old in LEGACY_ADDRESSES.items()]


def adopt_legacy_bootstrap(stack: TerraformStack, project: ProjectConfig, project_id: str) -> None:
    """Import what the legacy project created by hand or per workspace into `bootstrap`."""
    bucket_id = f"{project.region}/{project.state_bucket}"
    stack.add_override(
        "import",
        [
            {"to": str(our.STATE_BUCKET), "id": bucket_id},
            # The provider's ACL id ends with the ACL, and its read takes the ACL from the id.
            {"to": str(our.STATE_BUCKET_ACL), "id": f"{bucket_id}/private"},
            # The provider's plan id is `<project_id>/<plan name>`.
            {"to": str(our.EDGE_PLAN), "id": f"{project_id}/{project.edge_plan}"},
        ],
    )
