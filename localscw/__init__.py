"""A local Scaleway, for the tests and `make bench`: nothing leaves 127.0.0.1.

- `api.ScalewayApi`: IAM and Edge Services as the provider calls them (`SCW_API_URL`),
  answering as the provider's recorded exchanges show (`conformance` replays them);
- `s3.S3Server` (moto) stands for Object Storage, state bucket included, and
  `gateway.Gateway` for `https://s3.<region>.scw.cloud` in front of it: an HTTPS proxy with
  a CA of the run's own, enforcing Scaleway's access rules;
- `toolchain` builds the real `scaleway/scaleway` provider and OpenTofu from their Go modules;
- `harness.Harness` starts them and runs the operator's commands in a work copy;
- `bench` measures what users wait for on it.

The operator's code (`ops/`, `stacks/`) never imports it.
"""
