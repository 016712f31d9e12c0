"""The sites every test works on: written by the tests, never the committed `sites/`.

A team that adds a site (`make site`) or an operator to the committed files changes
nothing the tests read: `make synth-all` in `make test` checks the committed sites as a whole.
"""

from __future__ import annotations

from pathlib import Path

from stacks.settings import PROJECT_FILE, site_config_path
from stacks.settings.hcl import render_tfvars

# The fixture project's operators: a user, and a CI deploy key's application.
OPERATORS = ("user_id:aaaaaaaa-0000-4000-8000-000000000001", "application_id:aaaaaaaa-0000-4000-8000-000000000002")

PROJECT = {"state_bucket": "richie-site-factory-terraform", "import_legacy_bootstrap": True, "operators": list(OPERATORS)}
# Three sites moved over from the hand-written project; demo's media expire.
SITES = {
    "ademe": {"site": "ademe", "legacy_state": True},
    "demo": {"site": "demo", "media_expiration": 2, "legacy_state": True},
    "funmooc": {"site": "funmooc", "legacy_state": True},
}


def write_fixture_sites(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROJECT_FILE).write_text(render_tfvars(PROJECT))
    for name, settings in SITES.items():
        path = site_config_path(name, folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_tfvars(settings))
    return folder
