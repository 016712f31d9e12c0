from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from ._jsii import *

__all__ = [
    "account_project",
    "data_scaleway_account_project",
    "domain_record",
    "edge_services_backend_stage",
    "edge_services_cache_stage",
    "edge_services_dns_stage",
    "edge_services_head_stage",
    "edge_services_pipeline",
    "edge_services_plan",
    "edge_services_tls_stage",
    "iam_api_key",
    "iam_application",
    "iam_policy",
    "object_bucket",
    "object_bucket_acl",
    "object_bucket_policy",
    "object_bucket_server_side_encryption_configuration",
    "provider",
]

publication.publish()

# Loading modules to ensure their types are registered with the jsii runtime library
