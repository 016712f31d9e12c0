# Settings of the "ademe" site's media storage on Scaleway.
site = "ademe"

# Deployed by the hand-written project: its state is adopted as it is (docs/scw.md).
legacy_state = true
