r'''
# `scaleway_edge_services_backend_stage`

Refer to the Terraform Registry for docs: [`scaleway_edge_services_backend_stage`](https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage).
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


class EdgeServicesBackendStage(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStage",
):
    '''Represents a {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage scaleway_edge_services_backend_stage}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id_: builtins.str,
        *,
        pipeline_id: builtins.str,
        container_backend_config: typing.Optional[typing.Union["EdgeServicesBackendStageContainerBackendConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        function_backend_config: typing.Optional[typing.Union["EdgeServicesBackendStageFunctionBackendConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        lb_backend_config: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["EdgeServicesBackendStageLbBackendConfig", typing.Dict[builtins.str, typing.Any]]]]] = None,
        project_id: typing.Optional[builtins.str] = None,
        s3_backend_config: typing.Optional[typing.Union["EdgeServicesBackendStageS3BackendConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage scaleway_edge_services_backend_stage} Resource.

        :param scope: The scope in which to define this construct.
        :param id_: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param pipeline_id: The ID of the pipeline. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#pipeline_id EdgeServicesBackendStage#pipeline_id}
        :param container_backend_config: container_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#container_backend_config EdgeServicesBackendStage#container_backend_config}
        :param function_backend_config: function_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#function_backend_config EdgeServicesBackendStage#function_backend_config}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#id EdgeServicesBackendStage#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param lb_backend_config: lb_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#lb_backend_config EdgeServicesBackendStage#lb_backend_config}
        :param project_id: The project_id you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#project_id EdgeServicesBackendStage#project_id}
        :param s3_backend_config: s3_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#s3_backend_config EdgeServicesBackendStage#s3_backend_config}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99397043c502f2fa1757ac747238c46cfccf247fa924e6a49af9d1658342c259)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id_", value=id_, expected_type=type_hints["id_"])
        config = EdgeServicesBackendStageConfig(
            pipeline_id=pipeline_id,
            container_backend_config=container_backend_config,
            function_backend_config=function_backend_config,
            id=id,
            lb_backend_config=lb_backend_config,
            project_id=project_id,
            s3_backend_config=s3_backend_config,
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
        '''Generates CDKTF code for importing a EdgeServicesBackendStage resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the EdgeServicesBackendStage to import.
        :param import_from_id: The id of the existing EdgeServicesBackendStage that should be imported. Refer to the {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the EdgeServicesBackendStage to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c2e8107cb0176ccc34beb076f0c206a4b856129ca2804687c684bc0b13c405ed)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="putContainerBackendConfig")
    def put_container_backend_config(
        self,
        *,
        container_id: builtins.str,
        region: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_id: ID of the Serverless Container. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#container_id EdgeServicesBackendStage#container_id}
        :param region: The region you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#region EdgeServicesBackendStage#region}
        '''
        value = EdgeServicesBackendStageContainerBackendConfig(
            container_id=container_id, region=region
        )

        return typing.cast(None, jsii.invoke(self, "putContainerBackendConfig", [value]))

    @jsii.member(jsii_name="putFunctionBackendConfig")
    def put_function_backend_config(
        self,
        *,
        function_id: builtins.str,
        region: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param function_id: ID of the Serverless Function. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#function_id EdgeServicesBackendStage#function_id}
        :param region: The region you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#region EdgeServicesBackendStage#region}
        '''
        value = EdgeServicesBackendStageFunctionBackendConfig(
            function_id=function_id, region=region
        )

        return typing.cast(None, jsii.invoke(self, "putFunctionBackendConfig", [value]))

    @jsii.member(jsii_name="putLbBackendConfig")
    def put_lb_backend_config(
        self,
        value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["EdgeServicesBackendStageLbBackendConfig", typing.Dict[builtins.str, typing.Any]]]],
    ) -> None:
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac7318d5d4ced4950747026f1e4fb77071d7a2e7608628f48e30ed3e2b4b0057)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast(None, jsii.invoke(self, "putLbBackendConfig", [value]))

    @jsii.member(jsii_name="putS3BackendConfig")
    def put_s3_backend_config(
        self,
        *,
        bucket_name: typing.Optional[builtins.str] = None,
        bucket_region: typing.Optional[builtins.str] = None,
        is_website: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param bucket_name: The name of the Bucket. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#bucket_name EdgeServicesBackendStage#bucket_name}
        :param bucket_region: The region of the Bucket. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#bucket_region EdgeServicesBackendStage#bucket_region}
        :param is_website: Defines whether the bucket website feature is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#is_website EdgeServicesBackendStage#is_website}
        '''
        value = EdgeServicesBackendStageS3BackendConfig(
            bucket_name=bucket_name, bucket_region=bucket_region, is_website=is_website
        )

        return typing.cast(None, jsii.invoke(self, "putS3BackendConfig", [value]))

    @jsii.member(jsii_name="resetContainerBackendConfig")
    def reset_container_backend_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetContainerBackendConfig", []))

    @jsii.member(jsii_name="resetFunctionBackendConfig")
    def reset_function_backend_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFunctionBackendConfig", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetLbBackendConfig")
    def reset_lb_backend_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLbBackendConfig", []))

    @jsii.member(jsii_name="resetProjectId")
    def reset_project_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetProjectId", []))

    @jsii.member(jsii_name="resetS3BackendConfig")
    def reset_s3_backend_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetS3BackendConfig", []))

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
    @jsii.member(jsii_name="containerBackendConfig")
    def container_backend_config(
        self,
    ) -> "EdgeServicesBackendStageContainerBackendConfigOutputReference":
        return typing.cast("EdgeServicesBackendStageContainerBackendConfigOutputReference", jsii.get(self, "containerBackendConfig"))

    @builtins.property
    @jsii.member(jsii_name="createdAt")
    def created_at(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createdAt"))

    @builtins.property
    @jsii.member(jsii_name="functionBackendConfig")
    def function_backend_config(
        self,
    ) -> "EdgeServicesBackendStageFunctionBackendConfigOutputReference":
        return typing.cast("EdgeServicesBackendStageFunctionBackendConfigOutputReference", jsii.get(self, "functionBackendConfig"))

    @builtins.property
    @jsii.member(jsii_name="lbBackendConfig")
    def lb_backend_config(self) -> "EdgeServicesBackendStageLbBackendConfigList":
        return typing.cast("EdgeServicesBackendStageLbBackendConfigList", jsii.get(self, "lbBackendConfig"))

    @builtins.property
    @jsii.member(jsii_name="s3BackendConfig")
    def s3_backend_config(
        self,
    ) -> "EdgeServicesBackendStageS3BackendConfigOutputReference":
        return typing.cast("EdgeServicesBackendStageS3BackendConfigOutputReference", jsii.get(self, "s3BackendConfig"))

    @builtins.property
    @jsii.member(jsii_name="updatedAt")
    def updated_at(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "updatedAt"))

    @builtins.property
    @jsii.member(jsii_name="containerBackendConfigInput")
    def container_backend_config_input(
        self,
    ) -> typing.Optional["EdgeServicesBackendStageContainerBackendConfig"]:
        return typing.cast(typing.Optional["EdgeServicesBackendStageContainerBackendConfig"], jsii.get(self, "containerBackendConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="functionBackendConfigInput")
    def function_backend_config_input(
        self,
    ) -> typing.Optional["EdgeServicesBackendStageFunctionBackendConfig"]:
        return typing.cast(typing.Optional["EdgeServicesBackendStageFunctionBackendConfig"], jsii.get(self, "functionBackendConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="lbBackendConfigInput")
    def lb_backend_config_input(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesBackendStageLbBackendConfig"]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesBackendStageLbBackendConfig"]]], jsii.get(self, "lbBackendConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="pipelineIdInput")
    def pipeline_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "pipelineIdInput"))

    @builtins.property
    @jsii.member(jsii_name="projectIdInput")
    def project_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "projectIdInput"))

    @builtins.property
    @jsii.member(jsii_name="s3BackendConfigInput")
    def s3_backend_config_input(
        self,
    ) -> typing.Optional["EdgeServicesBackendStageS3BackendConfig"]:
        return typing.cast(typing.Optional["EdgeServicesBackendStageS3BackendConfig"], jsii.get(self, "s3BackendConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ef29d927320d8ba13a2a5b3533119337b025f9ab09c8309f11e8f014d21d4cae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="pipelineId")
    def pipeline_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "pipelineId"))

    @pipeline_id.setter
    def pipeline_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7626cf036cd1582a733ded8b4ee8dbf1be55ad34c5c478ffac5b389610c2e806)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "pipelineId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="projectId")
    def project_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "projectId"))

    @project_id.setter
    def project_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c31d4a691ceff08fffdf8cf0eecdbe05652ed7e0af1f8651be434d2eb5db23ff)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "projectId", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageConfig",
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
        "container_backend_config": "containerBackendConfig",
        "function_backend_config": "functionBackendConfig",
        "id": "id",
        "lb_backend_config": "lbBackendConfig",
        "project_id": "projectId",
        "s3_backend_config": "s3BackendConfig",
    },
)
class EdgeServicesBackendStageConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        container_backend_config: typing.Optional[typing.Union["EdgeServicesBackendStageContainerBackendConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        function_backend_config: typing.Optional[typing.Union["EdgeServicesBackendStageFunctionBackendConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        id: typing.Optional[builtins.str] = None,
        lb_backend_config: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union["EdgeServicesBackendStageLbBackendConfig", typing.Dict[builtins.str, typing.Any]]]]] = None,
        project_id: typing.Optional[builtins.str] = None,
        s3_backend_config: typing.Optional[typing.Union["EdgeServicesBackendStageS3BackendConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param pipeline_id: The ID of the pipeline. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#pipeline_id EdgeServicesBackendStage#pipeline_id}
        :param container_backend_config: container_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#container_backend_config EdgeServicesBackendStage#container_backend_config}
        :param function_backend_config: function_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#function_backend_config EdgeServicesBackendStage#function_backend_config}
        :param id: Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#id EdgeServicesBackendStage#id}. Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param lb_backend_config: lb_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#lb_backend_config EdgeServicesBackendStage#lb_backend_config}
        :param project_id: The project_id you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#project_id EdgeServicesBackendStage#project_id}
        :param s3_backend_config: s3_backend_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#s3_backend_config EdgeServicesBackendStage#s3_backend_config}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if isinstance(container_backend_config, dict):
            container_backend_config = EdgeServicesBackendStageContainerBackendConfig(**container_backend_config)
        if isinstance(function_backend_config, dict):
            function_backend_config = EdgeServicesBackendStageFunctionBackendConfig(**function_backend_config)
        if isinstance(s3_backend_config, dict):
            s3_backend_config = EdgeServicesBackendStageS3BackendConfig(**s3_backend_config)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b0b1e0ff0a99cbba34acc76dfeb294942559dcefb37614a5d1a77dffaf5ddddd)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument pipeline_id", value=pipeline_id, expected_type=type_hints["pipeline_id"])
            check_type(argname="argument container_backend_config", value=container_backend_config, expected_type=type_hints["container_backend_config"])
            check_type(argname="argument function_backend_config", value=function_backend_config, expected_type=type_hints["function_backend_config"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument lb_backend_config", value=lb_backend_config, expected_type=type_hints["lb_backend_config"])
            check_type(argname="argument project_id", value=project_id, expected_type=type_hints["project_id"])
            check_type(argname="argument s3_backend_config", value=s3_backend_config, expected_type=type_hints["s3_backend_config"])
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
        if container_backend_config is not None:
            self._values["container_backend_config"] = container_backend_config
        if function_backend_config is not None:
            self._values["function_backend_config"] = function_backend_config
        if id is not None:
            self._values["id"] = id
        if lb_backend_config is not None:
            self._values["lb_backend_config"] = lb_backend_config
        if project_id is not None:
            self._values["project_id"] = project_id
        if s3_backend_config is not None:
            self._values["s3_backend_config"] = s3_backend_config

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

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#pipeline_id EdgeServicesBackendStage#pipeline_id}
        '''
        result = self._values.get("pipeline_id")
        assert result is not None, "Required property 'pipeline_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_backend_config(
        self,
    ) -> typing.Optional["EdgeServicesBackendStageContainerBackendConfig"]:
        '''container_backend_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#container_backend_config EdgeServicesBackendStage#container_backend_config}
        '''
        result = self._values.get("container_backend_config")
        return typing.cast(typing.Optional["EdgeServicesBackendStageContainerBackendConfig"], result)

    @builtins.property
    def function_backend_config(
        self,
    ) -> typing.Optional["EdgeServicesBackendStageFunctionBackendConfig"]:
        '''function_backend_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#function_backend_config EdgeServicesBackendStage#function_backend_config}
        '''
        result = self._values.get("function_backend_config")
        return typing.cast(typing.Optional["EdgeServicesBackendStageFunctionBackendConfig"], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#id EdgeServicesBackendStage#id}.

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lb_backend_config(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesBackendStageLbBackendConfig"]]]:
        '''lb_backend_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#lb_backend_config EdgeServicesBackendStage#lb_backend_config}
        '''
        result = self._values.get("lb_backend_config")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List["EdgeServicesBackendStageLbBackendConfig"]]], result)

    @builtins.property
    def project_id(self) -> typing.Optional[builtins.str]:
        '''The project_id you want to attach the resource to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#project_id EdgeServicesBackendStage#project_id}
        '''
        result = self._values.get("project_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def s3_backend_config(
        self,
    ) -> typing.Optional["EdgeServicesBackendStageS3BackendConfig"]:
        '''s3_backend_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#s3_backend_config EdgeServicesBackendStage#s3_backend_config}
        '''
        result = self._values.get("s3_backend_config")
        return typing.cast(typing.Optional["EdgeServicesBackendStageS3BackendConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesBackendStageConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageContainerBackendConfig",
    jsii_struct_bases=[],
    name_mapping={"container_id": "containerId", "region": "region"},
)
class EdgeServicesBackendStageContainerBackendConfig:
    def __init__(
        self,
        *,
        container_id: builtins.str,
        region: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param container_id: ID of the Serverless Container. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#container_id EdgeServicesBackendStage#container_id}
        :param region: The region you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#region EdgeServicesBackendStage#region}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6a1fda9f9898bd80d6eabde9814918574735c14e564c143e0303a4557f45dae4)
            check_type(argname="argument container_id", value=container_id, expected_type=type_hints["container_id"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "container_id": container_id,
        }
        if region is not None:
            self._values["region"] = region

    @builtins.property
    def container_id(self) -> builtins.str:
        '''ID of the Serverless Container.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#container_id EdgeServicesBackendStage#container_id}
        '''
        result = self._values.get("container_id")
        assert result is not None, "Required property 'container_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''The region you want to attach the resource to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#region EdgeServicesBackendStage#region}
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesBackendStageContainerBackendConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EdgeServicesBackendStageContainerBackendConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageContainerBackendConfigOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8ede283f9038633d4797d7c9c1c4aae606d1e6b99ed901335b786f9d788b70b4)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @builtins.property
    @jsii.member(jsii_name="containerIdInput")
    def container_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "containerIdInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="containerId")
    def container_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "containerId"))

    @container_id.setter
    def container_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__498fdf62cd1238675e705d24798e79144a9160ac005fd48a6c2ee5a8a55b53bc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "containerId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7bc2efa360dde8d6f86396003bd0b864339b802e9d7b2b4f0fa18006567e7238)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[EdgeServicesBackendStageContainerBackendConfig]:
        return typing.cast(typing.Optional[EdgeServicesBackendStageContainerBackendConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[EdgeServicesBackendStageContainerBackendConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99c5d83e94d62a2a11b2aeb6cb75a46784fb7a49d331b0fe18070af2ad00821a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageFunctionBackendConfig",
    jsii_struct_bases=[],
    name_mapping={"function_id": "functionId", "region": "region"},
)
class EdgeServicesBackendStageFunctionBackendConfig:
    def __init__(
        self,
        *,
        function_id: builtins.str,
        region: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param function_id: ID of the Serverless Function. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#function_id EdgeServicesBackendStage#function_id}
        :param region: The region you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#region EdgeServicesBackendStage#region}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a2896a021874468f89d35178f97302e840aaf3958996c0e4bc3e47fb8e82f247)
            check_type(argname="argument function_id", value=function_id, expected_type=type_hints["function_id"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "function_id": function_id,
        }
        if region is not None:
            self._values["region"] = region

    @builtins.property
    def function_id(self) -> builtins.str:
        '''ID of the Serverless Function.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#function_id EdgeServicesBackendStage#function_id}
        '''
        result = self._values.get("function_id")
        assert result is not None, "Required property 'function_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''The region you want to attach the resource to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#region EdgeServicesBackendStage#region}
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesBackendStageFunctionBackendConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EdgeServicesBackendStageFunctionBackendConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageFunctionBackendConfigOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__885bece2033ae31eb542230ee06102e3b603265ffaa0d5d853a331c34dfaaccc)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetRegion")
    def reset_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRegion", []))

    @builtins.property
    @jsii.member(jsii_name="functionIdInput")
    def function_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "functionIdInput"))

    @builtins.property
    @jsii.member(jsii_name="regionInput")
    def region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "regionInput"))

    @builtins.property
    @jsii.member(jsii_name="functionId")
    def function_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "functionId"))

    @function_id.setter
    def function_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a175e337b953f31e7b836c32f6b78011ff89a80304e6686dcf009a601ff2a519)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "functionId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="region")
    def region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "region"))

    @region.setter
    def region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2b1d8c1badb921956af4ebf7fc5c2a20f68929d29bed3f8e57c49e7af101f1b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "region", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[EdgeServicesBackendStageFunctionBackendConfig]:
        return typing.cast(typing.Optional[EdgeServicesBackendStageFunctionBackendConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[EdgeServicesBackendStageFunctionBackendConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__67b4223ca70ccf0911f2dca8313f1db1ab16401fda5ceab3afd7de71d13a980a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageLbBackendConfig",
    jsii_struct_bases=[],
    name_mapping={"lb_config": "lbConfig"},
)
class EdgeServicesBackendStageLbBackendConfig:
    def __init__(
        self,
        *,
        lb_config: typing.Optional[typing.Union["EdgeServicesBackendStageLbBackendConfigLbConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param lb_config: lb_config block. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#lb_config EdgeServicesBackendStage#lb_config}
        '''
        if isinstance(lb_config, dict):
            lb_config = EdgeServicesBackendStageLbBackendConfigLbConfig(**lb_config)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__13318982e3c007d0ac29c7c0898d0dad0a767ac53f6c11114731dec940204f74)
            check_type(argname="argument lb_config", value=lb_config, expected_type=type_hints["lb_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if lb_config is not None:
            self._values["lb_config"] = lb_config

    @builtins.property
    def lb_config(
        self,
    ) -> typing.Optional["EdgeServicesBackendStageLbBackendConfigLbConfig"]:
        '''lb_config block.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#lb_config EdgeServicesBackendStage#lb_config}
        '''
        result = self._values.get("lb_config")
        return typing.cast(typing.Optional["EdgeServicesBackendStageLbBackendConfigLbConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesBackendStageLbBackendConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageLbBackendConfigLbConfig",
    jsii_struct_bases=[],
    name_mapping={
        "domain_name": "domainName",
        "frontend_id": "frontendId",
        "has_websocket": "hasWebsocket",
        "id": "id",
        "is_ssl": "isSsl",
        "zone": "zone",
    },
)
class EdgeServicesBackendStageLbBackendConfigLbConfig:
    def __init__(
        self,
        *,
        domain_name: typing.Optional[builtins.str] = None,
        frontend_id: typing.Optional[builtins.str] = None,
        has_websocket: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        is_ssl: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param domain_name: Fully Qualified Domain Name (in the format subdomain.example.com) to use in HTTP requests sent towards your Load Balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#domain_name EdgeServicesBackendStage#domain_name}
        :param frontend_id: ID of the frontend linked to the Load Balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#frontend_id EdgeServicesBackendStage#frontend_id}
        :param has_websocket: Defines whether to forward websocket requests to the load balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#has_websocket EdgeServicesBackendStage#has_websocket}
        :param id: ID of the Load Balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#id EdgeServicesBackendStage#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_ssl: Defines whether the Load Balancer's frontend handles SSL connections. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#is_ssl EdgeServicesBackendStage#is_ssl}
        :param zone: The zone you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#zone EdgeServicesBackendStage#zone}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__66b27d3a4d2f84da72a57dc29181aa177aabc53b244dd4d8085d42eeac7a62a7)
            check_type(argname="argument domain_name", value=domain_name, expected_type=type_hints["domain_name"])
            check_type(argname="argument frontend_id", value=frontend_id, expected_type=type_hints["frontend_id"])
            check_type(argname="argument has_websocket", value=has_websocket, expected_type=type_hints["has_websocket"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument is_ssl", value=is_ssl, expected_type=type_hints["is_ssl"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if domain_name is not None:
            self._values["domain_name"] = domain_name
        if frontend_id is not None:
            self._values["frontend_id"] = frontend_id
        if has_websocket is not None:
            self._values["has_websocket"] = has_websocket
        if id is not None:
            self._values["id"] = id
        if is_ssl is not None:
            self._values["is_ssl"] = is_ssl
        if zone is not None:
            self._values["zone"] = zone

    @builtins.property
    def domain_name(self) -> typing.Optional[builtins.str]:
        '''Fully Qualified Domain Name (in the format subdomain.example.com) to use in HTTP requests sent towards your Load Balancer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#domain_name EdgeServicesBackendStage#domain_name}
        '''
        result = self._values.get("domain_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def frontend_id(self) -> typing.Optional[builtins.str]:
        '''ID of the frontend linked to the Load Balancer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#frontend_id EdgeServicesBackendStage#frontend_id}
        '''
        result = self._values.get("frontend_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def has_websocket(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Defines whether to forward websocket requests to the load balancer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#has_websocket EdgeServicesBackendStage#has_websocket}
        '''
        result = self._values.get("has_websocket")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''ID of the Load Balancer.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#id EdgeServicesBackendStage#id}

        Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
        If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_ssl(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Defines whether the Load Balancer's frontend handles SSL connections.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#is_ssl EdgeServicesBackendStage#is_ssl}
        '''
        result = self._values.get("is_ssl")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def zone(self) -> typing.Optional[builtins.str]:
        '''The zone you want to attach the resource to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#zone EdgeServicesBackendStage#zone}
        '''
        result = self._values.get("zone")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesBackendStageLbBackendConfigLbConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EdgeServicesBackendStageLbBackendConfigLbConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageLbBackendConfigLbConfigOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__47e8701532e8f2cb5cf6081f527ffbe5e94fd9ee7392202e827a8c7255549d06)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetDomainName")
    def reset_domain_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDomainName", []))

    @jsii.member(jsii_name="resetFrontendId")
    def reset_frontend_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetFrontendId", []))

    @jsii.member(jsii_name="resetHasWebsocket")
    def reset_has_websocket(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetHasWebsocket", []))

    @jsii.member(jsii_name="resetId")
    def reset_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetId", []))

    @jsii.member(jsii_name="resetIsSsl")
    def reset_is_ssl(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsSsl", []))

    @jsii.member(jsii_name="resetZone")
    def reset_zone(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetZone", []))

    @builtins.property
    @jsii.member(jsii_name="domainNameInput")
    def domain_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "domainNameInput"))

    @builtins.property
    @jsii.member(jsii_name="frontendIdInput")
    def frontend_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "frontendIdInput"))

    @builtins.property
    @jsii.member(jsii_name="hasWebsocketInput")
    def has_websocket_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "hasWebsocketInput"))

    @builtins.property
    @jsii.member(jsii_name="idInput")
    def id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "idInput"))

    @builtins.property
    @jsii.member(jsii_name="isSslInput")
    def is_ssl_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isSslInput"))

    @builtins.property
    @jsii.member(jsii_name="zoneInput")
    def zone_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "zoneInput"))

    @builtins.property
    @jsii.member(jsii_name="domainName")
    def domain_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "domainName"))

    @domain_name.setter
    def domain_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__846d4e8cf891237baab74a9a7be3c71309dc4acf1f251d8a1debb2eb66c17a11)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "domainName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="frontendId")
    def frontend_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "frontendId"))

    @frontend_id.setter
    def frontend_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f955d71de1a566331ca11615a9f09f84fbb2a8d9c359e5d8f6afacbbdfd11c22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "frontendId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="hasWebsocket")
    def has_websocket(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "hasWebsocket"))

    @has_websocket.setter
    def has_websocket(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b54d218d28a2d39d8b59c454a78bc070907f5165dbcf9d17d133133becefcfbb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "hasWebsocket", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @id.setter
    def id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b2a70fc6231715e5404dad48e1545029cbe445cf9d92f56be7795a240398d163)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "id", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isSsl")
    def is_ssl(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isSsl"))

    @is_ssl.setter
    def is_ssl(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__170726aef60e2cdb74b60e8a46c92bcad9f1d366cb861bb15295b3b4b3c0e793)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isSsl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="zone")
    def zone(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "zone"))

    @zone.setter
    def zone(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8e576d7ec1524dcc560587a68a18e4eea5714164f5162710f96e0af6a4aab1e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "zone", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[EdgeServicesBackendStageLbBackendConfigLbConfig]:
        return typing.cast(typing.Optional[EdgeServicesBackendStageLbBackendConfigLbConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[EdgeServicesBackendStageLbBackendConfigLbConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7be82e766b8a4e39cbe6aa314b205fa32dc116c0276798db21b31f399af571dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class EdgeServicesBackendStageLbBackendConfigList(
    _cdktf_9a9027ec.ComplexList,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageLbBackendConfigList",
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
            type_hints = typing.get_type_hints(_typecheckingstub__4e46be322efdc2276dd7433cd5bfdf94adbf77908159f527e147081ec39e9d94)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument wraps_set", value=wraps_set, expected_type=type_hints["wraps_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, wraps_set])

    @jsii.member(jsii_name="get")
    def get(
        self,
        index: jsii.Number,
    ) -> "EdgeServicesBackendStageLbBackendConfigOutputReference":
        '''
        :param index: the index of the item to return.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__2754323109caa556444305996f4dc06ee6ef208417f439e7a3ebc4cdf788c66d)
            check_type(argname="argument index", value=index, expected_type=type_hints["index"])
        return typing.cast("EdgeServicesBackendStageLbBackendConfigOutputReference", jsii.invoke(self, "get", [index]))

    @builtins.property
    @jsii.member(jsii_name="terraformAttribute")
    def _terraform_attribute(self) -> builtins.str:
        '''The attribute on the parent resource this class is referencing.'''
        return typing.cast(builtins.str, jsii.get(self, "terraformAttribute"))

    @_terraform_attribute.setter
    def _terraform_attribute(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__791db8f1c1b5f54da17d0cd642a0dcda713ca4c7b3896bc73801f18f80f45638)
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
            type_hints = typing.get_type_hints(_typecheckingstub__c69d0c6505c6b920df93c74f22659e94713f84a1ad5c296214da105997e6b254)
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
            type_hints = typing.get_type_hints(_typecheckingstub__2e12cb79550363378e61c32480da6b66273d400a153bb7ffae8a827f20e69160)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "wrapsSet", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesBackendStageLbBackendConfig]]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesBackendStageLbBackendConfig]]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesBackendStageLbBackendConfig]]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f29e346e25612b8fef93ce71c5947161d767b9057fc3a14ace57b510134bf3d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


class EdgeServicesBackendStageLbBackendConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageLbBackendConfigOutputReference",
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
            type_hints = typing.get_type_hints(_typecheckingstub__b9b99c5a0054578ecdf8a45ad2631257b5a40f5031bf8a7cc5608100a9f5a2fd)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
            check_type(argname="argument complex_object_index", value=complex_object_index, expected_type=type_hints["complex_object_index"])
            check_type(argname="argument complex_object_is_from_set", value=complex_object_is_from_set, expected_type=type_hints["complex_object_is_from_set"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute, complex_object_index, complex_object_is_from_set])

    @jsii.member(jsii_name="putLbConfig")
    def put_lb_config(
        self,
        *,
        domain_name: typing.Optional[builtins.str] = None,
        frontend_id: typing.Optional[builtins.str] = None,
        has_websocket: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        id: typing.Optional[builtins.str] = None,
        is_ssl: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        zone: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param domain_name: Fully Qualified Domain Name (in the format subdomain.example.com) to use in HTTP requests sent towards your Load Balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#domain_name EdgeServicesBackendStage#domain_name}
        :param frontend_id: ID of the frontend linked to the Load Balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#frontend_id EdgeServicesBackendStage#frontend_id}
        :param has_websocket: Defines whether to forward websocket requests to the load balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#has_websocket EdgeServicesBackendStage#has_websocket}
        :param id: ID of the Load Balancer. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#id EdgeServicesBackendStage#id} Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2. If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
        :param is_ssl: Defines whether the Load Balancer's frontend handles SSL connections. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#is_ssl EdgeServicesBackendStage#is_ssl}
        :param zone: The zone you want to attach the resource to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#zone EdgeServicesBackendStage#zone}
        '''
        value = EdgeServicesBackendStageLbBackendConfigLbConfig(
            domain_name=domain_name,
            frontend_id=frontend_id,
            has_websocket=has_websocket,
            id=id,
            is_ssl=is_ssl,
            zone=zone,
        )

        return typing.cast(None, jsii.invoke(self, "putLbConfig", [value]))

    @jsii.member(jsii_name="resetLbConfig")
    def reset_lb_config(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLbConfig", []))

    @builtins.property
    @jsii.member(jsii_name="lbConfig")
    def lb_config(
        self,
    ) -> EdgeServicesBackendStageLbBackendConfigLbConfigOutputReference:
        return typing.cast(EdgeServicesBackendStageLbBackendConfigLbConfigOutputReference, jsii.get(self, "lbConfig"))

    @builtins.property
    @jsii.member(jsii_name="lbConfigInput")
    def lb_config_input(
        self,
    ) -> typing.Optional[EdgeServicesBackendStageLbBackendConfigLbConfig]:
        return typing.cast(typing.Optional[EdgeServicesBackendStageLbBackendConfigLbConfig], jsii.get(self, "lbConfigInput"))

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesBackendStageLbBackendConfig]]:
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesBackendStageLbBackendConfig]], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesBackendStageLbBackendConfig]],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c6e1a5327bd4d904bc2e82b5e32798d3b84bc6bf4dade5a714ea041965592f7a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageS3BackendConfig",
    jsii_struct_bases=[],
    name_mapping={
        "bucket_name": "bucketName",
        "bucket_region": "bucketRegion",
        "is_website": "isWebsite",
    },
)
class EdgeServicesBackendStageS3BackendConfig:
    def __init__(
        self,
        *,
        bucket_name: typing.Optional[builtins.str] = None,
        bucket_region: typing.Optional[builtins.str] = None,
        is_website: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param bucket_name: The name of the Bucket. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#bucket_name EdgeServicesBackendStage#bucket_name}
        :param bucket_region: The region of the Bucket. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#bucket_region EdgeServicesBackendStage#bucket_region}
        :param is_website: Defines whether the bucket website feature is enabled. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#is_website EdgeServicesBackendStage#is_website}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cf780264dad4976bdc9414874ded63af11c5a188f5c56a7d700c5059b7e13992)
            check_type(argname="argument bucket_name", value=bucket_name, expected_type=type_hints["bucket_name"])
            check_type(argname="argument bucket_region", value=bucket_region, expected_type=type_hints["bucket_region"])
            check_type(argname="argument is_website", value=is_website, expected_type=type_hints["is_website"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bucket_name is not None:
            self._values["bucket_name"] = bucket_name
        if bucket_region is not None:
            self._values["bucket_region"] = bucket_region
        if is_website is not None:
            self._values["is_website"] = is_website

    @builtins.property
    def bucket_name(self) -> typing.Optional[builtins.str]:
        '''The name of the Bucket.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#bucket_name EdgeServicesBackendStage#bucket_name}
        '''
        result = self._values.get("bucket_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bucket_region(self) -> typing.Optional[builtins.str]:
        '''The region of the Bucket.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#bucket_region EdgeServicesBackendStage#bucket_region}
        '''
        result = self._values.get("bucket_region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def is_website(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Defines whether the bucket website feature is enabled.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.79.0/docs/resources/edge_services_backend_stage#is_website EdgeServicesBackendStage#is_website}
        '''
        result = self._values.get("is_website")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "EdgeServicesBackendStageS3BackendConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class EdgeServicesBackendStageS3BackendConfigOutputReference(
    _cdktf_9a9027ec.ComplexObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="scaleway.edgeServicesBackendStage.EdgeServicesBackendStageS3BackendConfigOutputReference",
):
    def __init__(
        self,
        terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
        terraform_attribute: builtins.str,
    ) -> None:
        '''
        :param terraform_resource: The parent resource.
        :param terraform_attribute: The attribute on the parent resource this class is referencing.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27e34c2d377e18adcb06d483f1f795078d8e1e0c3c729bdc65c836687f6967f8)
            check_type(argname="argument terraform_resource", value=terraform_resource, expected_type=type_hints["terraform_resource"])
            check_type(argname="argument terraform_attribute", value=terraform_attribute, expected_type=type_hints["terraform_attribute"])
        jsii.create(self.__class__, self, [terraform_resource, terraform_attribute])

    @jsii.member(jsii_name="resetBucketName")
    def reset_bucket_name(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBucketName", []))

    @jsii.member(jsii_name="resetBucketRegion")
    def reset_bucket_region(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetBucketRegion", []))

    @jsii.member(jsii_name="resetIsWebsite")
    def reset_is_website(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetIsWebsite", []))

    @builtins.property
    @jsii.member(jsii_name="bucketNameInput")
    def bucket_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bucketNameInput"))

    @builtins.property
    @jsii.member(jsii_name="bucketRegionInput")
    def bucket_region_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "bucketRegionInput"))

    @builtins.property
    @jsii.member(jsii_name="isWebsiteInput")
    def is_website_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "isWebsiteInput"))

    @builtins.property
    @jsii.member(jsii_name="bucketName")
    def bucket_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bucketName"))

    @bucket_name.setter
    def bucket_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__abd59f11a03f9b20123cea354b1028c5ad1f21b755d65815881fda7e923ee5e6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bucketName", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="bucketRegion")
    def bucket_region(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "bucketRegion"))

    @bucket_region.setter
    def bucket_region(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8dffa7c21ea3ef9bcd628b1eee2e3693e9abdfb6285a69763ccccb2ca348facf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "bucketRegion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="isWebsite")
    def is_website(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "isWebsite"))

    @is_website.setter
    def is_website(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4375ffa93b070c365858f1feb3da6ed8dc4794ab33cfa6c43ca947f551de3092)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "isWebsite", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="internalValue")
    def internal_value(
        self,
    ) -> typing.Optional[EdgeServicesBackendStageS3BackendConfig]:
        return typing.cast(typing.Optional[EdgeServicesBackendStageS3BackendConfig], jsii.get(self, "internalValue"))

    @internal_value.setter
    def internal_value(
        self,
        value: typing.Optional[EdgeServicesBackendStageS3BackendConfig],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b6d1af02be3551f6dd90c7abbcd75c81e049792a1eddf8d7118f7b466d355d32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "internalValue", value) # pyright: ignore[reportArgumentType]


__all__ = [
    "EdgeServicesBackendStage",
    "EdgeServicesBackendStageConfig",
    "EdgeServicesBackendStageContainerBackendConfig",
    "EdgeServicesBackendStageContainerBackendConfigOutputReference",
    "EdgeServicesBackendStageFunctionBackendConfig",
    "EdgeServicesBackendStageFunctionBackendConfigOutputReference",
    "EdgeServicesBackendStageLbBackendConfig",
    "EdgeServicesBackendStageLbBackendConfigLbConfig",
    "EdgeServicesBackendStageLbBackendConfigLbConfigOutputReference",
    "EdgeServicesBackendStageLbBackendConfigList",
    "EdgeServicesBackendStageLbBackendConfigOutputReference",
    "EdgeServicesBackendStageS3BackendConfig",
    "EdgeServicesBackendStageS3BackendConfigOutputReference",
]

publication.publish()

def _typecheckingstub__99397043c502f2fa1757ac747238c46cfccf247fa924e6a49af9d1658342c259(
    scope: _constructs_77d1e7e8.Construct,
    id_: builtins.str,
    *,
    pipeline_id: builtins.str,
    container_backend_config: typing.Optional[typing.Union[EdgeServicesBackendStageContainerBackendConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    function_backend_config: typing.Optional[typing.Union[EdgeServicesBackendStageFunctionBackendConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    lb_backend_config: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[EdgeServicesBackendStageLbBackendConfig, typing.Dict[builtins.str, typing.Any]]]]] = None,
    project_id: typing.Optional[builtins.str] = None,
    s3_backend_config: typing.Optional[typing.Union[EdgeServicesBackendStageS3BackendConfig, typing.Dict[builtins.str, typing.Any]]] = None,
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

def _typecheckingstub__c2e8107cb0176ccc34beb076f0c206a4b856129ca2804687c684bc0b13c405ed(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac7318d5d4ced4950747026f1e4fb77071d7a2e7608628f48e30ed3e2b4b0057(
    value: typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[EdgeServicesBackendStageLbBackendConfig, typing.Dict[builtins.str, typing.Any]]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef29d927320d8ba13a2a5b3533119337b025f9ab09c8309f11e8f014d21d4cae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7626cf036cd1582a733ded8b4ee8dbf1be55ad34c5c478ffac5b389610c2e806(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c31d4a691ceff08fffdf8cf0eecdbe05652ed7e0af1f8651be434d2eb5db23ff(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0b1e0ff0a99cbba34acc76dfeb294942559dcefb37614a5d1a77dffaf5ddddd(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    pipeline_id: builtins.str,
    container_backend_config: typing.Optional[typing.Union[EdgeServicesBackendStageContainerBackendConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    function_backend_config: typing.Optional[typing.Union[EdgeServicesBackendStageFunctionBackendConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    id: typing.Optional[builtins.str] = None,
    lb_backend_config: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.Sequence[typing.Union[EdgeServicesBackendStageLbBackendConfig, typing.Dict[builtins.str, typing.Any]]]]] = None,
    project_id: typing.Optional[builtins.str] = None,
    s3_backend_config: typing.Optional[typing.Union[EdgeServicesBackendStageS3BackendConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a1fda9f9898bd80d6eabde9814918574735c14e564c143e0303a4557f45dae4(
    *,
    container_id: builtins.str,
    region: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ede283f9038633d4797d7c9c1c4aae606d1e6b99ed901335b786f9d788b70b4(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__498fdf62cd1238675e705d24798e79144a9160ac005fd48a6c2ee5a8a55b53bc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bc2efa360dde8d6f86396003bd0b864339b802e9d7b2b4f0fa18006567e7238(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99c5d83e94d62a2a11b2aeb6cb75a46784fb7a49d331b0fe18070af2ad00821a(
    value: typing.Optional[EdgeServicesBackendStageContainerBackendConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2896a021874468f89d35178f97302e840aaf3958996c0e4bc3e47fb8e82f247(
    *,
    function_id: builtins.str,
    region: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__885bece2033ae31eb542230ee06102e3b603265ffaa0d5d853a331c34dfaaccc(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a175e337b953f31e7b836c32f6b78011ff89a80304e6686dcf009a601ff2a519(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2b1d8c1badb921956af4ebf7fc5c2a20f68929d29bed3f8e57c49e7af101f1b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67b4223ca70ccf0911f2dca8313f1db1ab16401fda5ceab3afd7de71d13a980a(
    value: typing.Optional[EdgeServicesBackendStageFunctionBackendConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13318982e3c007d0ac29c7c0898d0dad0a767ac53f6c11114731dec940204f74(
    *,
    lb_config: typing.Optional[typing.Union[EdgeServicesBackendStageLbBackendConfigLbConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66b27d3a4d2f84da72a57dc29181aa177aabc53b244dd4d8085d42eeac7a62a7(
    *,
    domain_name: typing.Optional[builtins.str] = None,
    frontend_id: typing.Optional[builtins.str] = None,
    has_websocket: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    id: typing.Optional[builtins.str] = None,
    is_ssl: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    zone: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47e8701532e8f2cb5cf6081f527ffbe5e94fd9ee7392202e827a8c7255549d06(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__846d4e8cf891237baab74a9a7be3c71309dc4acf1f251d8a1debb2eb66c17a11(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f955d71de1a566331ca11615a9f09f84fbb2a8d9c359e5d8f6afacbbdfd11c22(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b54d218d28a2d39d8b59c454a78bc070907f5165dbcf9d17d133133becefcfbb(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2a70fc6231715e5404dad48e1545029cbe445cf9d92f56be7795a240398d163(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__170726aef60e2cdb74b60e8a46c92bcad9f1d366cb861bb15295b3b4b3c0e793(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8e576d7ec1524dcc560587a68a18e4eea5714164f5162710f96e0af6a4aab1e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7be82e766b8a4e39cbe6aa314b205fa32dc116c0276798db21b31f399af571dd(
    value: typing.Optional[EdgeServicesBackendStageLbBackendConfigLbConfig],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e46be322efdc2276dd7433cd5bfdf94adbf77908159f527e147081ec39e9d94(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    wraps_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2754323109caa556444305996f4dc06ee6ef208417f439e7a3ebc4cdf788c66d(
    index: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__791db8f1c1b5f54da17d0cd642a0dcda713ca4c7b3896bc73801f18f80f45638(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c69d0c6505c6b920df93c74f22659e94713f84a1ad5c296214da105997e6b254(
    value: _cdktf_9a9027ec.IInterpolatingParent,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e12cb79550363378e61c32480da6b66273d400a153bb7ffae8a827f20e69160(
    value: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f29e346e25612b8fef93ce71c5947161d767b9057fc3a14ace57b510134bf3d8(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, typing.List[EdgeServicesBackendStageLbBackendConfig]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9b99c5a0054578ecdf8a45ad2631257b5a40f5031bf8a7cc5608100a9f5a2fd(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
    complex_object_index: jsii.Number,
    complex_object_is_from_set: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6e1a5327bd4d904bc2e82b5e32798d3b84bc6bf4dade5a714ea041965592f7a(
    value: typing.Optional[typing.Union[_cdktf_9a9027ec.IResolvable, EdgeServicesBackendStageLbBackendConfig]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf780264dad4976bdc9414874ded63af11c5a188f5c56a7d700c5059b7e13992(
    *,
    bucket_name: typing.Optional[builtins.str] = None,
    bucket_region: typing.Optional[builtins.str] = None,
    is_website: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27e34c2d377e18adcb06d483f1f795078d8e1e0c3c729bdc65c836687f6967f8(
    terraform_resource: _cdktf_9a9027ec.IInterpolatingParent,
    terraform_attribute: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abd59f11a03f9b20123cea354b1028c5ad1f21b755d65815881fda7e923ee5e6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8dffa7c21ea3ef9bcd628b1eee2e3693e9abdfb6285a69763ccccb2ca348facf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4375ffa93b070c365858f1feb3da6ed8dc4794ab33cfa6c43ca947f551de3092(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6d1af02be3551f6dd90c7abbcd75c81e049792a1eddf8d7118f7b466d355d32(
    value: typing.Optional[EdgeServicesBackendStageS3BackendConfig],
) -> None:
    """Type checking stubs"""
    pass
