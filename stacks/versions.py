"""The Terraform the stacks need, and the provider's source (its version lives in cdktf.json,
which `cdktf get` reads)."""

PROVIDER_SOURCE = "scaleway/scaleway"
PROVIDER_ADDRESS = f"registry.terraform.io/{PROVIDER_SOURCE}"

# Native S3 state locking (`use_lockfile`) arrived in Terraform 1.10.
MIN_TERRAFORM = (1, 10)
REQUIRED_TERRAFORM = ">= " + ".".join(map(str, MIN_TERRAFORM))
