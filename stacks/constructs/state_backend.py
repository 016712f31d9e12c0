"""Where an environment keeps its Terraform state: the shared bucket made by `bootstrap`."""

from cdktf import S3Backend, TerraformStack


class SharedStateBackend(S3Backend):
    """S3 backend on Scaleway Object Storage, one key per site and environment, locked natively.

    The state holds the environment's API secret: the state bucket's default encryption
    (SSE-ONE, `StateBucket`) encrypts it. No `encrypt`: its `x-amz-server-side-encryption:
    AES256` header on every write is what Scaleway documents as refused (400 InvalidArgument,
    "I get 400 Bad Request errors when uploading objects").

    Credentials are read by Terraform from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY;
    the AWS-only checks are skipped because Scaleway is not AWS. A backend is one per
    stack, so it takes no construct id (cdktf names it `backend`).
    """

    def __init__(self, stack: TerraformStack, *, bucket: str, key: str, region: str, endpoint: str, path_style: bool = False):
        super().__init__(
            stack,
            bucket=bucket,
            key=key,
            region=region,
            endpoints={"s3": endpoint},
            skip_credentials_validation=True,
            skip_region_validation=True,
            skip_requesting_account_id=True,
            skip_s3_checksum=True,
            use_path_style=True if path_style else None,
        )
        # cdktf 0.21's S3Backend predates `use_lockfile`.
        self.add_override("use_lockfile", True)
