"""Copies of the app, for tests and benchmarks that must not write into the checkout."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable

from stacks.config import PROJECT_ROOT as ROOT


def copy_project(target: Path, names: Iterable[str], links: Iterable[str] = ()) -> Path:
    """Copy these files and folders of the project into `target`; symlink `links` (installs)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        source, destination = ROOT / name, target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination)
    for name in links:
        (target / name).symlink_to(ROOT / name)
    return target
