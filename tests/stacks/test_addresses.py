"""Addresses pin resources to their Terraform names, and only resources of their type."""

import pytest

from imports.scaleway.object_bucket_acl import ObjectBucketAcl
from stacks.addresses import MEDIA_BUCKET, MEDIA_BUCKET_ACL, pin
from tests.helpers import new_stack, synth


def test_a_resource_is_pinned_to_its_address(outdir):
    stack = new_stack(outdir)
    pin(ObjectBucketAcl(stack, "somewhere/deep", bucket="b", acl="private"), MEDIA_BUCKET_ACL)
    assert list(synth(stack)["resource"]["scaleway_object_bucket_acl"]) == [MEDIA_BUCKET_ACL.name]


def test_an_address_of_another_type_is_refused(outdir):
    with pytest.raises(TypeError, match=r"scaleway_object_bucket\.media_bucket cannot name a scaleway_object_bucket_acl"):
        pin(ObjectBucketAcl(new_stack(outdir), "acl", bucket="b", acl="private"), MEDIA_BUCKET)
