"""The local Scaleway, started: its API (`localscw.api`) and the S3 server (moto) on free
ports of 127.0.0.1, and the gateway (`localscw.gateway`) standing for
`https://s3.<region>.scw.cloud` behind `HTTPS_PROXY`, with a throwaway CA of the run's own
(`SSL_CERT_FILE`); the organization's records (an operator and CI's deploy key, with the
rights docs/scw.md asks of them); and the ways a test looks at it or makes it fail.
`localscw.harness` puts a work copy of the project in front of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from localscw.api import ApiServer, ScalewayApi
from localscw.faults import FaultPlan, Hold
from localscw.gateway import Gateway
from localscw.objectstorage.rules import Caller
from localscw.s3 import S3Server, bucket_policy

# Ids an operator's env.d/scw would hold.
ACCOUNT = {
    "TF_VAR_scw_project_id": "11111111-1111-4111-8111-111111111111",
    "TF_VAR_scw_organization_id": "22222222-2222-4222-8222-222222222222",
}
OPERATOR = "user_id:33333333-3333-4333-8333-333333333333"
CI_DEPLOY_KEY = "application_id:44444444-4444-4444-8444-444444444444"
CREDENTIALS = {
    "SCW_ACCESS_KEY": "SCWE2EACCESSKEY00000",
    "SCW_SECRET_KEY": "e2e00000-0000-4000-8000-000000000000",
    "AWS_ACCESS_KEY_ID": "SCWE2EACCESSKEY00000",
    "AWS_SECRET_ACCESS_KEY": "e2e00000-0000-4000-8000-000000000000",
}


class LocalScaleway:
    """Servers and records; `start()` them, `stop()` them."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.api = ScalewayApi(ACCOUNT["TF_VAR_scw_organization_id"])
        self._server: S3Server | None = None
        self._api_server: ApiServer | None = None
        self._gateway: Gateway | None = None

    def start_servers(self) -> None:
        self._server = S3Server()
        self.api.add_project(ACCOUNT["TF_VAR_scw_project_id"], "default")
        self.add_operator(OPERATOR, "operator@example.org", CREDENTIALS["SCW_ACCESS_KEY"], CREDENTIALS["SCW_SECRET_KEY"])
        self.api.add_application(CI_DEPLOY_KEY.removeprefix("application_id:"), "ci-deploy")
        self.grant_operator_rights(CI_DEPLOY_KEY)
        self._api_server = self.api.serve()
        s3 = self.s3
        self._gateway = Gateway(
            self._server.endpoint,
            self.caller,
            lambda name: bucket_policy(s3, name),
            self.folder,
            home_project=ACCOUNT["TF_VAR_scw_project_id"],
        )

    @property
    def endpoints(self) -> dict[str, str]:
        """What brings Scaleway's endpoints here: the API's URL, the proxy, its CA."""
        assert self._gateway is not None and self._api_server is not None, "start() the harness first"
        return {
            "SCW_API_URL": self._api_server.url,
            "HTTPS_PROXY": self._gateway.proxy,
            "https_proxy": self._gateway.proxy,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            "SSL_CERT_FILE": str(self.ca_file),
        }

    def add_operator(self, principal: str, email: str, access_key: str, secret_key: str) -> None:
        """A user of the organization with a key of their own and an operator's rights."""
        user_id = principal.removeprefix("user_id:")
        self.api.add_user(user_id, email)
        self.api.add_user_key(user_id, access_key, secret_key, ACCOUNT["TF_VAR_scw_project_id"])
        self.grant_operator_rights(principal)

    def new_ci_key(self) -> dict[str, Any]:
        """A new key of CI's deploy application, preferring env.d/scw's project for Object
        Storage, as the console asks when it makes one: its access and secret keys."""
        application = CI_DEPLOY_KEY.removeprefix("application_id:")
        return self.api.create_api_key({"application_id": application, "default_project_id": ACCOUNT["TF_VAR_scw_project_id"]})[1]

    def grant_operator_rights(self, principal: str) -> None:
        """The permission sets docs/scw.md asks of an operator (a user or a CI key), on the project."""
        kind, _, principal_id = principal.partition(":")
        self.api.create_policy(
            {
                "name": f"operator {principal_id}",
                kind: principal_id,
                "rules": [
                    {
                        "permission_set_names": ["ObjectStorageFullAccess", "EdgeServicesFullAccess"],
                        "project_ids": [ACCOUNT["TF_VAR_scw_project_id"]],
                    },
                ],
            }
        )

    def caller(self, access_key: str, project: str | None = None) -> tuple[Caller, str] | None:
        """Who holds this key, acting in `project` (None: the key's preferred one) with the
        permission sets the local IAM gives them there, and its secret."""
        owner, secret = self.api.principal_of(access_key), self.api.secret_of(access_key)
        if owner is None or secret is None:
            return None
        project = project or self.api.api_keys[access_key]["default_project_id"]
        return Caller(owner, frozenset(self.api.permission_sets_of(owner, project)), project=project), secret

    def stop(self) -> None:
        for server in (self._gateway, self._api_server, self._server):
            if server is not None:
                server.stop()

    @property
    def ca_file(self) -> Path:
        assert self._gateway is not None, "start() the harness first"
        return self._gateway.ca_file

    @property
    def object_storage_faults(self) -> FaultPlan:
        """The faults Object Storage answers with (paths path-style: `/<bucket>/<key>`)."""
        assert self._gateway is not None, "start() the harness first"
        return self._gateway.faults

    def hold_object_storage(self, method: str, path: str, query: str | None = None) -> Hold:
        """Hold Object Storage's next request matching (path-style: `/<bucket>/<key>`; `query`
        when given, "" for none) until released."""
        return self.object_storage_faults.hold(method, path, query)

    def bucket_project(self, bucket: str) -> str | None:
        """The project a bucket belongs to (None: there is no such bucket)."""
        assert self._gateway is not None, "start() the harness first"
        return self._gateway.project_of(bucket)

    def read_only(self, bucket: str, on: bool = True) -> None:
        """Object Storage refuses (403) every write to the bucket's objects, or no more."""
        assert self._gateway is not None, "start() the harness first"
        (self._gateway.read_only_buckets.add if on else self._gateway.read_only_buckets.discard)(bucket)

    @property
    def s3(self) -> Any:
        """The S3 server itself, as its administrator: past the gateway, for looking only."""
        assert self._server is not None, "start() the harness first"
        return self._server.client()

    def gateway_client(self, access_key: str, secret_key: str) -> Any:
        """boto3 as django-storages uses it: Object Storage's endpoint, through the gateway."""
        import boto3
        from botocore.config import Config

        assert self._gateway is not None, "start() the harness first"
        return boto3.client(
            "s3",
            endpoint_url="https://s3.fr-par.scw.cloud",
            region_name="fr-par",
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            verify=str(self.ca_file),
            config=Config(proxies={"https": self._gateway.proxy}),
        )

    def anonymous_client(self) -> Any:
        """boto3 unsigned, as a browser reaching Object Storage."""
        import boto3
        from botocore import UNSIGNED
        from botocore.config import Config

        assert self._gateway is not None, "start() the harness first"
        return boto3.client(
            "s3",
            endpoint_url="https://s3.fr-par.scw.cloud",
            region_name="fr-par",
            verify=str(self.ca_file),
            config=Config(signature_version=UNSIGNED, proxies={"https": self._gateway.proxy}),
        )
