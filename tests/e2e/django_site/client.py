"""`python -m tests.e2e.django_site.client OTHER_BUCKET...`: the site's storage, configured
from its process environment alone, as a shell, systemd's `EnvironmentFile` or Docker
Compose's `env_file` sets it from the file `make django-env` wrote, does the round trip,
then tries each other bucket.

Prints one JSON object: the steps done, and for each other bucket the error codes of a
write, a listing and a read (media objects are public: anyone may read them).
"""

import json
import os
import sys


def main(*others: str) -> None:
    os.environ.update(DJANGO_SETTINGS_MODULE="tests.e2e.django_site.settings", DJANGO_CONFIGURATION="Media")
    import configurations

    configurations.setup()
    from botocore.exceptions import ClientError
    from django.conf import settings
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from storages.backends.s3 import S3Storage

    from ops.stack.smoke import round_trip

    steps = round_trip(default_storage, settings.AWS_S3_CUSTOM_DOMAIN, large=True)
    denials = {}
    for bucket in others:
        storage = S3Storage(bucket_name=bucket, location="")
        codes = []
        attempts = (
            lambda storage=storage: storage.save("intruder.txt", ContentFile(b"x")),
            lambda storage=storage: storage.listdir(""),
            lambda storage=storage: storage.open("terraform.tfstate").read(),
        )
        for attempt in attempts:
            try:
                attempt()
                codes.append("allowed")
            except ClientError as error:
                # A denied HEAD (exists, open) has no body to name its error: a bare 403.
                code = error.response["Error"]["Code"]
                codes.append("AccessDenied" if code == "403" else code)
            except FileNotFoundError:
                codes.append("NoSuchKey")
        denials[bucket] = codes
    print(json.dumps({"steps": steps, "denials": denials}))


if __name__ == "__main__":
    main(*sys.argv[1:])
