"""`python -m ops.localscw`: what Terraform starts (stdout: the handshake only)."""

from tf.runner import run_provider

from ops.localscw.provider import FakeScaleway

if __name__ == "__main__":
    run_provider(FakeScaleway())
