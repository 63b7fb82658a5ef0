export const id = 349;
export const ids = [349];
export const modules = {

/***/ 379:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultBackupHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "backup",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultBackupHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "backup",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1091.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://backup-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://backup-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://backup.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://backup.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class BackupServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, BackupServiceException.prototype);
    }
}

class AlreadyExistsException extends BackupServiceException {
    name = "AlreadyExistsException";
    $fault = "client";
    Code;
    Message;
    CreatorRequestId;
    Arn;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "AlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AlreadyExistsException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.CreatorRequestId = opts.CreatorRequestId;
        this.Arn = opts.Arn;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class InvalidParameterValueException extends BackupServiceException {
    name = "InvalidParameterValueException";
    $fault = "client";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "InvalidParameterValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class InvalidRequestException extends BackupServiceException {
    name = "InvalidRequestException";
    $fault = "client";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "InvalidRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRequestException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class MissingParameterValueException extends BackupServiceException {
    name = "MissingParameterValueException";
    $fault = "client";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "MissingParameterValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MissingParameterValueException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class ResourceNotFoundException extends BackupServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class ServiceUnavailableException extends BackupServiceException {
    name = "ServiceUnavailableException";
    $fault = "server";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "ServiceUnavailableException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class InvalidResourceStateException extends BackupServiceException {
    name = "InvalidResourceStateException";
    $fault = "client";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "InvalidResourceStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidResourceStateException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class ConflictException extends BackupServiceException {
    name = "ConflictException";
    $fault = "client";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class LimitExceededException extends BackupServiceException {
    name = "LimitExceededException";
    $fault = "client";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}
class DependencyFailureException extends BackupServiceException {
    name = "DependencyFailureException";
    $fault = "server";
    Code;
    Message;
    Type;
    Context;
    constructor(opts) {
        super({
            name: "DependencyFailureException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, DependencyFailureException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
    }
}

const _A = "Arn";
const _ABS = "AdvancedBackupSetting";
const _ABSd = "AdvancedBackupSettings";
const _ABVMAT = "AssociateBackupVaultMpaApprovalTeam";
const _ABVMATI = "AssociateBackupVaultMpaApprovalTeamInput";
const _AD = "ApprovalDate";
const _AEE = "AlreadyExistsException";
const _AI = "AccountId";
const _AP = "AggregationPeriod";
const _ASR = "AggregatedScanResult";
const _Ac = "Accounts";
const _Al = "Algorithm";
const _BAI = "ByAccountId";
const _BBPI = "ByBackupPlanId";
const _BBVN = "ByBackupVaultName";
const _BCA = "ByCreatedAfter";
const _BCAy = "ByCompleteAfter";
const _BCAyr = "ByCreationAfter";
const _BCB = "ByCreatedBefore";
const _BCBy = "ByCompleteBefore";
const _BCByr = "ByCreationBefore";
const _BCD = "BackupCreationDate";
const _BDVA = "ByDestinationVaultArn";
const _BJ = "BackupJob";
const _BJI = "BackupJobId";
const _BJL = "BackupJobsList";
const _BJS = "BackupJobSummary";
const _BJSL = "BackupJobSummaryList";
const _BJSa = "BackupJobSummaries";
const _BJa = "BackupJobs";
const _BMC = "ByMessageCategory";
const _BMS = "ByMalwareScanner";
const _BO = "BackupOptions";
const _BP = "BackupPlan";
const _BPA = "BackupPlanArn";
const _BPD = "BackupPlanDocument";
const _BPI = "BackupPlanInput";
const _BPIa = "BackupPlanId";
const _BPJI = "ByParentJobId";
const _BPL = "BackupPlansList";
const _BPLM = "BackupPlansListMember";
const _BPN = "BackupPlanName";
const _BPRPA = "ByParentRecoveryPointArn";
const _BPT = "BackupPlanTags";
const _BPTI = "BackupPlanTemplateId";
const _BPTJ = "BackupPlanTemplateJson";
const _BPTL = "BackupPlanTemplatesList";
const _BPTLM = "BackupPlanTemplatesListMember";
const _BPTN = "BackupPlanTemplateName";
const _BPV = "BackupPlanVersion";
const _BPVL = "BackupPlanVersionsList";
const _BR = "BackupRule";
const _BRA = "ByResourceArn";
const _BRC = "BackupRuleCron";
const _BRI = "BackupRuleInput";
const _BRIa = "BackupRuleId";
const _BRIac = "BackupRulesInput";
const _BRN = "BackupRuleName";
const _BRPA = "ByRecoveryPointArn";
const _BRPCDA = "ByRecoveryPointCreationDateAfter";
const _BRPCDB = "ByRecoveryPointCreationDateBefore";
const _BRPN = "ByReportPlanName";
const _BRT = "ByResourceType";
const _BRTPA = "ByRestoreTestingPlanArn";
const _BRTa = "BackupRuleTimezone";
const _BRa = "BackupRules";
const _BS = "BackupSelection";
const _BSB = "BackupSizeBytes";
const _BSIB = "BackupSizeInBytes";
const _BSL = "BackupSelectionsList";
const _BSLM = "BackupSelectionsListMember";
const _BSRPA = "BySourceRecoveryPointArn";
const _BSRS = "ByScanResultStatus";
const _BSy = "ByState";
const _BSyh = "ByShared";
const _BSyt = "ByStatus";
const _BT = "BytesTransferred";
const _BTa = "BackupType";
const _BVA = "BackupVaultArn";
const _BVAI = "BackupVaultAccountId";
const _BVE = "BackupVaultEvents";
const _BVL = "BackupVaultList";
const _BVLM = "BackupVaultListMember";
const _BVN = "BackupVaultName";
const _BVT = "BackupVaultTags";
const _BVTy = "ByVaultType";
const _C = "Code";
const _CA = "CopyActions";
const _CAo = "CopyAction";
const _CAr = "CreatedAfter";
const _CAre = "CreationAfter";
const _CB = "CreatedBy";
const _CBBJI = "CreatedByBackupJobId";
const _CBP = "CreateBackupPlan";
const _CBPI = "CreateBackupPlanInput";
const _CBPO = "CreateBackupPlanOutput";
const _CBS = "CreateBackupSelection";
const _CBSI = "CreateBackupSelectionInput";
const _CBSO = "CreateBackupSelectionOutput";
const _CBV = "CreateBackupVault";
const _CBVI = "CreateBackupVaultInput";
const _CBVO = "CreateBackupVaultOutput";
const _CBr = "CreatedBefore";
const _CBre = "CreationBefore";
const _CD = "CreationDate";
const _CDa = "CancelDescription";
const _CDan = "CancellationDate";
const _CDo = "CompletionDate";
const _CE = "ConflictException";
const _CF = "CreateFramework";
const _CFD = "ChangeableForDays";
const _CFI = "CreateFrameworkInput";
const _CFO = "CreateFrameworkOutput";
const _CIP = "ControlInputParameter";
const _CIPo = "ControlInputParameters";
const _CJ = "CopyJob";
const _CJI = "CopyJobId";
const _CJIS = "ChildJobsInState";
const _CJL = "CopyJobsList";
const _CJS = "CopyJobSummary";
const _CJSL = "CopyJobSummaryList";
const _CJSo = "CopyJobSummaries";
const _CJo = "CopyJobs";
const _CK = "ConditionKey";
const _CL = "CalculatedLifecycle";
const _CLAGBV = "CreateLogicallyAirGappedBackupVault";
const _CLAGBVI = "CreateLogicallyAirGappedBackupVaultInput";
const _CLAGBVO = "CreateLogicallyAirGappedBackupVaultOutput";
const _CLH = "CancelLegalHold";
const _CLHI = "CancelLegalHoldInput";
const _CLHIr = "CreateLegalHoldInput";
const _CLHO = "CancelLegalHoldOutput";
const _CLHOr = "CreateLegalHoldOutput";
const _CLHr = "CreateLegalHold";
const _CMI = "CompositeMemberIdentifier";
const _CN = "ControlName";
const _CP = "ConditionParameter";
const _CPo = "ConditionParameters";
const _CRA = "CreatedResourceArn";
const _CRABV = "CreateRestoreAccessBackupVault";
const _CRABVI = "CreateRestoreAccessBackupVaultInput";
const _CRABVO = "CreateRestoreAccessBackupVaultOutput";
const _CRI = "CreatorRequestId";
const _CRIo = "ComplianceResourceIds";
const _CRP = "CreateReportPlan";
const _CRPI = "CreateReportPlanInput";
const _CRPO = "CreateReportPlanOutput";
const _CRT = "ComplianceResourceTypes";
const _CRTP = "CreateRestoreTestingPlan";
const _CRTPI = "CreateRestoreTestingPlanInput";
const _CRTPO = "CreateRestoreTestingPlanOutput";
const _CRTS = "CreateRestoreTestingSelection";
const _CRTSI = "CreateRestoreTestingSelectionInput";
const _CRTSO = "CreateRestoreTestingSelectionOutput";
const _CS = "ControlScope";
const _CSET = "ContinuousScanEndTime";
const _CSST = "ContinuousScanStartTime";
const _CSTTRR = "CopySourceTagsToRestoredResource";
const _CT = "ConditionType";
const _CTC = "CreateTieringConfiguration";
const _CTCI = "CreateTieringConfigurationInput";
const _CTCO = "CreateTieringConfigurationOutput";
const _CTo = "CompletionTime";
const _CTr = "CreationTime";
const _CV = "ConditionValue";
const _CWM = "CompletionWindowMinutes";
const _CWMo = "CompleteWindowMinutes";
const _Co = "Context";
const _Con = "Conditions";
const _Cond = "Condition";
const _Cou = "Count";
const _D = "Description";
const _DA = "DeleteAt";
const _DAD = "DeleteAfterDays";
const _DAE = "DeleteAfterEvent";
const _DBJ = "DescribeBackupJob";
const _DBJI = "DescribeBackupJobInput";
const _DBJO = "DescribeBackupJobOutput";
const _DBP = "DeleteBackupPlan";
const _DBPI = "DeleteBackupPlanInput";
const _DBPO = "DeleteBackupPlanOutput";
const _DBS = "DeleteBackupSelection";
const _DBSI = "DeleteBackupSelectionInput";
const _DBV = "DeleteBackupVault";
const _DBVA = "DestinationBackupVaultArn";
const _DBVAP = "DeleteBackupVaultAccessPolicy";
const _DBVAPI = "DeleteBackupVaultAccessPolicyInput";
const _DBVI = "DeleteBackupVaultInput";
const _DBVIe = "DescribeBackupVaultInput";
const _DBVLC = "DeleteBackupVaultLockConfiguration";
const _DBVLCI = "DeleteBackupVaultLockConfigurationInput";
const _DBVMAT = "DisassociateBackupVaultMpaApprovalTeam";
const _DBVMATI = "DisassociateBackupVaultMpaApprovalTeamInput";
const _DBVN = "DeleteBackupVaultNotifications";
const _DBVNI = "DeleteBackupVaultNotificationsInput";
const _DBVO = "DescribeBackupVaultOutput";
const _DBVe = "DescribeBackupVault";
const _DCJ = "DescribeCopyJob";
const _DCJI = "DescribeCopyJobInput";
const _DCJO = "DescribeCopyJobOutput";
const _DD = "DeletionDate";
const _DEKA = "DestinationEncryptionKeyArn";
const _DF = "DeleteFramework";
const _DFE = "DependencyFailureException";
const _DFI = "DeleteFrameworkInput";
const _DFIe = "DescribeFrameworkInput";
const _DFO = "DescribeFrameworkOutput";
const _DFe = "DescribeFramework";
const _DGS = "DescribeGlobalSettings";
const _DGSI = "DescribeGlobalSettingsInput";
const _DGSO = "DescribeGlobalSettingsOutput";
const _DPR = "DescribeProtectedResource";
const _DPRI = "DescribeProtectedResourceInput";
const _DPRO = "DescribeProtectedResourceOutput";
const _DR = "DateRange";
const _DRJ = "DescribeReportJob";
const _DRJI = "DescribeReportJobInput";
const _DRJIe = "DescribeRestoreJobInput";
const _DRJO = "DescribeReportJobOutput";
const _DRJOe = "DescribeRestoreJobOutput";
const _DRJe = "DescribeRestoreJob";
const _DRP = "DeleteRecoveryPoint";
const _DRPA = "DestinationRecoveryPointArn";
const _DRPFP = "DisassociateRecoveryPointFromParent";
const _DRPFPI = "DisassociateRecoveryPointFromParentInput";
const _DRPI = "DeleteRecoveryPointInput";
const _DRPIe = "DeleteReportPlanInput";
const _DRPIes = "DescribeRecoveryPointInput";
const _DRPIesc = "DescribeReportPlanInput";
const _DRPIi = "DisassociateRecoveryPointInput";
const _DRPL = "DestinationRecoveryPointLifecycle";
const _DRPO = "DescribeRecoveryPointOutput";
const _DRPOe = "DescribeReportPlanOutput";
const _DRPe = "DeleteReportPlan";
const _DRPes = "DescribeRecoveryPoint";
const _DRPesc = "DescribeReportPlan";
const _DRPi = "DisassociateRecoveryPoint";
const _DRS = "DescribeRegionSettings";
const _DRSI = "DescribeRegionSettingsInput";
const _DRSO = "DescribeRegionSettingsOutput";
const _DRTP = "DeleteRestoreTestingPlan";
const _DRTPI = "DeleteRestoreTestingPlanInput";
const _DRTS = "DeleteRestoreTestingSelection";
const _DRTSI = "DeleteRestoreTestingSelectionInput";
const _DS = "DeploymentStatus";
const _DSJ = "DescribeScanJob";
const _DSJI = "DescribeScanJobInput";
const _DSJO = "DescribeScanJobOutput";
const _DSM = "DeletionStatusMessage";
const _DSe = "DeletionStatus";
const _DTC = "DeleteTieringConfiguration";
const _DTCI = "DeleteTieringConfigurationInput";
const _DTCO = "DeleteTieringConfigurationOutput";
const _DVLS = "DestinationVaultLockState";
const _DVT = "DestinationVaultType";
const _EBPT = "ExportBackupPlanTemplate";
const _EBPTI = "ExportBackupPlanTemplateInput";
const _EBPTO = "ExportBackupPlanTemplateOutput";
const _ECB = "EnableContinuousBackup";
const _ECD = "ExpectedCompletionDate";
const _ECTM = "ExpectedCompletionTimeMinutes";
const _ED = "ExpiryDate";
const _EKA = "EncryptionKeyArn";
const _EKT = "EncryptionKeyType";
const _ET = "EndTime";
const _ETx = "ExecutionTime";
const _EV = "ExcludeVaults";
const _F = "Findings";
const _FA = "FrameworkArn";
const _FAr = "FrameworkArns";
const _FC = "FrameworkControls";
const _FCr = "FrameworkControl";
const _FD = "FrameworkDescription";
const _FDr = "FromDate";
const _FL = "FrameworkList";
const _FN = "FrameworkName";
const _FS = "FailedScan";
const _FSr = "FrameworkStatus";
const _FT = "FrameworkTags";
const _Fo = "Formats";
const _Fr = "Framework";
const _Fra = "Frameworks";
const _GBP = "GetBackupPlan";
const _GBPFJSON = "GetBackupPlanFromJSON";
const _GBPFJSONI = "GetBackupPlanFromJSONInput";
const _GBPFJSONO = "GetBackupPlanFromJSONOutput";
const _GBPFT = "GetBackupPlanFromTemplate";
const _GBPFTI = "GetBackupPlanFromTemplateInput";
const _GBPFTO = "GetBackupPlanFromTemplateOutput";
const _GBPI = "GetBackupPlanInput";
const _GBPO = "GetBackupPlanOutput";
const _GBS = "GetBackupSelection";
const _GBSI = "GetBackupSelectionInput";
const _GBSO = "GetBackupSelectionOutput";
const _GBVAP = "GetBackupVaultAccessPolicy";
const _GBVAPI = "GetBackupVaultAccessPolicyInput";
const _GBVAPO = "GetBackupVaultAccessPolicyOutput";
const _GBVN = "GetBackupVaultNotifications";
const _GBVNI = "GetBackupVaultNotificationsInput";
const _GBVNO = "GetBackupVaultNotificationsOutput";
const _GLH = "GetLegalHold";
const _GLHI = "GetLegalHoldInput";
const _GLHO = "GetLegalHoldOutput";
const _GPITRMSR = "GetPITRMalwareScanResults";
const _GPITRMSRI = "GetPITRMalwareScanResultsInput";
const _GPITRMSRO = "GetPITRMalwareScanResultsOutput";
const _GRJM = "GetRestoreJobMetadata";
const _GRJMI = "GetRestoreJobMetadataInput";
const _GRJMO = "GetRestoreJobMetadataOutput";
const _GRPID = "GetRecoveryPointIndexDetails";
const _GRPIDI = "GetRecoveryPointIndexDetailsInput";
const _GRPIDO = "GetRecoveryPointIndexDetailsOutput";
const _GRPRM = "GetRecoveryPointRestoreMetadata";
const _GRPRMI = "GetRecoveryPointRestoreMetadataInput";
const _GRPRMO = "GetRecoveryPointRestoreMetadataOutput";
const _GRTIM = "GetRestoreTestingInferredMetadata";
const _GRTIMI = "GetRestoreTestingInferredMetadataInput";
const _GRTIMO = "GetRestoreTestingInferredMetadataOutput";
const _GRTP = "GetRestoreTestingPlan";
const _GRTPI = "GetRestoreTestingPlanInput";
const _GRTPO = "GetRestoreTestingPlanOutput";
const _GRTS = "GetRestoreTestingSelection";
const _GRTSI = "GetRestoreTestingSelectionInput";
const _GRTSO = "GetRestoreTestingSelectionOutput";
const _GS = "GlobalSettings";
const _GSRT = "GetSupportedResourceTypes";
const _GSRTO = "GetSupportedResourceTypesOutput";
const _GTC = "GetTieringConfiguration";
const _GTCI = "GetTieringConfigurationInput";
const _GTCO = "GetTieringConfigurationOutput";
const _I = "Index";
const _IA = "IndexActions";
const _IAn = "IndexAction";
const _ICD = "IndexCreationDate";
const _ICDn = "IndexCompletionDate";
const _ID = "InitiationDate";
const _IDD = "IndexDeletionDate";
const _IDn = "IncludeDeleted";
const _IE = "IsEncrypted";
const _IM = "InferredMetadata";
const _IP = "IsParent";
const _IPVE = "InvalidParameterValueException";
const _IRA = "IamRoleArn";
const _IRE = "InvalidRequestException";
const _IRP = "IndexedRecoveryPoint";
const _IRPL = "IndexedRecoveryPointList";
const _IRPn = "IndexedRecoveryPoints";
const _IRSE = "InvalidResourceStateException";
const _IS = "IndexStatus";
const _ISM = "IndexStatusMessage";
const _IT = "IdempotencyToken";
const _IV = "IncludeVaults";
const _K = "Key";
const _KV = "KeyValue";
const _KVL = "KeyValueList";
const _L = "Lifecycle";
const _LAET = "LastAttemptedExecutionTime";
const _LAGBVA = "LogicallyAirGappedBackupVaultArn";
const _LBJ = "ListBackupJobs";
const _LBJI = "ListBackupJobsInput";
const _LBJO = "ListBackupJobsOutput";
const _LBJS = "ListBackupJobSummaries";
const _LBJSI = "ListBackupJobSummariesInput";
const _LBJSO = "ListBackupJobSummariesOutput";
const _LBP = "ListBackupPlans";
const _LBPI = "ListBackupPlansInput";
const _LBPO = "ListBackupPlansOutput";
const _LBPT = "ListBackupPlanTemplates";
const _LBPTI = "ListBackupPlanTemplatesInput";
const _LBPTO = "ListBackupPlanTemplatesOutput";
const _LBPV = "ListBackupPlanVersions";
const _LBPVI = "ListBackupPlanVersionsInput";
const _LBPVO = "ListBackupPlanVersionsOutput";
const _LBS = "ListBackupSelections";
const _LBSI = "ListBackupSelectionsInput";
const _LBSO = "ListBackupSelectionsOutput";
const _LBT = "LastBackupTime";
const _LBV = "ListBackupVaults";
const _LBVA = "LastBackupVaultArn";
const _LBVI = "ListBackupVaultsInput";
const _LBVO = "ListBackupVaultsOutput";
const _LC = "LastComputed";
const _LCJ = "ListCopyJobs";
const _LCJI = "ListCopyJobsInput";
const _LCJO = "ListCopyJobsOutput";
const _LCJS = "ListCopyJobSummaries";
const _LCJSI = "ListCopyJobSummariesInput";
const _LCJSO = "ListCopyJobSummariesOutput";
const _LD = "LockDate";
const _LED = "LastExecutionDate";
const _LEE = "LimitExceededException";
const _LET = "LastExecutionTime";
const _LF = "ListFrameworks";
const _LFI = "ListFrameworksInput";
const _LFO = "ListFrameworksOutput";
const _LH = "LegalHold";
const _LHA = "LegalHoldArn";
const _LHI = "LegalHoldId";
const _LHL = "LegalHoldsList";
const _LHe = "LegalHolds";
const _LIRP = "ListIndexedRecoveryPoints";
const _LIRPI = "ListIndexedRecoveryPointsInput";
const _LIRPO = "ListIndexedRecoveryPointsOutput";
const _LLH = "ListLegalHolds";
const _LLHI = "ListLegalHoldsInput";
const _LLHO = "ListLegalHoldsOutput";
const _LMATU = "LatestMpaApprovalTeamUpdate";
const _LOT = "ListOfTags";
const _LPR = "ListProtectedResources";
const _LPRBBV = "ListProtectedResourcesByBackupVault";
const _LPRBBVI = "ListProtectedResourcesByBackupVaultInput";
const _LPRBBVO = "ListProtectedResourcesByBackupVaultOutput";
const _LPRI = "ListProtectedResourcesInput";
const _LPRO = "ListProtectedResourcesOutput";
const _LRABV = "ListRestoreAccessBackupVaults";
const _LRABVI = "ListRestoreAccessBackupVaultsInput";
const _LRABVO = "ListRestoreAccessBackupVaultsOutput";
const _LRETM = "LatestRestoreExecutionTimeMinutes";
const _LRJ = "ListReportJobs";
const _LRJBPR = "ListRestoreJobsByProtectedResource";
const _LRJBPRI = "ListRestoreJobsByProtectedResourceInput";
const _LRJBPRO = "ListRestoreJobsByProtectedResourceOutput";
const _LRJCD = "LatestRestoreJobCreationDate";
const _LRJI = "ListReportJobsInput";
const _LRJIi = "ListRestoreJobsInput";
const _LRJO = "ListReportJobsOutput";
const _LRJOi = "ListRestoreJobsOutput";
const _LRJS = "ListRestoreJobSummaries";
const _LRJSI = "ListRestoreJobSummariesInput";
const _LRJSO = "ListRestoreJobSummariesOutput";
const _LRJi = "ListRestoreJobs";
const _LRP = "ListReportPlans";
const _LRPA = "LastRecoveryPointArn";
const _LRPBBV = "ListRecoveryPointsByBackupVault";
const _LRPBBVI = "ListRecoveryPointsByBackupVaultInput";
const _LRPBBVO = "ListRecoveryPointsByBackupVaultOutput";
const _LRPBLH = "ListRecoveryPointsByLegalHold";
const _LRPBLHI = "ListRecoveryPointsByLegalHoldInput";
const _LRPBLHO = "ListRecoveryPointsByLegalHoldOutput";
const _LRPBR = "ListRecoveryPointsByResource";
const _LRPBRI = "ListRecoveryPointsByResourceInput";
const _LRPBRO = "ListRecoveryPointsByResourceOutput";
const _LRPI = "ListReportPlansInput";
const _LRPO = "ListReportPlansOutput";
const _LRR = "LatestRevokeRequest";
const _LRRPCD = "LatestRestoreRecoveryPointCreationDate";
const _LRT = "LastRestoreTime";
const _LRTP = "ListRestoreTestingPlans";
const _LRTPI = "ListRestoreTestingPlansInput";
const _LRTPO = "ListRestoreTestingPlansOutput";
const _LRTS = "ListRestoreTestingSelections";
const _LRTSI = "ListRestoreTestingSelectionsInput";
const _LRTSO = "ListRestoreTestingSelectionsOutput";
const _LSET = "LastSuccessfulExecutionTime";
const _LSJ = "ListScanJobs";
const _LSJI = "ListScanJobsInput";
const _LSJO = "ListScanJobsOutput";
const _LSJS = "ListScanJobSummaries";
const _LSJSI = "ListScanJobSummariesInput";
const _LSJSO = "ListScanJobSummariesOutput";
const _LSJT = "LastScanJobTime";
const _LST = "LastScanTimestamp";
const _LT = "ListTags";
const _LTC = "ListTieringConfigurations";
const _LTCI = "ListTieringConfigurationsInput";
const _LTCO = "ListTieringConfigurationsOutput";
const _LTI = "ListTagsInput";
const _LTO = "ListTagsOutput";
const _LUT = "LastUpdateTime";
const _LUTa = "LastUpdatedTime";
const _Lo = "Locked";
const _M = "Message";
const _MATA = "MpaApprovalTeamArn";
const _MBAWSBO = "ManagedByAWSBackupOnly";
const _MC = "MessageCategory";
const _MPVE = "MissingParameterValueException";
const _MR = "MaxResults";
const _MRD = "MinRetentionDays";
const _MRDa = "MaxRetentionDays";
const _MS = "MalwareScanner";
const _MSA = "MpaSessionArn";
const _MSRP = "MaxScheduledRunsPreview";
const _MTCSA = "MoveToColdStorageAt";
const _MTCSAD = "MoveToColdStorageAfterDays";
const _Me = "Metadata";
const _NOC = "NumberOfControls";
const _NOCJ = "NumberOfChildJobs";
const _NOF = "NumberOfFrameworks";
const _NORP = "NumberOfRecoveryPoints";
const _NR = "NotResources";
const _NT = "NextToken";
const _OITAFSR = "OptInToArchiveForSupportedResources";
const _OU = "OrganizationUnits";
const _P = "Policy";
const _PBVAP = "PutBackupVaultAccessPolicy";
const _PBVAPI = "PutBackupVaultAccessPolicyInput";
const _PBVLC = "PutBackupVaultLockConfiguration";
const _PBVLCI = "PutBackupVaultLockConfigurationInput";
const _PBVN = "PutBackupVaultNotifications";
const _PBVNI = "PutBackupVaultNotificationsInput";
const _PD = "PercentDone";
const _PJI = "ParentJobId";
const _PN = "ParameterName";
const _PR = "ProtectedResource";
const _PRA = "ProtectedResourceArns";
const _PRC = "ProtectedResourceConditions";
const _PRL = "ProtectedResourcesList";
const _PRPA = "ParentRecoveryPointArn";
const _PRT = "ProtectedResourceType";
const _PRVR = "PutRestoreValidationResult";
const _PRVRI = "PutRestoreValidationResultInput";
const _PV = "ParameterValue";
const _R = "Region";
const _RA = "ResourceArn";
const _RABV = "RestoreAccessBackupVaults";
const _RABVA = "RestoreAccessBackupVaultArn";
const _RABVL = "RestoreAccessBackupVaultList";
const _RABVLM = "RestoreAccessBackupVaultListMember";
const _RABVN = "RestoreAccessBackupVaultName";
const _RC = "RequesterComment";
const _RD = "ReportDestination";
const _RDC = "ReportDeliveryChannel";
const _RET = "RuleExecutionType";
const _RI = "RuleId";
const _RIe = "ResourceIdentifiers";
const _RJ = "ReportJob";
const _RJC = "RestoreJobCreator";
const _RJI = "ReportJobId";
const _RJIe = "RestoreJobId";
const _RJL = "ReportJobList";
const _RJLM = "RestoreJobsListMember";
const _RJLe = "RestoreJobsList";
const _RJS = "RestoreJobSummaries";
const _RJSL = "RestoreJobSummaryList";
const _RJSe = "RestoreJobSummary";
const _RJe = "ReportJobs";
const _RJes = "RestoreJobs";
const _RM = "RestoreMetadata";
const _RMO = "RestoreMetadataOverrides";
const _RN = "ResourceName";
const _RNFE = "ResourceNotFoundException";
const _RNu = "RuleName";
const _RP = "ReportPlan";
const _RPA = "RecoveryPointArn";
const _RPAe = "ReportPlanArn";
const _RPBBV = "RecoveryPointByBackupVault";
const _RPBBVL = "RecoveryPointByBackupVaultList";
const _RPBR = "RecoveryPointByResource";
const _RPBRL = "RecoveryPointByResourceList";
const _RPC = "RecoveryPointCreator";
const _RPCD = "RecoveryPointCreationDate";
const _RPD = "ReportPlanDescription";
const _RPL = "RecoveryPointLifecycle";
const _RPLe = "RecoveryPointsList";
const _RPLep = "ReportPlanList";
const _RPM = "RecoveryPointMember";
const _RPN = "ReportPlanName";
const _RPS = "RecoveryPointSelection";
const _RPT = "RecoveryPointTags";
const _RPTe = "ReportPlanTags";
const _RPTec = "RecoveryPointTypes";
const _RPe = "RecoveryPoints";
const _RPep = "ReportPlans";
const _RRABV = "RevokeRestoreAccessBackupVault";
const _RRABVI = "RevokeRestoreAccessBackupVaultInput";
const _RRID = "RetainRecordInDays";
const _RRU = "RetainRecordUntil";
const _RS = "ReportSetting";
const _RSe = "ResourceSelection";
const _RSes = "ResourceSelections";
const _RT = "ResourceType";
const _RTMP = "ResourceTypeManagementPreference";
const _RTOIP = "ResourceTypeOptInPreference";
const _RTP = "RestoreTestingPlan";
const _RTPA = "RestoreTestingPlanArn";
const _RTPFC = "RestoreTestingPlanForCreate";
const _RTPFG = "RestoreTestingPlanForGet";
const _RTPFL = "RestoreTestingPlanForList";
const _RTPFU = "RestoreTestingPlanForUpdate";
const _RTPN = "RestoreTestingPlanName";
const _RTPe = "RestoreTestingPlans";
const _RTRPS = "RestoreTestingRecoveryPointSelection";
const _RTS = "RestoreTestingSelection";
const _RTSFC = "RestoreTestingSelectionForCreate";
const _RTSFG = "RestoreTestingSelectionForGet";
const _RTSFL = "RestoreTestingSelectionForList";
const _RTSFU = "RestoreTestingSelectionForUpdate";
const _RTSN = "RestoreTestingSelectionName";
const _RTSe = "RestoreTestingSelections";
const _RTe = "ResourceTypes";
const _RTep = "ReportTemplate";
const _Re = "Resources";
const _Reg = "Regions";
const _Res = "Results";
const _Ru = "Rules";
const _S = "State";
const _SA = "ScanActions";
const _SAc = "ScanAction";
const _SB = "StartBy";
const _SBJ = "StartBackupJob";
const _SBJI = "StartBackupJobInput";
const _SBJIt = "StopBackupJobInput";
const _SBJO = "StartBackupJobOutput";
const _SBJt = "StopBackupJob";
const _SBN = "S3BucketName";
const _SBRPA = "ScanBaseRecoveryPointArn";
const _SBVA = "SourceBackupVaultArn";
const _SBVN = "SourceBackupVaultName";
const _SC = "StorageClass";
const _SCJ = "StartCopyJob";
const _SCJI = "StartCopyJobInput";
const _SCJO = "StartCopyJobOutput";
const _SE = "ScheduleExpression";
const _SET = "ScheduleExpressionTimezone";
const _SETc = "ScanEndTime";
const _SEt = "StringEquals";
const _SI = "SelectionId";
const _SIc = "ScanId";
const _SJ = "ScanJobs";
const _SJC = "ScanJobCreator";
const _SJI = "ScanJobId";
const _SJS = "ScanJobSummaries";
const _SJSL = "ScanJobSummaryList";
const _SJSc = "ScanJobSummary";
const _SJSca = "ScanJobState";
const _SJc = "ScanJob";
const _SK = "S3Keys";
const _SKP = "S3KeyPrefix";
const _SL = "StringLike";
const _SM = "StatusMessage";
const _SMc = "ScanMode";
const _SN = "SelectionName";
const _SNE = "StringNotEquals";
const _SNL = "StringNotLike";
const _SNSTA = "SNSTopicArn";
const _SPEM = "ScheduledPlanExecutionMember";
const _SR = "ScanResults";
const _SRA = "SourceResourceArn";
const _SRAc = "ScannerRoleArn";
const _SRI = "ScanResultInfo";
const _SRJ = "StartReportJob";
const _SRJI = "StartReportJobInput";
const _SRJIt = "StartRestoreJobInput";
const _SRJO = "StartReportJobOutput";
const _SRJOt = "StartRestoreJobOutput";
const _SRJt = "StartRestoreJob";
const _SRP = "ScheduledRunsPreview";
const _SRPA = "SourceRecoveryPointArn";
const _SRS = "ScanResultStatus";
const _SRc = "ScanResult";
const _SS = "ScanSettings";
const _SSJ = "StartScanJob";
const _SSJI = "StartScanJobInput";
const _SSJO = "StartScanJobOutput";
const _SSM = "SensitiveStringMap";
const _SSc = "ScanSetting";
const _ST = "StartTime";
const _SUE = "ServiceUnavailableException";
const _SWD = "SelectionWindowDays";
const _SWH = "StartWindowHours";
const _SWM = "StartWindowMinutes";
const _St = "Status";
const _T = "Type";
const _TBVN = "TargetBackupVaultName";
const _TC = "TieringConfiguration";
const _TCA = "TieringConfigurationArn";
const _TCIFC = "TieringConfigurationInputForCreate";
const _TCIFU = "TieringConfigurationInputForUpdate";
const _TCL = "TieringConfigurationsList";
const _TCLM = "TieringConfigurationsListMember";
const _TCN = "TieringConfigurationName";
const _TCT = "TieringConfigurationTags";
const _TCi = "TieringConfigurations";
const _TD = "ToDate";
const _TDSID = "TieringDownSettingsInDays";
const _TII = "TotalItemsIndexed";
const _TKL = "TagKeyList";
const _TLAGBVA = "TargetLogicallyAirGappedBackupVaultArn";
const _TR = "TagResource";
const _TRI = "TagResourceInput";
const _Ta = "Tags";
const _Ti = "Title";
const _UBP = "UpdateBackupPlan";
const _UBPI = "UpdateBackupPlanInput";
const _UBPO = "UpdateBackupPlanOutput";
const _UF = "UpdateFramework";
const _UFI = "UpdateFrameworkInput";
const _UFO = "UpdateFrameworkOutput";
const _UGS = "UpdateGlobalSettings";
const _UGSI = "UpdateGlobalSettingsInput";
const _UR = "UntagResource";
const _URI = "UntagResourceInput";
const _URP = "UpdateReportPlan";
const _URPI = "UpdateReportPlanInput";
const _URPIS = "UpdateRecoveryPointIndexSettings";
const _URPISI = "UpdateRecoveryPointIndexSettingsInput";
const _URPISO = "UpdateRecoveryPointIndexSettingsOutput";
const _URPL = "UpdateRecoveryPointLifecycle";
const _URPLI = "UpdateRecoveryPointLifecycleInput";
const _URPLO = "UpdateRecoveryPointLifecycleOutput";
const _URPO = "UpdateReportPlanOutput";
const _URS = "UpdateRegionSettings";
const _URSI = "UpdateRegionSettingsInput";
const _URTP = "UpdateRestoreTestingPlan";
const _URTPI = "UpdateRestoreTestingPlanInput";
const _URTPO = "UpdateRestoreTestingPlanOutput";
const _URTS = "UpdateRestoreTestingSelection";
const _URTSI = "UpdateRestoreTestingSelectionInput";
const _URTSO = "UpdateRestoreTestingSelectionOutput";
const _UT = "UpdateTime";
const _UTC = "UpdateTieringConfiguration";
const _UTCI = "UpdateTieringConfigurationInput";
const _UTCO = "UpdateTieringConfigurationOutput";
const _V = "Value";
const _VI = "VersionId";
const _VLS = "VaultLockState";
const _VN = "VaultNames";
const _VS = "VaultState";
const _VSM = "ValidationStatusMessage";
const _VSa = "ValidationStatus";
const _VT = "VaultType";
const _VWH = "ValidationWindowHours";
const _aI = "accountId";
const _aQE = "awsQueryError";
const _bPI = "backupPlanId";
const _bVAI = "backupVaultAccountId";
const _bVN = "backupVaultName";
const _c = "client";
const _cA = "createdAfter";
const _cAo = "completeAfter";
const _cB = "createdBefore";
const _cBo = "completeBefore";
const _cD = "cancelDescription";
const _dVA = "destinationVaultArn";
const _e = "error";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _iD = "includeDeleted";
const _iS = "indexStatus";
const _mBAWSBO = "managedByAWSBackupOnly";
const _mC = "messageCategory";
const _mR = "maxResults";
const _nT = "nextToken";
const _pJI = "parentJobId";
const _pRPA = "parentRecoveryPointArn";
const _rA = "resourceArn";
const _rC = "requesterComment";
const _rPCDA = "recoveryPointCreationDateAfter";
const _rPCDB = "recoveryPointCreationDateBefore";
const _rRID = "retainRecordInDays";
const _rT = "resourceType";
const _rTPA = "restoreTestingPlanArn";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.backup";
const _sRA = "sourceResourceArn";
const _sRPA = "sourceRecoveryPointArn";
const _se = "server";
const _sh = "shared";
const _st = "state";
const _sta = "status";
const _vI = "versionId";
const _vT = "vaultType";
const n0 = "com.amazonaws.backup";
const _s_registry = TypeRegistry.for(_s);
var BackupServiceException$ = [-3, _s, "BackupServiceException", 0, [], []];
_s_registry.registerError(BackupServiceException$, BackupServiceException);
const n0_registry = TypeRegistry.for(n0);
var AlreadyExistsException$ = [-3, n0, _AEE,
    { [_e]: _c },
    [_C, _M, _CRI, _A, _T, _Co],
    [0, 0, 0, 0, 0, 0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var ConflictException$ = [-3, n0, _CE,
    { [_aQE]: [`ConflictException`, 409], [_e]: _c, [_hE]: 409 },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DependencyFailureException$ = [-3, n0, _DFE,
    { [_e]: _se },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(DependencyFailureException$, DependencyFailureException);
var InvalidParameterValueException$ = [-3, n0, _IPVE,
    { [_e]: _c },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRequestException$ = [-3, n0, _IRE,
    { [_e]: _c },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var InvalidResourceStateException$ = [-3, n0, _IRSE,
    { [_e]: _c },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(InvalidResourceStateException$, InvalidResourceStateException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MissingParameterValueException$ = [-3, n0, _MPVE,
    { [_e]: _c },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(MissingParameterValueException$, MissingParameterValueException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceUnavailableException$ = [-3, n0, _SUE,
    { [_e]: _se },
    [_C, _M, _T, _Co],
    [0, 0, 0, 0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var RequesterComment = [0, n0, _RC, 8, 0];
var AdvancedBackupSetting$ = [3, n0, _ABS,
    0,
    [_RT, _BO],
    [0, 128 | 0]
];
var AggregatedScanResult$ = [3, n0, _ASR,
    0,
    [_FS, _F, _LC],
    [2, 64 | 0, 4]
];
var AssociateBackupVaultMpaApprovalTeamInput$ = [3, n0, _ABVMATI,
    0,
    [_BVN, _MATA, _RC],
    [[0, 1], 0, [() => RequesterComment, 0]], 2
];
var BackupJob$ = [3, n0, _BJ,
    0,
    [_AI, _BJI, _BVN, _BVA, _VT, _VLS, _RPA, _RPL, _EKA, _IE, _RA, _CD, _CDo, _S, _SM, _PD, _BSIB, _IRA, _CB, _ECD, _SB, _RT, _BT, _BO, _BTa, _PJI, _IP, _RN, _ID, _MC],
    [0, 0, 0, 0, 0, 0, 0, () => Lifecycle$, 0, 2, 0, 4, 4, 0, 0, 0, 1, 0, () => RecoveryPointCreator$, 4, 4, 0, 1, 128 | 0, 0, 0, 2, 0, 4, 0]
];
var BackupJobSummary$ = [3, n0, _BJS,
    0,
    [_R, _AI, _S, _RT, _MC, _Cou, _ST, _ET],
    [0, 0, 0, 0, 0, 1, 4, 4]
];
var BackupPlan$ = [3, n0, _BP,
    0,
    [_BPN, _Ru, _ABSd, _SS],
    [0, [() => BackupRules, 0], () => AdvancedBackupSettings, () => ScanSettings], 2
];
var BackupPlanInput$ = [3, n0, _BPI,
    0,
    [_BPN, _Ru, _ABSd, _SS],
    [0, [() => BackupRulesInput, 0], () => AdvancedBackupSettings, () => ScanSettings], 2
];
var BackupPlansListMember$ = [3, n0, _BPLM,
    0,
    [_BPA, _BPIa, _CD, _DD, _VI, _BPN, _CRI, _LED, _ABSd],
    [0, 0, 4, 4, 0, 0, 0, 4, () => AdvancedBackupSettings]
];
var BackupPlanTemplatesListMember$ = [3, n0, _BPTLM,
    0,
    [_BPTI, _BPTN],
    [0, 0]
];
var BackupRule$ = [3, n0, _BR,
    0,
    [_RNu, _TBVN, _TLAGBVA, _SE, _SWM, _CWM, _L, _RPT, _RI, _CA, _ECB, _SET, _IA, _SA],
    [0, 0, 0, 0, 1, 1, () => Lifecycle$, [() => Tags, 0], 0, () => CopyActions, 2, 0, () => IndexActions, () => ScanActions], 2
];
var BackupRuleInput$ = [3, n0, _BRI,
    0,
    [_RNu, _TBVN, _TLAGBVA, _SE, _SWM, _CWM, _L, _RPT, _CA, _ECB, _SET, _IA, _SA],
    [0, 0, 0, 0, 1, 1, () => Lifecycle$, [() => Tags, 0], () => CopyActions, 2, 0, () => IndexActions, () => ScanActions], 2
];
var BackupSelection$ = [3, n0, _BS,
    0,
    [_SN, _IRA, _Re, _LOT, _NR, _Con],
    [0, 0, 64 | 0, () => ListOfTags, 64 | 0, () => Conditions$], 2
];
var BackupSelectionsListMember$ = [3, n0, _BSLM,
    0,
    [_SI, _SN, _BPIa, _CD, _CRI, _IRA],
    [0, 0, 0, 4, 0, 0]
];
var BackupVaultListMember$ = [3, n0, _BVLM,
    0,
    [_BVN, _BVA, _VT, _VS, _CD, _EKA, _CRI, _NORP, _Lo, _MRD, _MRDa, _LD, _EKT],
    [0, 0, 0, 0, 4, 0, 0, 1, 2, 1, 1, 4, 0]
];
var CalculatedLifecycle$ = [3, n0, _CL,
    0,
    [_MTCSA, _DA],
    [4, 4]
];
var CancelLegalHoldInput$ = [3, n0, _CLHI,
    0,
    [_LHI, _CDa, _RRID],
    [[0, 1], [0, { [_hQ]: _cD }], [1, { [_hQ]: _rRID }]], 2
];
var CancelLegalHoldOutput$ = [3, n0, _CLHO,
    0,
    [],
    []
];
var Condition$ = [3, n0, _Cond,
    0,
    [_CT, _CK, _CV],
    [0, 0, 0], 3
];
var ConditionParameter$ = [3, n0, _CP,
    0,
    [_CK, _CV],
    [0, 0]
];
var Conditions$ = [3, n0, _Con,
    0,
    [_SEt, _SNE, _SL, _SNL],
    [() => ConditionParameters, () => ConditionParameters, () => ConditionParameters, () => ConditionParameters]
];
var ControlInputParameter$ = [3, n0, _CIP,
    0,
    [_PN, _PV],
    [0, 0]
];
var ControlScope$ = [3, n0, _CS,
    0,
    [_CRIo, _CRT, _Ta],
    [64 | 0, 64 | 0, 128 | 0]
];
var CopyAction$ = [3, n0, _CAo,
    0,
    [_DBVA, _L],
    [0, () => Lifecycle$], 1
];
var CopyJob$ = [3, n0, _CJ,
    0,
    [_AI, _CJI, _SBVA, _SRPA, _DBVA, _DVT, _DVLS, _DRPA, _DEKA, _DRPL, _RA, _CD, _CDo, _S, _SM, _BSIB, _IRA, _CB, _CBBJI, _RT, _PJI, _IP, _CMI, _NOCJ, _CJIS, _RN, _MC],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, () => Lifecycle$, 0, 4, 4, 0, 0, 1, 0, () => RecoveryPointCreator$, 0, 0, 0, 2, 0, 1, 128 | 1, 0, 0]
];
var CopyJobSummary$ = [3, n0, _CJS,
    0,
    [_R, _AI, _S, _RT, _MC, _Cou, _ST, _ET],
    [0, 0, 0, 0, 0, 1, 4, 4]
];
var CreateBackupPlanInput$ = [3, n0, _CBPI,
    0,
    [_BP, _BPT, _CRI],
    [[() => BackupPlanInput$, 0], [() => Tags, 0], [0, 4]], 1
];
var CreateBackupPlanOutput$ = [3, n0, _CBPO,
    0,
    [_BPIa, _BPA, _CD, _VI, _ABSd],
    [0, 0, 4, 0, () => AdvancedBackupSettings]
];
var CreateBackupSelectionInput$ = [3, n0, _CBSI,
    0,
    [_BPIa, _BS, _CRI],
    [[0, 1], () => BackupSelection$, [0, 4]], 2
];
var CreateBackupSelectionOutput$ = [3, n0, _CBSO,
    0,
    [_SI, _BPIa, _CD],
    [0, 0, 4]
];
var CreateBackupVaultInput$ = [3, n0, _CBVI,
    0,
    [_BVN, _BVT, _EKA, _CRI],
    [[0, 1], [() => Tags, 0], 0, [0, 4]], 1
];
var CreateBackupVaultOutput$ = [3, n0, _CBVO,
    0,
    [_BVN, _BVA, _CD],
    [0, 0, 4]
];
var CreateFrameworkInput$ = [3, n0, _CFI,
    0,
    [_FN, _FC, _FD, _IT, _FT],
    [0, () => FrameworkControls, 0, [0, 4], 128 | 0], 2
];
var CreateFrameworkOutput$ = [3, n0, _CFO,
    0,
    [_FN, _FA],
    [0, 0]
];
var CreateLegalHoldInput$ = [3, n0, _CLHIr,
    0,
    [_Ti, _D, _IT, _RPS, _Ta],
    [0, 0, [0, 4], () => RecoveryPointSelection$, [() => Tags, 0]], 2
];
var CreateLegalHoldOutput$ = [3, n0, _CLHOr,
    0,
    [_Ti, _St, _D, _LHI, _LHA, _CD, _RPS],
    [0, 0, 0, 0, 0, 4, () => RecoveryPointSelection$]
];
var CreateLogicallyAirGappedBackupVaultInput$ = [3, n0, _CLAGBVI,
    0,
    [_BVN, _MRD, _MRDa, _BVT, _CRI, _EKA],
    [[0, 1], 1, 1, [() => Tags, 0], [0, 4], 0], 3
];
var CreateLogicallyAirGappedBackupVaultOutput$ = [3, n0, _CLAGBVO,
    0,
    [_BVN, _BVA, _CD, _VS],
    [0, 0, 4, 0]
];
var CreateReportPlanInput$ = [3, n0, _CRPI,
    0,
    [_RPN, _RDC, _RS, _RPD, _RPTe, _IT],
    [0, () => ReportDeliveryChannel$, () => ReportSetting$, 0, 128 | 0, [0, 4]], 3
];
var CreateReportPlanOutput$ = [3, n0, _CRPO,
    0,
    [_RPN, _RPAe, _CTr],
    [0, 0, 4]
];
var CreateRestoreAccessBackupVaultInput$ = [3, n0, _CRABVI,
    0,
    [_SBVA, _BVN, _BVT, _CRI, _RC],
    [0, 0, [() => Tags, 0], [0, 4], [() => RequesterComment, 0]], 1
];
var CreateRestoreAccessBackupVaultOutput$ = [3, n0, _CRABVO,
    0,
    [_RABVA, _VS, _RABVN, _CD],
    [0, 0, 0, 4]
];
var CreateRestoreTestingPlanInput$ = [3, n0, _CRTPI,
    0,
    [_RTP, _CRI, _Ta],
    [() => RestoreTestingPlanForCreate$, 0, [() => SensitiveStringMap, 0]], 1
];
var CreateRestoreTestingPlanOutput$ = [3, n0, _CRTPO,
    0,
    [_CTr, _RTPA, _RTPN],
    [4, 0, 0], 3
];
var CreateRestoreTestingSelectionInput$ = [3, n0, _CRTSI,
    0,
    [_RTPN, _RTS, _CRI],
    [[0, 1], [() => RestoreTestingSelectionForCreate$, 0], 0], 2
];
var CreateRestoreTestingSelectionOutput$ = [3, n0, _CRTSO,
    0,
    [_CTr, _RTPA, _RTPN, _RTSN],
    [4, 0, 0, 0], 4
];
var CreateTieringConfigurationInput$ = [3, n0, _CTCI,
    0,
    [_TC, _TCT, _CRI],
    [() => TieringConfigurationInputForCreate$, [() => Tags, 0], [0, 4]], 1
];
var CreateTieringConfigurationOutput$ = [3, n0, _CTCO,
    0,
    [_TCA, _TCN, _CTr],
    [0, 0, 4]
];
var DateRange$ = [3, n0, _DR,
    0,
    [_FDr, _TD],
    [4, 4], 2
];
var DeleteBackupPlanInput$ = [3, n0, _DBPI,
    0,
    [_BPIa],
    [[0, 1]], 1
];
var DeleteBackupPlanOutput$ = [3, n0, _DBPO,
    0,
    [_BPIa, _BPA, _DD, _VI],
    [0, 0, 4, 0]
];
var DeleteBackupSelectionInput$ = [3, n0, _DBSI,
    0,
    [_BPIa, _SI],
    [[0, 1], [0, 1]], 2
];
var DeleteBackupVaultAccessPolicyInput$ = [3, n0, _DBVAPI,
    0,
    [_BVN],
    [[0, 1]], 1
];
var DeleteBackupVaultInput$ = [3, n0, _DBVI,
    0,
    [_BVN],
    [[0, 1]], 1
];
var DeleteBackupVaultLockConfigurationInput$ = [3, n0, _DBVLCI,
    0,
    [_BVN],
    [[0, 1]], 1
];
var DeleteBackupVaultNotificationsInput$ = [3, n0, _DBVNI,
    0,
    [_BVN],
    [[0, 1]], 1
];
var DeleteFrameworkInput$ = [3, n0, _DFI,
    0,
    [_FN],
    [[0, 1]], 1
];
var DeleteRecoveryPointInput$ = [3, n0, _DRPI,
    0,
    [_BVN, _RPA],
    [[0, 1], [0, 1]], 2
];
var DeleteReportPlanInput$ = [3, n0, _DRPIe,
    0,
    [_RPN],
    [[0, 1]], 1
];
var DeleteRestoreTestingPlanInput$ = [3, n0, _DRTPI,
    0,
    [_RTPN],
    [[0, 1]], 1
];
var DeleteRestoreTestingSelectionInput$ = [3, n0, _DRTSI,
    0,
    [_RTPN, _RTSN],
    [[0, 1], [0, 1]], 2
];
var DeleteTieringConfigurationInput$ = [3, n0, _DTCI,
    0,
    [_TCN],
    [[0, 1]], 1
];
var DeleteTieringConfigurationOutput$ = [3, n0, _DTCO,
    0,
    [],
    []
];
var DescribeBackupJobInput$ = [3, n0, _DBJI,
    0,
    [_BJI],
    [[0, 1]], 1
];
var DescribeBackupJobOutput$ = [3, n0, _DBJO,
    0,
    [_AI, _BJI, _BVN, _RPL, _BVA, _VT, _VLS, _RPA, _EKA, _IE, _RA, _CD, _CDo, _S, _SM, _PD, _BSIB, _IRA, _CB, _RT, _BT, _ECD, _SB, _BO, _BTa, _PJI, _IP, _NOCJ, _CJIS, _RN, _ID, _MC],
    [0, 0, 0, () => Lifecycle$, 0, 0, 0, 0, 0, 2, 0, 4, 4, 0, 0, 0, 1, 0, () => RecoveryPointCreator$, 0, 1, 4, 4, 128 | 0, 0, 0, 2, 1, 128 | 1, 0, 4, 0]
];
var DescribeBackupVaultInput$ = [3, n0, _DBVIe,
    0,
    [_BVN, _BVAI],
    [[0, 1], [0, { [_hQ]: _bVAI }]], 1
];
var DescribeBackupVaultOutput$ = [3, n0, _DBVO,
    0,
    [_BVN, _BVA, _VT, _VS, _EKA, _CD, _CRI, _NORP, _Lo, _MRD, _MRDa, _LD, _SBVA, _MATA, _MSA, _LMATU, _EKT],
    [0, 0, 0, 0, 0, 4, 0, 1, 2, 1, 1, 4, 0, 0, 0, () => LatestMpaApprovalTeamUpdate$, 0]
];
var DescribeCopyJobInput$ = [3, n0, _DCJI,
    0,
    [_CJI],
    [[0, 1]], 1
];
var DescribeCopyJobOutput$ = [3, n0, _DCJO,
    0,
    [_CJ],
    [() => CopyJob$]
];
var DescribeFrameworkInput$ = [3, n0, _DFIe,
    0,
    [_FN],
    [[0, 1]], 1
];
var DescribeFrameworkOutput$ = [3, n0, _DFO,
    0,
    [_FN, _FA, _FD, _FC, _CTr, _DS, _FSr, _IT],
    [0, 0, 0, () => FrameworkControls, 4, 0, 0, 0]
];
var DescribeGlobalSettingsInput$ = [3, n0, _DGSI,
    0,
    [],
    []
];
var DescribeGlobalSettingsOutput$ = [3, n0, _DGSO,
    0,
    [_GS, _LUT],
    [128 | 0, 4]
];
var DescribeProtectedResourceInput$ = [3, n0, _DPRI,
    0,
    [_RA],
    [[0, 1]], 1
];
var DescribeProtectedResourceOutput$ = [3, n0, _DPRO,
    0,
    [_RA, _RT, _LBT, _RN, _LBVA, _LRPA, _LRETM, _LRJCD, _LRRPCD],
    [0, 0, 4, 0, 0, 0, 1, 4, 4]
];
var DescribeRecoveryPointInput$ = [3, n0, _DRPIes,
    0,
    [_BVN, _RPA, _BVAI],
    [[0, 1], [0, 1], [0, { [_hQ]: _bVAI }]], 2
];
var DescribeRecoveryPointOutput$ = [3, n0, _DRPO,
    0,
    [_RPA, _BVN, _BVA, _SBVA, _RA, _RT, _CB, _IRA, _St, _SM, _CD, _ID, _CDo, _BSIB, _CL, _L, _EKA, _IE, _SC, _LRT, _PRPA, _CMI, _IP, _RN, _VT, _IS, _ISM, _EKT, _SR],
    [0, 0, 0, 0, 0, 0, () => RecoveryPointCreator$, 0, 0, 0, 4, 4, 4, 1, () => CalculatedLifecycle$, () => Lifecycle$, 0, 2, 0, 4, 0, 0, 2, 0, 0, 0, 0, 0, () => ScanResults]
];
var DescribeRegionSettingsInput$ = [3, n0, _DRSI,
    0,
    [],
    []
];
var DescribeRegionSettingsOutput$ = [3, n0, _DRSO,
    0,
    [_RTOIP, _RTMP],
    [128 | 2, 128 | 2]
];
var DescribeReportJobInput$ = [3, n0, _DRJI,
    0,
    [_RJI],
    [[0, 1]], 1
];
var DescribeReportJobOutput$ = [3, n0, _DRJO,
    0,
    [_RJ],
    [() => ReportJob$]
];
var DescribeReportPlanInput$ = [3, n0, _DRPIesc,
    0,
    [_RPN],
    [[0, 1]], 1
];
var DescribeReportPlanOutput$ = [3, n0, _DRPOe,
    0,
    [_RP],
    [() => ReportPlan$]
];
var DescribeRestoreJobInput$ = [3, n0, _DRJIe,
    0,
    [_RJIe],
    [[0, 1]], 1
];
var DescribeRestoreJobOutput$ = [3, n0, _DRJOe,
    0,
    [_AI, _RJIe, _RPA, _SRA, _BVA, _CD, _CDo, _St, _SM, _PD, _BSIB, _IRA, _ECTM, _CRA, _RT, _RPCD, _CB, _VSa, _VSM, _DSe, _DSM, _IP, _PJI],
    [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 1, 0, 1, 0, 0, 4, () => RestoreJobCreator$, 0, 0, 0, 0, 2, 0]
];
var DescribeScanJobInput$ = [3, n0, _DSJI,
    0,
    [_SJI],
    [[0, 1]], 1
];
var DescribeScanJobOutput$ = [3, n0, _DSJO,
    0,
    [_AI, _BVA, _BVN, _CB, _CD, _IRA, _MS, _RPA, _RA, _RN, _RT, _SJI, _SMc, _SRAc, _S, _CDo, _CSET, _CSST, _SBRPA, _SIc, _SRc, _SM],
    [0, 0, 0, () => ScanJobCreator$, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, () => ScanResultInfo$, 0], 15
];
var DisassociateBackupVaultMpaApprovalTeamInput$ = [3, n0, _DBVMATI,
    0,
    [_BVN, _RC],
    [[0, 1], [() => RequesterComment, 0]], 1
];
var DisassociateRecoveryPointFromParentInput$ = [3, n0, _DRPFPI,
    0,
    [_BVN, _RPA],
    [[0, 1], [0, 1]], 2
];
var DisassociateRecoveryPointInput$ = [3, n0, _DRPIi,
    0,
    [_BVN, _RPA],
    [[0, 1], [0, 1]], 2
];
var ExportBackupPlanTemplateInput$ = [3, n0, _EBPTI,
    0,
    [_BPIa],
    [[0, 1]], 1
];
var ExportBackupPlanTemplateOutput$ = [3, n0, _EBPTO,
    0,
    [_BPTJ],
    [0]
];
var Framework$ = [3, n0, _Fr,
    0,
    [_FN, _FA, _FD, _NOC, _CTr, _DS],
    [0, 0, 0, 1, 4, 0]
];
var FrameworkControl$ = [3, n0, _FCr,
    0,
    [_CN, _CIPo, _CS],
    [0, () => ControlInputParameters, () => ControlScope$], 1
];
var GetBackupPlanFromJSONInput$ = [3, n0, _GBPFJSONI,
    0,
    [_BPTJ],
    [0], 1
];
var GetBackupPlanFromJSONOutput$ = [3, n0, _GBPFJSONO,
    0,
    [_BP],
    [[() => BackupPlan$, 0]]
];
var GetBackupPlanFromTemplateInput$ = [3, n0, _GBPFTI,
    0,
    [_BPTI],
    [[0, 1]], 1
];
var GetBackupPlanFromTemplateOutput$ = [3, n0, _GBPFTO,
    0,
    [_BPD],
    [[() => BackupPlan$, 0]]
];
var GetBackupPlanInput$ = [3, n0, _GBPI,
    0,
    [_BPIa, _VI, _MSRP],
    [[0, 1], [0, { [_hQ]: _vI }], [1, { [_hQ]: _MSRP }]], 1
];
var GetBackupPlanOutput$ = [3, n0, _GBPO,
    0,
    [_BP, _BPIa, _BPA, _VI, _CRI, _CD, _DD, _LED, _ABSd, _SRP],
    [[() => BackupPlan$, 0], 0, 0, 0, 0, 4, 4, 4, () => AdvancedBackupSettings, () => ScheduledRunsPreview]
];
var GetBackupSelectionInput$ = [3, n0, _GBSI,
    0,
    [_BPIa, _SI],
    [[0, 1], [0, 1]], 2
];
var GetBackupSelectionOutput$ = [3, n0, _GBSO,
    0,
    [_BS, _SI, _BPIa, _CD, _CRI],
    [() => BackupSelection$, 0, 0, 4, 0]
];
var GetBackupVaultAccessPolicyInput$ = [3, n0, _GBVAPI,
    0,
    [_BVN],
    [[0, 1]], 1
];
var GetBackupVaultAccessPolicyOutput$ = [3, n0, _GBVAPO,
    0,
    [_BVN, _BVA, _P],
    [0, 0, 0]
];
var GetBackupVaultNotificationsInput$ = [3, n0, _GBVNI,
    0,
    [_BVN],
    [[0, 1]], 1
];
var GetBackupVaultNotificationsOutput$ = [3, n0, _GBVNO,
    0,
    [_BVN, _BVA, _SNSTA, _BVE],
    [0, 0, 0, 64 | 0]
];
var GetLegalHoldInput$ = [3, n0, _GLHI,
    0,
    [_LHI],
    [[0, 1]], 1
];
var GetLegalHoldOutput$ = [3, n0, _GLHO,
    0,
    [_Ti, _St, _D, _CDa, _LHI, _LHA, _CD, _CDan, _RRU, _RPS],
    [0, 0, 0, 0, 0, 0, 4, 4, 4, () => RecoveryPointSelection$]
];
var GetPITRMalwareScanResultsInput$ = [3, n0, _GPITRMSRI,
    0,
    [_RPA, _BVN, _SETc, _MS],
    [[0, { [_hQ]: _RPA }], [0, { [_hQ]: _BVN }], [4, { [_hQ]: _SETc }], [0, { [_hQ]: _MS }]], 4
];
var GetPITRMalwareScanResultsOutput$ = [3, n0, _GPITRMSRO,
    0,
    [_SETc, _SRc, _LSJT, _SIc, _SMc],
    [4, () => ScanResultInfo$, 4, 0, 0], 2
];
var GetRecoveryPointIndexDetailsInput$ = [3, n0, _GRPIDI,
    0,
    [_BVN, _RPA],
    [[0, 1], [0, 1]], 2
];
var GetRecoveryPointIndexDetailsOutput$ = [3, n0, _GRPIDO,
    0,
    [_RPA, _BVA, _SRA, _ICD, _IDD, _ICDn, _IS, _ISM, _TII],
    [0, 0, 0, 4, 4, 4, 0, 0, 1]
];
var GetRecoveryPointRestoreMetadataInput$ = [3, n0, _GRPRMI,
    0,
    [_BVN, _RPA, _BVAI],
    [[0, 1], [0, 1], [0, { [_hQ]: _bVAI }]], 2
];
var GetRecoveryPointRestoreMetadataOutput$ = [3, n0, _GRPRMO,
    0,
    [_BVA, _RPA, _RM, _RT],
    [0, 0, [() => Metadata, 0], 0]
];
var GetRestoreJobMetadataInput$ = [3, n0, _GRJMI,
    0,
    [_RJIe],
    [[0, 1]], 1
];
var GetRestoreJobMetadataOutput$ = [3, n0, _GRJMO,
    0,
    [_RJIe, _Me],
    [0, [() => Metadata, 0]]
];
var GetRestoreTestingInferredMetadataInput$ = [3, n0, _GRTIMI,
    0,
    [_BVN, _RPA, _BVAI],
    [[0, { [_hQ]: _BVN }], [0, { [_hQ]: _RPA }], [0, { [_hQ]: _BVAI }]], 2
];
var GetRestoreTestingInferredMetadataOutput$ = [3, n0, _GRTIMO,
    0,
    [_IM],
    [128 | 0], 1
];
var GetRestoreTestingPlanInput$ = [3, n0, _GRTPI,
    0,
    [_RTPN],
    [[0, 1]], 1
];
var GetRestoreTestingPlanOutput$ = [3, n0, _GRTPO,
    0,
    [_RTP],
    [() => RestoreTestingPlanForGet$], 1
];
var GetRestoreTestingSelectionInput$ = [3, n0, _GRTSI,
    0,
    [_RTPN, _RTSN],
    [[0, 1], [0, 1]], 2
];
var GetRestoreTestingSelectionOutput$ = [3, n0, _GRTSO,
    0,
    [_RTS],
    [[() => RestoreTestingSelectionForGet$, 0]], 1
];
var GetSupportedResourceTypesOutput$ = [3, n0, _GSRTO,
    0,
    [_RTe],
    [64 | 0]
];
var GetTieringConfigurationInput$ = [3, n0, _GTCI,
    0,
    [_TCN],
    [[0, 1]], 1
];
var GetTieringConfigurationOutput$ = [3, n0, _GTCO,
    0,
    [_TC],
    [() => TieringConfiguration$]
];
var IndexAction$ = [3, n0, _IAn,
    0,
    [_RTe],
    [64 | 0]
];
var IndexedRecoveryPoint$ = [3, n0, _IRP,
    0,
    [_RPA, _SRA, _IRA, _BCD, _RT, _ICD, _IS, _ISM, _BVA],
    [0, 0, 0, 4, 0, 4, 0, 0, 0]
];
var KeyValue$ = [3, n0, _KV,
    0,
    [_K, _V],
    [0, 0], 2
];
var LatestMpaApprovalTeamUpdate$ = [3, n0, _LMATU,
    0,
    [_MSA, _St, _SM, _ID, _ED],
    [0, 0, 0, 4, 4]
];
var LatestRevokeRequest$ = [3, n0, _LRR,
    0,
    [_MSA, _St, _SM, _ID, _ED],
    [0, 0, 0, 4, 4]
];
var LegalHold$ = [3, n0, _LH,
    0,
    [_Ti, _St, _D, _LHI, _LHA, _CD, _CDan],
    [0, 0, 0, 0, 0, 4, 4]
];
var Lifecycle$ = [3, n0, _L,
    0,
    [_MTCSAD, _DAD, _OITAFSR, _DAE],
    [1, 1, 2, 0]
];
var ListBackupJobsInput$ = [3, n0, _LBJI,
    0,
    [_NT, _MR, _BRA, _BSy, _BBVN, _BCB, _BCA, _BRT, _BAI, _BCAy, _BCBy, _BPJI, _BMC],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _rA }], [0, { [_hQ]: _st }], [0, { [_hQ]: _bVN }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _aI }], [4, { [_hQ]: _cAo }], [4, { [_hQ]: _cBo }], [0, { [_hQ]: _pJI }], [0, { [_hQ]: _mC }]]
];
var ListBackupJobsOutput$ = [3, n0, _LBJO,
    0,
    [_BJa, _NT],
    [() => BackupJobsList, 0]
];
var ListBackupJobSummariesInput$ = [3, n0, _LBJSI,
    0,
    [_AI, _S, _RT, _MC, _AP, _MR, _NT],
    [[0, { [_hQ]: _AI }], [0, { [_hQ]: _S }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _MC }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListBackupJobSummariesOutput$ = [3, n0, _LBJSO,
    0,
    [_BJSa, _AP, _NT],
    [() => BackupJobSummaryList, 0, 0]
];
var ListBackupPlansInput$ = [3, n0, _LBPI,
    0,
    [_NT, _MR, _IDn],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [2, { [_hQ]: _iD }]]
];
var ListBackupPlansOutput$ = [3, n0, _LBPO,
    0,
    [_NT, _BPL],
    [0, () => BackupPlansList]
];
var ListBackupPlanTemplatesInput$ = [3, n0, _LBPTI,
    0,
    [_NT, _MR],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
];
var ListBackupPlanTemplatesOutput$ = [3, n0, _LBPTO,
    0,
    [_NT, _BPTL],
    [0, () => BackupPlanTemplatesList]
];
var ListBackupPlanVersionsInput$ = [3, n0, _LBPVI,
    0,
    [_BPIa, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListBackupPlanVersionsOutput$ = [3, n0, _LBPVO,
    0,
    [_NT, _BPVL],
    [0, () => BackupPlanVersionsList]
];
var ListBackupSelectionsInput$ = [3, n0, _LBSI,
    0,
    [_BPIa, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListBackupSelectionsOutput$ = [3, n0, _LBSO,
    0,
    [_NT, _BSL],
    [0, () => BackupSelectionsList]
];
var ListBackupVaultsInput$ = [3, n0, _LBVI,
    0,
    [_BVTy, _BSyh, _NT, _MR],
    [[0, { [_hQ]: _vT }], [2, { [_hQ]: _sh }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
];
var ListBackupVaultsOutput$ = [3, n0, _LBVO,
    0,
    [_BVL, _NT],
    [() => BackupVaultList, 0]
];
var ListCopyJobsInput$ = [3, n0, _LCJI,
    0,
    [_NT, _MR, _BRA, _BSy, _BCB, _BCA, _BRT, _BDVA, _BAI, _BCBy, _BCAy, _BPJI, _BMC, _BSRPA],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _rA }], [0, { [_hQ]: _st }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _dVA }], [0, { [_hQ]: _aI }], [4, { [_hQ]: _cBo }], [4, { [_hQ]: _cAo }], [0, { [_hQ]: _pJI }], [0, { [_hQ]: _mC }], [0, { [_hQ]: _sRPA }]]
];
var ListCopyJobsOutput$ = [3, n0, _LCJO,
    0,
    [_CJo, _NT],
    [() => CopyJobsList, 0]
];
var ListCopyJobSummariesInput$ = [3, n0, _LCJSI,
    0,
    [_AI, _S, _RT, _MC, _AP, _MR, _NT],
    [[0, { [_hQ]: _AI }], [0, { [_hQ]: _S }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _MC }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListCopyJobSummariesOutput$ = [3, n0, _LCJSO,
    0,
    [_CJSo, _AP, _NT],
    [() => CopyJobSummaryList, 0, 0]
];
var ListFrameworksInput$ = [3, n0, _LFI,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListFrameworksOutput$ = [3, n0, _LFO,
    0,
    [_Fra, _NT],
    [() => FrameworkList, 0]
];
var ListIndexedRecoveryPointsInput$ = [3, n0, _LIRPI,
    0,
    [_NT, _MR, _SRA, _CBr, _CAr, _RT, _IS],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _sRA }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _iS }]]
];
var ListIndexedRecoveryPointsOutput$ = [3, n0, _LIRPO,
    0,
    [_IRPn, _NT],
    [() => IndexedRecoveryPointList, 0]
];
var ListLegalHoldsInput$ = [3, n0, _LLHI,
    0,
    [_NT, _MR],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
];
var ListLegalHoldsOutput$ = [3, n0, _LLHO,
    0,
    [_NT, _LHe],
    [0, () => LegalHoldsList]
];
var ListProtectedResourcesByBackupVaultInput$ = [3, n0, _LPRBBVI,
    0,
    [_BVN, _BVAI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _bVAI }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListProtectedResourcesByBackupVaultOutput$ = [3, n0, _LPRBBVO,
    0,
    [_Res, _NT],
    [() => ProtectedResourcesList, 0]
];
var ListProtectedResourcesInput$ = [3, n0, _LPRI,
    0,
    [_NT, _MR],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
];
var ListProtectedResourcesOutput$ = [3, n0, _LPRO,
    0,
    [_Res, _NT],
    [() => ProtectedResourcesList, 0]
];
var ListRecoveryPointsByBackupVaultInput$ = [3, n0, _LRPBBVI,
    0,
    [_BVN, _BVAI, _NT, _MR, _BRA, _BRT, _BBPI, _BCB, _BCA, _BPRPA],
    [[0, 1], [0, { [_hQ]: _bVAI }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _rA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _bPI }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _pRPA }]], 1
];
var ListRecoveryPointsByBackupVaultOutput$ = [3, n0, _LRPBBVO,
    0,
    [_NT, _RPe],
    [0, () => RecoveryPointByBackupVaultList]
];
var ListRecoveryPointsByLegalHoldInput$ = [3, n0, _LRPBLHI,
    0,
    [_LHI, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListRecoveryPointsByLegalHoldOutput$ = [3, n0, _LRPBLHO,
    0,
    [_RPe, _NT],
    [() => RecoveryPointsList, 0]
];
var ListRecoveryPointsByResourceInput$ = [3, n0, _LRPBRI,
    0,
    [_RA, _NT, _MR, _MBAWSBO],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [2, { [_hQ]: _mBAWSBO }]], 1
];
var ListRecoveryPointsByResourceOutput$ = [3, n0, _LRPBRO,
    0,
    [_NT, _RPe],
    [0, () => RecoveryPointByResourceList]
];
var ListReportJobsInput$ = [3, n0, _LRJI,
    0,
    [_BRPN, _BCByr, _BCAyr, _BSyt, _MR, _NT],
    [[0, { [_hQ]: _RPN }], [4, { [_hQ]: _CBre }], [4, { [_hQ]: _CAre }], [0, { [_hQ]: _St }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListReportJobsOutput$ = [3, n0, _LRJO,
    0,
    [_RJe, _NT],
    [() => ReportJobList, 0]
];
var ListReportPlansInput$ = [3, n0, _LRPI,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListReportPlansOutput$ = [3, n0, _LRPO,
    0,
    [_RPep, _NT],
    [() => ReportPlanList, 0]
];
var ListRestoreAccessBackupVaultsInput$ = [3, n0, _LRABVI,
    0,
    [_BVN, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListRestoreAccessBackupVaultsOutput$ = [3, n0, _LRABVO,
    0,
    [_NT, _RABV],
    [0, () => RestoreAccessBackupVaultList]
];
var ListRestoreJobsByProtectedResourceInput$ = [3, n0, _LRJBPRI,
    0,
    [_RA, _BSyt, _BRPCDA, _BRPCDB, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _sta }], [4, { [_hQ]: _rPCDA }], [4, { [_hQ]: _rPCDB }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListRestoreJobsByProtectedResourceOutput$ = [3, n0, _LRJBPRO,
    0,
    [_RJes, _NT],
    [() => RestoreJobsList, 0]
];
var ListRestoreJobsInput$ = [3, n0, _LRJIi,
    0,
    [_NT, _MR, _BAI, _BRT, _BCB, _BCA, _BSyt, _BCBy, _BCAy, _BRTPA, _BPJI],
    [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _aI }], [0, { [_hQ]: _rT }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _sta }], [4, { [_hQ]: _cBo }], [4, { [_hQ]: _cAo }], [0, { [_hQ]: _rTPA }], [0, { [_hQ]: _pJI }]]
];
var ListRestoreJobsOutput$ = [3, n0, _LRJOi,
    0,
    [_RJes, _NT],
    [() => RestoreJobsList, 0]
];
var ListRestoreJobSummariesInput$ = [3, n0, _LRJSI,
    0,
    [_AI, _S, _RT, _AP, _MR, _NT],
    [[0, { [_hQ]: _AI }], [0, { [_hQ]: _S }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListRestoreJobSummariesOutput$ = [3, n0, _LRJSO,
    0,
    [_RJS, _AP, _NT],
    [() => RestoreJobSummaryList, 0, 0]
];
var ListRestoreTestingPlansInput$ = [3, n0, _LRTPI,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListRestoreTestingPlansOutput$ = [3, n0, _LRTPO,
    0,
    [_RTPe, _NT],
    [() => RestoreTestingPlans, 0], 1
];
var ListRestoreTestingSelectionsInput$ = [3, n0, _LRTSI,
    0,
    [_RTPN, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]], 1
];
var ListRestoreTestingSelectionsOutput$ = [3, n0, _LRTSO,
    0,
    [_RTSe, _NT],
    [() => RestoreTestingSelections, 0], 1
];
var ListScanJobsInput$ = [3, n0, _LSJI,
    0,
    [_BAI, _BBVN, _BCAy, _BCBy, _BMS, _BRPA, _BRA, _BRT, _BSRS, _BSy, _MR, _NT],
    [[0, { [_hQ]: _BAI }], [0, { [_hQ]: _BBVN }], [4, { [_hQ]: _BCAy }], [4, { [_hQ]: _BCBy }], [0, { [_hQ]: _BMS }], [0, { [_hQ]: _BRPA }], [0, { [_hQ]: _BRA }], [0, { [_hQ]: _BRT }], [0, { [_hQ]: _BSRS }], [0, { [_hQ]: _BSy }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListScanJobsOutput$ = [3, n0, _LSJO,
    0,
    [_SJ, _NT],
    [() => ScanJobs, 0], 1
];
var ListScanJobSummariesInput$ = [3, n0, _LSJSI,
    0,
    [_AI, _RT, _MS, _SRS, _S, _AP, _MR, _NT],
    [[0, { [_hQ]: _AI }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _MS }], [0, { [_hQ]: _SRS }], [0, { [_hQ]: _S }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
];
var ListScanJobSummariesOutput$ = [3, n0, _LSJSO,
    0,
    [_SJS, _AP, _NT],
    [() => ScanJobSummaryList, 0, 0]
];
var ListTagsInput$ = [3, n0, _LTI,
    0,
    [_RA, _NT, _MR],
    [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]], 1
];
var ListTagsOutput$ = [3, n0, _LTO,
    0,
    [_NT, _Ta],
    [0, [() => Tags, 0]]
];
var ListTieringConfigurationsInput$ = [3, n0, _LTCI,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListTieringConfigurationsOutput$ = [3, n0, _LTCO,
    0,
    [_TCi, _NT],
    [() => TieringConfigurationsList, 0]
];
var ProtectedResource$ = [3, n0, _PR,
    0,
    [_RA, _RT, _LBT, _RN, _LBVA, _LRPA],
    [0, 0, 4, 0, 0, 0]
];
var ProtectedResourceConditions$ = [3, n0, _PRC,
    0,
    [_SEt, _SNE],
    [() => KeyValueList, () => KeyValueList]
];
var PutBackupVaultAccessPolicyInput$ = [3, n0, _PBVAPI,
    0,
    [_BVN, _P],
    [[0, 1], 0], 1
];
var PutBackupVaultLockConfigurationInput$ = [3, n0, _PBVLCI,
    0,
    [_BVN, _MRD, _MRDa, _CFD],
    [[0, 1], 1, 1, 1], 1
];
var PutBackupVaultNotificationsInput$ = [3, n0, _PBVNI,
    0,
    [_BVN, _SNSTA, _BVE],
    [[0, 1], 0, 64 | 0], 3
];
var PutRestoreValidationResultInput$ = [3, n0, _PRVRI,
    0,
    [_RJIe, _VSa, _VSM],
    [[0, 1], 0, 0], 2
];
var RecoveryPointByBackupVault$ = [3, n0, _RPBBV,
    0,
    [_RPA, _BVN, _BVA, _SBVA, _RA, _RT, _CB, _IRA, _St, _SM, _CD, _ID, _CDo, _BSIB, _CL, _L, _EKA, _IE, _LRT, _PRPA, _CMI, _IP, _RN, _VT, _IS, _ISM, _EKT, _ASR],
    [0, 0, 0, 0, 0, 0, () => RecoveryPointCreator$, 0, 0, 0, 4, 4, 4, 1, () => CalculatedLifecycle$, () => Lifecycle$, 0, 2, 4, 0, 0, 2, 0, 0, 0, 0, 0, () => AggregatedScanResult$]
];
var RecoveryPointByResource$ = [3, n0, _RPBR,
    0,
    [_RPA, _CD, _St, _SM, _EKA, _BSB, _BVN, _IP, _PRPA, _RN, _VT, _IS, _ISM, _EKT, _ASR],
    [0, 4, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, () => AggregatedScanResult$]
];
var RecoveryPointCreator$ = [3, n0, _RPC,
    0,
    [_BPIa, _BPA, _BPN, _BPV, _BRIa, _BRN, _BRC, _BRTa],
    [0, 0, 0, 0, 0, 0, 0, 0]
];
var RecoveryPointMember$ = [3, n0, _RPM,
    0,
    [_RPA, _RA, _RT, _BVN],
    [0, 0, 0, 0]
];
var RecoveryPointSelection$ = [3, n0, _RPS,
    0,
    [_VN, _RIe, _DR],
    [64 | 0, 64 | 0, () => DateRange$]
];
var ReportDeliveryChannel$ = [3, n0, _RDC,
    0,
    [_SBN, _SKP, _Fo],
    [0, 0, 64 | 0], 1
];
var ReportDestination$ = [3, n0, _RD,
    0,
    [_SBN, _SK],
    [0, 64 | 0]
];
var ReportJob$ = [3, n0, _RJ,
    0,
    [_RJI, _RPAe, _RTep, _CTr, _CTo, _St, _SM, _RD],
    [0, 0, 0, 4, 4, 0, 0, () => ReportDestination$]
];
var ReportPlan$ = [3, n0, _RP,
    0,
    [_RPAe, _RPN, _RPD, _RS, _RDC, _DS, _CTr, _LAET, _LSET],
    [0, 0, 0, () => ReportSetting$, () => ReportDeliveryChannel$, 0, 4, 4, 4]
];
var ReportSetting$ = [3, n0, _RS,
    0,
    [_RTep, _FAr, _NOF, _Ac, _OU, _Reg],
    [0, 64 | 0, 1, 64 | 0, 64 | 0, 64 | 0], 1
];
var ResourceSelection$ = [3, n0, _RSe,
    0,
    [_Re, _TDSID, _RT],
    [64 | 0, 1, 0], 3
];
var RestoreAccessBackupVaultListMember$ = [3, n0, _RABVLM,
    0,
    [_RABVA, _CD, _AD, _VS, _LRR],
    [0, 4, 4, 0, () => LatestRevokeRequest$]
];
var RestoreJobCreator$ = [3, n0, _RJC,
    0,
    [_RTPA],
    [0]
];
var RestoreJobsListMember$ = [3, n0, _RJLM,
    0,
    [_AI, _RJIe, _RPA, _SRA, _BVA, _CD, _CDo, _St, _SM, _PD, _BSIB, _IRA, _ECTM, _CRA, _RT, _RPCD, _IP, _PJI, _CB, _VSa, _VSM, _DSe, _DSM],
    [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 1, 0, 1, 0, 0, 4, 2, 0, () => RestoreJobCreator$, 0, 0, 0, 0]
];
var RestoreJobSummary$ = [3, n0, _RJSe,
    0,
    [_R, _AI, _S, _RT, _Cou, _ST, _ET],
    [0, 0, 0, 0, 1, 4, 4]
];
var RestoreTestingPlanForCreate$ = [3, n0, _RTPFC,
    0,
    [_RPS, _RTPN, _SE, _SET, _SWH],
    [() => RestoreTestingRecoveryPointSelection$, 0, 0, 0, 1], 3
];
var RestoreTestingPlanForGet$ = [3, n0, _RTPFG,
    0,
    [_CTr, _RPS, _RTPA, _RTPN, _SE, _CRI, _LET, _LUT, _SET, _SWH],
    [4, () => RestoreTestingRecoveryPointSelection$, 0, 0, 0, 0, 4, 4, 0, 1], 5
];
var RestoreTestingPlanForList$ = [3, n0, _RTPFL,
    0,
    [_CTr, _RTPA, _RTPN, _SE, _LET, _LUT, _SET, _SWH],
    [4, 0, 0, 0, 4, 4, 0, 1], 4
];
var RestoreTestingPlanForUpdate$ = [3, n0, _RTPFU,
    0,
    [_RPS, _SE, _SET, _SWH],
    [() => RestoreTestingRecoveryPointSelection$, 0, 0, 1]
];
var RestoreTestingRecoveryPointSelection$ = [3, n0, _RTRPS,
    0,
    [_Al, _EV, _IV, _RPTec, _SWD],
    [0, 64 | 0, 64 | 0, 64 | 0, 1]
];
var RestoreTestingSelectionForCreate$ = [3, n0, _RTSFC,
    0,
    [_IRA, _PRT, _RTSN, _PRA, _PRC, _RMO, _VWH],
    [0, 0, 0, 64 | 0, () => ProtectedResourceConditions$, [() => SensitiveStringMap, 0], 1], 3
];
var RestoreTestingSelectionForGet$ = [3, n0, _RTSFG,
    0,
    [_CTr, _IRA, _PRT, _RTPN, _RTSN, _CRI, _PRA, _PRC, _RMO, _VWH],
    [4, 0, 0, 0, 0, 0, 64 | 0, () => ProtectedResourceConditions$, [() => SensitiveStringMap, 0], 1], 5
];
var RestoreTestingSelectionForList$ = [3, n0, _RTSFL,
    0,
    [_CTr, _IRA, _PRT, _RTPN, _RTSN, _VWH],
    [4, 0, 0, 0, 0, 1], 5
];
var RestoreTestingSelectionForUpdate$ = [3, n0, _RTSFU,
    0,
    [_IRA, _PRA, _PRC, _RMO, _VWH],
    [0, 64 | 0, () => ProtectedResourceConditions$, [() => SensitiveStringMap, 0], 1]
];
var RevokeRestoreAccessBackupVaultInput$ = [3, n0, _RRABVI,
    0,
    [_BVN, _RABVA, _RC],
    [[0, 1], [0, 1], [() => RequesterComment, { [_hQ]: _rC }]], 2
];
var ScanAction$ = [3, n0, _SAc,
    0,
    [_MS, _SMc],
    [0, 0]
];
var ScanJob$ = [3, n0, _SJc,
    0,
    [_AI, _BVA, _BVN, _CB, _CD, _IRA, _MS, _RPA, _RA, _RN, _RT, _SJI, _SMc, _SRAc, _CDo, _CSET, _CSST, _SBRPA, _SIc, _SRc, _S, _SM],
    [0, 0, 0, () => ScanJobCreator$, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, () => ScanResultInfo$, 0, 0], 14
];
var ScanJobCreator$ = [3, n0, _SJC,
    0,
    [_BPA, _BPIa, _BPV, _BRIa],
    [0, 0, 0, 0], 4
];
var ScanJobSummary$ = [3, n0, _SJSc,
    0,
    [_R, _AI, _S, _RT, _Cou, _ST, _ET, _MS, _SRS],
    [0, 0, 0, 0, 1, 4, 4, 0, 0]
];
var ScanResult$ = [3, n0, _SRc,
    0,
    [_MS, _SJSca, _LST, _F],
    [0, 0, 4, 64 | 0]
];
var ScanResultInfo$ = [3, n0, _SRI,
    0,
    [_SRS],
    [0], 1
];
var ScanSetting$ = [3, n0, _SSc,
    0,
    [_MS, _RTe, _SRAc],
    [0, 64 | 0, 0]
];
var ScheduledPlanExecutionMember$ = [3, n0, _SPEM,
    0,
    [_ETx, _RI, _RET],
    [4, 0, 0]
];
var StartBackupJobInput$ = [3, n0, _SBJI,
    0,
    [_BVN, _RA, _IRA, _LAGBVA, _IT, _SWM, _CWMo, _L, _RPT, _BO, _I],
    [0, 0, 0, 0, [0, 4], 1, 1, () => Lifecycle$, [() => Tags, 0], 128 | 0, 0], 3
];
var StartBackupJobOutput$ = [3, n0, _SBJO,
    0,
    [_BJI, _RPA, _CD, _IP],
    [0, 0, 4, 2]
];
var StartCopyJobInput$ = [3, n0, _SCJI,
    0,
    [_RPA, _SBVN, _DBVA, _IRA, _IT, _L],
    [0, 0, 0, 0, [0, 4], () => Lifecycle$], 4
];
var StartCopyJobOutput$ = [3, n0, _SCJO,
    0,
    [_CJI, _CD, _IP],
    [0, 4, 2]
];
var StartReportJobInput$ = [3, n0, _SRJI,
    0,
    [_RPN, _IT],
    [[0, 1], [0, 4]], 1
];
var StartReportJobOutput$ = [3, n0, _SRJO,
    0,
    [_RJI],
    [0]
];
var StartRestoreJobInput$ = [3, n0, _SRJIt,
    0,
    [_RPA, _Me, _IRA, _IT, _RT, _CSTTRR],
    [0, [() => Metadata, 0], 0, [0, 4], 0, 2], 2
];
var StartRestoreJobOutput$ = [3, n0, _SRJOt,
    0,
    [_RJIe],
    [0]
];
var StartScanJobInput$ = [3, n0, _SSJI,
    0,
    [_BVN, _IRA, _MS, _RPA, _SMc, _SRAc, _CSET, _IT, _SBRPA],
    [0, 0, 0, 0, 0, 0, 4, 0, 0], 6
];
var StartScanJobOutput$ = [3, n0, _SSJO,
    0,
    [_CD, _SJI],
    [4, 0], 2
];
var StopBackupJobInput$ = [3, n0, _SBJIt,
    0,
    [_BJI],
    [[0, 1]], 1
];
var TagResourceInput$ = [3, n0, _TRI,
    0,
    [_RA, _Ta],
    [[0, 1], [() => Tags, 0]], 2
];
var TieringConfiguration$ = [3, n0, _TC,
    0,
    [_TCN, _BVN, _RSe, _TCA, _CRI, _CTr, _LUTa],
    [0, 0, () => ResourceSelections, 0, 0, 4, 4], 3
];
var TieringConfigurationInputForCreate$ = [3, n0, _TCIFC,
    0,
    [_TCN, _BVN, _RSe],
    [0, 0, () => ResourceSelections], 3
];
var TieringConfigurationInputForUpdate$ = [3, n0, _TCIFU,
    0,
    [_RSe, _BVN],
    [() => ResourceSelections, 0], 2
];
var TieringConfigurationsListMember$ = [3, n0, _TCLM,
    0,
    [_TCA, _TCN, _BVN, _CTr, _LUTa],
    [0, 0, 0, 4, 4]
];
var UntagResourceInput$ = [3, n0, _URI,
    0,
    [_RA, _TKL],
    [[0, 1], [() => TagKeyList, 0]], 2
];
var UpdateBackupPlanInput$ = [3, n0, _UBPI,
    0,
    [_BPIa, _BP],
    [[0, 1], [() => BackupPlanInput$, 0]], 2
];
var UpdateBackupPlanOutput$ = [3, n0, _UBPO,
    0,
    [_BPIa, _BPA, _CD, _VI, _ABSd, _SS],
    [0, 0, 4, 0, () => AdvancedBackupSettings, () => ScanSettings]
];
var UpdateFrameworkInput$ = [3, n0, _UFI,
    0,
    [_FN, _FD, _FC, _IT],
    [[0, 1], 0, () => FrameworkControls, [0, 4]], 1
];
var UpdateFrameworkOutput$ = [3, n0, _UFO,
    0,
    [_FN, _FA, _CTr],
    [0, 0, 4]
];
var UpdateGlobalSettingsInput$ = [3, n0, _UGSI,
    0,
    [_GS],
    [128 | 0]
];
var UpdateRecoveryPointIndexSettingsInput$ = [3, n0, _URPISI,
    0,
    [_BVN, _RPA, _I, _IRA],
    [[0, 1], [0, 1], 0, 0], 3
];
var UpdateRecoveryPointIndexSettingsOutput$ = [3, n0, _URPISO,
    0,
    [_BVN, _RPA, _IS, _I],
    [0, 0, 0, 0]
];
var UpdateRecoveryPointLifecycleInput$ = [3, n0, _URPLI,
    0,
    [_BVN, _RPA, _L],
    [[0, 1], [0, 1], () => Lifecycle$], 2
];
var UpdateRecoveryPointLifecycleOutput$ = [3, n0, _URPLO,
    0,
    [_BVA, _RPA, _L, _CL],
    [0, 0, () => Lifecycle$, () => CalculatedLifecycle$]
];
var UpdateRegionSettingsInput$ = [3, n0, _URSI,
    0,
    [_RTOIP, _RTMP],
    [128 | 2, 128 | 2]
];
var UpdateReportPlanInput$ = [3, n0, _URPI,
    0,
    [_RPN, _RPD, _RDC, _RS, _IT],
    [[0, 1], 0, () => ReportDeliveryChannel$, () => ReportSetting$, [0, 4]], 1
];
var UpdateReportPlanOutput$ = [3, n0, _URPO,
    0,
    [_RPN, _RPAe, _CTr],
    [0, 0, 4]
];
var UpdateRestoreTestingPlanInput$ = [3, n0, _URTPI,
    0,
    [_RTP, _RTPN],
    [() => RestoreTestingPlanForUpdate$, [0, 1]], 2
];
var UpdateRestoreTestingPlanOutput$ = [3, n0, _URTPO,
    0,
    [_CTr, _RTPA, _RTPN, _UT],
    [4, 0, 0, 4], 4
];
var UpdateRestoreTestingSelectionInput$ = [3, n0, _URTSI,
    0,
    [_RTPN, _RTS, _RTSN],
    [[0, 1], [() => RestoreTestingSelectionForUpdate$, 0], [0, 1]], 3
];
var UpdateRestoreTestingSelectionOutput$ = [3, n0, _URTSO,
    0,
    [_CTr, _RTPA, _RTPN, _RTSN, _UT],
    [4, 0, 0, 0, 4], 5
];
var UpdateTieringConfigurationInput$ = [3, n0, _UTCI,
    0,
    [_TCN, _TC],
    [[0, 1], () => TieringConfigurationInputForUpdate$], 2
];
var UpdateTieringConfigurationOutput$ = [3, n0, _UTCO,
    0,
    [_TCA, _TCN, _CTr, _LUTa],
    [0, 0, 4, 4]
];
var __Unit = "unit";
var AdvancedBackupSettings = [1, n0, _ABSd,
    0, () => AdvancedBackupSetting$
];
var BackupJobsList = [1, n0, _BJL,
    0, () => BackupJob$
];
var BackupJobSummaryList = [1, n0, _BJSL,
    0, () => BackupJobSummary$
];
var BackupPlansList = [1, n0, _BPL,
    0, () => BackupPlansListMember$
];
var BackupPlanTemplatesList = [1, n0, _BPTL,
    0, () => BackupPlanTemplatesListMember$
];
var BackupPlanVersionsList = [1, n0, _BPVL,
    0, () => BackupPlansListMember$
];
var BackupRules = [1, n0, _BRa,
    0, [() => BackupRule$,
        0]
];
var BackupRulesInput = [1, n0, _BRIac,
    0, [() => BackupRuleInput$,
        0]
];
var BackupSelectionsList = [1, n0, _BSL,
    0, () => BackupSelectionsListMember$
];
var BackupVaultList = [1, n0, _BVL,
    0, () => BackupVaultListMember$
];
var ConditionParameters = [1, n0, _CPo,
    0, () => ConditionParameter$
];
var ControlInputParameters = [1, n0, _CIPo,
    0, () => ControlInputParameter$
];
var CopyActions = [1, n0, _CA,
    0, () => CopyAction$
];
var CopyJobsList = [1, n0, _CJL,
    0, () => CopyJob$
];
var CopyJobSummaryList = [1, n0, _CJSL,
    0, () => CopyJobSummary$
];
var FrameworkControls = [1, n0, _FC,
    0, () => FrameworkControl$
];
var FrameworkList = [1, n0, _FL,
    0, () => Framework$
];
var IndexActions = [1, n0, _IA,
    0, () => IndexAction$
];
var IndexedRecoveryPointList = [1, n0, _IRPL,
    0, () => IndexedRecoveryPoint$
];
var KeyValueList = [1, n0, _KVL,
    0, () => KeyValue$
];
var LegalHoldsList = [1, n0, _LHL,
    0, () => LegalHold$
];
var ListOfTags = [1, n0, _LOT,
    0, () => Condition$
];
var ProtectedResourcesList = [1, n0, _PRL,
    0, () => ProtectedResource$
];
var RecoveryPointByBackupVaultList = [1, n0, _RPBBVL,
    0, () => RecoveryPointByBackupVault$
];
var RecoveryPointByResourceList = [1, n0, _RPBRL,
    0, () => RecoveryPointByResource$
];
var RecoveryPointsList = [1, n0, _RPLe,
    0, () => RecoveryPointMember$
];
var ReportJobList = [1, n0, _RJL,
    0, () => ReportJob$
];
var ReportPlanList = [1, n0, _RPLep,
    0, () => ReportPlan$
];
var ResourceSelections = [1, n0, _RSes,
    0, () => ResourceSelection$
];
var RestoreAccessBackupVaultList = [1, n0, _RABVL,
    0, () => RestoreAccessBackupVaultListMember$
];
var RestoreJobsList = [1, n0, _RJLe,
    0, () => RestoreJobsListMember$
];
var RestoreJobSummaryList = [1, n0, _RJSL,
    0, () => RestoreJobSummary$
];
var RestoreTestingPlans = [1, n0, _RTPe,
    0, () => RestoreTestingPlanForList$
];
var RestoreTestingSelections = [1, n0, _RTSe,
    0, () => RestoreTestingSelectionForList$
];
var ScanActions = [1, n0, _SA,
    0, () => ScanAction$
];
var ScanJobs = [1, n0, _SJ,
    0, () => ScanJob$
];
var ScanJobSummaryList = [1, n0, _SJSL,
    0, () => ScanJobSummary$
];
var ScanResults = [1, n0, _SR,
    0, () => ScanResult$
];
var ScanSettings = [1, n0, _SS,
    0, () => ScanSetting$
];
var ScheduledRunsPreview = [1, n0, _SRP,
    0, () => ScheduledPlanExecutionMember$
];
var TagKeyList = [1, n0, _TKL,
    8, 0
];
var TieringConfigurationsList = [1, n0, _TCL,
    0, () => TieringConfigurationsListMember$
];
var Metadata = [2, n0, _Me,
    8, 0, 0
];
var SensitiveStringMap = [2, n0, _SSM,
    8, 0, 0
];
var Tags = [2, n0, _Ta,
    8, 0, 0
];
var AssociateBackupVaultMpaApprovalTeam$ = [9, n0, _ABVMAT,
    { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/mpaApprovalTeam", 204] }, () => AssociateBackupVaultMpaApprovalTeamInput$, () => __Unit
];
var CancelLegalHold$ = [9, n0, _CLH,
    { [_h]: ["DELETE", "/legal-holds/{LegalHoldId}", 201] }, () => CancelLegalHoldInput$, () => CancelLegalHoldOutput$
];
var CreateBackupPlan$ = [9, n0, _CBP,
    { [_h]: ["PUT", "/backup/plans", 200] }, () => CreateBackupPlanInput$, () => CreateBackupPlanOutput$
];
var CreateBackupSelection$ = [9, n0, _CBS,
    { [_h]: ["PUT", "/backup/plans/{BackupPlanId}/selections", 200] }, () => CreateBackupSelectionInput$, () => CreateBackupSelectionOutput$
];
var CreateBackupVault$ = [9, n0, _CBV,
    { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}", 200] }, () => CreateBackupVaultInput$, () => CreateBackupVaultOutput$
];
var CreateFramework$ = [9, n0, _CF,
    { [_h]: ["POST", "/audit/frameworks", 200] }, () => CreateFrameworkInput$, () => CreateFrameworkOutput$
];
var CreateLegalHold$ = [9, n0, _CLHr,
    { [_h]: ["POST", "/legal-holds", 200] }, () => CreateLegalHoldInput$, () => CreateLegalHoldOutput$
];
var CreateLogicallyAirGappedBackupVault$ = [9, n0, _CLAGBV,
    { [_h]: ["PUT", "/logically-air-gapped-backup-vaults/{BackupVaultName}", 200] }, () => CreateLogicallyAirGappedBackupVaultInput$, () => CreateLogicallyAirGappedBackupVaultOutput$
];
var CreateReportPlan$ = [9, n0, _CRP,
    { [_h]: ["POST", "/audit/report-plans", 200] }, () => CreateReportPlanInput$, () => CreateReportPlanOutput$
];
var CreateRestoreAccessBackupVault$ = [9, n0, _CRABV,
    { [_h]: ["PUT", "/restore-access-backup-vaults", 200] }, () => CreateRestoreAccessBackupVaultInput$, () => CreateRestoreAccessBackupVaultOutput$
];
var CreateRestoreTestingPlan$ = [9, n0, _CRTP,
    { [_h]: ["PUT", "/restore-testing/plans", 201] }, () => CreateRestoreTestingPlanInput$, () => CreateRestoreTestingPlanOutput$
];
var CreateRestoreTestingSelection$ = [9, n0, _CRTS,
    { [_h]: ["PUT", "/restore-testing/plans/{RestoreTestingPlanName}/selections", 201] }, () => CreateRestoreTestingSelectionInput$, () => CreateRestoreTestingSelectionOutput$
];
var CreateTieringConfiguration$ = [9, n0, _CTC,
    { [_h]: ["PUT", "/tiering-configurations", 200] }, () => CreateTieringConfigurationInput$, () => CreateTieringConfigurationOutput$
];
var DeleteBackupPlan$ = [9, n0, _DBP,
    { [_h]: ["DELETE", "/backup/plans/{BackupPlanId}", 200] }, () => DeleteBackupPlanInput$, () => DeleteBackupPlanOutput$
];
var DeleteBackupSelection$ = [9, n0, _DBS,
    { [_h]: ["DELETE", "/backup/plans/{BackupPlanId}/selections/{SelectionId}", 200] }, () => DeleteBackupSelectionInput$, () => __Unit
];
var DeleteBackupVault$ = [9, n0, _DBV,
    { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}", 200] }, () => DeleteBackupVaultInput$, () => __Unit
];
var DeleteBackupVaultAccessPolicy$ = [9, n0, _DBVAP,
    { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/access-policy", 200] }, () => DeleteBackupVaultAccessPolicyInput$, () => __Unit
];
var DeleteBackupVaultLockConfiguration$ = [9, n0, _DBVLC,
    { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/vault-lock", 200] }, () => DeleteBackupVaultLockConfigurationInput$, () => __Unit
];
var DeleteBackupVaultNotifications$ = [9, n0, _DBVN,
    { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/notification-configuration", 200] }, () => DeleteBackupVaultNotificationsInput$, () => __Unit
];
var DeleteFramework$ = [9, n0, _DF,
    { [_h]: ["DELETE", "/audit/frameworks/{FrameworkName}", 200] }, () => DeleteFrameworkInput$, () => __Unit
];
var DeleteRecoveryPoint$ = [9, n0, _DRP,
    { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}", 200] }, () => DeleteRecoveryPointInput$, () => __Unit
];
var DeleteReportPlan$ = [9, n0, _DRPe,
    { [_h]: ["DELETE", "/audit/report-plans/{ReportPlanName}", 200] }, () => DeleteReportPlanInput$, () => __Unit
];
var DeleteRestoreTestingPlan$ = [9, n0, _DRTP,
    { [_h]: ["DELETE", "/restore-testing/plans/{RestoreTestingPlanName}", 204] }, () => DeleteRestoreTestingPlanInput$, () => __Unit
];
var DeleteRestoreTestingSelection$ = [9, n0, _DRTS,
    { [_h]: ["DELETE", "/restore-testing/plans/{RestoreTestingPlanName}/selections/{RestoreTestingSelectionName}", 204] }, () => DeleteRestoreTestingSelectionInput$, () => __Unit
];
var DeleteTieringConfiguration$ = [9, n0, _DTC,
    { [_h]: ["DELETE", "/tiering-configurations/{TieringConfigurationName}", 200] }, () => DeleteTieringConfigurationInput$, () => DeleteTieringConfigurationOutput$
];
var DescribeBackupJob$ = [9, n0, _DBJ,
    { [_h]: ["GET", "/backup-jobs/{BackupJobId}", 200] }, () => DescribeBackupJobInput$, () => DescribeBackupJobOutput$
];
var DescribeBackupVault$ = [9, n0, _DBVe,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}", 200] }, () => DescribeBackupVaultInput$, () => DescribeBackupVaultOutput$
];
var DescribeCopyJob$ = [9, n0, _DCJ,
    { [_h]: ["GET", "/copy-jobs/{CopyJobId}", 200] }, () => DescribeCopyJobInput$, () => DescribeCopyJobOutput$
];
var DescribeFramework$ = [9, n0, _DFe,
    { [_h]: ["GET", "/audit/frameworks/{FrameworkName}", 200] }, () => DescribeFrameworkInput$, () => DescribeFrameworkOutput$
];
var DescribeGlobalSettings$ = [9, n0, _DGS,
    { [_h]: ["GET", "/global-settings", 200] }, () => DescribeGlobalSettingsInput$, () => DescribeGlobalSettingsOutput$
];
var DescribeProtectedResource$ = [9, n0, _DPR,
    { [_h]: ["GET", "/resources/{ResourceArn}", 200] }, () => DescribeProtectedResourceInput$, () => DescribeProtectedResourceOutput$
];
var DescribeRecoveryPoint$ = [9, n0, _DRPes,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}", 200] }, () => DescribeRecoveryPointInput$, () => DescribeRecoveryPointOutput$
];
var DescribeRegionSettings$ = [9, n0, _DRS,
    { [_h]: ["GET", "/account-settings", 200] }, () => DescribeRegionSettingsInput$, () => DescribeRegionSettingsOutput$
];
var DescribeReportJob$ = [9, n0, _DRJ,
    { [_h]: ["GET", "/audit/report-jobs/{ReportJobId}", 200] }, () => DescribeReportJobInput$, () => DescribeReportJobOutput$
];
var DescribeReportPlan$ = [9, n0, _DRPesc,
    { [_h]: ["GET", "/audit/report-plans/{ReportPlanName}", 200] }, () => DescribeReportPlanInput$, () => DescribeReportPlanOutput$
];
var DescribeRestoreJob$ = [9, n0, _DRJe,
    { [_h]: ["GET", "/restore-jobs/{RestoreJobId}", 200] }, () => DescribeRestoreJobInput$, () => DescribeRestoreJobOutput$
];
var DescribeScanJob$ = [9, n0, _DSJ,
    { [_h]: ["GET", "/scan/jobs/{ScanJobId}", 200] }, () => DescribeScanJobInput$, () => DescribeScanJobOutput$
];
var DisassociateBackupVaultMpaApprovalTeam$ = [9, n0, _DBVMAT,
    { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/mpaApprovalTeam?delete", 204] }, () => DisassociateBackupVaultMpaApprovalTeamInput$, () => __Unit
];
var DisassociateRecoveryPoint$ = [9, n0, _DRPi,
    { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/disassociate", 200] }, () => DisassociateRecoveryPointInput$, () => __Unit
];
var DisassociateRecoveryPointFromParent$ = [9, n0, _DRPFP,
    { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/parentAssociation", 204] }, () => DisassociateRecoveryPointFromParentInput$, () => __Unit
];
var ExportBackupPlanTemplate$ = [9, n0, _EBPT,
    { [_h]: ["GET", "/backup/plans/{BackupPlanId}/toTemplate", 200] }, () => ExportBackupPlanTemplateInput$, () => ExportBackupPlanTemplateOutput$
];
var GetBackupPlan$ = [9, n0, _GBP,
    { [_h]: ["GET", "/backup/plans/{BackupPlanId}", 200] }, () => GetBackupPlanInput$, () => GetBackupPlanOutput$
];
var GetBackupPlanFromJSON$ = [9, n0, _GBPFJSON,
    { [_h]: ["POST", "/backup/template/json/toPlan", 200] }, () => GetBackupPlanFromJSONInput$, () => GetBackupPlanFromJSONOutput$
];
var GetBackupPlanFromTemplate$ = [9, n0, _GBPFT,
    { [_h]: ["GET", "/backup/template/plans/{BackupPlanTemplateId}/toPlan", 200] }, () => GetBackupPlanFromTemplateInput$, () => GetBackupPlanFromTemplateOutput$
];
var GetBackupSelection$ = [9, n0, _GBS,
    { [_h]: ["GET", "/backup/plans/{BackupPlanId}/selections/{SelectionId}", 200] }, () => GetBackupSelectionInput$, () => GetBackupSelectionOutput$
];
var GetBackupVaultAccessPolicy$ = [9, n0, _GBVAP,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/access-policy", 200] }, () => GetBackupVaultAccessPolicyInput$, () => GetBackupVaultAccessPolicyOutput$
];
var GetBackupVaultNotifications$ = [9, n0, _GBVN,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/notification-configuration", 200] }, () => GetBackupVaultNotificationsInput$, () => GetBackupVaultNotificationsOutput$
];
var GetLegalHold$ = [9, n0, _GLH,
    { [_h]: ["GET", "/legal-holds/{LegalHoldId}", 200] }, () => GetLegalHoldInput$, () => GetLegalHoldOutput$
];
var GetPITRMalwareScanResults$ = [9, n0, _GPITRMSR,
    { [_h]: ["GET", "/scan/pitr-malware-scan-results", 200] }, () => GetPITRMalwareScanResultsInput$, () => GetPITRMalwareScanResultsOutput$
];
var GetRecoveryPointIndexDetails$ = [9, n0, _GRPID,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/index", 200] }, () => GetRecoveryPointIndexDetailsInput$, () => GetRecoveryPointIndexDetailsOutput$
];
var GetRecoveryPointRestoreMetadata$ = [9, n0, _GRPRM,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/restore-metadata", 200] }, () => GetRecoveryPointRestoreMetadataInput$, () => GetRecoveryPointRestoreMetadataOutput$
];
var GetRestoreJobMetadata$ = [9, n0, _GRJM,
    { [_h]: ["GET", "/restore-jobs/{RestoreJobId}/metadata", 200] }, () => GetRestoreJobMetadataInput$, () => GetRestoreJobMetadataOutput$
];
var GetRestoreTestingInferredMetadata$ = [9, n0, _GRTIM,
    { [_h]: ["GET", "/restore-testing/inferred-metadata", 200] }, () => GetRestoreTestingInferredMetadataInput$, () => GetRestoreTestingInferredMetadataOutput$
];
var GetRestoreTestingPlan$ = [9, n0, _GRTP,
    { [_h]: ["GET", "/restore-testing/plans/{RestoreTestingPlanName}", 200] }, () => GetRestoreTestingPlanInput$, () => GetRestoreTestingPlanOutput$
];
var GetRestoreTestingSelection$ = [9, n0, _GRTS,
    { [_h]: ["GET", "/restore-testing/plans/{RestoreTestingPlanName}/selections/{RestoreTestingSelectionName}", 200] }, () => GetRestoreTestingSelectionInput$, () => GetRestoreTestingSelectionOutput$
];
var GetSupportedResourceTypes$ = [9, n0, _GSRT,
    { [_h]: ["GET", "/supported-resource-types", 200] }, () => __Unit, () => GetSupportedResourceTypesOutput$
];
var GetTieringConfiguration$ = [9, n0, _GTC,
    { [_h]: ["GET", "/tiering-configurations/{TieringConfigurationName}", 200] }, () => GetTieringConfigurationInput$, () => GetTieringConfigurationOutput$
];
var ListBackupJobs$ = [9, n0, _LBJ,
    { [_h]: ["GET", "/backup-jobs", 200] }, () => ListBackupJobsInput$, () => ListBackupJobsOutput$
];
var ListBackupJobSummaries$ = [9, n0, _LBJS,
    { [_h]: ["GET", "/audit/backup-job-summaries", 200] }, () => ListBackupJobSummariesInput$, () => ListBackupJobSummariesOutput$
];
var ListBackupPlans$ = [9, n0, _LBP,
    { [_h]: ["GET", "/backup/plans", 200] }, () => ListBackupPlansInput$, () => ListBackupPlansOutput$
];
var ListBackupPlanTemplates$ = [9, n0, _LBPT,
    { [_h]: ["GET", "/backup/template/plans", 200] }, () => ListBackupPlanTemplatesInput$, () => ListBackupPlanTemplatesOutput$
];
var ListBackupPlanVersions$ = [9, n0, _LBPV,
    { [_h]: ["GET", "/backup/plans/{BackupPlanId}/versions", 200] }, () => ListBackupPlanVersionsInput$, () => ListBackupPlanVersionsOutput$
];
var ListBackupSelections$ = [9, n0, _LBS,
    { [_h]: ["GET", "/backup/plans/{BackupPlanId}/selections", 200] }, () => ListBackupSelectionsInput$, () => ListBackupSelectionsOutput$
];
var ListBackupVaults$ = [9, n0, _LBV,
    { [_h]: ["GET", "/backup-vaults", 200] }, () => ListBackupVaultsInput$, () => ListBackupVaultsOutput$
];
var ListCopyJobs$ = [9, n0, _LCJ,
    { [_h]: ["GET", "/copy-jobs", 200] }, () => ListCopyJobsInput$, () => ListCopyJobsOutput$
];
var ListCopyJobSummaries$ = [9, n0, _LCJS,
    { [_h]: ["GET", "/audit/copy-job-summaries", 200] }, () => ListCopyJobSummariesInput$, () => ListCopyJobSummariesOutput$
];
var ListFrameworks$ = [9, n0, _LF,
    { [_h]: ["GET", "/audit/frameworks", 200] }, () => ListFrameworksInput$, () => ListFrameworksOutput$
];
var ListIndexedRecoveryPoints$ = [9, n0, _LIRP,
    { [_h]: ["GET", "/indexes/recovery-point", 200] }, () => ListIndexedRecoveryPointsInput$, () => ListIndexedRecoveryPointsOutput$
];
var ListLegalHolds$ = [9, n0, _LLH,
    { [_h]: ["GET", "/legal-holds", 200] }, () => ListLegalHoldsInput$, () => ListLegalHoldsOutput$
];
var ListProtectedResources$ = [9, n0, _LPR,
    { [_h]: ["GET", "/resources", 200] }, () => ListProtectedResourcesInput$, () => ListProtectedResourcesOutput$
];
var ListProtectedResourcesByBackupVault$ = [9, n0, _LPRBBV,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/resources", 200] }, () => ListProtectedResourcesByBackupVaultInput$, () => ListProtectedResourcesByBackupVaultOutput$
];
var ListRecoveryPointsByBackupVault$ = [9, n0, _LRPBBV,
    { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points", 200] }, () => ListRecoveryPointsByBackupVaultInput$, () => ListRecoveryPointsByBackupVaultOutput$
];
var ListRecoveryPointsByLegalHold$ = [9, n0, _LRPBLH,
    { [_h]: ["GET", "/legal-holds/{LegalHoldId}/recovery-points", 200] }, () => ListRecoveryPointsByLegalHoldInput$, () => ListRecoveryPointsByLegalHoldOutput$
];
var ListRecoveryPointsByResource$ = [9, n0, _LRPBR,
    { [_h]: ["GET", "/resources/{ResourceArn}/recovery-points", 200] }, () => ListRecoveryPointsByResourceInput$, () => ListRecoveryPointsByResourceOutput$
];
var ListReportJobs$ = [9, n0, _LRJ,
    { [_h]: ["GET", "/audit/report-jobs", 200] }, () => ListReportJobsInput$, () => ListReportJobsOutput$
];
var ListReportPlans$ = [9, n0, _LRP,
    { [_h]: ["GET", "/audit/report-plans", 200] }, () => ListReportPlansInput$, () => ListReportPlansOutput$
];
var ListRestoreAccessBackupVaults$ = [9, n0, _LRABV,
    { [_h]: ["GET", "/logically-air-gapped-backup-vaults/{BackupVaultName}/restore-access-backup-vaults", 200] }, () => ListRestoreAccessBackupVaultsInput$, () => ListRestoreAccessBackupVaultsOutput$
];
var ListRestoreJobs$ = [9, n0, _LRJi,
    { [_h]: ["GET", "/restore-jobs", 200] }, () => ListRestoreJobsInput$, () => ListRestoreJobsOutput$
];
var ListRestoreJobsByProtectedResource$ = [9, n0, _LRJBPR,
    { [_h]: ["GET", "/resources/{ResourceArn}/restore-jobs", 200] }, () => ListRestoreJobsByProtectedResourceInput$, () => ListRestoreJobsByProtectedResourceOutput$
];
var ListRestoreJobSummaries$ = [9, n0, _LRJS,
    { [_h]: ["GET", "/audit/restore-job-summaries", 200] }, () => ListRestoreJobSummariesInput$, () => ListRestoreJobSummariesOutput$
];
var ListRestoreTestingPlans$ = [9, n0, _LRTP,
    { [_h]: ["GET", "/restore-testing/plans", 200] }, () => ListRestoreTestingPlansInput$, () => ListRestoreTestingPlansOutput$
];
var ListRestoreTestingSelections$ = [9, n0, _LRTS,
    { [_h]: ["GET", "/restore-testing/plans/{RestoreTestingPlanName}/selections", 200] }, () => ListRestoreTestingSelectionsInput$, () => ListRestoreTestingSelectionsOutput$
];
var ListScanJobs$ = [9, n0, _LSJ,
    { [_h]: ["GET", "/scan/jobs", 200] }, () => ListScanJobsInput$, () => ListScanJobsOutput$
];
var ListScanJobSummaries$ = [9, n0, _LSJS,
    { [_h]: ["GET", "/audit/scan-job-summaries", 200] }, () => ListScanJobSummariesInput$, () => ListScanJobSummariesOutput$
];
var ListTags$ = [9, n0, _LT,
    { [_h]: ["GET", "/tags/{ResourceArn}", 200] }, () => ListTagsInput$, () => ListTagsOutput$
];
var ListTieringConfigurations$ = [9, n0, _LTC,
    { [_h]: ["GET", "/tiering-configurations", 200] }, () => ListTieringConfigurationsInput$, () => ListTieringConfigurationsOutput$
];
var PutBackupVaultAccessPolicy$ = [9, n0, _PBVAP,
    { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/access-policy", 200] }, () => PutBackupVaultAccessPolicyInput$, () => __Unit
];
var PutBackupVaultLockConfiguration$ = [9, n0, _PBVLC,
    { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/vault-lock", 200] }, () => PutBackupVaultLockConfigurationInput$, () => __Unit
];
var PutBackupVaultNotifications$ = [9, n0, _PBVN,
    { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/notification-configuration", 200] }, () => PutBackupVaultNotificationsInput$, () => __Unit
];
var PutRestoreValidationResult$ = [9, n0, _PRVR,
    { [_h]: ["PUT", "/restore-jobs/{RestoreJobId}/validations", 204] }, () => PutRestoreValidationResultInput$, () => __Unit
];
var RevokeRestoreAccessBackupVault$ = [9, n0, _RRABV,
    { [_h]: ["DELETE", "/logically-air-gapped-backup-vaults/{BackupVaultName}/restore-access-backup-vaults/{RestoreAccessBackupVaultArn}", 200] }, () => RevokeRestoreAccessBackupVaultInput$, () => __Unit
];
var StartBackupJob$ = [9, n0, _SBJ,
    { [_h]: ["PUT", "/backup-jobs", 200] }, () => StartBackupJobInput$, () => StartBackupJobOutput$
];
var StartCopyJob$ = [9, n0, _SCJ,
    { [_h]: ["PUT", "/copy-jobs", 200] }, () => StartCopyJobInput$, () => StartCopyJobOutput$
];
var StartReportJob$ = [9, n0, _SRJ,
    { [_h]: ["POST", "/audit/report-jobs/{ReportPlanName}", 200] }, () => StartReportJobInput$, () => StartReportJobOutput$
];
var StartRestoreJob$ = [9, n0, _SRJt,
    { [_h]: ["PUT", "/restore-jobs", 200] }, () => StartRestoreJobInput$, () => StartRestoreJobOutput$
];
var StartScanJob$ = [9, n0, _SSJ,
    { [_h]: ["PUT", "/scan/job", 201] }, () => StartScanJobInput$, () => StartScanJobOutput$
];
var StopBackupJob$ = [9, n0, _SBJt,
    { [_h]: ["POST", "/backup-jobs/{BackupJobId}", 200] }, () => StopBackupJobInput$, () => __Unit
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{ResourceArn}", 200] }, () => TagResourceInput$, () => __Unit
];
var UntagResource$ = [9, n0, _UR,
    { [_h]: ["POST", "/untag/{ResourceArn}", 200] }, () => UntagResourceInput$, () => __Unit
];
var UpdateBackupPlan$ = [9, n0, _UBP,
    { [_h]: ["POST", "/backup/plans/{BackupPlanId}", 200] }, () => UpdateBackupPlanInput$, () => UpdateBackupPlanOutput$
];
var UpdateFramework$ = [9, n0, _UF,
    { [_h]: ["PUT", "/audit/frameworks/{FrameworkName}", 200] }, () => UpdateFrameworkInput$, () => UpdateFrameworkOutput$
];
var UpdateGlobalSettings$ = [9, n0, _UGS,
    { [_h]: ["PUT", "/global-settings", 200] }, () => UpdateGlobalSettingsInput$, () => __Unit
];
var UpdateRecoveryPointIndexSettings$ = [9, n0, _URPIS,
    { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/index", 200] }, () => UpdateRecoveryPointIndexSettingsInput$, () => UpdateRecoveryPointIndexSettingsOutput$
];
var UpdateRecoveryPointLifecycle$ = [9, n0, _URPL,
    { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}", 200] }, () => UpdateRecoveryPointLifecycleInput$, () => UpdateRecoveryPointLifecycleOutput$
];
var UpdateRegionSettings$ = [9, n0, _URS,
    { [_h]: ["PUT", "/account-settings", 200] }, () => UpdateRegionSettingsInput$, () => __Unit
];
var UpdateReportPlan$ = [9, n0, _URP,
    { [_h]: ["PUT", "/audit/report-plans/{ReportPlanName}", 200] }, () => UpdateReportPlanInput$, () => UpdateReportPlanOutput$
];
var UpdateRestoreTestingPlan$ = [9, n0, _URTP,
    { [_h]: ["PUT", "/restore-testing/plans/{RestoreTestingPlanName}", 200] }, () => UpdateRestoreTestingPlanInput$, () => UpdateRestoreTestingPlanOutput$
];
var UpdateRestoreTestingSelection$ = [9, n0, _URTS,
    { [_h]: ["PUT", "/restore-testing/plans/{RestoreTestingPlanName}/selections/{RestoreTestingSelectionName}", 200] }, () => UpdateRestoreTestingSelectionInput$, () => UpdateRestoreTestingSelectionOutput$
];
var UpdateTieringConfiguration$ = [9, n0, _UTC,
    { [_h]: ["PUT", "/tiering-configurations/{TieringConfigurationName}", 200] }, () => UpdateTieringConfigurationInput$, () => UpdateTieringConfigurationOutput$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2018-11-15",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBackupHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.backup",
            errorTypeRegistries,
            version: "2018-11-15",
            serviceTarget: "CryoControllerUserManager",
        },
        serviceId: config?.serviceId ?? "Backup",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class BackupClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultBackupHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "CryoControllerUserManager", "BackupClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AssociateBackupVaultMpaApprovalTeamCommand extends command(_ep0, _mw0, "AssociateBackupVaultMpaApprovalTeam", AssociateBackupVaultMpaApprovalTeam$) {
}

class CancelLegalHoldCommand extends command(_ep0, _mw0, "CancelLegalHold", CancelLegalHold$) {
}

class CreateBackupPlanCommand extends command(_ep0, _mw0, "CreateBackupPlan", CreateBackupPlan$) {
}

class CreateBackupSelectionCommand extends command(_ep0, _mw0, "CreateBackupSelection", CreateBackupSelection$) {
}

class CreateBackupVaultCommand extends command(_ep0, _mw0, "CreateBackupVault", CreateBackupVault$) {
}

class CreateFrameworkCommand extends command(_ep0, _mw0, "CreateFramework", CreateFramework$) {
}

class CreateLegalHoldCommand extends command(_ep0, _mw0, "CreateLegalHold", CreateLegalHold$) {
}

class CreateLogicallyAirGappedBackupVaultCommand extends command(_ep0, _mw0, "CreateLogicallyAirGappedBackupVault", CreateLogicallyAirGappedBackupVault$) {
}

class CreateReportPlanCommand extends command(_ep0, _mw0, "CreateReportPlan", CreateReportPlan$) {
}

class CreateRestoreAccessBackupVaultCommand extends command(_ep0, _mw0, "CreateRestoreAccessBackupVault", CreateRestoreAccessBackupVault$) {
}

class CreateRestoreTestingPlanCommand extends command(_ep0, _mw0, "CreateRestoreTestingPlan", CreateRestoreTestingPlan$) {
}

class CreateRestoreTestingSelectionCommand extends command(_ep0, _mw0, "CreateRestoreTestingSelection", CreateRestoreTestingSelection$) {
}

class CreateTieringConfigurationCommand extends command(_ep0, _mw0, "CreateTieringConfiguration", CreateTieringConfiguration$) {
}

class DeleteBackupPlanCommand extends command(_ep0, _mw0, "DeleteBackupPlan", DeleteBackupPlan$) {
}

class DeleteBackupSelectionCommand extends command(_ep0, _mw0, "DeleteBackupSelection", DeleteBackupSelection$) {
}

class DeleteBackupVaultAccessPolicyCommand extends command(_ep0, _mw0, "DeleteBackupVaultAccessPolicy", DeleteBackupVaultAccessPolicy$) {
}

class DeleteBackupVaultCommand extends command(_ep0, _mw0, "DeleteBackupVault", DeleteBackupVault$) {
}

class DeleteBackupVaultLockConfigurationCommand extends command(_ep0, _mw0, "DeleteBackupVaultLockConfiguration", DeleteBackupVaultLockConfiguration$) {
}

class DeleteBackupVaultNotificationsCommand extends command(_ep0, _mw0, "DeleteBackupVaultNotifications", DeleteBackupVaultNotifications$) {
}

class DeleteFrameworkCommand extends command(_ep0, _mw0, "DeleteFramework", DeleteFramework$) {
}

class DeleteRecoveryPointCommand extends command(_ep0, _mw0, "DeleteRecoveryPoint", DeleteRecoveryPoint$) {
}

class DeleteReportPlanCommand extends command(_ep0, _mw0, "DeleteReportPlan", DeleteReportPlan$) {
}

class DeleteRestoreTestingPlanCommand extends command(_ep0, _mw0, "DeleteRestoreTestingPlan", DeleteRestoreTestingPlan$) {
}

class DeleteRestoreTestingSelectionCommand extends command(_ep0, _mw0, "DeleteRestoreTestingSelection", DeleteRestoreTestingSelection$) {
}

class DeleteTieringConfigurationCommand extends command(_ep0, _mw0, "DeleteTieringConfiguration", DeleteTieringConfiguration$) {
}

class DescribeBackupJobCommand extends command(_ep0, _mw0, "DescribeBackupJob", DescribeBackupJob$) {
}

class DescribeBackupVaultCommand extends command(_ep0, _mw0, "DescribeBackupVault", DescribeBackupVault$) {
}

class DescribeCopyJobCommand extends command(_ep0, _mw0, "DescribeCopyJob", DescribeCopyJob$) {
}

class DescribeFrameworkCommand extends command(_ep0, _mw0, "DescribeFramework", DescribeFramework$) {
}

class DescribeGlobalSettingsCommand extends command(_ep0, _mw0, "DescribeGlobalSettings", DescribeGlobalSettings$) {
}

class DescribeProtectedResourceCommand extends command(_ep0, _mw0, "DescribeProtectedResource", DescribeProtectedResource$) {
}

class DescribeRecoveryPointCommand extends command(_ep0, _mw0, "DescribeRecoveryPoint", DescribeRecoveryPoint$) {
}

class DescribeRegionSettingsCommand extends command(_ep0, _mw0, "DescribeRegionSettings", DescribeRegionSettings$) {
}

class DescribeReportJobCommand extends command(_ep0, _mw0, "DescribeReportJob", DescribeReportJob$) {
}

class DescribeReportPlanCommand extends command(_ep0, _mw0, "DescribeReportPlan", DescribeReportPlan$) {
}

class DescribeRestoreJobCommand extends command(_ep0, _mw0, "DescribeRestoreJob", DescribeRestoreJob$) {
}

class DescribeScanJobCommand extends command(_ep0, _mw0, "DescribeScanJob", DescribeScanJob$) {
}

class DisassociateBackupVaultMpaApprovalTeamCommand extends command(_ep0, _mw0, "DisassociateBackupVaultMpaApprovalTeam", DisassociateBackupVaultMpaApprovalTeam$) {
}

class DisassociateRecoveryPointCommand extends command(_ep0, _mw0, "DisassociateRecoveryPoint", DisassociateRecoveryPoint$) {
}

class DisassociateRecoveryPointFromParentCommand extends command(_ep0, _mw0, "DisassociateRecoveryPointFromParent", DisassociateRecoveryPointFromParent$) {
}

class ExportBackupPlanTemplateCommand extends command(_ep0, _mw0, "ExportBackupPlanTemplate", ExportBackupPlanTemplate$) {
}

class GetBackupPlanCommand extends command(_ep0, _mw0, "GetBackupPlan", GetBackupPlan$) {
}

class GetBackupPlanFromJSONCommand extends command(_ep0, _mw0, "GetBackupPlanFromJSON", GetBackupPlanFromJSON$) {
}

class GetBackupPlanFromTemplateCommand extends command(_ep0, _mw0, "GetBackupPlanFromTemplate", GetBackupPlanFromTemplate$) {
}

class GetBackupSelectionCommand extends command(_ep0, _mw0, "GetBackupSelection", GetBackupSelection$) {
}

class GetBackupVaultAccessPolicyCommand extends command(_ep0, _mw0, "GetBackupVaultAccessPolicy", GetBackupVaultAccessPolicy$) {
}

class GetBackupVaultNotificationsCommand extends command(_ep0, _mw0, "GetBackupVaultNotifications", GetBackupVaultNotifications$) {
}

class GetLegalHoldCommand extends command(_ep0, _mw0, "GetLegalHold", GetLegalHold$) {
}

class GetPITRMalwareScanResultsCommand extends command(_ep0, _mw0, "GetPITRMalwareScanResults", GetPITRMalwareScanResults$) {
}

class GetRecoveryPointIndexDetailsCommand extends command(_ep0, _mw0, "GetRecoveryPointIndexDetails", GetRecoveryPointIndexDetails$) {
}

class GetRecoveryPointRestoreMetadataCommand extends command(_ep0, _mw0, "GetRecoveryPointRestoreMetadata", GetRecoveryPointRestoreMetadata$) {
}

class GetRestoreJobMetadataCommand extends command(_ep0, _mw0, "GetRestoreJobMetadata", GetRestoreJobMetadata$) {
}

class GetRestoreTestingInferredMetadataCommand extends command(_ep0, _mw0, "GetRestoreTestingInferredMetadata", GetRestoreTestingInferredMetadata$) {
}

class GetRestoreTestingPlanCommand extends command(_ep0, _mw0, "GetRestoreTestingPlan", GetRestoreTestingPlan$) {
}

class GetRestoreTestingSelectionCommand extends command(_ep0, _mw0, "GetRestoreTestingSelection", GetRestoreTestingSelection$) {
}

class GetSupportedResourceTypesCommand extends command(_ep0, _mw0, "GetSupportedResourceTypes", GetSupportedResourceTypes$) {
}

class GetTieringConfigurationCommand extends command(_ep0, _mw0, "GetTieringConfiguration", GetTieringConfiguration$) {
}

class ListBackupJobsCommand extends command(_ep0, _mw0, "ListBackupJobs", ListBackupJobs$) {
}

class ListBackupJobSummariesCommand extends command(_ep0, _mw0, "ListBackupJobSummaries", ListBackupJobSummaries$) {
}

class ListBackupPlansCommand extends command(_ep0, _mw0, "ListBackupPlans", ListBackupPlans$) {
}

class ListBackupPlanTemplatesCommand extends command(_ep0, _mw0, "ListBackupPlanTemplates", ListBackupPlanTemplates$) {
}

class ListBackupPlanVersionsCommand extends command(_ep0, _mw0, "ListBackupPlanVersions", ListBackupPlanVersions$) {
}

class ListBackupSelectionsCommand extends command(_ep0, _mw0, "ListBackupSelections", ListBackupSelections$) {
}

class ListBackupVaultsCommand extends command(_ep0, _mw0, "ListBackupVaults", ListBackupVaults$) {
}

class ListCopyJobsCommand extends command(_ep0, _mw0, "ListCopyJobs", ListCopyJobs$) {
}

class ListCopyJobSummariesCommand extends command(_ep0, _mw0, "ListCopyJobSummaries", ListCopyJobSummaries$) {
}

class ListFrameworksCommand extends command(_ep0, _mw0, "ListFrameworks", ListFrameworks$) {
}

class ListIndexedRecoveryPointsCommand extends command(_ep0, _mw0, "ListIndexedRecoveryPoints", ListIndexedRecoveryPoints$) {
}

class ListLegalHoldsCommand extends command(_ep0, _mw0, "ListLegalHolds", ListLegalHolds$) {
}

class ListProtectedResourcesByBackupVaultCommand extends command(_ep0, _mw0, "ListProtectedResourcesByBackupVault", ListProtectedResourcesByBackupVault$) {
}

class ListProtectedResourcesCommand extends command(_ep0, _mw0, "ListProtectedResources", ListProtectedResources$) {
}

class ListRecoveryPointsByBackupVaultCommand extends command(_ep0, _mw0, "ListRecoveryPointsByBackupVault", ListRecoveryPointsByBackupVault$) {
}

class ListRecoveryPointsByLegalHoldCommand extends command(_ep0, _mw0, "ListRecoveryPointsByLegalHold", ListRecoveryPointsByLegalHold$) {
}

class ListRecoveryPointsByResourceCommand extends command(_ep0, _mw0, "ListRecoveryPointsByResource", ListRecoveryPointsByResource$) {
}

class ListReportJobsCommand extends command(_ep0, _mw0, "ListReportJobs", ListReportJobs$) {
}

class ListReportPlansCommand extends command(_ep0, _mw0, "ListReportPlans", ListReportPlans$) {
}

class ListRestoreAccessBackupVaultsCommand extends command(_ep0, _mw0, "ListRestoreAccessBackupVaults", ListRestoreAccessBackupVaults$) {
}

class ListRestoreJobsByProtectedResourceCommand extends command(_ep0, _mw0, "ListRestoreJobsByProtectedResource", ListRestoreJobsByProtectedResource$) {
}

class ListRestoreJobsCommand extends command(_ep0, _mw0, "ListRestoreJobs", ListRestoreJobs$) {
}

class ListRestoreJobSummariesCommand extends command(_ep0, _mw0, "ListRestoreJobSummaries", ListRestoreJobSummaries$) {
}

class ListRestoreTestingPlansCommand extends command(_ep0, _mw0, "ListRestoreTestingPlans", ListRestoreTestingPlans$) {
}

class ListRestoreTestingSelectionsCommand extends command(_ep0, _mw0, "ListRestoreTestingSelections", ListRestoreTestingSelections$) {
}

class ListScanJobsCommand extends command(_ep0, _mw0, "ListScanJobs", ListScanJobs$) {
}

class ListScanJobSummariesCommand extends command(_ep0, _mw0, "ListScanJobSummaries", ListScanJobSummaries$) {
}

class ListTagsCommand extends command(_ep0, _mw0, "ListTags", ListTags$) {
}

class ListTieringConfigurationsCommand extends command(_ep0, _mw0, "ListTieringConfigurations", ListTieringConfigurations$) {
}

class PutBackupVaultAccessPolicyCommand extends command(_ep0, _mw0, "PutBackupVaultAccessPolicy", PutBackupVaultAccessPolicy$) {
}

class PutBackupVaultLockConfigurationCommand extends command(_ep0, _mw0, "PutBackupVaultLockConfiguration", PutBackupVaultLockConfiguration$) {
}

class PutBackupVaultNotificationsCommand extends command(_ep0, _mw0, "PutBackupVaultNotifications", PutBackupVaultNotifications$) {
}

class PutRestoreValidationResultCommand extends command(_ep0, _mw0, "PutRestoreValidationResult", PutRestoreValidationResult$) {
}

class RevokeRestoreAccessBackupVaultCommand extends command(_ep0, _mw0, "RevokeRestoreAccessBackupVault", RevokeRestoreAccessBackupVault$) {
}

class StartBackupJobCommand extends command(_ep0, _mw0, "StartBackupJob", StartBackupJob$) {
}

class StartCopyJobCommand extends command(_ep0, _mw0, "StartCopyJob", StartCopyJob$) {
}

class StartReportJobCommand extends command(_ep0, _mw0, "StartReportJob", StartReportJob$) {
}

class StartRestoreJobCommand extends command(_ep0, _mw0, "StartRestoreJob", StartRestoreJob$) {
}

class StartScanJobCommand extends command(_ep0, _mw0, "StartScanJob", StartScanJob$) {
}

class StopBackupJobCommand extends command(_ep0, _mw0, "StopBackupJob", StopBackupJob$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateBackupPlanCommand extends command(_ep0, _mw0, "UpdateBackupPlan", UpdateBackupPlan$) {
}

class UpdateFrameworkCommand extends command(_ep0, _mw0, "UpdateFramework", UpdateFramework$) {
}

class UpdateGlobalSettingsCommand extends command(_ep0, _mw0, "UpdateGlobalSettings", UpdateGlobalSettings$) {
}

class UpdateRecoveryPointIndexSettingsCommand extends command(_ep0, _mw0, "UpdateRecoveryPointIndexSettings", UpdateRecoveryPointIndexSettings$) {
}

class UpdateRecoveryPointLifecycleCommand extends command(_ep0, _mw0, "UpdateRecoveryPointLifecycle", UpdateRecoveryPointLifecycle$) {
}

class UpdateRegionSettingsCommand extends command(_ep0, _mw0, "UpdateRegionSettings", UpdateRegionSettings$) {
}

class UpdateReportPlanCommand extends command(_ep0, _mw0, "UpdateReportPlan", UpdateReportPlan$) {
}

class UpdateRestoreTestingPlanCommand extends command(_ep0, _mw0, "UpdateRestoreTestingPlan", UpdateRestoreTestingPlan$) {
}

class UpdateRestoreTestingSelectionCommand extends command(_ep0, _mw0, "UpdateRestoreTestingSelection", UpdateRestoreTestingSelection$) {
}

class UpdateTieringConfigurationCommand extends command(_ep0, _mw0, "UpdateTieringConfiguration", UpdateTieringConfiguration$) {
}

const paginateListBackupJobs = createPaginator(BackupClient, ListBackupJobsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBackupJobSummaries = createPaginator(BackupClient, ListBackupJobSummariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBackupPlans = createPaginator(BackupClient, ListBackupPlansCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBackupPlanTemplates = createPaginator(BackupClient, ListBackupPlanTemplatesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBackupPlanVersions = createPaginator(BackupClient, ListBackupPlanVersionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBackupSelections = createPaginator(BackupClient, ListBackupSelectionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListBackupVaults = createPaginator(BackupClient, ListBackupVaultsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCopyJobs = createPaginator(BackupClient, ListCopyJobsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListCopyJobSummaries = createPaginator(BackupClient, ListCopyJobSummariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListFrameworks = createPaginator(BackupClient, ListFrameworksCommand, "NextToken", "NextToken", "MaxResults");

const paginateListIndexedRecoveryPoints = createPaginator(BackupClient, ListIndexedRecoveryPointsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListLegalHolds = createPaginator(BackupClient, ListLegalHoldsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListProtectedResourcesByBackupVault = createPaginator(BackupClient, ListProtectedResourcesByBackupVaultCommand, "NextToken", "NextToken", "MaxResults");

const paginateListProtectedResources = createPaginator(BackupClient, ListProtectedResourcesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRecoveryPointsByBackupVault = createPaginator(BackupClient, ListRecoveryPointsByBackupVaultCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRecoveryPointsByLegalHold = createPaginator(BackupClient, ListRecoveryPointsByLegalHoldCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRecoveryPointsByResource = createPaginator(BackupClient, ListRecoveryPointsByResourceCommand, "NextToken", "NextToken", "MaxResults");

const paginateListReportJobs = createPaginator(BackupClient, ListReportJobsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListReportPlans = createPaginator(BackupClient, ListReportPlansCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRestoreAccessBackupVaults = createPaginator(BackupClient, ListRestoreAccessBackupVaultsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRestoreJobsByProtectedResource = createPaginator(BackupClient, ListRestoreJobsByProtectedResourceCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRestoreJobs = createPaginator(BackupClient, ListRestoreJobsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRestoreJobSummaries = createPaginator(BackupClient, ListRestoreJobSummariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRestoreTestingPlans = createPaginator(BackupClient, ListRestoreTestingPlansCommand, "NextToken", "NextToken", "MaxResults");

const paginateListRestoreTestingSelections = createPaginator(BackupClient, ListRestoreTestingSelectionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListScanJobs = createPaginator(BackupClient, ListScanJobsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListScanJobSummaries = createPaginator(BackupClient, ListScanJobSummariesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTags = createPaginator(BackupClient, ListTagsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTieringConfigurations = createPaginator(BackupClient, ListTieringConfigurationsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AssociateBackupVaultMpaApprovalTeamCommand,
    CancelLegalHoldCommand,
    CreateBackupPlanCommand,
    CreateBackupSelectionCommand,
    CreateBackupVaultCommand,
    CreateFrameworkCommand,
    CreateLegalHoldCommand,
    CreateLogicallyAirGappedBackupVaultCommand,
    CreateReportPlanCommand,
    CreateRestoreAccessBackupVaultCommand,
    CreateRestoreTestingPlanCommand,
    CreateRestoreTestingSelectionCommand,
    CreateTieringConfigurationCommand,
    DeleteBackupPlanCommand,
    DeleteBackupSelectionCommand,
    DeleteBackupVaultCommand,
    DeleteBackupVaultAccessPolicyCommand,
    DeleteBackupVaultLockConfigurationCommand,
    DeleteBackupVaultNotificationsCommand,
    DeleteFrameworkCommand,
    DeleteRecoveryPointCommand,
    DeleteReportPlanCommand,
    DeleteRestoreTestingPlanCommand,
    DeleteRestoreTestingSelectionCommand,
    DeleteTieringConfigurationCommand,
    DescribeBackupJobCommand,
    DescribeBackupVaultCommand,
    DescribeCopyJobCommand,
    DescribeFrameworkCommand,
    DescribeGlobalSettingsCommand,
    DescribeProtectedResourceCommand,
    DescribeRecoveryPointCommand,
    DescribeRegionSettingsCommand,
    DescribeReportJobCommand,
    DescribeReportPlanCommand,
    DescribeRestoreJobCommand,
    DescribeScanJobCommand,
    DisassociateBackupVaultMpaApprovalTeamCommand,
    DisassociateRecoveryPointCommand,
    DisassociateRecoveryPointFromParentCommand,
    ExportBackupPlanTemplateCommand,
    GetBackupPlanCommand,
    GetBackupPlanFromJSONCommand,
    GetBackupPlanFromTemplateCommand,
    GetBackupSelectionCommand,
    GetBackupVaultAccessPolicyCommand,
    GetBackupVaultNotificationsCommand,
    GetLegalHoldCommand,
    GetPITRMalwareScanResultsCommand,
    GetRecoveryPointIndexDetailsCommand,
    GetRecoveryPointRestoreMetadataCommand,
    GetRestoreJobMetadataCommand,
    GetRestoreTestingInferredMetadataCommand,
    GetRestoreTestingPlanCommand,
    GetRestoreTestingSelectionCommand,
    GetSupportedResourceTypesCommand,
    GetTieringConfigurationCommand,
    ListBackupJobsCommand,
    ListBackupJobSummariesCommand,
    ListBackupPlansCommand,
    ListBackupPlanTemplatesCommand,
    ListBackupPlanVersionsCommand,
    ListBackupSelectionsCommand,
    ListBackupVaultsCommand,
    ListCopyJobsCommand,
    ListCopyJobSummariesCommand,
    ListFrameworksCommand,
    ListIndexedRecoveryPointsCommand,
    ListLegalHoldsCommand,
    ListProtectedResourcesCommand,
    ListProtectedResourcesByBackupVaultCommand,
    ListRecoveryPointsByBackupVaultCommand,
    ListRecoveryPointsByLegalHoldCommand,
    ListRecoveryPointsByResourceCommand,
    ListReportJobsCommand,
    ListReportPlansCommand,
    ListRestoreAccessBackupVaultsCommand,
    ListRestoreJobsCommand,
    ListRestoreJobsByProtectedResourceCommand,
    ListRestoreJobSummariesCommand,
    ListRestoreTestingPlansCommand,
    ListRestoreTestingSelectionsCommand,
    ListScanJobsCommand,
    ListScanJobSummariesCommand,
    ListTagsCommand,
    ListTieringConfigurationsCommand,
    PutBackupVaultAccessPolicyCommand,
    PutBackupVaultLockConfigurationCommand,
    PutBackupVaultNotificationsCommand,
    PutRestoreValidationResultCommand,
    RevokeRestoreAccessBackupVaultCommand,
    StartBackupJobCommand,
    StartCopyJobCommand,
    StartReportJobCommand,
    StartRestoreJobCommand,
    StartScanJobCommand,
    StopBackupJobCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateBackupPlanCommand,
    UpdateFrameworkCommand,
    UpdateGlobalSettingsCommand,
    UpdateRecoveryPointIndexSettingsCommand,
    UpdateRecoveryPointLifecycleCommand,
    UpdateRegionSettingsCommand,
    UpdateReportPlanCommand,
    UpdateRestoreTestingPlanCommand,
    UpdateRestoreTestingSelectionCommand,
    UpdateTieringConfigurationCommand,
};
const paginators = {
    paginateListBackupJobs,
    paginateListBackupJobSummaries,
    paginateListBackupPlans,
    paginateListBackupPlanTemplates,
    paginateListBackupPlanVersions,
    paginateListBackupSelections,
    paginateListBackupVaults,
    paginateListCopyJobs,
    paginateListCopyJobSummaries,
    paginateListFrameworks,
    paginateListIndexedRecoveryPoints,
    paginateListLegalHolds,
    paginateListProtectedResources,
    paginateListProtectedResourcesByBackupVault,
    paginateListRecoveryPointsByBackupVault,
    paginateListRecoveryPointsByLegalHold,
    paginateListRecoveryPointsByResource,
    paginateListReportJobs,
    paginateListReportPlans,
    paginateListRestoreAccessBackupVaults,
    paginateListRestoreJobs,
    paginateListRestoreJobsByProtectedResource,
    paginateListRestoreJobSummaries,
    paginateListRestoreTestingPlans,
    paginateListRestoreTestingSelections,
    paginateListScanJobs,
    paginateListScanJobSummaries,
    paginateListTags,
    paginateListTieringConfigurations,
};
class Backup extends BackupClient {
}
createAggregatedClient(commands, Backup, { paginators });

const ScanFinding = {
    MALWARE: "MALWARE",
};
const AggregationPeriod = {
    FOURTEEN_DAYS: "FOURTEEN_DAYS",
    ONE_DAY: "ONE_DAY",
    SEVEN_DAYS: "SEVEN_DAYS",
};
const LifecycleDeleteAfterEvent = {
    DELETE_AFTER_COPY: "DELETE_AFTER_COPY",
};
const BackupJobState = {
    ABORTED: "ABORTED",
    ABORTING: "ABORTING",
    COMPLETED: "COMPLETED",
    CREATED: "CREATED",
    EXPIRED: "EXPIRED",
    FAILED: "FAILED",
    PARTIAL: "PARTIAL",
    PENDING: "PENDING",
    RUNNING: "RUNNING",
};
const BackupJobStatus = {
    ABORTED: "ABORTED",
    ABORTING: "ABORTING",
    AGGREGATE_ALL: "AGGREGATE_ALL",
    ANY: "ANY",
    COMPLETED: "COMPLETED",
    CREATED: "CREATED",
    EXPIRED: "EXPIRED",
    FAILED: "FAILED",
    PARTIAL: "PARTIAL",
    PENDING: "PENDING",
    RUNNING: "RUNNING",
};
const MalwareScanner = {
    GUARDDUTY: "GUARDDUTY",
};
const ScanMode = {
    FULL_SCAN: "FULL_SCAN",
    INCREMENTAL_SCAN: "INCREMENTAL_SCAN",
};
const ConditionType = {
    STRINGEQUALS: "STRINGEQUALS",
};
const BackupVaultEvent = {
    BACKUP_JOB_COMPLETED: "BACKUP_JOB_COMPLETED",
    BACKUP_JOB_EXPIRED: "BACKUP_JOB_EXPIRED",
    BACKUP_JOB_FAILED: "BACKUP_JOB_FAILED",
    BACKUP_JOB_STARTED: "BACKUP_JOB_STARTED",
    BACKUP_JOB_SUCCESSFUL: "BACKUP_JOB_SUCCESSFUL",
    BACKUP_PLAN_CREATED: "BACKUP_PLAN_CREATED",
    BACKUP_PLAN_MODIFIED: "BACKUP_PLAN_MODIFIED",
    CONTINUOUS_BACKUP_INTERRUPTED: "CONTINUOUS_BACKUP_INTERRUPTED",
    COPY_JOB_FAILED: "COPY_JOB_FAILED",
    COPY_JOB_STARTED: "COPY_JOB_STARTED",
    COPY_JOB_SUCCESSFUL: "COPY_JOB_SUCCESSFUL",
    EKS_BACKUP_OBJECT_FAILED: "EKS_BACKUP_OBJECT_FAILED",
    EKS_RESTORE_OBJECT_FAILED: "EKS_RESTORE_OBJECT_FAILED",
    EKS_RESTORE_OBJECT_SKIPPED: "EKS_RESTORE_OBJECT_SKIPPED",
    RECOVERY_POINT_INDEXING_FAILED: "RECOVERY_POINT_INDEXING_FAILED",
    RECOVERY_POINT_INDEX_COMPLETED: "RECOVERY_POINT_INDEX_COMPLETED",
    RECOVERY_POINT_INDEX_DELETED: "RECOVERY_POINT_INDEX_DELETED",
    RECOVERY_POINT_MODIFIED: "RECOVERY_POINT_MODIFIED",
    RESTORE_JOB_COMPLETED: "RESTORE_JOB_COMPLETED",
    RESTORE_JOB_FAILED: "RESTORE_JOB_FAILED",
    RESTORE_JOB_STARTED: "RESTORE_JOB_STARTED",
    RESTORE_JOB_SUCCESSFUL: "RESTORE_JOB_SUCCESSFUL",
    S3_BACKUP_OBJECT_FAILED: "S3_BACKUP_OBJECT_FAILED",
    S3_RESTORE_OBJECT_FAILED: "S3_RESTORE_OBJECT_FAILED",
};
const EncryptionKeyType = {
    AWS_OWNED_KMS_KEY: "AWS_OWNED_KMS_KEY",
    CUSTOMER_MANAGED_KMS_KEY: "CUSTOMER_MANAGED_KMS_KEY",
};
const VaultState = {
    AVAILABLE: "AVAILABLE",
    CREATING: "CREATING",
    FAILED: "FAILED",
};
const VaultType = {
    BACKUP_VAULT: "BACKUP_VAULT",
    LOGICALLY_AIR_GAPPED_BACKUP_VAULT: "LOGICALLY_AIR_GAPPED_BACKUP_VAULT",
    RESTORE_ACCESS_BACKUP_VAULT: "RESTORE_ACCESS_BACKUP_VAULT",
};
const CopyJobState = {
    COMPLETED: "COMPLETED",
    CREATED: "CREATED",
    FAILED: "FAILED",
    PARTIAL: "PARTIAL",
    RUNNING: "RUNNING",
};
const CopyJobStatus = {
    ABORTED: "ABORTED",
    ABORTING: "ABORTING",
    AGGREGATE_ALL: "AGGREGATE_ALL",
    ANY: "ANY",
    COMPLETED: "COMPLETED",
    COMPLETING: "COMPLETING",
    CREATED: "CREATED",
    FAILED: "FAILED",
    FAILING: "FAILING",
    PARTIAL: "PARTIAL",
    RUNNING: "RUNNING",
};
const LegalHoldStatus = {
    ACTIVE: "ACTIVE",
    CANCELED: "CANCELED",
    CANCELING: "CANCELING",
    CREATING: "CREATING",
};
const RestoreTestingRecoveryPointSelectionAlgorithm = {
    LATEST_WITHIN_WINDOW: "LATEST_WITHIN_WINDOW",
    RANDOM_WITHIN_WINDOW: "RANDOM_WITHIN_WINDOW",
};
const RestoreTestingRecoveryPointType = {
    CONTINUOUS: "CONTINUOUS",
    SNAPSHOT: "SNAPSHOT",
};
const MpaSessionStatus = {
    APPROVED: "APPROVED",
    FAILED: "FAILED",
    PENDING: "PENDING",
};
const IndexStatus = {
    ACTIVE: "ACTIVE",
    DELETING: "DELETING",
    FAILED: "FAILED",
    PENDING: "PENDING",
};
const ScanJobState = {
    CANCELED: "CANCELED",
    COMPLETED: "COMPLETED",
    COMPLETED_WITH_ISSUES: "COMPLETED_WITH_ISSUES",
    FAILED: "FAILED",
};
const RecoveryPointStatus = {
    AVAILABLE: "AVAILABLE",
    COMPLETED: "COMPLETED",
    CREATING: "CREATING",
    DELETING: "DELETING",
    EXPIRED: "EXPIRED",
    PARTIAL: "PARTIAL",
    STOPPED: "STOPPED",
};
const StorageClass = {
    COLD: "COLD",
    DELETED: "DELETED",
    WARM: "WARM",
};
const RestoreDeletionStatus = {
    DELETING: "DELETING",
    FAILED: "FAILED",
    SUCCESSFUL: "SUCCESSFUL",
};
const RestoreJobStatus = {
    ABORTED: "ABORTED",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    RUNNING: "RUNNING",
};
const RestoreValidationStatus = {
    FAILED: "FAILED",
    SUCCESSFUL: "SUCCESSFUL",
    TIMED_OUT: "TIMED_OUT",
    VALIDATING: "VALIDATING",
};
const ScanResourceType = {
    EBS: "EBS",
    EC2: "EC2",
    S3: "S3",
};
const ScanResultStatus = {
    NO_THREATS_FOUND: "NO_THREATS_FOUND",
    THREATS_FOUND: "THREATS_FOUND",
    UNKNOWN: "UNKNOWN",
};
const ScanState = {
    CANCELED: "CANCELED",
    COMPLETED: "COMPLETED",
    COMPLETED_WITH_ISSUES: "COMPLETED_WITH_ISSUES",
    CREATED: "CREATED",
    FAILED: "FAILED",
    RUNNING: "RUNNING",
};
const RuleExecutionType = {
    CONTINUOUS: "CONTINUOUS",
    CONTINUOUS_AND_SNAPSHOTS: "CONTINUOUS_AND_SNAPSHOTS",
    SNAPSHOTS: "SNAPSHOTS",
};
const MpaRevokeSessionStatus = {
    FAILED: "FAILED",
    PENDING: "PENDING",
};
const RestoreJobState = {
    ABORTED: "ABORTED",
    AGGREGATE_ALL: "AGGREGATE_ALL",
    ANY: "ANY",
    COMPLETED: "COMPLETED",
    CREATED: "CREATED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    RUNNING: "RUNNING",
};
const ScanJobStatus = {
    AGGREGATE_ALL: "AGGREGATE_ALL",
    ANY: "ANY",
    CANCELED: "CANCELED",
    COMPLETED: "COMPLETED",
    COMPLETED_WITH_ISSUES: "COMPLETED_WITH_ISSUES",
    CREATED: "CREATED",
    FAILED: "FAILED",
    RUNNING: "RUNNING",
};
const Index = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};

__webpack_unused_export__ = AdvancedBackupSetting$;
__webpack_unused_export__ = AggregatedScanResult$;
__webpack_unused_export__ = AggregationPeriod;
__webpack_unused_export__ = AlreadyExistsException;
__webpack_unused_export__ = AlreadyExistsException$;
__webpack_unused_export__ = AssociateBackupVaultMpaApprovalTeam$;
__webpack_unused_export__ = AssociateBackupVaultMpaApprovalTeamCommand;
__webpack_unused_export__ = AssociateBackupVaultMpaApprovalTeamInput$;
__webpack_unused_export__ = Backup;
exports.M3I = BackupClient;
__webpack_unused_export__ = BackupJob$;
__webpack_unused_export__ = BackupJobState;
__webpack_unused_export__ = BackupJobStatus;
__webpack_unused_export__ = BackupJobSummary$;
__webpack_unused_export__ = BackupPlan$;
__webpack_unused_export__ = BackupPlanInput$;
__webpack_unused_export__ = BackupPlanTemplatesListMember$;
__webpack_unused_export__ = BackupPlansListMember$;
__webpack_unused_export__ = BackupRule$;
__webpack_unused_export__ = BackupRuleInput$;
__webpack_unused_export__ = BackupSelection$;
__webpack_unused_export__ = BackupSelectionsListMember$;
__webpack_unused_export__ = BackupServiceException;
__webpack_unused_export__ = BackupServiceException$;
__webpack_unused_export__ = BackupVaultEvent;
__webpack_unused_export__ = BackupVaultListMember$;
__webpack_unused_export__ = CalculatedLifecycle$;
__webpack_unused_export__ = CancelLegalHold$;
__webpack_unused_export__ = CancelLegalHoldCommand;
__webpack_unused_export__ = CancelLegalHoldInput$;
__webpack_unused_export__ = CancelLegalHoldOutput$;
__webpack_unused_export__ = Condition$;
__webpack_unused_export__ = ConditionParameter$;
__webpack_unused_export__ = ConditionType;
__webpack_unused_export__ = Conditions$;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ControlInputParameter$;
__webpack_unused_export__ = ControlScope$;
__webpack_unused_export__ = CopyAction$;
__webpack_unused_export__ = CopyJob$;
__webpack_unused_export__ = CopyJobState;
__webpack_unused_export__ = CopyJobStatus;
__webpack_unused_export__ = CopyJobSummary$;
__webpack_unused_export__ = CreateBackupPlan$;
__webpack_unused_export__ = CreateBackupPlanCommand;
__webpack_unused_export__ = CreateBackupPlanInput$;
__webpack_unused_export__ = CreateBackupPlanOutput$;
__webpack_unused_export__ = CreateBackupSelection$;
__webpack_unused_export__ = CreateBackupSelectionCommand;
__webpack_unused_export__ = CreateBackupSelectionInput$;
__webpack_unused_export__ = CreateBackupSelectionOutput$;
__webpack_unused_export__ = CreateBackupVault$;
__webpack_unused_export__ = CreateBackupVaultCommand;
__webpack_unused_export__ = CreateBackupVaultInput$;
__webpack_unused_export__ = CreateBackupVaultOutput$;
__webpack_unused_export__ = CreateFramework$;
__webpack_unused_export__ = CreateFrameworkCommand;
__webpack_unused_export__ = CreateFrameworkInput$;
__webpack_unused_export__ = CreateFrameworkOutput$;
__webpack_unused_export__ = CreateLegalHold$;
__webpack_unused_export__ = CreateLegalHoldCommand;
__webpack_unused_export__ = CreateLegalHoldInput$;
__webpack_unused_export__ = CreateLegalHoldOutput$;
__webpack_unused_export__ = CreateLogicallyAirGappedBackupVault$;
__webpack_unused_export__ = CreateLogicallyAirGappedBackupVaultCommand;
__webpack_unused_export__ = CreateLogicallyAirGappedBackupVaultInput$;
__webpack_unused_export__ = CreateLogicallyAirGappedBackupVaultOutput$;
__webpack_unused_export__ = CreateReportPlan$;
__webpack_unused_export__ = CreateReportPlanCommand;
__webpack_unused_export__ = CreateReportPlanInput$;
__webpack_unused_export__ = CreateReportPlanOutput$;
__webpack_unused_export__ = CreateRestoreAccessBackupVault$;
__webpack_unused_export__ = CreateRestoreAccessBackupVaultCommand;
__webpack_unused_export__ = CreateRestoreAccessBackupVaultInput$;
__webpack_unused_export__ = CreateRestoreAccessBackupVaultOutput$;
__webpack_unused_export__ = CreateRestoreTestingPlan$;
__webpack_unused_export__ = CreateRestoreTestingPlanCommand;
__webpack_unused_export__ = CreateRestoreTestingPlanInput$;
__webpack_unused_export__ = CreateRestoreTestingPlanOutput$;
__webpack_unused_export__ = CreateRestoreTestingSelection$;
__webpack_unused_export__ = CreateRestoreTestingSelectionCommand;
__webpack_unused_export__ = CreateRestoreTestingSelectionInput$;
__webpack_unused_export__ = CreateRestoreTestingSelectionOutput$;
__webpack_unused_export__ = CreateTieringConfiguration$;
__webpack_unused_export__ = CreateTieringConfigurationCommand;
__webpack_unused_export__ = CreateTieringConfigurationInput$;
__webpack_unused_export__ = CreateTieringConfigurationOutput$;
__webpack_unused_export__ = DateRange$;
__webpack_unused_export__ = DeleteBackupPlan$;
__webpack_unused_export__ = DeleteBackupPlanCommand;
__webpack_unused_export__ = DeleteBackupPlanInput$;
__webpack_unused_export__ = DeleteBackupPlanOutput$;
__webpack_unused_export__ = DeleteBackupSelection$;
__webpack_unused_export__ = DeleteBackupSelectionCommand;
__webpack_unused_export__ = DeleteBackupSelectionInput$;
__webpack_unused_export__ = DeleteBackupVault$;
__webpack_unused_export__ = DeleteBackupVaultAccessPolicy$;
__webpack_unused_export__ = DeleteBackupVaultAccessPolicyCommand;
__webpack_unused_export__ = DeleteBackupVaultAccessPolicyInput$;
__webpack_unused_export__ = DeleteBackupVaultCommand;
__webpack_unused_export__ = DeleteBackupVaultInput$;
__webpack_unused_export__ = DeleteBackupVaultLockConfiguration$;
__webpack_unused_export__ = DeleteBackupVaultLockConfigurationCommand;
__webpack_unused_export__ = DeleteBackupVaultLockConfigurationInput$;
__webpack_unused_export__ = DeleteBackupVaultNotifications$;
__webpack_unused_export__ = DeleteBackupVaultNotificationsCommand;
__webpack_unused_export__ = DeleteBackupVaultNotificationsInput$;
__webpack_unused_export__ = DeleteFramework$;
__webpack_unused_export__ = DeleteFrameworkCommand;
__webpack_unused_export__ = DeleteFrameworkInput$;
__webpack_unused_export__ = DeleteRecoveryPoint$;
exports.sKs = DeleteRecoveryPointCommand;
__webpack_unused_export__ = DeleteRecoveryPointInput$;
__webpack_unused_export__ = DeleteReportPlan$;
__webpack_unused_export__ = DeleteReportPlanCommand;
__webpack_unused_export__ = DeleteReportPlanInput$;
__webpack_unused_export__ = DeleteRestoreTestingPlan$;
__webpack_unused_export__ = DeleteRestoreTestingPlanCommand;
__webpack_unused_export__ = DeleteRestoreTestingPlanInput$;
__webpack_unused_export__ = DeleteRestoreTestingSelection$;
__webpack_unused_export__ = DeleteRestoreTestingSelectionCommand;
__webpack_unused_export__ = DeleteRestoreTestingSelectionInput$;
__webpack_unused_export__ = DeleteTieringConfiguration$;
__webpack_unused_export__ = DeleteTieringConfigurationCommand;
__webpack_unused_export__ = DeleteTieringConfigurationInput$;
__webpack_unused_export__ = DeleteTieringConfigurationOutput$;
__webpack_unused_export__ = DependencyFailureException;
__webpack_unused_export__ = DependencyFailureException$;
__webpack_unused_export__ = DescribeBackupJob$;
__webpack_unused_export__ = DescribeBackupJobCommand;
__webpack_unused_export__ = DescribeBackupJobInput$;
__webpack_unused_export__ = DescribeBackupJobOutput$;
__webpack_unused_export__ = DescribeBackupVault$;
exports.Rr4 = DescribeBackupVaultCommand;
__webpack_unused_export__ = DescribeBackupVaultInput$;
__webpack_unused_export__ = DescribeBackupVaultOutput$;
__webpack_unused_export__ = DescribeCopyJob$;
__webpack_unused_export__ = DescribeCopyJobCommand;
__webpack_unused_export__ = DescribeCopyJobInput$;
__webpack_unused_export__ = DescribeCopyJobOutput$;
__webpack_unused_export__ = DescribeFramework$;
__webpack_unused_export__ = DescribeFrameworkCommand;
__webpack_unused_export__ = DescribeFrameworkInput$;
__webpack_unused_export__ = DescribeFrameworkOutput$;
__webpack_unused_export__ = DescribeGlobalSettings$;
__webpack_unused_export__ = DescribeGlobalSettingsCommand;
__webpack_unused_export__ = DescribeGlobalSettingsInput$;
__webpack_unused_export__ = DescribeGlobalSettingsOutput$;
__webpack_unused_export__ = DescribeProtectedResource$;
__webpack_unused_export__ = DescribeProtectedResourceCommand;
__webpack_unused_export__ = DescribeProtectedResourceInput$;
__webpack_unused_export__ = DescribeProtectedResourceOutput$;
__webpack_unused_export__ = DescribeRecoveryPoint$;
exports.uuQ = DescribeRecoveryPointCommand;
__webpack_unused_export__ = DescribeRecoveryPointInput$;
__webpack_unused_export__ = DescribeRecoveryPointOutput$;
__webpack_unused_export__ = DescribeRegionSettings$;
exports.eb0 = DescribeRegionSettingsCommand;
__webpack_unused_export__ = DescribeRegionSettingsInput$;
__webpack_unused_export__ = DescribeRegionSettingsOutput$;
__webpack_unused_export__ = DescribeReportJob$;
__webpack_unused_export__ = DescribeReportJobCommand;
__webpack_unused_export__ = DescribeReportJobInput$;
__webpack_unused_export__ = DescribeReportJobOutput$;
__webpack_unused_export__ = DescribeReportPlan$;
__webpack_unused_export__ = DescribeReportPlanCommand;
__webpack_unused_export__ = DescribeReportPlanInput$;
__webpack_unused_export__ = DescribeReportPlanOutput$;
__webpack_unused_export__ = DescribeRestoreJob$;
exports.cc9 = DescribeRestoreJobCommand;
__webpack_unused_export__ = DescribeRestoreJobInput$;
__webpack_unused_export__ = DescribeRestoreJobOutput$;
__webpack_unused_export__ = DescribeScanJob$;
__webpack_unused_export__ = DescribeScanJobCommand;
__webpack_unused_export__ = DescribeScanJobInput$;
__webpack_unused_export__ = DescribeScanJobOutput$;
__webpack_unused_export__ = DisassociateBackupVaultMpaApprovalTeam$;
__webpack_unused_export__ = DisassociateBackupVaultMpaApprovalTeamCommand;
__webpack_unused_export__ = DisassociateBackupVaultMpaApprovalTeamInput$;
__webpack_unused_export__ = DisassociateRecoveryPoint$;
__webpack_unused_export__ = DisassociateRecoveryPointCommand;
__webpack_unused_export__ = DisassociateRecoveryPointFromParent$;
__webpack_unused_export__ = DisassociateRecoveryPointFromParentCommand;
__webpack_unused_export__ = DisassociateRecoveryPointFromParentInput$;
__webpack_unused_export__ = DisassociateRecoveryPointInput$;
__webpack_unused_export__ = EncryptionKeyType;
__webpack_unused_export__ = ExportBackupPlanTemplate$;
__webpack_unused_export__ = ExportBackupPlanTemplateCommand;
__webpack_unused_export__ = ExportBackupPlanTemplateInput$;
__webpack_unused_export__ = ExportBackupPlanTemplateOutput$;
__webpack_unused_export__ = Framework$;
__webpack_unused_export__ = FrameworkControl$;
__webpack_unused_export__ = GetBackupPlan$;
__webpack_unused_export__ = GetBackupPlanCommand;
__webpack_unused_export__ = GetBackupPlanFromJSON$;
__webpack_unused_export__ = GetBackupPlanFromJSONCommand;
__webpack_unused_export__ = GetBackupPlanFromJSONInput$;
__webpack_unused_export__ = GetBackupPlanFromJSONOutput$;
__webpack_unused_export__ = GetBackupPlanFromTemplate$;
__webpack_unused_export__ = GetBackupPlanFromTemplateCommand;
__webpack_unused_export__ = GetBackupPlanFromTemplateInput$;
__webpack_unused_export__ = GetBackupPlanFromTemplateOutput$;
__webpack_unused_export__ = GetBackupPlanInput$;
__webpack_unused_export__ = GetBackupPlanOutput$;
__webpack_unused_export__ = GetBackupSelection$;
exports.Uq8 = GetBackupSelectionCommand;
__webpack_unused_export__ = GetBackupSelectionInput$;
__webpack_unused_export__ = GetBackupSelectionOutput$;
__webpack_unused_export__ = GetBackupVaultAccessPolicy$;
__webpack_unused_export__ = GetBackupVaultAccessPolicyCommand;
__webpack_unused_export__ = GetBackupVaultAccessPolicyInput$;
__webpack_unused_export__ = GetBackupVaultAccessPolicyOutput$;
__webpack_unused_export__ = GetBackupVaultNotifications$;
__webpack_unused_export__ = GetBackupVaultNotificationsCommand;
__webpack_unused_export__ = GetBackupVaultNotificationsInput$;
__webpack_unused_export__ = GetBackupVaultNotificationsOutput$;
__webpack_unused_export__ = GetLegalHold$;
exports.q7M = GetLegalHoldCommand;
__webpack_unused_export__ = GetLegalHoldInput$;
__webpack_unused_export__ = GetLegalHoldOutput$;
__webpack_unused_export__ = GetPITRMalwareScanResults$;
__webpack_unused_export__ = GetPITRMalwareScanResultsCommand;
__webpack_unused_export__ = GetPITRMalwareScanResultsInput$;
__webpack_unused_export__ = GetPITRMalwareScanResultsOutput$;
__webpack_unused_export__ = GetRecoveryPointIndexDetails$;
__webpack_unused_export__ = GetRecoveryPointIndexDetailsCommand;
__webpack_unused_export__ = GetRecoveryPointIndexDetailsInput$;
__webpack_unused_export__ = GetRecoveryPointIndexDetailsOutput$;
__webpack_unused_export__ = GetRecoveryPointRestoreMetadata$;
exports.oqK = GetRecoveryPointRestoreMetadataCommand;
__webpack_unused_export__ = GetRecoveryPointRestoreMetadataInput$;
__webpack_unused_export__ = GetRecoveryPointRestoreMetadataOutput$;
__webpack_unused_export__ = GetRestoreJobMetadata$;
__webpack_unused_export__ = GetRestoreJobMetadataCommand;
__webpack_unused_export__ = GetRestoreJobMetadataInput$;
__webpack_unused_export__ = GetRestoreJobMetadataOutput$;
__webpack_unused_export__ = GetRestoreTestingInferredMetadata$;
__webpack_unused_export__ = GetRestoreTestingInferredMetadataCommand;
__webpack_unused_export__ = GetRestoreTestingInferredMetadataInput$;
__webpack_unused_export__ = GetRestoreTestingInferredMetadataOutput$;
__webpack_unused_export__ = GetRestoreTestingPlan$;
__webpack_unused_export__ = GetRestoreTestingPlanCommand;
__webpack_unused_export__ = GetRestoreTestingPlanInput$;
__webpack_unused_export__ = GetRestoreTestingPlanOutput$;
__webpack_unused_export__ = GetRestoreTestingSelection$;
__webpack_unused_export__ = GetRestoreTestingSelectionCommand;
__webpack_unused_export__ = GetRestoreTestingSelectionInput$;
__webpack_unused_export__ = GetRestoreTestingSelectionOutput$;
__webpack_unused_export__ = GetSupportedResourceTypes$;
__webpack_unused_export__ = GetSupportedResourceTypesCommand;
__webpack_unused_export__ = GetSupportedResourceTypesOutput$;
__webpack_unused_export__ = GetTieringConfiguration$;
__webpack_unused_export__ = GetTieringConfigurationCommand;
__webpack_unused_export__ = GetTieringConfigurationInput$;
__webpack_unused_export__ = GetTieringConfigurationOutput$;
__webpack_unused_export__ = Index;
__webpack_unused_export__ = IndexAction$;
__webpack_unused_export__ = IndexStatus;
__webpack_unused_export__ = IndexedRecoveryPoint$;
__webpack_unused_export__ = InvalidParameterValueException;
__webpack_unused_export__ = InvalidParameterValueException$;
__webpack_unused_export__ = InvalidRequestException;
__webpack_unused_export__ = InvalidRequestException$;
__webpack_unused_export__ = InvalidResourceStateException;
__webpack_unused_export__ = InvalidResourceStateException$;
__webpack_unused_export__ = KeyValue$;
__webpack_unused_export__ = LatestMpaApprovalTeamUpdate$;
__webpack_unused_export__ = LatestRevokeRequest$;
__webpack_unused_export__ = LegalHold$;
__webpack_unused_export__ = LegalHoldStatus;
__webpack_unused_export__ = Lifecycle$;
__webpack_unused_export__ = LifecycleDeleteAfterEvent;
__webpack_unused_export__ = LimitExceededException;
__webpack_unused_export__ = LimitExceededException$;
__webpack_unused_export__ = ListBackupJobSummaries$;
__webpack_unused_export__ = ListBackupJobSummariesCommand;
__webpack_unused_export__ = ListBackupJobSummariesInput$;
__webpack_unused_export__ = ListBackupJobSummariesOutput$;
__webpack_unused_export__ = ListBackupJobs$;
__webpack_unused_export__ = ListBackupJobsCommand;
__webpack_unused_export__ = ListBackupJobsInput$;
__webpack_unused_export__ = ListBackupJobsOutput$;
__webpack_unused_export__ = ListBackupPlanTemplates$;
__webpack_unused_export__ = ListBackupPlanTemplatesCommand;
__webpack_unused_export__ = ListBackupPlanTemplatesInput$;
__webpack_unused_export__ = ListBackupPlanTemplatesOutput$;
__webpack_unused_export__ = ListBackupPlanVersions$;
__webpack_unused_export__ = ListBackupPlanVersionsCommand;
__webpack_unused_export__ = ListBackupPlanVersionsInput$;
__webpack_unused_export__ = ListBackupPlanVersionsOutput$;
__webpack_unused_export__ = ListBackupPlans$;
__webpack_unused_export__ = ListBackupPlansCommand;
__webpack_unused_export__ = ListBackupPlansInput$;
__webpack_unused_export__ = ListBackupPlansOutput$;
__webpack_unused_export__ = ListBackupSelections$;
__webpack_unused_export__ = ListBackupSelectionsCommand;
__webpack_unused_export__ = ListBackupSelectionsInput$;
__webpack_unused_export__ = ListBackupSelectionsOutput$;
__webpack_unused_export__ = ListBackupVaults$;
__webpack_unused_export__ = ListBackupVaultsCommand;
__webpack_unused_export__ = ListBackupVaultsInput$;
__webpack_unused_export__ = ListBackupVaultsOutput$;
__webpack_unused_export__ = ListCopyJobSummaries$;
__webpack_unused_export__ = ListCopyJobSummariesCommand;
__webpack_unused_export__ = ListCopyJobSummariesInput$;
__webpack_unused_export__ = ListCopyJobSummariesOutput$;
__webpack_unused_export__ = ListCopyJobs$;
__webpack_unused_export__ = ListCopyJobsCommand;
__webpack_unused_export__ = ListCopyJobsInput$;
__webpack_unused_export__ = ListCopyJobsOutput$;
__webpack_unused_export__ = ListFrameworks$;
__webpack_unused_export__ = ListFrameworksCommand;
__webpack_unused_export__ = ListFrameworksInput$;
__webpack_unused_export__ = ListFrameworksOutput$;
__webpack_unused_export__ = ListIndexedRecoveryPoints$;
__webpack_unused_export__ = ListIndexedRecoveryPointsCommand;
__webpack_unused_export__ = ListIndexedRecoveryPointsInput$;
__webpack_unused_export__ = ListIndexedRecoveryPointsOutput$;
__webpack_unused_export__ = ListLegalHolds$;
__webpack_unused_export__ = ListLegalHoldsCommand;
__webpack_unused_export__ = ListLegalHoldsInput$;
__webpack_unused_export__ = ListLegalHoldsOutput$;
__webpack_unused_export__ = ListProtectedResources$;
__webpack_unused_export__ = ListProtectedResourcesByBackupVault$;
__webpack_unused_export__ = ListProtectedResourcesByBackupVaultCommand;
__webpack_unused_export__ = ListProtectedResourcesByBackupVaultInput$;
__webpack_unused_export__ = ListProtectedResourcesByBackupVaultOutput$;
__webpack_unused_export__ = ListProtectedResourcesCommand;
__webpack_unused_export__ = ListProtectedResourcesInput$;
__webpack_unused_export__ = ListProtectedResourcesOutput$;
__webpack_unused_export__ = ListRecoveryPointsByBackupVault$;
__webpack_unused_export__ = ListRecoveryPointsByBackupVaultCommand;
__webpack_unused_export__ = ListRecoveryPointsByBackupVaultInput$;
__webpack_unused_export__ = ListRecoveryPointsByBackupVaultOutput$;
__webpack_unused_export__ = ListRecoveryPointsByLegalHold$;
__webpack_unused_export__ = ListRecoveryPointsByLegalHoldCommand;
__webpack_unused_export__ = ListRecoveryPointsByLegalHoldInput$;
__webpack_unused_export__ = ListRecoveryPointsByLegalHoldOutput$;
__webpack_unused_export__ = ListRecoveryPointsByResource$;
__webpack_unused_export__ = ListRecoveryPointsByResourceCommand;
__webpack_unused_export__ = ListRecoveryPointsByResourceInput$;
__webpack_unused_export__ = ListRecoveryPointsByResourceOutput$;
__webpack_unused_export__ = ListReportJobs$;
__webpack_unused_export__ = ListReportJobsCommand;
__webpack_unused_export__ = ListReportJobsInput$;
__webpack_unused_export__ = ListReportJobsOutput$;
__webpack_unused_export__ = ListReportPlans$;
__webpack_unused_export__ = ListReportPlansCommand;
__webpack_unused_export__ = ListReportPlansInput$;
__webpack_unused_export__ = ListReportPlansOutput$;
__webpack_unused_export__ = ListRestoreAccessBackupVaults$;
__webpack_unused_export__ = ListRestoreAccessBackupVaultsCommand;
__webpack_unused_export__ = ListRestoreAccessBackupVaultsInput$;
__webpack_unused_export__ = ListRestoreAccessBackupVaultsOutput$;
__webpack_unused_export__ = ListRestoreJobSummaries$;
__webpack_unused_export__ = ListRestoreJobSummariesCommand;
__webpack_unused_export__ = ListRestoreJobSummariesInput$;
__webpack_unused_export__ = ListRestoreJobSummariesOutput$;
__webpack_unused_export__ = ListRestoreJobs$;
__webpack_unused_export__ = ListRestoreJobsByProtectedResource$;
__webpack_unused_export__ = ListRestoreJobsByProtectedResourceCommand;
__webpack_unused_export__ = ListRestoreJobsByProtectedResourceInput$;
__webpack_unused_export__ = ListRestoreJobsByProtectedResourceOutput$;
__webpack_unused_export__ = ListRestoreJobsCommand;
__webpack_unused_export__ = ListRestoreJobsInput$;
__webpack_unused_export__ = ListRestoreJobsOutput$;
__webpack_unused_export__ = ListRestoreTestingPlans$;
__webpack_unused_export__ = ListRestoreTestingPlansCommand;
__webpack_unused_export__ = ListRestoreTestingPlansInput$;
__webpack_unused_export__ = ListRestoreTestingPlansOutput$;
__webpack_unused_export__ = ListRestoreTestingSelections$;
__webpack_unused_export__ = ListRestoreTestingSelectionsCommand;
__webpack_unused_export__ = ListRestoreTestingSelectionsInput$;
__webpack_unused_export__ = ListRestoreTestingSelectionsOutput$;
__webpack_unused_export__ = ListScanJobSummaries$;
__webpack_unused_export__ = ListScanJobSummariesCommand;
__webpack_unused_export__ = ListScanJobSummariesInput$;
__webpack_unused_export__ = ListScanJobSummariesOutput$;
__webpack_unused_export__ = ListScanJobs$;
__webpack_unused_export__ = ListScanJobsCommand;
__webpack_unused_export__ = ListScanJobsInput$;
__webpack_unused_export__ = ListScanJobsOutput$;
__webpack_unused_export__ = ListTags$;
__webpack_unused_export__ = ListTagsCommand;
__webpack_unused_export__ = ListTagsInput$;
__webpack_unused_export__ = ListTagsOutput$;
__webpack_unused_export__ = ListTieringConfigurations$;
__webpack_unused_export__ = ListTieringConfigurationsCommand;
__webpack_unused_export__ = ListTieringConfigurationsInput$;
__webpack_unused_export__ = ListTieringConfigurationsOutput$;
__webpack_unused_export__ = MalwareScanner;
__webpack_unused_export__ = MissingParameterValueException;
__webpack_unused_export__ = MissingParameterValueException$;
__webpack_unused_export__ = MpaRevokeSessionStatus;
__webpack_unused_export__ = MpaSessionStatus;
__webpack_unused_export__ = ProtectedResource$;
__webpack_unused_export__ = ProtectedResourceConditions$;
__webpack_unused_export__ = PutBackupVaultAccessPolicy$;
__webpack_unused_export__ = PutBackupVaultAccessPolicyCommand;
__webpack_unused_export__ = PutBackupVaultAccessPolicyInput$;
__webpack_unused_export__ = PutBackupVaultLockConfiguration$;
__webpack_unused_export__ = PutBackupVaultLockConfigurationCommand;
__webpack_unused_export__ = PutBackupVaultLockConfigurationInput$;
__webpack_unused_export__ = PutBackupVaultNotifications$;
__webpack_unused_export__ = PutBackupVaultNotificationsCommand;
__webpack_unused_export__ = PutBackupVaultNotificationsInput$;
__webpack_unused_export__ = PutRestoreValidationResult$;
__webpack_unused_export__ = PutRestoreValidationResultCommand;
__webpack_unused_export__ = PutRestoreValidationResultInput$;
__webpack_unused_export__ = RecoveryPointByBackupVault$;
__webpack_unused_export__ = RecoveryPointByResource$;
__webpack_unused_export__ = RecoveryPointCreator$;
__webpack_unused_export__ = RecoveryPointMember$;
__webpack_unused_export__ = RecoveryPointSelection$;
__webpack_unused_export__ = RecoveryPointStatus;
__webpack_unused_export__ = ReportDeliveryChannel$;
__webpack_unused_export__ = ReportDestination$;
__webpack_unused_export__ = ReportJob$;
__webpack_unused_export__ = ReportPlan$;
__webpack_unused_export__ = ReportSetting$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourceSelection$;
__webpack_unused_export__ = RestoreAccessBackupVaultListMember$;
__webpack_unused_export__ = RestoreDeletionStatus;
__webpack_unused_export__ = RestoreJobCreator$;
__webpack_unused_export__ = RestoreJobState;
__webpack_unused_export__ = RestoreJobStatus;
__webpack_unused_export__ = RestoreJobSummary$;
__webpack_unused_export__ = RestoreJobsListMember$;
__webpack_unused_export__ = RestoreTestingPlanForCreate$;
__webpack_unused_export__ = RestoreTestingPlanForGet$;
__webpack_unused_export__ = RestoreTestingPlanForList$;
__webpack_unused_export__ = RestoreTestingPlanForUpdate$;
__webpack_unused_export__ = RestoreTestingRecoveryPointSelection$;
__webpack_unused_export__ = RestoreTestingRecoveryPointSelectionAlgorithm;
__webpack_unused_export__ = RestoreTestingRecoveryPointType;
__webpack_unused_export__ = RestoreTestingSelectionForCreate$;
__webpack_unused_export__ = RestoreTestingSelectionForGet$;
__webpack_unused_export__ = RestoreTestingSelectionForList$;
__webpack_unused_export__ = RestoreTestingSelectionForUpdate$;
__webpack_unused_export__ = RestoreValidationStatus;
__webpack_unused_export__ = RevokeRestoreAccessBackupVault$;
__webpack_unused_export__ = RevokeRestoreAccessBackupVaultCommand;
__webpack_unused_export__ = RevokeRestoreAccessBackupVaultInput$;
__webpack_unused_export__ = RuleExecutionType;
__webpack_unused_export__ = ScanAction$;
__webpack_unused_export__ = ScanFinding;
__webpack_unused_export__ = ScanJob$;
__webpack_unused_export__ = ScanJobCreator$;
__webpack_unused_export__ = ScanJobState;
__webpack_unused_export__ = ScanJobStatus;
__webpack_unused_export__ = ScanJobSummary$;
__webpack_unused_export__ = ScanMode;
__webpack_unused_export__ = ScanResourceType;
__webpack_unused_export__ = ScanResult$;
__webpack_unused_export__ = ScanResultInfo$;
__webpack_unused_export__ = ScanResultStatus;
__webpack_unused_export__ = ScanSetting$;
__webpack_unused_export__ = ScanState;
__webpack_unused_export__ = ScheduledPlanExecutionMember$;
__webpack_unused_export__ = ServiceUnavailableException;
__webpack_unused_export__ = ServiceUnavailableException$;
__webpack_unused_export__ = StartBackupJob$;
exports.pOZ = StartBackupJobCommand;
__webpack_unused_export__ = StartBackupJobInput$;
__webpack_unused_export__ = StartBackupJobOutput$;
__webpack_unused_export__ = StartCopyJob$;
exports.AGF = StartCopyJobCommand;
__webpack_unused_export__ = StartCopyJobInput$;
__webpack_unused_export__ = StartCopyJobOutput$;
__webpack_unused_export__ = StartReportJob$;
__webpack_unused_export__ = StartReportJobCommand;
__webpack_unused_export__ = StartReportJobInput$;
__webpack_unused_export__ = StartReportJobOutput$;
__webpack_unused_export__ = StartRestoreJob$;
exports.veB = StartRestoreJobCommand;
__webpack_unused_export__ = StartRestoreJobInput$;
__webpack_unused_export__ = StartRestoreJobOutput$;
__webpack_unused_export__ = StartScanJob$;
__webpack_unused_export__ = StartScanJobCommand;
__webpack_unused_export__ = StartScanJobInput$;
__webpack_unused_export__ = StartScanJobOutput$;
__webpack_unused_export__ = StopBackupJob$;
__webpack_unused_export__ = StopBackupJobCommand;
__webpack_unused_export__ = StopBackupJobInput$;
__webpack_unused_export__ = StorageClass;
__webpack_unused_export__ = TagResource$;
exports.eqU = TagResourceCommand;
__webpack_unused_export__ = TagResourceInput$;
__webpack_unused_export__ = TieringConfiguration$;
__webpack_unused_export__ = TieringConfigurationInputForCreate$;
__webpack_unused_export__ = TieringConfigurationInputForUpdate$;
__webpack_unused_export__ = TieringConfigurationsListMember$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceInput$;
__webpack_unused_export__ = UpdateBackupPlan$;
__webpack_unused_export__ = UpdateBackupPlanCommand;
__webpack_unused_export__ = UpdateBackupPlanInput$;
__webpack_unused_export__ = UpdateBackupPlanOutput$;
__webpack_unused_export__ = UpdateFramework$;
__webpack_unused_export__ = UpdateFrameworkCommand;
__webpack_unused_export__ = UpdateFrameworkInput$;
__webpack_unused_export__ = UpdateFrameworkOutput$;
__webpack_unused_export__ = UpdateGlobalSettings$;
__webpack_unused_export__ = UpdateGlobalSettingsCommand;
__webpack_unused_export__ = UpdateGlobalSettingsInput$;
__webpack_unused_export__ = UpdateRecoveryPointIndexSettings$;
__webpack_unused_export__ = UpdateRecoveryPointIndexSettingsCommand;
__webpack_unused_export__ = UpdateRecoveryPointIndexSettingsInput$;
__webpack_unused_export__ = UpdateRecoveryPointIndexSettingsOutput$;
__webpack_unused_export__ = UpdateRecoveryPointLifecycle$;
exports.EKy = UpdateRecoveryPointLifecycleCommand;
__webpack_unused_export__ = UpdateRecoveryPointLifecycleInput$;
__webpack_unused_export__ = UpdateRecoveryPointLifecycleOutput$;
__webpack_unused_export__ = UpdateRegionSettings$;
__webpack_unused_export__ = UpdateRegionSettingsCommand;
__webpack_unused_export__ = UpdateRegionSettingsInput$;
__webpack_unused_export__ = UpdateReportPlan$;
__webpack_unused_export__ = UpdateReportPlanCommand;
__webpack_unused_export__ = UpdateReportPlanInput$;
__webpack_unused_export__ = UpdateReportPlanOutput$;
__webpack_unused_export__ = UpdateRestoreTestingPlan$;
__webpack_unused_export__ = UpdateRestoreTestingPlanCommand;
__webpack_unused_export__ = UpdateRestoreTestingPlanInput$;
__webpack_unused_export__ = UpdateRestoreTestingPlanOutput$;
__webpack_unused_export__ = UpdateRestoreTestingSelection$;
__webpack_unused_export__ = UpdateRestoreTestingSelectionCommand;
__webpack_unused_export__ = UpdateRestoreTestingSelectionInput$;
__webpack_unused_export__ = UpdateRestoreTestingSelectionOutput$;
__webpack_unused_export__ = UpdateTieringConfiguration$;
__webpack_unused_export__ = UpdateTieringConfigurationCommand;
__webpack_unused_export__ = UpdateTieringConfigurationInput$;
__webpack_unused_export__ = UpdateTieringConfigurationOutput$;
__webpack_unused_export__ = VaultState;
__webpack_unused_export__ = VaultType;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateListBackupJobSummaries;
exports.oSg = paginateListBackupJobs;
__webpack_unused_export__ = paginateListBackupPlanTemplates;
__webpack_unused_export__ = paginateListBackupPlanVersions;
exports.Cv0 = paginateListBackupPlans;
exports.hub = paginateListBackupSelections;
__webpack_unused_export__ = paginateListBackupVaults;
__webpack_unused_export__ = paginateListCopyJobSummaries;
exports.vTZ = paginateListCopyJobs;
__webpack_unused_export__ = paginateListFrameworks;
__webpack_unused_export__ = paginateListIndexedRecoveryPoints;
exports.Jyz = paginateListLegalHolds;
__webpack_unused_export__ = paginateListProtectedResources;
__webpack_unused_export__ = paginateListProtectedResourcesByBackupVault;
exports.lO_ = paginateListRecoveryPointsByBackupVault;
exports.Jrx = paginateListRecoveryPointsByLegalHold;
__webpack_unused_export__ = paginateListRecoveryPointsByResource;
__webpack_unused_export__ = paginateListReportJobs;
__webpack_unused_export__ = paginateListReportPlans;
__webpack_unused_export__ = paginateListRestoreAccessBackupVaults;
__webpack_unused_export__ = paginateListRestoreJobSummaries;
exports.okv = paginateListRestoreJobs;
__webpack_unused_export__ = paginateListRestoreJobsByProtectedResource;
__webpack_unused_export__ = paginateListRestoreTestingPlans;
__webpack_unused_export__ = paginateListRestoreTestingSelections;
__webpack_unused_export__ = paginateListScanJobSummaries;
__webpack_unused_export__ = paginateListScanJobs;
exports.xCK = paginateListTags;
__webpack_unused_export__ = paginateListTieringConfigurations;


/***/ }),

/***/ 5059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "tagging",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "tagging",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1141.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://tagging-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://tagging-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://tagging.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://tagging.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class ResourceGroupsTaggingAPIServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ResourceGroupsTaggingAPIServiceException.prototype);
    }
}

class ConcurrentModificationException extends ResourceGroupsTaggingAPIServiceException {
    name = "ConcurrentModificationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
        this.Message = opts.Message;
    }
}
class ConstraintViolationException extends ResourceGroupsTaggingAPIServiceException {
    name = "ConstraintViolationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConstraintViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConstraintViolationException.prototype);
        this.Message = opts.Message;
    }
}
class InternalServiceException extends ResourceGroupsTaggingAPIServiceException {
    name = "InternalServiceException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "InternalServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServiceException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidParameterException extends ResourceGroupsTaggingAPIServiceException {
    name = "InvalidParameterException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterException.prototype);
        this.Message = opts.Message;
    }
}
class ThrottledException extends ResourceGroupsTaggingAPIServiceException {
    name = "ThrottledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ThrottledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottledException.prototype);
        this.Message = opts.Message;
    }
}
class PaginationTokenExpiredException extends ResourceGroupsTaggingAPIServiceException {
    name = "PaginationTokenExpiredException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PaginationTokenExpiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PaginationTokenExpiredException.prototype);
        this.Message = opts.Message;
    }
}

const _CD = "ComplianceDetails";
const _CFRT = "CloudFormationResourceTypes";
const _CME = "ConcurrentModificationException";
const _CS = "ComplianceStatus";
const _CVE = "ConstraintViolationException";
const _DRC = "DescribeReportCreation";
const _DRCI = "DescribeReportCreationInput";
const _DRCO = "DescribeReportCreationOutput";
const _EC = "ErrorCode";
const _ECR = "ExcludeCompliantResources";
const _EM = "ErrorMessage";
const _FI = "FailureInfo";
const _FRM = "FailedResourcesMap";
const _GB = "GroupBy";
const _GCS = "GetComplianceSummary";
const _GCSI = "GetComplianceSummaryInput";
const _GCSO = "GetComplianceSummaryOutput";
const _GR = "GetResources";
const _GRI = "GetResourcesInput";
const _GRO = "GetResourcesOutput";
const _GTK = "GetTagKeys";
const _GTKI = "GetTagKeysInput";
const _GTKO = "GetTagKeysOutput";
const _GTV = "GetTagValues";
const _GTVI = "GetTagValuesInput";
const _GTVO = "GetTagValuesOutput";
const _ICD = "IncludeComplianceDetails";
const _IPE = "InvalidParameterException";
const _ISE = "InternalServiceException";
const _K = "Key";
const _KWNV = "KeysWithNoncompliantValues";
const _LRT = "ListRequiredTags";
const _LRTI = "ListRequiredTagsInput";
const _LRTO = "ListRequiredTagsOutput";
const _LU = "LastUpdated";
const _M = "Message";
const _MR = "MaxResults";
const _MTK = "MissingTagKeys";
const _NCR = "NonCompliantResources";
const _NK = "NoncompliantKeys";
const _NT = "NextToken";
const _PT = "PaginationToken";
const _PTEE = "PaginationTokenExpiredException";
const _R = "Region";
const _RARN = "ResourceARN";
const _RARNL = "ResourceARNList";
const _RF = "RegionFilters";
const _RPP = "ResourcesPerPage";
const _RT = "RequiredTags";
const _RTF = "ResourceTypeFilters";
const _RTFLRT = "RequiredTagsForListRequiredTags";
const _RTK = "ReportingTagKeys";
const _RTM = "ResourceTagMapping";
const _RTML = "ResourceTagMappingList";
const _RTe = "RequiredTag";
const _RTes = "ResourceType";
const _S = "Status";
const _SB = "S3Bucket";
const _SC = "StatusCode";
const _SD = "StartDate";
const _SL = "S3Location";
const _SLu = "SummaryList";
const _SRC = "StartReportCreation";
const _SRCI = "StartReportCreationInput";
const _SRCO = "StartReportCreationOutput";
const _Su = "Summary";
const _T = "Tags";
const _TE = "ThrottledException";
const _TF = "TagFilters";
const _TFL = "TagFilterList";
const _TFa = "TagFilter";
const _TI = "TargetId";
const _TIF = "TargetIdFilters";
const _TIT = "TargetIdType";
const _TK = "TagKeys";
const _TKF = "TagKeyFilters";
const _TL = "TagList";
const _TPP = "TagsPerPage";
const _TR = "TagResources";
const _TRI = "TagResourcesInput";
const _TRO = "TagResourcesOutput";
const _TV = "TagValues";
const _Ta = "Tag";
const _UR = "UntagResources";
const _URI = "UntagResourcesInput";
const _URO = "UntagResourcesOutput";
const _V = "Value";
const _Va = "Values";
const _c = "client";
const _e = "error";
const _h = "http";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.resourcegroupstaggingapi";
const _se = "server";
const n0 = "com.amazonaws.resourcegroupstaggingapi";
const _s_registry = new TypeRegistry(_s);
var ResourceGroupsTaggingAPIServiceException$ = [-3, _s, "ResourceGroupsTaggingAPIServiceException", 0, [], []];
_s_registry.registerError(ResourceGroupsTaggingAPIServiceException$, ResourceGroupsTaggingAPIServiceException);
const n0_registry = new TypeRegistry(n0);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConstraintViolationException$ = [-3, n0, _CVE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
var InternalServiceException$ = [-3, n0, _ISE,
    { [_e]: _se },
    [_M],
    [0]
];
n0_registry.registerError(InternalServiceException$, InternalServiceException);
var InvalidParameterException$ = [-3, n0, _IPE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var PaginationTokenExpiredException$ = [-3, n0, _PTEE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(PaginationTokenExpiredException$, PaginationTokenExpiredException);
var ThrottledException$ = [-3, n0, _TE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(ThrottledException$, ThrottledException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var ComplianceDetails$ = [3, n0, _CD,
    0,
    [_NK, _KWNV, _MTK, _CS],
    [64 | 0, 64 | 0, 64 | 0, 2]
];
var DescribeReportCreationInput$ = [3, n0, _DRCI,
    0,
    [],
    []
];
var DescribeReportCreationOutput$ = [3, n0, _DRCO,
    0,
    [_S, _SL, _SD, _EM],
    [0, 0, 0, 0]
];
var FailureInfo$ = [3, n0, _FI,
    0,
    [_SC, _EC, _EM],
    [1, 0, 0]
];
var GetComplianceSummaryInput$ = [3, n0, _GCSI,
    0,
    [_TIF, _RF, _RTF, _TKF, _GB, _MR, _PT],
    [64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 1, 0]
];
var GetComplianceSummaryOutput$ = [3, n0, _GCSO,
    0,
    [_SLu, _PT],
    [() => SummaryList, 0]
];
var GetResourcesInput$ = [3, n0, _GRI,
    0,
    [_PT, _TF, _RPP, _TPP, _RTF, _ICD, _ECR, _RARNL],
    [0, () => TagFilterList, 1, 1, 64 | 0, 2, 2, 64 | 0]
];
var GetResourcesOutput$ = [3, n0, _GRO,
    0,
    [_PT, _RTML],
    [0, () => ResourceTagMappingList]
];
var GetTagKeysInput$ = [3, n0, _GTKI,
    0,
    [_PT],
    [0]
];
var GetTagKeysOutput$ = [3, n0, _GTKO,
    0,
    [_PT, _TK],
    [0, 64 | 0]
];
var GetTagValuesInput$ = [3, n0, _GTVI,
    0,
    [_K, _PT],
    [0, 0], 1
];
var GetTagValuesOutput$ = [3, n0, _GTVO,
    0,
    [_PT, _TV],
    [0, 64 | 0]
];
var ListRequiredTagsInput$ = [3, n0, _LRTI,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListRequiredTagsOutput$ = [3, n0, _LRTO,
    0,
    [_RT, _NT],
    [() => RequiredTagsForListRequiredTags, 0]
];
var RequiredTag$ = [3, n0, _RTe,
    0,
    [_RTes, _CFRT, _RTK],
    [0, 64 | 0, 64 | 0]
];
var ResourceTagMapping$ = [3, n0, _RTM,
    0,
    [_RARN, _T, _CD],
    [0, () => TagList, () => ComplianceDetails$]
];
var StartReportCreationInput$ = [3, n0, _SRCI,
    0,
    [_SB],
    [0], 1
];
var StartReportCreationOutput$ = [3, n0, _SRCO,
    0,
    [],
    []
];
var Summary$ = [3, n0, _Su,
    0,
    [_LU, _TI, _TIT, _R, _RTes, _NCR],
    [0, 0, 0, 0, 0, 1]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0], 2
];
var TagFilter$ = [3, n0, _TFa,
    0,
    [_K, _Va],
    [0, 64 | 0]
];
var TagResourcesInput$ = [3, n0, _TRI,
    0,
    [_RARNL, _T],
    [64 | 0, 128 | 0], 2
];
var TagResourcesOutput$ = [3, n0, _TRO,
    0,
    [_FRM],
    [() => FailedResourcesMap]
];
var UntagResourcesInput$ = [3, n0, _URI,
    0,
    [_RARNL, _TK],
    [64 | 0, 64 | 0], 2
];
var UntagResourcesOutput$ = [3, n0, _URO,
    0,
    [_FRM],
    [() => FailedResourcesMap]
];
var RequiredTagsForListRequiredTags = [1, n0, _RTFLRT,
    0, () => RequiredTag$
];
var ResourceTagMappingList = [1, n0, _RTML,
    0, () => ResourceTagMapping$
];
var SummaryList = [1, n0, _SLu,
    0, () => Summary$
];
var TagFilterList = [1, n0, _TFL,
    0, () => TagFilter$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var FailedResourcesMap = [2, n0, _FRM,
    0, 0, () => FailureInfo$
];
var DescribeReportCreation$ = [9, n0, _DRC,
    { [_h]: ["POST", "/DescribeReportCreation", 200] }, () => DescribeReportCreationInput$, () => DescribeReportCreationOutput$
];
var GetComplianceSummary$ = [9, n0, _GCS,
    { [_h]: ["POST", "/GetComplianceSummary", 200] }, () => GetComplianceSummaryInput$, () => GetComplianceSummaryOutput$
];
var GetResources$ = [9, n0, _GR,
    { [_h]: ["POST", "/GetResources", 200] }, () => GetResourcesInput$, () => GetResourcesOutput$
];
var GetTagKeys$ = [9, n0, _GTK,
    { [_h]: ["POST", "/GetTagKeys", 200] }, () => GetTagKeysInput$, () => GetTagKeysOutput$
];
var GetTagValues$ = [9, n0, _GTV,
    { [_h]: ["POST", "/GetTagValues", 200] }, () => GetTagValuesInput$, () => GetTagValuesOutput$
];
var ListRequiredTags$ = [9, n0, _LRT,
    { [_h]: ["POST", "/ListRequiredTags", 200] }, () => ListRequiredTagsInput$, () => ListRequiredTagsOutput$
];
var StartReportCreation$ = [9, n0, _SRC,
    { [_h]: ["POST", "/StartReportCreation", 200] }, () => StartReportCreationInput$, () => StartReportCreationOutput$
];
var TagResources$ = [9, n0, _TR,
    { [_h]: ["POST", "/TagResources", 200] }, () => TagResourcesInput$, () => TagResourcesOutput$
];
var UntagResources$ = [9, n0, _UR,
    { [_h]: ["POST", "/UntagResources", 200] }, () => UntagResourcesInput$, () => UntagResourcesOutput$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2017-01-26",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.resourcegroupstaggingapi",
            errorTypeRegistries,
            version: "2017-01-26",
            serviceTarget: "ResourceGroupsTaggingAPI_20170126",
        },
        serviceId: config?.serviceId ?? "Resource Groups Tagging API",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class ResourceGroupsTaggingAPIClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "ResourceGroupsTaggingAPI_20170126", "ResourceGroupsTaggingAPIClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class DescribeReportCreationCommand extends command(_ep0, _mw0, "DescribeReportCreation", DescribeReportCreation$) {
}

class GetComplianceSummaryCommand extends command(_ep0, _mw0, "GetComplianceSummary", GetComplianceSummary$) {
}

class GetResourcesCommand extends command(_ep0, _mw0, "GetResources", GetResources$) {
}

class GetTagKeysCommand extends command(_ep0, _mw0, "GetTagKeys", GetTagKeys$) {
}

class GetTagValuesCommand extends command(_ep0, _mw0, "GetTagValues", GetTagValues$) {
}

class ListRequiredTagsCommand extends command(_ep0, _mw0, "ListRequiredTags", ListRequiredTags$) {
}

class StartReportCreationCommand extends command(_ep0, _mw0, "StartReportCreation", StartReportCreation$) {
}

class TagResourcesCommand extends command(_ep0, _mw0, "TagResources", TagResources$) {
}

class UntagResourcesCommand extends command(_ep0, _mw0, "UntagResources", UntagResources$) {
}

const paginateGetComplianceSummary = createPaginator(ResourceGroupsTaggingAPIClient, GetComplianceSummaryCommand, "PaginationToken", "PaginationToken", "MaxResults");

const paginateGetResources = createPaginator(ResourceGroupsTaggingAPIClient, GetResourcesCommand, "PaginationToken", "PaginationToken", "ResourcesPerPage");

const paginateGetTagKeys = createPaginator(ResourceGroupsTaggingAPIClient, GetTagKeysCommand, "PaginationToken", "PaginationToken", "");

const paginateGetTagValues = createPaginator(ResourceGroupsTaggingAPIClient, GetTagValuesCommand, "PaginationToken", "PaginationToken", "");

const paginateListRequiredTags = createPaginator(ResourceGroupsTaggingAPIClient, ListRequiredTagsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    DescribeReportCreationCommand,
    GetComplianceSummaryCommand,
    GetResourcesCommand,
    GetTagKeysCommand,
    GetTagValuesCommand,
    ListRequiredTagsCommand,
    StartReportCreationCommand,
    TagResourcesCommand,
    UntagResourcesCommand,
};
const paginators = {
    paginateGetComplianceSummary,
    paginateGetResources,
    paginateGetTagKeys,
    paginateGetTagValues,
    paginateListRequiredTags,
};
class ResourceGroupsTaggingAPI extends ResourceGroupsTaggingAPIClient {
}
createAggregatedClient(commands, ResourceGroupsTaggingAPI, { paginators });

const ErrorCode = {
    INTERNAL_SERVICE_EXCEPTION: "InternalServiceException",
    INVALID_PARAMETER_EXCEPTION: "InvalidParameterException",
};
const GroupByAttribute = {
    REGION: "REGION",
    RESOURCE_TYPE: "RESOURCE_TYPE",
    TARGET_ID: "TARGET_ID",
};
const TargetIdType = {
    ACCOUNT: "ACCOUNT",
    OU: "OU",
    ROOT: "ROOT",
};

__webpack_unused_export__ = ComplianceDetails$;
__webpack_unused_export__ = ConcurrentModificationException;
__webpack_unused_export__ = ConcurrentModificationException$;
__webpack_unused_export__ = ConstraintViolationException;
__webpack_unused_export__ = ConstraintViolationException$;
__webpack_unused_export__ = DescribeReportCreation$;
__webpack_unused_export__ = DescribeReportCreationCommand;
__webpack_unused_export__ = DescribeReportCreationInput$;
__webpack_unused_export__ = DescribeReportCreationOutput$;
__webpack_unused_export__ = ErrorCode;
__webpack_unused_export__ = FailureInfo$;
__webpack_unused_export__ = GetComplianceSummary$;
__webpack_unused_export__ = GetComplianceSummaryCommand;
__webpack_unused_export__ = GetComplianceSummaryInput$;
__webpack_unused_export__ = GetComplianceSummaryOutput$;
__webpack_unused_export__ = GetResources$;
__webpack_unused_export__ = GetResourcesCommand;
__webpack_unused_export__ = GetResourcesInput$;
__webpack_unused_export__ = GetResourcesOutput$;
__webpack_unused_export__ = GetTagKeys$;
__webpack_unused_export__ = GetTagKeysCommand;
__webpack_unused_export__ = GetTagKeysInput$;
__webpack_unused_export__ = GetTagKeysOutput$;
__webpack_unused_export__ = GetTagValues$;
__webpack_unused_export__ = GetTagValuesCommand;
__webpack_unused_export__ = GetTagValuesInput$;
__webpack_unused_export__ = GetTagValuesOutput$;
__webpack_unused_export__ = GroupByAttribute;
__webpack_unused_export__ = InternalServiceException;
__webpack_unused_export__ = InternalServiceException$;
__webpack_unused_export__ = InvalidParameterException;
__webpack_unused_export__ = InvalidParameterException$;
__webpack_unused_export__ = ListRequiredTags$;
__webpack_unused_export__ = ListRequiredTagsCommand;
__webpack_unused_export__ = ListRequiredTagsInput$;
__webpack_unused_export__ = ListRequiredTagsOutput$;
__webpack_unused_export__ = PaginationTokenExpiredException;
__webpack_unused_export__ = PaginationTokenExpiredException$;
__webpack_unused_export__ = RequiredTag$;
__webpack_unused_export__ = ResourceGroupsTaggingAPI;
exports.DE = ResourceGroupsTaggingAPIClient;
__webpack_unused_export__ = ResourceGroupsTaggingAPIServiceException;
__webpack_unused_export__ = ResourceGroupsTaggingAPIServiceException$;
__webpack_unused_export__ = ResourceTagMapping$;
__webpack_unused_export__ = StartReportCreation$;
__webpack_unused_export__ = StartReportCreationCommand;
__webpack_unused_export__ = StartReportCreationInput$;
__webpack_unused_export__ = StartReportCreationOutput$;
__webpack_unused_export__ = Summary$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagFilter$;
__webpack_unused_export__ = TagResources$;
exports.zf = TagResourcesCommand;
__webpack_unused_export__ = TagResourcesInput$;
__webpack_unused_export__ = TagResourcesOutput$;
__webpack_unused_export__ = TargetIdType;
__webpack_unused_export__ = ThrottledException;
__webpack_unused_export__ = ThrottledException$;
__webpack_unused_export__ = UntagResources$;
__webpack_unused_export__ = UntagResourcesCommand;
__webpack_unused_export__ = UntagResourcesInput$;
__webpack_unused_export__ = UntagResourcesOutput$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateGetComplianceSummary;
exports.OE = paginateGetResources;
__webpack_unused_export__ = paginateGetTagKeys;
__webpack_unused_export__ = paginateGetTagValues;
__webpack_unused_export__ = paginateListRequiredTags;


/***/ })

};
