# Settings of the "demo" site's media storage on Scaleway.
site = "demo"

# Days after which uploaded media expire (0 = never; expiring media are not versioned).
media_expiration = 2

# Optional settings, with their defaults:
# environments     = ["staging", "preprod", "production"]
# cache_ttl        = 86400           # CDN fallback TTL, in seconds
# region           = "fr-par"
# zone             = "fr-par-1"
# state_bucket     = "richie-terraform-state"
# state_endpoint   = "https://s3.fr-par.scw.cloud"
# edge_plan        = "professional"  # starter, professional or advanced
# environment_settings = {
#   production = { media_expiration = 0, cache_ttl = 604800 }
# }
