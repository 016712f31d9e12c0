"""What a `media-<env>` stack and the operator commands agree on: its outputs (what an
environment hands over, and to which Django setting: django-configurations reads
`DJANGO_<NAME>` into `<NAME>`), and the input the commands set.

The stacks declare these and `make deploy` / `make django-env` use them: both read this module.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    name: str
    django_setting: str | None = None
    purpose: str = ""
    sensitive: bool = False
    # What the setting is to the Django site, written above it by `make django-env`.
    comment: str = ""

    @property
    def description(self) -> str:
        parts = [part for part in (self.django_setting, self.purpose) if part]
        return ": ".join(parts)


CDN_DOMAIN = Output(
    "edge_service_domain",
    "DJANGO_AWS_S3_CUSTOM_DOMAIN",
    "the CDN serving the media",
    comment="AWS_S3_CUSTOM_DOMAIN: the CDN domain of media URLs, unsigned (Edge Services serves public objects only)",
)
ACCESS_KEY = Output(
    "iam_access_key",
    "DJANGO_AWS_ACCESS_KEY_ID",
    sensitive=True,
    comment="AWS_ACCESS_KEY_ID: this environment's own API key (its bucket's policy keeps it to that bucket)",
)
SECRET_KEY = Output("iam_access_secret", "DJANGO_AWS_SECRET_ACCESS_KEY", sensitive=True, comment="AWS_SECRET_ACCESS_KEY: its secret")
BUCKET_NAME = Output("bucket_name", "DJANGO_AWS_STORAGE_BUCKET_NAME", comment="AWS_STORAGE_BUCKET_NAME: the media bucket")
BUCKET_REGION = Output(
    "bucket_region",
    "DJANGO_AWS_S3_REGION_NAME",
    comment="AWS_S3_REGION_NAME: the bucket's region, which must go with the endpoint or signatures fail",
)
S3_ENDPOINT = Output(
    "s3_endpoint_url", "DJANGO_AWS_S3_ENDPOINT_URL", comment="AWS_S3_ENDPOINT_URL: Object Storage's endpoint in that region"
)
PIPELINE_ID = Output("cdn_pipeline_id", purpose="Edge Services pipeline, for cache purges")
CUSTOM_DOMAIN_RECORD = Output("custom_domain_record", purpose="DNS record to create for the custom domain: a CNAME, or an ALIAS at an apex")
CUSTOM_DOMAIN_ATTACHED = Output("custom_domain_attached", purpose="Whether the custom domain and its certificate are attached")
API_KEY_SLOTS = Output("api_key_slots", purpose="The API keys' slots: two while `make rotate-key` replaces one")
MEDIA_PROJECT_NAME = Output("media_project", purpose="The media project the bucket and pipeline are in (`media_project`)")
API_KEYS_EXPIRE_AT = Output("api_keys_expire_at", purpose="When each API key expires, by slot")

# The bootstrap stack's.
STATE_BUCKET_NAME = Output("state_bucket_name", purpose="Bucket of the environments' state")
EDGE_PLAN_NAME = Output("edge_plan_name", purpose="Edge Services plan of the project")
MEDIA_PROJECT_ID = Output("media_project_id", purpose="The media project (`media_project`): its buckets, pipelines and keys")

# In the order `make django-env` prints them.
DJANGO_OUTPUTS = (CDN_DOMAIN, ACCESS_KEY, SECRET_KEY, BUCKET_NAME, BUCKET_REGION, S3_ENDPOINT)

# The stack's inputs carried over from its own state (`StateInputs`), by their Terraform names.
CUSTOM_DOMAIN_READY = "custom_domain_ready"
API_KEY_SLOTS_INPUT = API_KEY_SLOTS.name
FIRST_SLOTS = ("1",)


@dataclass(frozen=True)
class StateInputs:
    """What a `media-<env>` stack carries over from its own state, read once per synthesis
    (by `make` and by the cdktf CLI alike) and synthesized as its inputs' defaults:

    - `api_key_slots`: the slots of the keys the state holds (`["1"]`, `["1", "2"]` during
      a rotation); `make rotate-key` alone changes them;
    - `custom_domain_ready`: true once the custom domain is attached (it stays so), or once
      its record reaches the pipeline endpoint; false before (no certificate asked).

    A stack synthesized without them (no access to its state) is for review only: its plan
    is refused rather than replacing the key the site runs on.
    """

    api_key_slots: tuple[str, ...] = FIRST_SLOTS
    custom_domain_ready: bool = False


# Scaleway documents a pipeline's endpoint as `<pipeline-id>.svc.edge.scw.cloud` (Edge
# Services concepts): known as soon as the pipeline exists.
ENDPOINT_FORMAT = "%s.svc.edge.scw.cloud"


def pipeline_endpoint(pipeline_id: str) -> str:
    return ENDPOINT_FORMAT % pipeline_id
