"""Which project holds the media: env.d/scw's, or `media_project`'s, found by its name in the
key's organization (the local Scaleway answering as the account/ recordings show)."""

import pytest

from ops.checkout import OperatorError
from ops.scaleway.account import media_project_id, media_requests_project
from ops.scaleway.client import Scaleway
from tests.helpers import project_config
from tests.operator_api import ORGANIZATION, SECRET, served_api

PROJECT = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def api():
    with served_api() as (local, url):
        environ = {
            "SCW_API_URL": url,
            "SCW_SECRET_KEY": SECRET,
            "TF_VAR_scw_project_id": PROJECT,
            "TF_VAR_scw_organization_id": ORGANIZATION,
        }
        yield local, Scaleway.of(environ)


def test_without_a_media_project_env_d_scws_project_holds_the_media(api):
    local, scaleway = api
    asked = len(local.requests)
    assert media_project_id(scaleway, project_config()) == PROJECT
    assert media_requests_project(scaleway, project_config()) == ""  # requests name no project: the key's preferred one
    assert len(local.requests) == asked  # nothing asked


def test_the_media_project_is_found_by_name_in_the_keys_organization(api):
    local, scaleway = api
    local.create_project({"name": "acme-media", "organization_id": "99999999-9999-4999-8999-999999999999"})  # another organization's
    local.create_project({"name": "acme-media-old", "organization_id": ORGANIZATION})
    _, media = local.create_project({"name": "acme-media", "organization_id": ORGANIZATION})
    assert media_project_id(scaleway, project_config(media_project="acme-media")) == media["id"]
    assert media_requests_project(scaleway, project_config(media_project="acme-media")) == media["id"]


def test_a_media_project_not_made_yet_says_to_bootstrap(api):
    _, scaleway = api
    with pytest.raises(OperatorError) as refused:
        media_project_id(scaleway, project_config(media_project="acme-media"))
    assert str(refused.value) == (
        "the media project acme-media (sites/project.tfvars: media_project) does not exist yet: run `make bootstrap` first."
    )
