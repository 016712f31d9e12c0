"""A local Scaleway, for the tests and `make bench`: nothing leaves 127.0.0.1.

- `api.ScalewayApi`: IAM (`iam`) and Edge Services (`edge`) as the provider calls them
  (`SCW_API_URL`), behind one HTTP layer, answering as the provider's recorded exchanges
  show (`recordings` maps them, `conformance` replays them strictly);
- `s3.S3Server` (moto) stands for Object Storage, state bucket included, and
  `gateway.Gateway` for `https://s3.<region>.scw.cloud` in front of it: an HTTPS proxy with
  a CA of the run's own, judging every request by Scaleway's documented access rules
  (`objectstorage`: which operation a request is, who may do it), imported from nothing of
  the product's;
- `toolchain` builds the real `scaleway/scaleway` provider and OpenTofu from their Go modules;
- `harness.Harness` starts them and runs the operator's commands in a work copy;
- `bench` measures what users wait for on it.

The operator's code (`ops/`, `stacks/`) never imports it.
"""
