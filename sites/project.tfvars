# The openfun site factory's project (openfun/fun-richie-site-factory, scw/, the
# hand-written project this tool replaces): not yours. A new team writes its own with
# `make project STATE_BUCKET=<name> REPLACE=1` (README, "Operating").
# Settings every site of this Scaleway project shares; sites keep only their own settings,
# in sites/<site>/scw/config.tfvars.

# Bucket of every environment's Terraform state (bucket names are global).
state_bucket = "richie-site-factory-terraform"

# The state bucket and the Edge Services plan were made by the hand-written project:
# `make bootstrap` imports them instead of creating them (docs/scw.md, "Moving a site over").
import_legacy_bootstrap = true

# Who administers every bucket (media and state): each operator's IAM user and each CI
# deploy key's application, as `user_id:<uuid>` or `application_id:<uuid>`. Every bucket
# policy names exactly this list; `make deploy` refuses an operator who is not in it.
# Replace this example with the team's principals (Scaleway console, IAM) before deploying.
operators = [
  "user_id:00000000-0000-4000-8000-000000000001",
]

# Optional settings, with their defaults:
# region                = "fr-par"
# zone                  = "fr-par-1"
# state_endpoint        = "https://s3.fr-par.scw.cloud"
# state_use_path_style  = false           # path-style S3 requests, for servers addressed by IP
# edge_plan             = "professional"  # starter, professional or advanced
# multipart_abort_days  = 7               # incomplete multipart uploads are aborted after this
# state_noncurrent_days = 90              # old versions of the state expire after this
