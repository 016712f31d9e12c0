"""No credential nor principal from the environment ever reaches the synthesized files or the output:
bucket policies name the committed operators only."""

import os
import subprocess
import sys

from ops.checkout import ROOT

# Distinctive values, as an operator's env.d/scw would export them.
CREDENTIALS = {
    "SCW_ACCESS_KEY": "SCWTESTACCESSKEY0001",
    "SCW_SECRET_KEY": "11111111-2222-3333-4444-555555555555",
    "AWS_ACCESS_KEY_ID": "SCWTESTACCESSKEY0002",
    "AWS_SECRET_ACCESS_KEY": "66666666-7777-8888-9999-000000000000",
    "TF_VAR_scw_project_id": "aaaaaaaa-0000-0000-0000-000000000001",
    "TF_VAR_scw_organization_id": "aaaaaaaa-0000-0000-0000-000000000002",
}


def test_credentials_never_reach_synthesized_files(tmp_path):
    env = dict(os.environ, CDKTF_OUTDIR=str(tmp_path), **CREDENTIALS)
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "cdk.tf.json" for p in files)
    for path in files:
        text = path.read_text(errors="replace")
        for name, value in CREDENTIALS.items():
            assert value not in text, f"{name} leaked into {path.relative_to(tmp_path)}"
    for name, value in CREDENTIALS.items():
        assert value not in result.stdout + result.stderr, f"{name} leaked into the output"
