"""A stand-in `scaleway/scaleway` provider for end-to-end tests, on the `tf` framework.

It serves the real schemas of the resources the app uses (read from the provider schema
JSON) and behaves close to Scaleway: Object Storage resources act on a real S3 server
(moto), IAM and Edge Services resources keep their records in a JSON file. Tests only.
"""
