"""Approved = applied: a plan's digest is what it will do, nothing else; the approved run
refuses any plan that is not exactly one approved. Real Terraform's `show -json` is the
oracle of the digest's input in the end-to-end run (tests/e2e/test_factory.py)."""

import json
import subprocess

import pytest

from ops.checkout import OperatorError
from ops.context import Context
from ops.factory import approval
from ops.factory.fleet import Plan
from ops.stack import terraform as tf
from tests.helpers import site_config


def change(address, actions, after):
    return {"address": address, "change": {"actions": actions, "before": {"tags": {}}, "after": after}}


BUCKET = change("scaleway_object_bucket.media_bucket", ["update"], {"tags": {"site": "demo"}})
KEY = change("scaleway_iam_api_key.app_api_key", ["no-op"], {"description": "x"})


@pytest.fixture
def shown(monkeypatch):
    """`terraform show -json` answering the resource changes the test sets, per plan file."""
    documents, calls = {}, []

    def terraform(ctx, *args, **kwargs):
        calls.append((ctx.stack, args, kwargs))
        document = documents[args[-1]]
        if document == "no changes":
            return subprocess.CompletedProcess(args, 0, json.dumps({"format_version": "1.2"}), "")
        if document is None:
            return subprocess.CompletedProcess(args, 1, "", "│ Error: Failed to read the given file as a state or plan file\n")
        return subprocess.CompletedProcess(args, 0, json.dumps({"resource_changes": document}), "")

    monkeypatch.setattr(tf, "terraform", terraform)
    return documents, calls


def planned(env_name, planfile):
    site = site_config()
    return Plan(Context(site=site, env=site.environment(env_name), environ={}), "changes pending", "Plan: ...", {}, planfile)


def test_a_digest_is_what_the_plan_will_do_in_any_order_without_its_no_ops(shown):
    documents, calls = shown
    documents["a"], documents["b"], documents["c"] = [BUCKET, KEY], [BUCKET], [KEY, BUCKET]
    first = approval.digest(planned("staging", "a"))
    assert first == approval.digest(planned("staging", "b")) == approval.digest(planned("staging", "c"))
    assert calls[0] == ("media-staging", ("show", "-json", "a"), {"capture_output": True})
    other = change("scaleway_edge_services_cache_stage.cdn_cache_stage", ["update"], {"fallback_ttl": 3600})
    moved = change("scaleway_object_bucket.other_bucket", ["update"], {"tags": {"site": "demo"}})  # BUCKET's change, elsewhere
    reordered = {"address": BUCKET["address"], "change": dict(reversed(list(BUCKET["change"].items())))}  # keys in another order
    documents.update(two=[BUCKET, other], swapped=[other, reordered], elsewhere=[moved], nothing="no changes", noops=[KEY])
    assert approval.digest(planned("staging", "nothing")) == approval.digest(planned("staging", "noops"))
    assert approval.digest(planned("staging", "two")) == approval.digest(planned("staging", "swapped"))
    assert approval.digest(planned("staging", "elsewhere")) != first
    documents["d"] = [change("scaleway_object_bucket.media_bucket", ["update"], {"tags": {"site": "other"}})]
    documents["e"] = [change("scaleway_object_bucket.media_bucket", ["delete", "create"], {"tags": {"site": "demo"}})]
    assert len({first, approval.digest(planned("staging", "d")), approval.digest(planned("staging", "e"))}) == 3


def test_a_plan_terraform_cannot_show_is_one_line(shown):
    documents, _ = shown
    documents["broken"] = None
    with pytest.raises(OperatorError, match=r"^`terraform show -json` of demo/media-staging's plan failed: Error: Failed to read"):
        approval.digest(planned("staging", "broken"))


def test_the_approved_digests_are_written_and_only_they_pass(shown, tmp_path):
    documents, _ = shown
    documents["p"], documents["s"] = [BUCKET], [KEY, BUCKET]
    plans = [planned("production", "p"), planned("staging", "s")]
    kept = tmp_path / "deeper" / "approval.json"
    approval.record(plans, kept)
    approval.record(plans, kept)  # again, over the same folder
    recorded = json.loads(kept.read_text())
    assert sorted(recorded) == ["demo/media-production", "demo/media-staging"] and len(set(recorded.values())) == 1
    assert kept.read_text() == json.dumps(recorded, indent=2, sort_keys=True) + "\n"  # for a reviewer to read
    approval.check(plans, kept)
    documents["p"] = [change("scaleway_object_bucket.media_bucket", ["update"], {"tags": {"site": "pushed later"}})]
    with pytest.raises(OperatorError) as refused:
        approval.check(plans, kept)
    assert str(refused.value) == (
        f"the plans of demo/media-production differ from those approved in {kept} (changed since, or not approved): "
        "nothing was applied. Run the rollout before production again, and have its plans approved."
    )
    with pytest.raises(OperatorError, match="the plans of demo/media-production, demo/media-staging differ"):
        approval.check([], kept)  # approved, and nothing to apply now: not what was approved either


def test_an_approval_that_cannot_be_read_applies_nothing(tmp_path):
    (tmp_path / "approval.json").write_text("{not json")
    with pytest.raises(OperatorError, match=r"cannot read the approved digests .*: nothing was applied\.$"):
        approval.check([], tmp_path / "approval.json")


def test_a_new_keys_expiry_counted_from_the_plans_time_is_no_difference_its_other_values_are(shown):
    """A first production deploy: its key's `expires_at` is `plantimestamp()` plus the lifetime,
    so a plan made after the approval differs there alone."""
    documents, _ = shown

    def new_key(expires_at, description="x"):
        return {
            "address": 'scaleway_iam_api_key.app_api_key["1"]',
            "type": "scaleway_iam_api_key",
            "change": {"actions": ["create"], "before": None, "after": {"expires_at": expires_at, "description": description}},
        }

    documents.update(
        approved=[BUCKET, new_key("2027-12-06T20:00:00Z")],
        later=[BUCKET, new_key("2027-12-06T20:07:31Z")],
        other=[BUCKET, new_key("2027-12-06T20:00:00Z", "y")],
    )
    assert approval.digest(planned("production", "approved")) == approval.digest(planned("production", "later"))
    assert approval.digest(planned("production", "approved")) != approval.digest(planned("production", "other"))
    moved = {**BUCKET, "type": "scaleway_object_bucket", "change": {**BUCKET["change"], "after": {"expires_at": "a"}}}
    documents.update(bucket_a=[moved], bucket_b=[{**moved, "change": {**moved["change"], "after": {"expires_at": "b"}}}])
    assert approval.digest(planned("production", "bucket_a")) != approval.digest(planned("production", "bucket_b"))  # the key's only
