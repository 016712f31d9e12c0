"""The Terraform the stacks need. (The provider's source and version live in cdktf.json.)"""

# Native S3 state locking (`use_lockfile`) arrived in Terraform 1.10.
MIN_TERRAFORM = (1, 10)
REQUIRED_TERRAFORM = ">= " + ".".join(map(str, MIN_TERRAFORM))
