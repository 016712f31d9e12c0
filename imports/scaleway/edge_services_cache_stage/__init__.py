r'''
# `scaleway_edge_services_cache_stage`

Refer to the Terraform Registry for docs: [`scaleway_edge_services_cache_stage`](https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage).
'''
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

from .._jsii import *

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class EdgeServicesCacheStage(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesCacheStage.EdgeServicesCacheStage",
):
    '''Represents a {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage scaleway_edge_services_cache_stage}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        pipeline_id: builtins.str,
        backend_stage_id: typing.Optional[builtins.str] = None,
        fallback_ttl: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        include_cookies: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        project_id: typing.Optional[builtins.str] = None,
        purge_requests: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["EdgeServicesCacheStagePurgeRequests", typing.Dict[builtins.str, typing.Any]]]]] = None,
        refresh_cache: typing.Optional[builtins.str] = None,
        route_stage_id: typing.Optional[builtins.str] = None,
        waf_stage_id: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage scaleway_edge_services_cache_stage} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param pipeline_id: The ID of the pipeline. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#pipeline_id EdgeServicesCacheStage#pipeline_id}
        :param backend_stage_id: The backend stage ID the cache stage will be linked to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#backend_stage_id EdgeServicesCacheStage#backend_stage_id}
        :param fallback_ttl: The Time To Live (TTL) in seconds. Defines how long content is cached. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#fallback_ttl EdgeServicesCacheStage#fallback_ttl}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#id EdgeServicesCacheStage#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param include_cookies: Defines whether responses to requests with cookies must be stored in the cache. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#include_cookies EdgeServicesCacheStage#include_cookies}
        :param project_id: The project_id you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#project_id EdgeServicesCacheStage#project_id}
        :param purge_requests: purge_requests block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#purge_requests EdgeServicesCacheStage#purge_requests}
        :param refresh_cache: Trigger a refresh of the cache by changing this field's value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#refresh_cache EdgeServicesCacheStage#refresh_cache}
        :param route_stage_id: The route stage ID the cache stage will be linked to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#route_stage_id EdgeServicesCacheStage#route_stage_id}
        :param waf_stage_id: The WAF stage ID the cache stage will be linked to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#waf_stage_id EdgeServicesCacheStage#waf_stage_id}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__be993d16717c626463b03e875d6c036e7c2c55a7ed74a1e7a9a1dcb33855a5a9)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = EdgeServicesCacheStageConfig(
            pipeline_id=pipeline_id,
            backend_stage_id=backend_stage_id,
            fallback_ttl=fallback_ttl,
            id=id,
            include_cookies=include_cookies,
            project_id=project_id,
            purge_requests=purge_requests,
            refresh_cache=refresh_cache,
            route_stage_id=route_stage_id,
            waf_stage_id=waf_stage_id,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id_, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a EdgeServicesCacheStage resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the EdgeServicesCacheStage to import.
        :param import_from_id: The id of the existing EdgeServicesCacheStage that should be imported. Refer to the {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the EdgeServicesCacheStage to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__02161ab667d8734b7a8ea3d65ef51671f7cb8f41d21a3dbcd4bd6007e264b9dd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putPurgeRequests")
    def put_purge_requests(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["EdgeServicesCacheStagePurgeRequests", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f0208359303eb893ccce14105e0f7ee42d53c48ec1866c2fd33f1609ff85c5b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putPurgeRequests", [value]))

    @jsii.member(jsii_name="resetBackendStageId")
    def reset_backend_stage_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBackendStageId", []))

    @jsii.member(jsii_name="resetFallbackTtl")
    def reset_fallback_ttl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFallbackTtl", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIncludeCookies")
    def reset_include_cookies(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIncludeCookies", []))

    @jsii.member(jsii_name="resetProjectId")
    def reset_project_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProjectId", []))

    @jsii.member(jsii_name="resetPurgeRequests")
    def reset_purge_requests(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPurgeRequests", []))

    @jsii.member(jsii_name="resetRefreshCache")
    def reset_refresh_cache(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRefreshCache", []))

    @jsii.member(jsii_name="resetRouteStageId")
    def reset_route_stage_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRouteStageId", []))

    @jsii.member(jsii_name="resetWafStageId")
    def reset_waf_stage_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetWafStageId", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="createdAt")
    def created_at(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createdAt"))

    @builtins.property
    @jsii.member(jsii_name="purgeRequests")
    def purge_requests(self) -> "EdgeServicesCacheStagePurgeRequestsList":
        return typing.cast("EdgeServicesCacheStagePurgeRequestsList", jsii.get(self, "purgeRequests"))

    @builtins.property
    @jsii.member(jsii_name="updatedAt")
    def updated_at(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "updatedAt"))

    @builtins.property
    @jsii.member(jsii_name="backendStageIdInput")
    def backend_stage_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "backendStageIdInput"))

    @builtins.property
    @jsii.member(jsii_name="fallbackTtlInput")
    def fallback_ttl_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "fallbackTtlInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="includeCookiesInput")
    def include_cookies_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "includeCookiesInput"))

    @builtins.property
    @jsii.member(jsii_name="pipelineIdInput")
    def pipeline_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pipelineIdInput"))

    @builtins.property
    @jsii.member(jsii_name="projectIdInput")
    def project_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectIdInput"))

    @builtins.property
    @jsii.member(jsii_name="purgeRequestsInput")
    def purge_requests_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesCacheStagePurgeRequests"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesCacheStagePurgeRequests"]]], jsii.get(self, "purgeRequestsInput"))

    @builtins.property
    @jsii.member(jsii_name="refreshCacheInput")
    def refresh_cache_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "refreshCacheInput"))

    @builtins.property
    @jsii.member(jsii_name="routeStageIdInput")
    def route_stage_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "routeStageIdInput"))

    @builtins.property
    @jsii.member(jsii_name="wafStageIdInput")
    def waf_stage_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "wafStageIdInput"))

    @builtins.property
    @jsii.member(jsii_name="backendStageId")
    def backend_stage_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "backendStageId"))

    @backend_stage_id.setter
    def backend_stage_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9b44f1544f0813836be671ca97acffde51e036fda5f686801e408ce2c5e9307a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "backendStageId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fallbackTtl")
    def fallback_ttl(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "fallbackTtl"))

    @fallback_ttl.setter
    def fallback_ttl(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ddeb4c99a74e353e26b9f5e1c66ec2567f4ce3d8996edcf0928d073a7cc1a9ca)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fallbackTtl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1b07087c17c55f7ce0f1b10d32e563de49251a26353f26e0eb80e556e1322acb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="includeCookies")
    def include_cookies(
        self,
    ) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "includeCookies"))

    @include_cookies.setter
    def include_cookies(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4389451fc140e2e35ac32e21dab07c618f89754eb7717671e7a96bc1fcfc1e4c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "includeCookies", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pipelineId")
    def pipeline_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pipelineId"))

    @pipeline_id.setter
    def pipeline_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f7ea3c8d520e4fbeb8cf8e272715629900223b51ea48d83d8ea1591df5b9c596)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pipelineId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectId")
    def project_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectId"))

    @project_id.setter
    def project_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__89a02f0584b10f72ed44a3938f09330860ca407f9b8c59f669848008c9338a1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="refreshCache")
    def refresh_cache(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "refreshCache"))

    @refresh_cache.setter
    def refresh_cache(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5135da73391a23d22e806a8940288e948712979f333c918b7008f22d76b02ca5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "refreshCache", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="routeStageId")
    def route_stage_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "routeStageId"))

    @route_stage_id.setter
    def route_stage_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__892a15dc13a63737204048b2d1fd89689fb7a007c02ea964ab2e2dde0102d340)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "routeStageId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wafStageId")
    def waf_stage_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "wafStageId"))

    @waf_stage_id.setter
    def waf_stage_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d428811b40bb954cd7b3c4f6405ca89645eb2920d740491d929506acba11286)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wafStageId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="scaleway.edgeServicesCacheStage.EdgeServicesCacheStageConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "pipeline_id": "pipelineId",
        "backend_stage_id": "backendStageId",
        "fallback_ttl": "fallbackTtl",
        "id": "id",
        "include_cookies": "includeCookies",
        "project_id": "projectId",
        "purge_requests": "purgeRequests",
        "refresh_cache": "refreshCache",
        "route_stage_id": "routeStageId",
        "waf_stage_id": "wafStageId",
    },
)
class EdgeServicesCacheStageConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        pipeline_id: builtins.str,
        backend_stage_id: typing.Optional[builtins.str] = None,
        fallback_ttl: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        include_cookies: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        project_id: typing.Optional[builtins.str] = None,
        purge_requests: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["EdgeServicesCacheStagePurgeRequests", typing.Dict[builtins.str, typing.Any]]]]] = None,
        refresh_cache: typing.Optional[builtins.str] = None,
        route_stage_id: typing.Optional[builtins.str] = None,
        waf_stage_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param pipeline_id: The ID of the pipeline. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#pipeline_id EdgeServicesCacheStage#pipeline_id}
        :param backend_stage_id: The backend stage ID the cache stage will be linked to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#backend_stage_id EdgeServicesCacheStage#backend_stage_id}
        :param fallback_ttl: The Time To Live (TTL) in seconds. Defines how long content is cached. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#fallback_ttl EdgeServicesCacheStage#fallback_ttl}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#id EdgeServicesCacheStage#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param include_cookies: Defines whether responses to requests with cookies must be stored in the cache. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#include_cookies EdgeServicesCacheStage#include_cookies}
        :param project_id: The project_id you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#project_id EdgeServicesCacheStage#project_id}
        :param purge_requests: purge_requests block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#purge_requests EdgeServicesCacheStage#purge_requests}
        :param refresh_cache: Trigger a refresh of the cache by changing this field's value. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#refresh_cache EdgeServicesCacheStage#refresh_cache}
        :param route_stage_id: The route stage ID the cache stage will be linked to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#route_stage_id EdgeServicesCacheStage#route_stage_id}
        :param waf_stage_id: The WAF stage ID the cache stage will be linked to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#waf_stage_id EdgeServicesCacheStage#waf_stage_id}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2d8dcc492771bac66962c94c960ab168b1bb572fd8de88d50d9ab0c7d25ca3f)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument pipeline_id", value=pipeline_id, expected_type=type_hints["pipeline_id"])
            check_type(argname="argument backend_stage_id", value=backend_stage_id, expected_type=type_hints["backend_stage_id"])
            check_type(argname="argument fallback_ttl", value=fallback_ttl, expected_type=type_hints["fallback_ttl"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument include_cookies", value=include_cookies, expected_type=type_hints["include_cookies"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument purge_requests", value=purge_requests, expected_type=type_hints["purge_requests"])
            check_type(argname="argument refresh_cache", value=refresh_cache, expected_type=type_hints["refresh_cache"])
            check_type(argname="argument route_stage_id", value=route_stage_id, expected_type=type_hints["route_stage_id"])
            check_type(argname="argument waf_stage_id", value=waf_stage_id, expected_type=type_hints["waf_stage_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pipeline_id": pipeline_id,
        }
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if backend_stage_id is not None:
            self._values["backend_stage_id"] = backend_stage_id
        if fallback_ttl is not None:
            self._values["fallback_ttl"] = fallback_ttl
        if id is not None:
            self._values["id"] = id
        if include_cookies is not None:
            self._values["include_cookies"] = include_cookies
        if project_id is not None:
            self._values["project_id"] = project_id
        if purge_requests is not None:
            self._values["purge_requests"] = purge_requests
        if refresh_cache is not None:
            self._values["refresh_cache"] = refresh_cache
        if route_stage_id is not None:
            self._values["route_stage_id"] = route_stage_id
        if waf_stage_id is not None:
            self._values["waf_stage_id"] = waf_stage_id

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def pipeline_id(self) -> builtins.str:
        '''The ID of the pipeline.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#pipeline_id EdgeServicesCacheStage#pipeline_id}
        '''
        result = self._values.get("pipeline_id")
        assert result is not None, "Required property 'pipeline_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def backend_stage_id(self) -> typing.Optional[builtins.str]:
        '''The backend stage ID the cache stage will be linked to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#backend_stage_id EdgeServicesCacheStage#backend_stage_id}
        '''
        result = self._values.get("backend_stage_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fallback_ttl(self) -> typing.Optional[jsii.Number]:
        '''The Time To Live (TTL) in seconds. Defines how long content is cached.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#fallback_ttl EdgeServicesCacheStage#fallback_ttl}
        '''
        result = self._values.get("fallback_ttl")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#id EdgeServicesCacheStage#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def include_cookies(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Defines whether responses to requests with cookies must be stored in the cache.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#include_cookies EdgeServicesCacheStage#include_cookies}
        '''
        result = self._values.get("include_cookies")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''The project_id you want to attach the resource to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#project_id EdgeServicesCacheStage#project_id}
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def purge_requests(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesCacheStagePurgeRequests"]]]:
        '''purge_requests block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#purge_requests EdgeServicesCacheStage#purge_requests}
        '''
        result = self._values.get("purge_requests")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesCacheStagePurgeRequests"]]], result)

    @builtins.property
    def refresh_cache(self) -> typing.Optional[builtins.str]:
        '''Trigger a refresh of the cache by changing this field's value.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#refresh_cache EdgeServicesCacheStage#refresh_cache}
        '''
        result = self._values.get("refresh_cache")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route_stage_id(self) -> typing.Optional[builtins.str]:
        '''The route stage ID the cache stage will be linked to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#route_stage_id EdgeServicesCacheStage#route_stage_id}
        '''
        result = self._values.get("route_stage_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def waf_stage_id(self) -> typing.Optional[builtins.str]:
        '''The WAF stage ID the cache stage will be linked to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#waf_stage_id EdgeServicesCacheStage#waf_stage_id}
        '''
        result = self._values.get("waf_stage_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesCacheStageConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="scaleway.edgeServicesCacheStage.EdgeServicesCacheStagePurgeRequests",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "assets": "assets", "pipeline_id": "pipelineId"},
)
class EdgeServicesCacheStagePurgeRequests:
    def __init__(
        self,
        *,
        all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        assets: typing.Optional[typing.Sequence[builtins.str]] = None,
        pipeline_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param all: Defines whether to purge all content. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#all EdgeServicesCacheStage#all}
        :param assets: The list of asserts to purge. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#assets EdgeServicesCacheStage#assets}
        :param pipeline_id: The pipeline ID in which the purge request will be created. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#pipeline_id EdgeServicesCacheStage#pipeline_id}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__22a4dcc0c32b3ee39c8c8704f24b53e559a3ae96282ac493f152c945ecf00a64)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument assets", value=assets, expected_type=type_hints["assets"])
            check_type(argname="argument pipeline_id", value=pipeline_id, expected_type=type_hints["pipeline_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if assets is not None:
            self._values["assets"] = assets
        if pipeline_id is not None:
            self._values["pipeline_id"] = pipeline_id

    @builtins.property
    def all(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Defines whether to purge all content.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#all EdgeServicesCacheStage#all}
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def assets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of asserts to purge.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#assets EdgeServicesCacheStage#assets}
        '''
        result = self._values.get("assets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pipeline_id(self) -> typing.Optional[builtins.str]:
        '''The pipeline ID in which the purge request will be created.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_cache_stage#pipeline_id EdgeServicesCacheStage#pipeline_id}
        '''
        result = self._values.get("pipeline_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesCacheStagePurgeRequests(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EdgeServicesCacheStagePurgeRequestsList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesCacheStage.EdgeServicesCacheStagePurgeRequestsList",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        wraps_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param wraps_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b300c6022edcf664b6a537f376d6ba2188ff8677f40afa21c221786e2a9a04c2)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "EdgeServicesCacheStagePurgeRequestsOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67761c8890e146a5cee8f573d7603098e4a7d187ff6b9538bbc1313b35baf4a8)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("EdgeServicesCacheStagePurgeRequestsOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0b718cbf18eca54453cbfd8deba1df57ddd3c3ac711943e86f3a28fac9cd5e3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformAttribute", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="terraformResource")
    def _terraform_resource(self) -> _cdktf_9a9027ec.IInterpolatingParent:
        '''The parent resource.'''
        return typing.cast(_cdktf_9a9027ec.IInterpolatingParent, jsii.get(self, "terraformResource"))

    @_terraform_resource.setter
    def _terraform_resource(self, value: _cdktf_9a9027ec.IInterpolatingParent) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f0cf44528c4640c1fdcbc0917ad1b212d179354759246bd930de3cb0180e8d4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "terraformResource", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="wrapsSet")
    def _wraps_set(self) -> builtins.bool:
        '''whether the list is wrapping a set (will add tolist() to be able to access an item via an index).'''
        return typing.cast(builtins.bool, jsii.get(self, "wrapsSet"))

    @_wraps_set.setter
    def _wraps_set(self, value: builtins.bool) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e8ad1ec8f0fd41aa523ca9cb30c778d94f4ff66597e9c7e955103548f7841d2a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesCacheStagePurgeRequests]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesCacheStagePurgeRequests]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesCacheStagePurgeRequests]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__09c5cfa49da27a5265272e022749ba08c810455b1f67fa20dbbb7de3f746543d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class EdgeServicesCacheStagePurgeRequestsOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesCacheStage.EdgeServicesCacheStagePurgeRequestsOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
        complex_object_index: jsii.Number,
        complex_object_is_from_set: builtins.bool,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        :param complex_object_index: the index of this item in the list.
        :param complex_object_is_from_set: whether the list is wrapping a set (will add tolist() to be able to access an item via an index).
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a1137a9e43b5155450a3bc34cf65be09ad1d2f39979b8eabb432f475b150dbb)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="resetAll")
    def reset_all(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAll", []))

    @jsii.member(jsii_name="resetAssets")
    def reset_assets(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAssets", []))

    @jsii.member(jsii_name="resetPipelineId")
    def reset_pipeline_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPipelineId", []))

    @builtins.property
    @jsii.member(jsii_name="allInput")
    def all_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "allInput"))

    @builtins.property
    @jsii.member(jsii_name="assetsInput")
    def assets_input(self) -> typing.Optional[typing.List[builtins.str]]:
        return typing.cast(typing.Optional[typing.List[builtins.str]], jsii.get(self, "assetsInput"))

    @builtins.property
    @jsii.member(jsii_name="pipelineIdInput")
    def pipeline_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pipelineIdInput"))

    @builtins.property
    @jsii.member(jsii_name="all")
    def all(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "all"))

    @all.setter
    def all(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__490da645aae9bf0dece369ad79b7d660d51b6f8c2a7fb3920cc9cc594e4bf410)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "all", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="assets")
    def assets(self) -> typing.List[builtins.str]:
        return typing.cast(typing.List[builtins.str], jsii.get(self, "assets"))

    @assets.setter
    def assets(self, value: typing.List[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1a1137b7ae3a75f1c3179e4a6fe2b19e22beada801f4dffbd679c2e8dd46f076)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "assets", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pipelineId")
    def pipeline_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pipelineId"))

    @pipeline_id.setter
    def pipeline_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cb8112c8a4d242744b717dd17df4bc805fb662baac8ea97c624f6c2dd15ad6ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pipelineId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesCacheStagePurgeRequests]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesCacheStagePurgeRequests]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesCacheStagePurgeRequests]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99aa710916ab765834ab9d5370b8adebd951bd1d28d585ae73c3448d5f2da1a0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "EdgeServicesCacheStage",
    "EdgeServicesCacheStageConfig",
    "EdgeServicesCacheStagePurgeRequests",
    "EdgeServicesCacheStagePurgeRequestsList",
    "EdgeServicesCacheStagePurgeRequestsOutputReference",
]

publication.publish()

def _typecheckingstub__be993d16717c626463b03e875d6c036e7c2c55a7ed74a1e7a9a1dcb33855a5a9(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    pipeline_id: builtins.str,
    backend_stage_id: typing.Optional[builtins.str] = None,
    fallback_ttl: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    include_cookies: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    project_id: typing.Optional[builtins.str] = None,
    purge_requests: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[EdgeServicesCacheStagePurgeRequests, typing.Dict[builtins.str, typing.Any]]]]] = None,
    refresh_cache: typing.Optional[builtins.str] = None,
    route_stage_id: typing.Optional[builtins.str] = None,
    waf_stage_id: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02161ab667d8734b7a8ea3d65ef51671f7cb8f41d21a3dbcd4bd6007e264b9dd(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f0208359303eb893ccce14105e0f7ee42d53c48ec1866c2fd33f1609ff85c5b9(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[EdgeServicesCacheStagePurgeRequests, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b44f1544f0813836be671ca97acffde51e036fda5f686801e408ce2c5e9307a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddeb4c99a74e353e26b9f5e1c66ec2567f4ce3d8996edcf0928d073a7cc1a9ca(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b07087c17c55f7ce0f1b10d32e563de49251a26353f26e0eb80e556e1322acb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4389451fc140e2e35ac32e21dab07c618f89754eb7717671e7a96bc1fcfc1e4c(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7ea3c8d520e4fbeb8cf8e272715629900223b51ea48d83d8ea1591df5b9c596(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89a02f0584b10f72ed44a3938f09330860ca407f9b8c59f669848008c9338a1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5135da73391a23d22e806a8940288e948712979f333c918b7008f22d76b02ca5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__892a15dc13a63737204048b2d1fd89689fb7a007c02ea964ab2e2dde0102d340(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d428811b40bb954cd7b3c4f6405ca89645eb2920d740491d929506acba11286(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2d8dcc492771bac66962c94c960ab168b1bb572fd8de88d50d9ab0c7d25ca3f(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    pipeline_id: builtins.str,
    backend_stage_id: typing.Optional[builtins.str] = None,
    fallback_ttl: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    include_cookies: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    project_id: typing.Optional[builtins.str] = None,
    purge_requests: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[EdgeServicesCacheStagePurgeRequests, typing.Dict[builtins.str, typing.Any]]]]] = None,
    refresh_cache: typing.Optional[builtins.str] = None,
    route_stage_id: typing.Optional[builtins.str] = None,
    waf_stage_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22a4dcc0c32b3ee39c8c8704f24b53e559a3ae96282ac493f152c945ecf00a64(
    *,
    all: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    assets: typing.Optional[typing.Sequence[builtins.str]] = None,
    pipeline_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b300c6022edcf664b6a537f376d6ba2188ff8677f40afa21c221786e2a9a04c2(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67761c8890e146a5cee8f573d7603098e4a7d187ff6b9538bbc1313b35baf4a8(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0b718cbf18eca54453cbfd8deba1df57ddd3c3ac711943e86f3a28fac9cd5e3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f0cf44528c4640c1fdcbc0917ad1b212d179354759246bd930de3cb0180e8d4(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8ad1ec8f0fd41aa523ca9cb30c778d94f4ff66597e9c7e955103548f7841d2a(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09c5cfa49da27a5265272e022749ba08c810455b1f67fa20dbbb7de3f746543d(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesCacheStagePurgeRequests]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a1137a9e43b5155450a3bc34cf65be09ad1d2f39979b8eabb432f475b150dbb(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__490da645aae9bf0dece369ad79b7d660d51b6f8c2a7fb3920cc9cc594e4bf410(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a1137b7ae3a75f1c3179e4a6fe2b19e22beada801f4dffbd679c2e8dd46f076(
    value: typing.List[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb8112c8a4d242744b717dd17df4bc805fb662baac8ea97c624f6c2dd15ad6ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99aa710916ab765834ab9d5370b8adebd951bd1d28d585ae73c3448d5f2da1a0(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesCacheStagePurgeRequests]],
) -> None:
    """Type checking stubs"""
    pass
