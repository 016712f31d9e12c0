"""`bootstrap`: what the whole project needs once, before any environment."""

from cdktf import LocalBackend, TerraformOutput, TerraformStack
from constructs import Construct

from imports.scaleway.edge_services_plan import EdgeServicesPlan
from stacks import contract
from stacks.addresses import EDGE_PLAN
from stacks.constructs.media_project import MediaProject
from stacks.constructs.scaleway_account import ScalewayAccount
from stacks.constructs.state_backend import SharedStateBackend
from stacks.constructs.state_bucket import StateBucket
from stacks.legacy import adopt_legacy_bootstrap
from stacks.settings.model import BOOTSTRAP_STACK, BOOTSTRAP_STATE_KEY, ProjectConfig
from stacks.versions import REQUIRED_TERRAFORM

# The stack's folder `cdktf.out/stacks/bootstrap`, seen from the project root: the local
# state is kept at the root, so that it survives `cdktf.out` being cleaned and no
# absolute path is synthesized.
STACK_TO_ROOT = "../../.."


class BootstrapStack(TerraformStack):
    """State bucket and Edge Services plan. Its state lives in the bucket like every other
    (key `bootstrap.tfstate`, locked natively), so that any operator, or CI, runs it; only
    the run that creates the bucket keeps its state locally, and `make bootstrap` moves it
    into the bucket at once.

    The Edge Services plan is subscribed once per project and shared by every
    pipeline: it lives here so that destroying an environment never cancels it.
    """

    def __init__(self, scope: Construct, project: ProjectConfig, state_in_bucket: bool = True):
        super().__init__(scope, BOOTSTRAP_STACK)
        self.add_override("terraform.required_version", REQUIRED_TERRAFORM)
        if state_in_bucket:
            SharedStateBackend(
                self,
                bucket=project.state_bucket,
                key=BOOTSTRAP_STATE_KEY,
                region=project.region,
                endpoint=project.state_endpoint,
                path_style=project.state_use_path_style,
            )
        else:  # the very first run: the bucket does not exist yet
            LocalBackend(self, path=f"{STACK_TO_ROOT}/{project.bootstrap_state_file}")
        account = ScalewayAccount(self, "account", region=project.region, zone=project.zone)
        state = StateBucket(
            self,
            "state",
            name=project.state_bucket,
            region=project.region,
            noncurrent_days=project.state_noncurrent_days,
            abort_multipart_days=project.multipart_abort_days,
            operators=project.operators,
            deployers=project.deployers,
            planners=project.planners,
        )
        media = None
        if project.media_project:
            media = MediaProject(
                self,
                "media",
                name=project.media_project,
                description=f"Media of the Richie sites whose state is in {project.state_bucket}: buckets, CDN, keys",
                organization_id=account.organization_id,
                adopt_id=project.media_project_id,
                roles={
                    "operators": project.operators,
                    "deployers": tuple(d.principal for d in project.deployers),
                    "planners": project.planners,
                },
            )
        # A construct id on the stack itself is the resource's Terraform name as is. The plan
        # is the pipelines' project's: the media project's, when there is one.
        plan = EdgeServicesPlan(self, EDGE_PLAN.name, name=project.edge_plan, project_id=media.project_id if media else None)
        if project.import_legacy_bootstrap:
            adopt_legacy_bootstrap(self, project, account.project_id)
        outputs = [(contract.STATE_BUCKET_NAME, state.name), (contract.EDGE_PLAN_NAME, plan.name)]
        if media:
            outputs.append((contract.MEDIA_PROJECT_ID, media.project_id))
        for output, value in outputs:
            TerraformOutput(self, output.name, value=value, description=output.description)
