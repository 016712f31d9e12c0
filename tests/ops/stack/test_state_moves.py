"""`make move-states`: states of the earlier layout move under their environment's prefix,
never over another state, never while locked; a deploy or rollout refuses until they have."""

import json

import pytest

from ops.checkout import OperatorError
from ops.context import Context
from ops.stack import state_moves
from tests.helpers import site_config

STATE = json.dumps({"version": 4, "serial": 3, "lineage": "l-1", "outputs": {}}).encode()


def keys_in(admin, name):
    return sorted(item["Key"] for item in admin.list_objects_v2(Bucket=name).get("Contents", []))


@pytest.fixture
def ctx(project_bucket, monkeypatch):
    admin, name = project_bucket
    monkeypatch.setattr(state_moves, "state_keys", lambda project, environ: keys_in(admin, name))
    site = site_config()
    return Context(site=site, env=site.environment("staging"), environ={"SCW_ACCESS_KEY": "SCWKEY", "SCW_SECRET_KEY": "secret"})


def test_states_of_the_earlier_layout_move_under_their_environments_prefix(ctx, project_bucket, capsys):
    admin, name = project_bucket
    admin.put_object(Bucket=name, Key="demo/media-staging.tfstate", Body=STATE)
    admin.put_object(Bucket=name, Key="alpha/media-feature-x.tfstate", Body=STATE + b" ")
    admin.put_object(Bucket=name, Key="bootstrap.tfstate", Body=b"{}")
    assert state_moves.move_states(ctx) == 0
    assert keys_in(admin, name) == ["bootstrap.tfstate", "env:/feature-x/alpha.tfstate", "env:/staging/demo.tfstate"]
    assert admin.get_object(Bucket=name, Key="env:/staging/demo.tfstate")["Body"].read() == STATE
    assert admin.get_object(Bucket=name, Key="env:/feature-x/alpha.tfstate")["Body"].read() == STATE + b" "
    captured = capsys.readouterr()
    assert "Moved 2 states under their environment's prefix." in captured.out
    assert "demo/media-staging.tfstate -> env:/staging/demo.tfstate" in captured.err
    assert state_moves.move_states(ctx) == 0
    assert "nothing to move" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("also", "refusal"),
    [
        ("demo/media-staging.tfstate.tflock", r"^demo/media-staging.tfstate is locked .*`make unlock`, then move again\.$"),
        ("env:/staging/demo.tfstate", r"^both demo/media-staging.tfstate and env:/staging/demo.tfstate exist: keep the one"),
    ],
)
def test_a_locked_state_or_one_with_a_state_at_its_new_key_is_left_whole(ctx, project_bucket, also, refusal):
    admin, name = project_bucket
    admin.put_object(Bucket=name, Key="demo/media-staging.tfstate", Body=STATE)
    admin.put_object(Bucket=name, Key="alpha/media-preprod.tfstate", Body=STATE)
    admin.put_object(Bucket=name, Key=also, Body=b"{}")
    before = {key: admin.get_object(Bucket=name, Key=key)["Body"].read() for key in keys_in(admin, name)}
    with pytest.raises(OperatorError, match=refusal):
        state_moves.move_states(ctx)
    assert {key: admin.get_object(Bucket=name, Key=key)["Body"].read() for key in keys_in(admin, name)} == before  # nothing moved


def test_a_deploy_refuses_while_its_state_is_at_the_earlier_key(ctx, project_bucket):
    admin, name = project_bucket
    state_moves.refuse_unmoved(ctx)  # nothing anywhere: a first deploy
    admin.put_object(Bucket=name, Key="demo/media-preprod.tfstate", Body=STATE)
    state_moves.refuse_unmoved(ctx)  # another environment's
    admin.put_object(Bucket=name, Key="demo/media-staging.tfstate", Body=STATE)
    with pytest.raises(OperatorError) as error:
        state_moves.refuse_unmoved(ctx)
    assert str(error.value) == (
        "the state of media-staging is still at demo/media-staging.tfstate, where earlier versions kept it: run `make move-states` first."
    )
    admin.put_object(Bucket=name, Key="env:/staging/demo.tfstate", Body=STATE)
    state_moves.refuse_unmoved(ctx)  # both: the stack runs on the new one


def test_a_rollout_refuses_while_any_state_is_at_its_earlier_key(ctx, project_bucket):
    admin, name = project_bucket
    admin.put_object(Bucket=name, Key="env:/staging/demo.tfstate", Body=STATE)
    state_moves.refuse_any_unmoved(ctx)
    admin.put_object(Bucket=name, Key="alpha/media-production.tfstate", Body=STATE)
    with pytest.raises(
        OperatorError, match=r"^1 state still where earlier versions kept them \(alpha/media-production.tfstate\.\.\.\): run"
    ):
        state_moves.refuse_any_unmoved(ctx)
