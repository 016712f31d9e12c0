"""A minimal Django site storing its media as Richie sites do: django-configurations reads
each `DJANGO_<NAME>` of its environment into `<NAME>`; the rest is set in code."""

from configurations import Configuration, values

from ops.stack.smoke import CODE_SETTINGS


class Media(Configuration):
    SECRET_KEY = "end-to-end"
    INSTALLED_APPS: list[str] = []
    STORAGES = CODE_SETTINGS["STORAGES"]
    AWS_DEFAULT_ACL = CODE_SETTINGS["AWS_DEFAULT_ACL"]
    AWS_LOCATION = CODE_SETTINGS["AWS_LOCATION"]
    AWS_QUERYSTRING_AUTH = CODE_SETTINGS["AWS_QUERYSTRING_AUTH"]

    AWS_ACCESS_KEY_ID = values.Value()
    AWS_SECRET_ACCESS_KEY = values.SecretValue()
    AWS_S3_REGION_NAME = values.Value()
    AWS_S3_ENDPOINT_URL = values.Value()
    AWS_S3_CUSTOM_DOMAIN = values.Value()
    AWS_STORAGE_BUCKET_NAME = values.Value()
    AWS_S3_FILE_OVERWRITE = values.BooleanValue(True)
