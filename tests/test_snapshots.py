"""Snapshots of every stack of the demo site: a change to them is reviewed like code.

Update with `make snapshots` (pytest --snapshot-update) and read the diff.
"""

import pytest
from syrupy.extensions.json import JSONSnapshotExtension

STACKS = ["bootstrap", "media-staging", "media-preprod", "media-production"]


@pytest.fixture
def snapshot_json(snapshot):
    return snapshot.use_extension(JSONSnapshotExtension)


@pytest.mark.parametrize("stack", STACKS)
def test_stack_snapshot(demo_stacks, snapshot_json, stack):
    assert demo_stacks[stack] == snapshot_json
