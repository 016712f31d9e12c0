"""django-storages' own round trip on a deployed environment, with its own key: `make smoke`.

Django is configured from exactly what `make django-env` hands over, plus what a site sets
in code (the snippet of docs/scw.md), so a setting missing from either fails here first.
"""

from __future__ import annotations

import os
import posixpath
import uuid
from pathlib import Path
from typing import Any

from ops.checkout import OperatorError
from ops.context import Context

# What a Richie site sets in code, not from its environment.
CODE_SETTINGS = {
    "STORAGES": {
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    },
    "AWS_DEFAULT_ACL": None,  # objects inherit the bucket's: its policy makes them public
    "AWS_LOCATION": "media",
    "AWS_QUERYSTRING_AUTH": False,  # Edge Services passes no signed URL through
    "AWS_S3_OBJECT_PARAMETERS": {"CacheControl": "max-age=86400"},
}
# Larger than boto3's multipart threshold (8 MiB): uploaded in parts, as big media are.
LARGE_FILE_BYTES = 9 * 1024 * 1024


def django_settings(environ: dict[str, str]) -> dict[str, Any]:
    """Django settings from env-file variables, as django-configurations reads them."""
    settings: dict[str, Any] = {name.removeprefix("DJANGO_"): value for name, value in environ.items() if name.startswith("DJANGO_")}
    settings["AWS_S3_FILE_OVERWRITE"] = settings.get("AWS_S3_FILE_OVERWRITE", "True") == "True"
    return {**CODE_SETTINGS, **settings}


def round_trip(storage: Any, domain: str, large: bool = False) -> list[str]:
    """Save, check, read, list and delete through `storage`; what was checked, line by line.

    Raises OperatorError at the first step that fails, naming it.
    """
    from django.core.files.base import ContentFile

    done = []
    folder = f"smoke-{uuid.uuid4().hex[:12]}"
    payloads = {"small.txt": b"richie media smoke test\n"}
    if large:
        payloads["large.bin"] = os.urandom(LARGE_FILE_BYTES)

    def check(condition: bool, step: str) -> None:
        if not condition:
            raise OperatorError(f"smoke test failed: {step}")
        done.append(step)

    names = []
    try:
        for filename, data in payloads.items():
            name = storage.save(f"{folder}/{filename}", ContentFile(data))
            names.append(name)
            check(storage.exists(name), f"saved {name} ({len(data)} bytes) and it exists")
            with storage.open(name) as file:
                check(file.read() == data, f"read {name} back whole")
            url = storage.url(name)
            check(url == f"https://{domain}/media/{name}", f"its URL is {url}, on the CDN domain, unsigned")
        _, files = storage.listdir(folder)
        check(sorted(files) == sorted(payloads), f"listed {folder}/: {', '.join(sorted(files))}")
        again = storage.save(f"{folder}/small.txt", ContentFile(b"second"))
        names.append(again)
        check(again != names[0], f"a second save of the same name got a new one: {posixpath.basename(again)}")
    finally:
        for name in names:
            storage.delete(name)
    check(not any(storage.exists(name) for name in names), "deleted every file")
    return done


def smoke(ctx: Context) -> int:
    """`make smoke ENV=<env>`: the round trip against the deployed environment."""
    from ops.stack import terraform as tf
    from ops.stack.django import render_django_env

    return smoke_with(render_django_env(tf.outputs(tf.prepared(ctx)), ctx.stack, ctx.site.name), ctx.stack)


def smoke_with(env_file: str, name: str) -> int:
    """The round trip with Django configured from `env_file`, the text `make django-env`
    writes (`make rollout` hands it over on a pipe: the key never lands on disk)."""
    from ops.stack.preflight import parse_env

    environ = parse_env(env_file, Path(name))
    os.environ.update({key: value for key, value in environ.items() if not key.startswith("DJANGO_")})
    if os.environ.get("SSL_CERT_FILE"):  # boto3 trusts what Terraform trusts on this machine
        os.environ.setdefault("AWS_CA_BUNDLE", os.environ["SSL_CERT_FILE"])
    import django
    from django.conf import settings

    settings.configure(**django_settings(environ))
    django.setup()
    from django.core.files.storage import default_storage

    for line in round_trip(default_storage, settings.AWS_S3_CUSTOM_DOMAIN):
        print(f"ok  {line}")
    print(f"{name}: django-storages round trip passed with the environment's own key.")
    return 0
