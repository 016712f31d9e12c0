# Settings of the "demo" site's media storage on Scaleway.
site = "demo"

# Days after which uploaded media expire, in every environment of this demo site
# (0 = never; media kept are versioned).
media_expiration = 2

# Deployed by the hand-written project: its state is adopted as it is (docs/scw.md).
legacy_state = true
