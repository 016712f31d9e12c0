"""`bootstrap`: what the whole project needs once, before any environment."""

from cdktf import LocalBackend, TerraformOutput, TerraformStack
from constructs import Construct

from imports.scaleway.edge_services_plan import EdgeServicesPlan
from stacks.config import BOOTSTRAP_STACK, SiteConfig
from stacks.legacy import adopt_legacy_bootstrap
from stacks.scaleway_account import ScalewayAccount
from stacks.state_backend import REQUIRED_TERRAFORM
from stacks.state_bucket import StateBucket

# Relative to the stack's folder `cdktf.out/stacks/bootstrap`: the project root, so
# that the state survives `cdktf.out` being cleaned and no absolute path is synthesized.
LOCAL_STATE_PATH = "../../../terraform.bootstrap.tfstate"


class BootstrapStack(TerraformStack):
    """State bucket and Edge Services plan, with local state (the bucket cannot hold its own).

    The Edge Services plan is subscribed once per project and shared by every
    pipeline: it lives here so that destroying an environment never cancels it.
    """

    def __init__(self, scope: Construct, site: SiteConfig):
        super().__init__(scope, BOOTSTRAP_STACK)
        self.add_override("terraform.required_version", REQUIRED_TERRAFORM)
        LocalBackend(self, path=LOCAL_STATE_PATH)
        account = ScalewayAccount(self, "account", region=site.region, zone=site.zone)
        state = StateBucket(self, "state", site=site)
        # A construct id on the stack itself is the resource's Terraform name as is.
        plan = EdgeServicesPlan(self, "edge_plan", name=site.edge_plan)
        if site.legacy_state:
            adopt_legacy_bootstrap(self, site, account.project_id)
        TerraformOutput(self, "state_bucket_name", value=state.bucket.name, description="Bucket of the environments' state")
        TerraformOutput(self, "edge_plan_name", value=plan.name, description="Edge Services plan of the project")
