"""The Scaleway provider, configured without credentials.

Ids come from Terraform variables (`TF_VAR_scw_*` in `env.d/scw`) and credentials from
`SCW_ACCESS_KEY`/`SCW_SECRET_KEY` at apply time, so nothing private is synthesized and
`cdktf synth` works on a machine that has no `env.d/scw`.
"""

from cdktf import TerraformVariable
from constructs import Construct

from imports.scaleway.provider import ScalewayProvider


def account_variable(scope: Construct, name: str, description: str) -> TerraformVariable:
    """A string variable named exactly `name`, so `TF_VAR_<name>` sets it."""
    variable = TerraformVariable(scope, name, type="string", nullable=False, description=description)
    variable.override_logical_id(name)
    return variable


class ScalewayAccount(Construct):
    """Provider and project of one stack."""

    def __init__(self, scope: Construct, id: str, *, region: str, zone: str):
        super().__init__(scope, id)
        self.project_id = account_variable(
            self, "scw_project_id", "Scaleway project holding the resources (TF_VAR_scw_project_id)"
        ).string_value
        organization_id = account_variable(
            self, "scw_organization_id", "Scaleway organization of the project (TF_VAR_scw_organization_id)"
        ).string_value
        ScalewayProvider(
            self,
            "scaleway",
            region=region,
            zone=zone,
            project_id=self.project_id,
            organization_id=organization_id,
        )
