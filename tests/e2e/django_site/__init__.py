"""A Django site storing its media with django-storages, as a Richie site does."""

import sys


def loaded_by_a_shell(env_file, *others):
    """The Django client, its settings loaded as docs/scw.md shows for a shell: `set -a; . file`."""
    return ["bash", "-c", 'set -a; . "$0"; set +a; exec "$@"', str(env_file), sys.executable, "-m", "tests.e2e.django_site.client", *others]


def round_trip(harness, env_file, label):
    """django-storages' round trip on the settings in `env_file`, timed under `label`."""
    return harness.timed(
        label,
        loaded_by_a_shell(env_file),
        cwd=harness.checkout.parent,
        capture_output=True,
        env={"AWS_CA_BUNDLE": str(harness.ca_file)},
    )
