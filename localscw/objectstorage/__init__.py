"""Object Storage as Scaleway documents it: which operation a request is, and who may do it."""
