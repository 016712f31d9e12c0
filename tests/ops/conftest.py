"""What the operator commands' tests share: an Object Storage to read states from."""

import pytest

from localscw.s3 import S3Server


@pytest.fixture(scope="module")
def s3():
    """An S3 server (moto's) over HTTP, standing in for Object Storage."""
    server = S3Server()
    yield server
    server.stop()
