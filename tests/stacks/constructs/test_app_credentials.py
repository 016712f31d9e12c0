import pytest

from stacks.addresses import APPLICATION
from stacks.constructs.app_credentials import PERMISSION_SETS, AppCredentials
from stacks.constructs.state_input import REVIEW_ONLY
from tests.helpers import new_stack, only, synth


def credentials(outdir, slots):
    stack = new_stack(outdir)
    AppCredentials(
        stack,
        "credentials",
        name="preprod-demo",
        policy_name="preprod-demo-media-objects",
        description="django-storages of demo (preprod)",
        tags=["site:demo", "environment:preprod"],
        project_id="project-id",
        key_lifetime_days=365,
        slots=slots,
    )
    return synth(stack)


@pytest.fixture(scope="module")
def synthesized(outdir):
    return credentials(outdir, ("1",))


def test_the_keys_are_those_of_the_slots_the_state_holds(outdir):
    slots = credentials(outdir / "rotating", ("2", "3"))["variable"]["api_key_slots"]
    assert (slots["default"], slots["nullable"]) == (["2", "3"], False)


def test_slots_unread_from_the_state_are_refused_not_guessed(outdir):
    slots = credentials(outdir / "unread", None)["variable"]["api_key_slots"]
    assert slots["default"] is None and REVIEW_ONLY in [check["error_message"] for check in slots["validation"]]


def test_application_is_named_and_tagged_as_given(synthesized):
    application = only(synthesized, "scaleway_iam_application")
    assert (application["name"], application["tags"]) == ("preprod-demo", ["site:demo", "environment:preprod"])


def test_policy_binds_the_application_to_object_permissions_on_the_project(synthesized):
    policy = only(synthesized, "scaleway_iam_policy")
    assert policy["application_id"] == APPLICATION.ref()
    [rule] = policy["rule"]
    assert rule["project_ids"] == ["project-id"]
    assert rule["permission_set_names"] == list(PERMISSION_SETS)


def test_policy_never_grants_full_object_storage_access(synthesized):
    [rule] = only(synthesized, "scaleway_iam_policy")["rule"]
    assert "ObjectStorageFullAccess" not in rule["permission_set_names"]
    assert all(name.startswith("ObjectStorageObjects") or name == "ObjectStorageBucketsRead" for name in rule["permission_set_names"])


def test_api_key_belongs_to_the_application_and_defaults_to_the_project(synthesized):
    key = only(synthesized, "scaleway_iam_api_key")
    assert key["application_id"] == APPLICATION.ref()
    assert key["default_project_id"] == "project-id"
    assert "user_id" not in key
