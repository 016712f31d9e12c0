# Settings every site of this Scaleway project shares. Sites keep only their own
# settings in sites/<site>/scw/config.tfvars.

# Bucket of every environment's Terraform state (bucket names are global: pick your own).
state_bucket = "richie-terraform-state"

# Optional settings, with their defaults:
# region               = "fr-par"
# zone                 = "fr-par-1"
# state_endpoint       = "https://s3.fr-par.scw.cloud"
# state_use_path_style = false            # path-style S3 requests, for servers addressed by IP
# edge_plan            = "professional"   # starter, professional or advanced
# import_legacy_bootstrap = false         # bootstrap imports what the hand-written project made
