"""Scaleway's APIs as the operator's commands ask them (beside Terraform's provider): whose
key it is and what its role may apply (`identity`), the Edge Services plan's bill
(`edge_bill`)."""
