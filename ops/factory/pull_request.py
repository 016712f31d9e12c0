"""A pull request's plans: which stacks it touches (`python -m ops matrix`), and each one's
plan, kept for review (`python -m ops plan`).

A site's settings touch that site's stacks; the project's settings and the code (what
synthesizes the stacks, and what runs Terraform) touch every stack and the bootstrap;
documentation, tests and the local Scaleway touch none. GitHub Actions reads the answer
as `{"include": [...]}`, one entry per stack, or one for them all when every stack is
touched (`make plan EVERY=1` plans them side by side). A plan is kept as text only: Terraform's
binary plan holds the prior state, the API keys' secrets included.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from ops.checkout import ROOT, OperatorError
from ops.context import Context
from ops.factory.fleet import Plan, factory_sites, label, plan, plan_all, prepare, selected
from ops.stack import terraform as tf
from stacks.settings import PROJECT_FILE, SITES_DIR
from stacks.settings.model import BOOTSTRAP_STACK, EnvironmentConfig, SiteConfig

# Changes here touch every stack: what builds a stack, and what plans and applies it (the
# Makefile, and CI's own setup, which installs the tools).
CODE = (
    "stacks/",
    "imports/",
    "ops/",
    "main.py",
    "cdktf.json",
    "requirements.txt",
    "package.json",
    "package-lock.json",
    "Makefile",
    ".github/actions/",
)


def touched(
    changed: Iterable[str], sites: tuple[SiteConfig, ...], sites_dir: str = "sites"
) -> list[tuple[SiteConfig, EnvironmentConfig | None]]:
    """The stacks the changed files (paths relative to the checkout) touch, bootstrap first."""
    site_names: set[str] = set()
    for path in changed:
        parts = PurePosixPath(path).parts
        if path.startswith(CODE) or path == f"{sites_dir}/{PROJECT_FILE}":
            return selected(sites)
        if len(parts) > 2 and parts[0] == sites_dir:
            site_names.add(parts[1])
    known = {site.name for site in sites}
    for gone in sorted(site_names - known):
        print(f"note: site {gone} was removed: its deployed stacks stay until `make destroy` of each.", file=sys.stderr)
    return selected(sites, sorted(site_names & known)) if site_names & known else []


def changed_files(base: str, root: Path = ROOT) -> list[str]:
    """What the current commit changes since it left `base` (`git diff base...HEAD`)."""
    result = subprocess.run(["git", "diff", "--name-only", f"{base}...HEAD", "--"], cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        first = (result.stderr.strip().splitlines() or ["no message"])[0]
        raise OperatorError(f"`git diff {base}...HEAD` failed: {first} (fetch the base branch first).")
    return result.stdout.split()


EVERY_STACK = "every stack"


def matrix(stacks: list[tuple[SiteConfig, EnvironmentConfig | None]], everything: bool = False) -> dict[str, list[dict[str, str]]]:
    """One entry per stack; one entry for them all when the change touches every stack (one
    job plans them side by side instead of a job per stack, each installing again)."""
    if everything and stacks:
        return {"include": [{"name": EVERY_STACK, "site": "", "env": "", "every": "1"}]}
    return {
        "include": [
            {
                "name": f"{site.name}/{env.stack_name}" if env else BOOTSTRAP_STACK,
                "site": site.name,
                "env": env.name if env else "",
                "every": "",
            }
            for site, env in stacks
        ]
    }


def main(base: str, root: Path = ROOT, sites_dir: Path = SITES_DIR) -> int:
    """The matrix of the stacks touched since `base`, as one line of JSON on stdout."""
    sites = factory_sites(sites_dir)
    stacks = touched(changed_files(base, root), sites, sites_dir.relative_to(root).as_posix())
    print(json.dumps(matrix(stacks, everything=stacks == selected(sites))))
    return 0


def plan_report(ctx: Context, out: Path) -> int:
    """The stack's plan rendered as text in `out/<site>.<stack>.txt` (sensitive values
    redacted), its summary in Markdown on stdout (for the job summary). 0 unless the plan
    failed: pending changes are what a pull request is for."""
    with tempfile.TemporaryDirectory(prefix="plan-") as work:
        found = plan(prepare([ctx], 1)[0], Path(work) / "plan.tfplan")
        return report(found, out)


def plan_every_stack(contexts: list[Context], out: Path, jobs: int) -> int:
    """`plan_report` of every stack, planned side by side in one job."""
    with tempfile.TemporaryDirectory(prefix="plans-") as work:  # 0700: plans hold the states' secrets
        return max((report(found, out) for found in plan_all(contexts, jobs, Path(work))), default=0)


def report(found: Plan, out: Path) -> int:
    name = label(found.ctx)
    text = found.summary
    if found.planfile:
        shown = tf.terraform(found.ctx, "show", "-no-color", str(found.planfile), capture_output=True)
        text = shown.stdout if shown.returncode == 0 else f"{found.summary}\n(`terraform show` failed: {shown.stderr.strip()})"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name.replace('/', '.')}.txt").write_text(text + "\n")
    print(f"### {name}: {found.drift}\n\n`{found.summary or 'no plan'}`\n")
    if found.changes:
        print(f"<details><summary>plan</summary>\n\n```\n{text.strip()}\n```\n</details>\n")
    return 1 if found.drift == "error" else 0
