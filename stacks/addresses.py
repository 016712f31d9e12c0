"""The Terraform address of every resource the stacks create: one table for the constructs
that name them, the adoption of legacy state, the tests and the operator's tools.

Addresses are part of the state: renaming one moves or recreates a resource, so they are
fixed here rather than derived from construct paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importing cdktf starts the jsii kernel: the operator tools read addresses without it
    from cdktf import TerraformResource


@dataclass(frozen=True)
class Address:
    type: str
    name: str

    def __str__(self) -> str:
        return f"{self.type}.{self.name}"

    def expr(self, attribute: str = "id") -> str:
        """One of the resource's attributes, inside a Terraform expression."""
        return f"{self}.{attribute}"

    def ref(self, attribute: str = "id") -> str:
        """A Terraform interpolation of one of the resource's attributes."""
        return f"${{{self.expr(attribute)}}}"


@cache
def _resource_type(kind: type[TerraformResource]) -> str:
    return str(kind.TF_RESOURCE_TYPE)  # type: ignore[attr-defined]  # every generated binding has one


def pin(resource: TerraformResource, address: Address) -> None:
    """Give `resource` its fixed Terraform name, refusing one of another type."""
    if _resource_type(type(resource)) != address.type:
        raise TypeError(f"{address} cannot name a {_resource_type(type(resource))}")
    resource.override_logical_id(address.name)


# Each media-<env> stack.
MEDIA_BUCKET = Address("scaleway_object_bucket", "media_bucket")
MEDIA_BUCKET_ACL = Address("scaleway_object_bucket_acl", "media_bucket_acl")
MEDIA_BUCKET_POLICY = Address("scaleway_object_bucket_policy", "media_bucket_policy")
APPLICATION = Address("scaleway_iam_application", "app")
APPLICATION_POLICY = Address("scaleway_iam_policy", "app_policy")
API_KEY = Address("scaleway_iam_api_key", "app_api_key")
CDN_PIPELINE = Address("scaleway_edge_services_pipeline", "cdn_pipeline")
CDN_BACKEND_STAGE = Address("scaleway_edge_services_backend_stage", "cdn_backend_stage")
CDN_CACHE_STAGE = Address("scaleway_edge_services_cache_stage", "cdn_cache_stage")
CDN_TLS_STAGE = Address("scaleway_edge_services_tls_stage", "cdn_tls_stage")
CDN_DNS_STAGE = Address("scaleway_edge_services_dns_stage", "cdn_dns_stage")
CDN_HEAD_STAGE = Address("scaleway_edge_services_head_stage", "cdn_head_stage")
CUSTOM_DOMAIN_DNS_RECORD = Address("scaleway_domain_record", "custom_domain_record")  # in a Scaleway-hosted zone

# The bootstrap stack.
STATE_BUCKET = Address("scaleway_object_bucket", "state_bucket")
STATE_BUCKET_ACL = Address("scaleway_object_bucket_acl", "state_bucket_acl")
STATE_BUCKET_POLICY = Address("scaleway_object_bucket_policy", "state_bucket_policy")
STATE_BUCKET_ENCRYPTION = Address("scaleway_object_bucket_server_side_encryption_configuration", "state_bucket_encryption")
EDGE_PLAN = Address("scaleway_edge_services_plan", "edge_plan")
MEDIA_PROJECT = Address("scaleway_account_project", "media_project")  # with `media_project`
# Each media-<env> stack, with `media_project`: the project, looked up by its name.
MEDIA_PROJECT_LOOKUP = Address("data.scaleway_account_project", "media_project")
