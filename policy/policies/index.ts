/**
 * The pack's policies, listed explicitly (no directory scanning): adding a policy means adding it
 * here, and test/policy/pack/pack.spec.ts pins this list and the enforcement levels.
 *
 * Safe to import anywhere: unlike ../index.ts it does not start the policy pack's gRPC server.
 */
import { definition as cloudtrailMultiRegionValidated } from "./cloudtrail/cloudtrail-multi-region-validated";
import { definition as ebsEncryptionEnabled } from "./ebs/ebs-encryption-enabled";
import { definition as ec2Imdsv2Required } from "./ec2/ec2-imdsv2-required";
import { definition as ec2NoPublicAdminPorts } from "./ec2/ec2-no-public-admin-ports";
import { definition as ec2NoPublicHighRiskPorts } from "./ec2/ec2-no-public-high-risk-ports";
import { definition as ec2NoSecretsInUserData } from "./ec2/ec2-no-secrets-in-user-data";
import { definition as iamNoPrivilegeEscalation } from "./iam/iam-no-privilege-escalation";
import { definition as iamNoWildcardAdminPolicy } from "./iam/iam-no-wildcard-admin-policy";
import { definition as iamPolicyActionsExist } from "./iam/iam-policy-actions-exist";
import { definition as iamRoleTrustRestricted } from "./iam/iam-role-trust-restricted";
import { definition as kmsKeyRotationEnabled } from "./kms/kms-key-rotation-enabled";
import { definition as lambdaNoSecretsInEnvironment } from "./lambda/lambda-no-secrets-in-environment";
import { definition as organizationsAccountNoCloseOnDeletion } from "./organizations/organizations-account-no-close-on-deletion";
import { definition as s3PublicAccessBlocked } from "./s3/s3-public-access-blocked";
import { definition as rdsNoPublicAccess } from "./rds/rds-no-public-access";
import { definition as rdsStorageEncrypted } from "./rds/rds-storage-encrypted";
import { definition as efsEncrypted } from "./efs/efs-encrypted";
import { definition as resourcePolicyNotPublic } from "./cross-service/resource-policy-not-public";
import { definition as snsTopicEncrypted } from "./sns/sns-topic-encrypted";
import { definition as sqsQueueEncrypted } from "./sqs/sqs-queue-encrypted";
import { definition as kinesisStreamEncrypted } from "./kinesis/kinesis-stream-encrypted";
import { definition as dynamodbTableRecoverable } from "./dynamodb/dynamodb-table-recoverable";
import { definition as ecrRepositoryScannedImmutable } from "./ecr/ecr-repository-scanned-immutable";
import { definition as s3BucketVersioningEnabled } from "./s3/s3-bucket-versioning-enabled";
import { definition as s3BucketAclsDisabled } from "./s3/s3-bucket-acls-disabled";
import { definition as elasticacheEncrypted } from "./elasticache/elasticache-encrypted";
import { definition as opensearchDomainSecure } from "./opensearch/opensearch-domain-secure";
import { definition as eksEndpointNotPublic } from "./eks/eks-endpoint-not-public";
import { definition as cloudfrontHttpsOnly } from "./cloudfront/cloudfront-https-only";
import { definition as lbListenerEncrypted } from "./lb/lb-listener-encrypted";
import { definition as apigatewayStageAccessLogging } from "./apigateway/apigateway-stage-access-logging";
import { definition as ec2NoPublicIp } from "./ec2/ec2-no-public-ip";
import { definition as ec2DefaultSecurityGroupClosed } from "./ec2/ec2-default-security-group-closed";
import { definition as ec2NetworkAclNoPublicAdminPorts } from "./ec2/ec2-network-acl-no-public-admin-ports";
import { definition as iamPasswordPolicyStrong } from "./iam/iam-password-policy-strong";
import { definition as iamNoUserCredentials } from "./iam/iam-no-user-credentials";
import { definition as iamUserNoDirectPolicies } from "./iam/iam-user-no-direct-policies";
import { definition as ssoadminPermissionSetShortSession } from "./ssoadmin/ssoadmin-permission-set-short-session";
import { definition as organizationsGuardrailsEnabled } from "./organizations/organizations-guardrails-enabled";
import { definition as guarddutyEnabled } from "./guardduty/guardduty-enabled";
import { definition as configRecorderComplete } from "./cfg/config-recorder-complete";
import { definition as cloudtrailKmsEncrypted } from "./cloudtrail/cloudtrail-kms-encrypted";
import { definition as lambdaSupportedRuntime } from "./lambda/lambda-supported-runtime";
import { definition as cloudwatchLogGroupRetained } from "./cloudwatch/cloudwatch-log-group-retained";
import { definition as apigatewayRoutesAuthorized } from "./apigateway/apigateway-routes-authorized";
import { definition as ecsTaskDefinitionSecure } from "./ecs/ecs-task-definition-secure";
import { definition as awsAllowedRegions } from "./cross-service/aws-allowed-regions";
import { definition as ec2VpcFlowLogs } from "./ec2/ec2-vpc-flow-logs";
import { definition as s3BucketLoggingEnabled } from "./s3/s3-bucket-logging-enabled";
import { definition as s3BucketSslOnly } from "./s3/s3-bucket-ssl-only";
import { definition as cloudtrailBucketNotPublic } from "./cloudtrail/cloudtrail-bucket-not-public";
import { definition as s3BucketSafeguardsAttached } from "./s3/s3-bucket-safeguards-attached";
import { definition as secretsmanagerSecretRotated } from "./secretsmanager/secretsmanager-secret-rotated";
import { definition as rdsInstanceResilient } from "./rds/rds-instance-resilient";
import { definition as cloudwatchLogGroupEncrypted } from "./cloudwatch/cloudwatch-log-group-encrypted";
import { definition as snsSubscriptionEncryptedTransport } from "./sns/sns-subscription-encrypted-transport";
import { definition as ec2NoSshKeyPair } from "./ec2/ec2-no-ssh-key-pair";
import { definition as lbLoadBalancerHardened } from "./lb/lb-load-balancer-hardened";
import { definition as iamNoAdminPolicyAttached } from "./iam/iam-no-admin-policy-attached";
import { definition as kmsKeyDeletionWindow } from "./kms/kms-key-deletion-window";
import { definition as codebuildProjectNoSecrets } from "./codebuild/codebuild-project-no-secrets";
import { definition as ssmParameterSecretsEncrypted } from "./ssm/ssm-parameter-secrets-encrypted";
import { definition as eksClusterHardened } from "./eks/eks-cluster-hardened";
import { definition as mqBrokerNotPublic } from "./mq/mq-broker-not-public";
import { definition as dmsReplicationInstanceNotPublic } from "./dms/dms-replication-instance-not-public";
import { definition as cloudfrontDefaultRootObject } from "./cloudfront/cloudfront-default-root-object";
import { definition as ec2TransitGatewayNoAutoAccept } from "./ec2transitgateway/ec2-transit-gateway-no-auto-accept";
import { definition as secretsmanagerSecretRecoverable } from "./secretsmanager/secretsmanager-secret-recoverable";
import { definition as cognitoUserPoolMfa } from "./cognito/cognito-user-pool-mfa";
import { definition as kmsKeyEnabled } from "./kms/kms-key-enabled";
import { definition as ec2BlockPublicSharing } from "./ec2/ec2-block-public-sharing";
import { definition as s3AccessPointPublicBlocked } from "./s3/s3-access-point-public-blocked";
import { definition as sagemakerNotebookIsolated } from "./sagemaker/sagemaker-notebook-isolated";
import { definition as rdsSnapshotNotPublic } from "./rds/rds-snapshot-not-public";
import { definition as ec2AmiNotPublic } from "./ec2/ec2-ami-not-public";
import { definition as mskClusterSecure } from "./msk/msk-cluster-secure";
import { definition as emrBlockPublicAccess } from "./emr/emr-block-public-access";
import { definition as daxClusterEncrypted } from "./dax/dax-cluster-encrypted";
import { definition as apigatewayCacheEncrypted } from "./apigateway/apigateway-cache-encrypted";
import { definition as transferServerNoFtp } from "./transfer/transfer-server-no-ftp";
import { definition as securityhubEnabled } from "./securityhub/securityhub-enabled";
import { definition as cloudwatchAlarmActionsEnabled } from "./cloudwatch/cloudwatch-alarm-actions-enabled";
import { definition as pulumiserviceDeploymentsOidc } from "./pulumiservice/pulumiservice-deployments-oidc";

export { PACK_NAME } from "../pack-name";

export const definitions = [
    s3PublicAccessBlocked,
    cloudtrailMultiRegionValidated,
    kmsKeyRotationEnabled,
    iamNoWildcardAdminPolicy,
    organizationsAccountNoCloseOnDeletion,
    ec2NoPublicAdminPorts,
    ec2Imdsv2Required,
    ebsEncryptionEnabled,
    ec2NoSecretsInUserData,
    lambdaNoSecretsInEnvironment,
    iamRoleTrustRestricted,
    iamNoPrivilegeEscalation,
    iamPolicyActionsExist,
    ec2NoPublicHighRiskPorts,
    rdsNoPublicAccess,
    rdsStorageEncrypted,
    efsEncrypted,
    resourcePolicyNotPublic,
    snsTopicEncrypted,
    sqsQueueEncrypted,
    kinesisStreamEncrypted,
    dynamodbTableRecoverable,
    ecrRepositoryScannedImmutable,
    s3BucketVersioningEnabled,
    s3BucketAclsDisabled,
    elasticacheEncrypted,
    opensearchDomainSecure,
    eksEndpointNotPublic,
    cloudfrontHttpsOnly,
    lbListenerEncrypted,
    apigatewayStageAccessLogging,
    ec2NoPublicIp,
    ec2DefaultSecurityGroupClosed,
    ec2NetworkAclNoPublicAdminPorts,
    iamPasswordPolicyStrong,
    iamNoUserCredentials,
    iamUserNoDirectPolicies,
    ssoadminPermissionSetShortSession,
    organizationsGuardrailsEnabled,
    guarddutyEnabled,
    configRecorderComplete,
    cloudtrailKmsEncrypted,
    lambdaSupportedRuntime,
    cloudwatchLogGroupRetained,
    apigatewayRoutesAuthorized,
    ecsTaskDefinitionSecure,
    rdsInstanceResilient,
    cloudwatchLogGroupEncrypted,
    snsSubscriptionEncryptedTransport,
    ec2NoSshKeyPair,
    lbLoadBalancerHardened,
    iamNoAdminPolicyAttached,
    kmsKeyDeletionWindow,
    codebuildProjectNoSecrets,
    ssmParameterSecretsEncrypted,
    eksClusterHardened,
    mqBrokerNotPublic,
    dmsReplicationInstanceNotPublic,
    cloudfrontDefaultRootObject,
    ec2TransitGatewayNoAutoAccept,
    secretsmanagerSecretRecoverable,
    cognitoUserPoolMfa,
    kmsKeyEnabled,
    ec2BlockPublicSharing,
    s3AccessPointPublicBlocked,
    sagemakerNotebookIsolated,
    rdsSnapshotNotPublic,
    ec2AmiNotPublic,
    mskClusterSecure,
    emrBlockPublicAccess,
    daxClusterEncrypted,
    apigatewayCacheEncrypted,
    transferServerNoFtp,
    securityhubEnabled,
    cloudwatchAlarmActionsEnabled,
    pulumiserviceDeploymentsOidc,
] as const;

/** Stack policies: rules about how the stack's resources relate. */
export const stackDefinitions = [cloudtrailBucketNotPublic, s3BucketSafeguardsAttached, secretsmanagerSecretRotated, awsAllowedRegions,
    s3BucketLoggingEnabled, s3BucketSslOnly, ec2VpcFlowLogs] as const;

export const policies = [...definitions.map((d) => d.policy), ...stackDefinitions.map((d) => d.policy)];
