# Settings of the "demo" site's media storage on Scaleway.
site = "demo"

# Days after which uploaded media expire (0 = never; expiring media are not versioned).
media_expiration = 2

# Optional settings, with their defaults:
# environments = ["staging", "preprod", "production"]
# cache_ttl    = 86400   # CDN fallback TTL, in seconds
# environment_settings = {
#   production = { media_expiration = 0, cache_ttl = 604800 }
# }
