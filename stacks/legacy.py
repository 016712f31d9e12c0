"""Adopting sites deployed with the previous hand-written Terraform project.

That project kept one workspace per environment (state `env:/<env>/<site>.tfstate`) under
other resource names, and subscribed the Edge Services plan in every workspace. A site
with `legacy_state = true` reuses that state: `moved` blocks rename its resources to ours,
a `removed` block makes each environment forget (not destroy) its copy of the plan, and
`bootstrap` imports the state bucket and the plan it already has. The first plan after the
switch then shows no resource destroyed or created.
"""

from cdktf import TerraformStack

from stacks.config import SiteConfig

# Our logical address -> the hand-written project's address.
LEGACY_ADDRESSES = {
    "scaleway_object_bucket.media_bucket": "scaleway_object_bucket.richie_media",
    "scaleway_object_bucket_acl.media_bucket_acl": "scaleway_object_bucket_acl.richie_media_acl",
    "scaleway_object_bucket_policy.media_bucket_policy": "scaleway_object_bucket_policy.richie_media_bucket_policy",
    "scaleway_iam_application.app": "scaleway_iam_application.richie_application",
    "scaleway_iam_policy.app_policy": "scaleway_iam_policy.application_object_full_access",
    "scaleway_iam_api_key.app_api_key": "scaleway_iam_api_key.richie_api_key",
    "scaleway_edge_services_pipeline.cdn_pipeline": "scaleway_edge_services_pipeline.media",
    "scaleway_edge_services_backend_stage.cdn_backend_stage": "scaleway_edge_services_backend_stage.media",
    "scaleway_edge_services_cache_stage.cdn_cache_stage": "scaleway_edge_services_cache_stage.media",
    "scaleway_edge_services_tls_stage.cdn_tls_stage": "scaleway_edge_services_tls_stage.media",
    "scaleway_edge_services_dns_stage.cdn_dns_stage": "scaleway_edge_services_dns_stage.media",
    "scaleway_edge_services_head_stage.cdn_head_stage": "scaleway_edge_services_head_stage.media",
}
LEGACY_EDGE_PLAN = "scaleway_edge_services_plan.media"


def adopt_legacy_environment(stack: TerraformStack) -> None:
    """Rename the legacy resources of an environment's state; forget its Edge plan."""
    stack.add_override("moved", [{"from": old, "to": new} for new, old in LEGACY_ADDRESSES.items()])
    stack.add_override("removed", [{"from": LEGACY_EDGE_PLAN, "lifecycle": {"destroy": False}}])


def adopt_legacy_bootstrap(stack: TerraformStack, site: SiteConfig, project_id: str) -> None:
    """Import what the legacy project created by hand or per workspace into `bootstrap`."""
    bucket_id = f"{site.region}/{site.state_bucket}"
    stack.add_override(
        "import",
        [
            {"to": "scaleway_object_bucket.state_bucket", "id": bucket_id},
            {"to": "scaleway_object_bucket_acl.state_bucket_acl", "id": bucket_id},
            # The provider's plan id is `<project_id>/<plan name>`.
            {"to": "scaleway_edge_services_plan.edge_plan", "id": f"{project_id}/{site.edge_plan}"},
        ],
    )
