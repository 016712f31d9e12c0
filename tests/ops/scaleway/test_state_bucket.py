"""Object Storage requests acting in a project other than the key's preferred one name it
the Scaleway provider's way, `<access_key>@<project_id>` (its object/helpers_object.go)."""

import urllib.request

import pytest

from ops.key import ScalewayKey
from ops.scaleway.state_bucket import StateBucket, acting_in_project, boto3_client
from tests.helpers import project_config

MEDIA = "77777777-7777-4777-8777-777777777777"


def test_a_request_names_its_project_only_when_it_has_one():
    assert acting_in_project("SCWKEY", MEDIA) == f"SCWKEY@{MEDIA}"
    assert acting_in_project("SCWKEY", "") == "SCWKEY"


def test_both_clients_sign_as_the_project_they_act_in(monkeypatch):
    key = ScalewayKey("SCWKEY", "secret")
    assert boto3_client(project_config(), key, MEDIA)._request_signer._credentials.access_key == f"SCWKEY@{MEDIA}"
    assert boto3_client(project_config(), key)._request_signer._credentials.access_key == "SCWKEY"

    class Sent(Exception):
        """The request, signed, stopped before it leaves."""

    def opened(request, timeout):
        raise Sent(request.get_header("Authorization"))

    monkeypatch.setattr(urllib.request, "urlopen", opened)
    bucket = StateBucket("b", "https://s3.fr-par.scw.cloud", "fr-par", False, "SCWKEY", "secret", acting_in=MEDIA)
    with pytest.raises(Sent, match=f"Credential=SCWKEY@{MEDIA}/"):
        bucket.send("GET", bucket.url(""))
