"""Scaleway's APIs as the operator's commands ask them (beside Terraform's provider), with
one key: the API's client (`client`: IAM, Edge Services, the purge), the state bucket's
(`state_bucket`), whose key it is and what its role may apply (`identity`), the Edge
Services plan's bill (`edge_bill`)."""
