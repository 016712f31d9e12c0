"""`python -m tests.e2e.fake_scaleway`: what Terraform starts (stdout: the handshake only)."""

from tf.runner import run_provider

from tests.e2e.fake_scaleway.provider import FakeScaleway

if __name__ == "__main__":
    run_provider(FakeScaleway())
