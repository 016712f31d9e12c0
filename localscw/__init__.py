"""A local Scaleway, for the end-to-end run and `make bench`: nothing leaves 127.0.0.1.

- an S3 server (moto) stands for Object Storage, state bucket included;
- a stand-in `scaleway/scaleway` provider (on the `tf` framework) serves the real schemas
  of the resources in use, read from the provider schema JSON: Object Storage resources
  act on the S3 server, IAM and Edge Services resources keep records in a JSON file;
- `gateway.Gateway` puts Scaleway's access rules in front of the S3 server;
- `gate` holds a provider call until a test releases it;
- `harness.Harness` starts them and runs the operator's commands in a work copy.
"""
