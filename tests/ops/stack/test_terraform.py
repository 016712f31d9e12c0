"""The one-stack runner: Terraform in the stack's folder, `init` only when needed."""

import json
from pathlib import Path

import pytest

from ops.context import Context
from ops.stack import terraform as tf
from stacks.addresses import MEDIA_BUCKET
from tests.helpers import site_config


@pytest.fixture
def stack(tmp_path):
    """A synthesized stack folder and a `terraform` that logs its arguments."""
    log = tmp_path / "calls.log"
    binary = tmp_path / "terraform"
    binary.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    binary.chmod(0o755)
    site = site_config()
    ctx = Context(site=site, env=site.environment("staging"), environ={"PATH": "/usr/bin:/bin"}, terraform=str(binary), root=tmp_path)
    ctx.stack_dir.mkdir(parents=True)
    (ctx.stack_dir / ".terraform").mkdir()
    write_stack(ctx, key="env:/staging/demo.tfstate")
    return ctx, log


def write_stack(ctx, key):
    (ctx.stack_dir / "cdk.tf.json").write_text(json.dumps({"terraform": {"backend": {"s3": {"key": key}}}, "resource": {}}))


def calls(log):
    return log.read_text().splitlines() if log.exists() else []


def test_init_runs_once_for_the_same_backend_and_providers(stack):
    ctx, log = stack
    tf.init(ctx)
    tf.init(ctx)
    assert calls(log) == [f"-chdir={ctx.stack_dir} init -input=false -reconfigure"]


def test_init_runs_again_when_the_backend_changes(stack):
    ctx, log = stack
    tf.init(ctx)
    write_stack(ctx, key="env:/staging/acme.tfstate")  # another site's stack of the same name
    tf.init(ctx)
    assert len(calls(log)) == 2


def test_providers_come_from_a_cache_shared_by_every_stack(stack):
    ctx, _ = stack
    assert tf.plugin_cache(ctx) == {"TF_PLUGIN_CACHE_DIR": str(ctx.root / ".cache" / "terraform-plugins")}
    assert (ctx.root / ".cache" / "terraform-plugins").is_dir()
    given = Context(**{**ctx.__dict__, "environ": {"TF_PLUGIN_CACHE_DIR": str(ctx.root / "mine")}})
    assert tf.plugin_cache(given) == {"TF_PLUGIN_CACHE_DIR": str(ctx.root / "mine")}


def test_synth_writes_this_stack_alone(stack):
    ctx, _ = stack
    tf.synth(ctx)
    manifest = json.loads((ctx.root / "cdktf.out" / "manifest.json").read_text())
    assert list(manifest["stacks"]) == ["media-staging"]
    synthesized = json.loads((ctx.stack_dir / "cdk.tf.json").read_text())
    assert synthesized["resource"][MEDIA_BUCKET.type][MEDIA_BUCKET.name]["name"] == "staging-demo-media"


def test_synth_makes_a_factory_folder_of_a_fresh_checkout(tmp_path):
    from dataclasses import replace

    site = site_config()
    ctx = replace(Context(site=site, env=site.environment("staging"), environ={}, root=tmp_path), outdir=Path("cdktf.out/factory/demo"))
    tf.synth(ctx)  # nothing under tmp_path yet: cdktf alone would make the last folder only
    assert (tmp_path / "cdktf.out" / "factory" / "demo" / "stacks" / "media-staging" / "cdk.tf.json").is_file()


@pytest.mark.parametrize(
    "terraform_says, advice",
    [
        (
            "Error: Failed to query available provider packages\nCould not retrieve the list of available versions for provider scaleway/scaleway: could not connect to registry.terraform.io",
            "the provider could not be installed: check that this machine reaches the Terraform registry, or its provider mirror.",
        ),
        (
            'Error: Failed to get existing workspaces: S3 bucket "richie-terraform-state" does not exist.',
            "the state bucket richie-terraform-state does not exist: run `make bootstrap` first, or check state_bucket in sites/project.tfvars.",
        ),
        (
            "operation error S3: ListObjectsV2, https response error StatusCode: 403, api error SignatureDoesNotMatch",
            "the state bucket richie-terraform-state refused your key: check SCW_ACCESS_KEY/SCW_SECRET_KEY in env.d/scw, and that you are an operator.",
        ),
        (
            "dial tcp: lookup richie-terraform-state.s3.fr-par.scw.cloud: no such host",
            "the state bucket's endpoint could not be reached: check your network and state_endpoint in sites/project.tfvars.",
        ),
    ],
)
def test_a_failed_init_says_which_part_failed(stack, terraform_says, advice, capsys):
    ctx, _ = stack
    failing = ctx.stack_dir.parent / "failing-terraform"
    failing.write_text(f"#!/bin/sh\ncat <<'EOF'\n{terraform_says}\nEOF\nexit 1\n")
    failing.chmod(0o755)
    from dataclasses import replace

    from ops.checkout import OperatorError

    with pytest.raises(OperatorError) as error:
        tf.init(replace(ctx, terraform=str(failing)))
    assert str(error.value) == f"`terraform init` of media-staging failed (see above): {advice}"
    assert terraform_says.splitlines()[0] in capsys.readouterr().err  # Terraform's own words are shown


def test_outputs_are_read_by_name(stack):
    ctx, _ = stack
    printing = ctx.stack_dir.parent / "outputs-terraform"
    printing.write_text("""#!/bin/sh\necho '{"bucket_name": {"sensitive": false, "type": "string", "value": "staging-demo-media"}}'\n""")
    printing.chmod(0o755)
    from dataclasses import replace

    assert tf.outputs(replace(ctx, terraform=str(printing))) == {"bucket_name": "staging-demo-media"}


def test_a_failed_output_names_terraforms_error(stack):
    ctx, _ = stack
    failing = ctx.stack_dir.parent / "failing-output"
    failing.write_text("#!/bin/sh\necho '╷' >&2\necho '│ Error: Required plugins are not installed' >&2\necho '╵' >&2\nexit 1\n")
    failing.chmod(0o755)
    from dataclasses import replace

    from ops.checkout import OperatorError

    with pytest.raises(OperatorError, match=r"^`terraform output` of media-staging failed: Error: Required plugins are not installed$"):
        tf.outputs(replace(ctx, terraform=str(failing)))


# -- Synthesis paid only when its inputs change ------------------------------------------------


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A checkout's synthesis inputs, small; a stack synthesized once (counted)."""
    for name in ("cdktf.json", "requirements.txt", "package-lock.json"):
        (tmp_path / name).write_text("{}")
    for name in ("stacks/app.py", "imports/scaleway/object_bucket/__init__.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# code\n")
    site = site_config()
    project_file, site_file = tmp_path / "sites" / "project.tfvars", tmp_path / "sites" / "demo" / "scw" / "config.tfvars"
    site_file.parent.mkdir(parents=True)
    project_file.write_text("p")
    site_file.write_text("s")
    from dataclasses import replace

    site = replace(site, source=site_file, project=replace(site.project, source=project_file))
    ctx = Context(site=site, env=site.environment("staging"), environ={}, root=tmp_path)
    synthesized = []

    def fake_build(site, app, only, bootstrap_state_in_bucket, inputs):
        synthesized.append(only)
        ctx.stack_dir.mkdir(parents=True, exist_ok=True)
        (ctx.stack_dir / "cdk.tf.json").write_text("{}")
        return type("Synth", (), {"synth": lambda self: None})()

    import stacks.app

    monkeypatch.setattr(stacks.app, "build_app", fake_build)
    tf.synth(ctx)
    return ctx, synthesized


@pytest.mark.parametrize(
    "changed",
    [
        "stacks/app.py",
        "imports/scaleway/object_bucket/__init__.py",
        "sites/project.tfvars",
        "sites/demo/scw/config.tfvars",
        "cdktf.json",
        "requirements.txt",
        "package-lock.json",
    ],
)
def test_a_stack_is_synthesized_again_when_an_input_changes(checkout, changed):
    ctx, synthesized = checkout
    tf.synth(ctx)
    assert synthesized == ["media-staging"]  # nothing changed: the JSON is reused
    (ctx.root / changed).write_text((ctx.root / changed).read_text() + " ")
    tf.synth(ctx)
    assert synthesized == ["media-staging", "media-staging"], changed


def test_a_stamp_that_cannot_be_read_synthesizes_again(checkout):
    ctx, synthesized = checkout
    (ctx.stack_dir / tf.SYNTH_STAMP).unlink()
    tf.synth(ctx)
    (ctx.stack_dir / "cdk.tf.json").unlink()  # the output gone, whatever the stamp says
    tf.synth(ctx)
    assert len(synthesized) == 3


def test_a_stack_is_synthesized_again_when_its_state_carries_other_inputs(checkout):
    from dataclasses import replace

    from stacks.contract import StateInputs

    ctx, synthesized = checkout
    rotating = replace(ctx, inputs=StateInputs(api_key_slots=("1", "2")))
    tf.synth(rotating)
    tf.synth(rotating)
    assert synthesized == ["media-staging", "media-staging"]


def test_a_synthesis_the_cdktf_cli_wrote_over_ours_is_not_reused(checkout):
    ctx, synthesized = checkout
    (ctx.stack_dir / "cdk.tf.json").write_text('{"variable": {}}')  # `cdktf synth`, in the same folder
    tf.synth(ctx)
    assert len(synthesized) == 2
