"""What a command acts on: one stack of a site, in a checkout, with the environment
Terraform runs in. Every part of ops/ passes it along; it depends on nothing but the
settings' objects and the checkout's layout."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ops.checkout import OUT_DIR, ROOT, STACKS_SUBDIR
from ops.key import ScalewayKey
from stacks.contract import StateInputs
from stacks.settings.model import BOOTSTRAP_STACK, EnvironmentConfig, SiteConfig


@dataclass(frozen=True)
class Context:
    """What a command acts on: one stack of the selected site, in a project folder."""

    site: SiteConfig
    env: EnvironmentConfig | None
    environ: dict[str, str]
    terraform: str = "terraform"
    root: Path = ROOT
    # Where its app is synthesized, relative to `root`: `make status` and `make rollout` give
    # each site a folder of its own (`cdktf.out/factory/<site>`), so that plans run side by side.
    outdir: Path = OUT_DIR
    # The bootstrap's very first run keeps its state locally: the bucket does not exist yet.
    bootstrap_state_in_bucket: bool = True
    # What a media stack carries over from its state (`ops.stack.stack_state.read_stack` reads it);
    # None before it is read: the stack is then synthesized for review only.
    inputs: StateInputs | None = None

    @property
    def key(self) -> ScalewayKey:
        """The Scaleway key Terraform runs with (env.d/scw's), typed."""
        return ScalewayKey.of(self.environ)

    @property
    def stack(self) -> str:
        return self.env.stack_name if self.env else BOOTSTRAP_STACK

    @property
    def stack_dir(self) -> Path:
        return self.root / self.outdir / STACKS_SUBDIR / self.stack
