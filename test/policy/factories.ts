/**
 * Happy-path factories: one compliant set of inputs per resource type the pack checks (awsguard
 * style). Tests change one field at a time from these.
 */
import * as ebs from "../../policy/policies/ebs/ebs-encryption-enabled";
import * as imds from "../../policy/policies/ec2/ec2-imdsv2-required";
import * as adminPorts from "../../policy/policies/ec2/ec2-no-public-admin-ports";
import * as iam from "../../policy/policies/iam/iam-no-wildcard-admin-policy";
import * as lambdaSecrets from "../../policy/policies/lambda/lambda-no-secrets-in-environment";
import * as efs from "../../policy/policies/efs/efs-encrypted";
import * as rdsEncrypted from "../../policy/policies/rds/rds-storage-encrypted";
import * as rdsPublic from "../../policy/policies/rds/rds-no-public-access";
import * as publicPolicies from "../../policy/policies/cross-service/resource-policy-not-public";
import * as kms from "../../policy/policies/kms/kms-key-rotation-enabled";
import * as organizations from "../../policy/policies/organizations/organizations-account-no-close-on-deletion";
import * as s3 from "../../policy/policies/s3/s3-public-access-blocked";

import * as access from "./factories/access";
import * as compute from "./factories/compute";
import * as edge from "./factories/edge";
import * as services from "./factories/services";

import type { Props } from "./factories/props";
export type { Props };

export const readOnlyDocument = () => ({
    Version: "2012-10-17",
    Statement: [
        { Sid: "ReadLogs", Effect: "Allow", Action: ["logs:Get*", "logs:Describe*"], Resource: "*" },
        { Sid: "DenyDelete", Effect: "Deny", Action: "*", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } },
    ],
});

/** A resource policy for one principal, e.g. an account root or a service with its source. */
export const resourcePolicy = (Principal: unknown, Action: string, Condition?: unknown) => ({
    Version: "2012-10-17",
    Statement: [{ Sid: "Owner", Effect: "Allow", Principal, Action, Resource: "*", ...(Condition !== undefined && { Condition }) }],
});

export const adminStatement = (extra: Props = {}) => ({ Effect: "Allow", Action: "*", Resource: "*", ...extra });

/**
 * Resource types a policy reports whatever their inputs (an IAM access key has no compliant form):
 * policy name -> those types. Their happy factories are compliant with every other policy.
 */
export const alwaysReported: { readonly [policy: string]: readonly string[] } = {
    "iam-no-user-credentials": ["aws:iam/accessKey:AccessKey", "aws:iam/userLoginProfile:UserLoginProfile"],
    "iam-user-no-direct-policies": ["aws:iam/userPolicy:UserPolicy", "aws:iam/userPolicyAttachment:UserPolicyAttachment"],
    ...access.alwaysReported,
    ...edge.alwaysReported,
    ...compute.alwaysReported,
    ...services.alwaysReported,
};

const core: { readonly [type: string]: () => Props } = {
    [s3.ACCOUNT_PUBLIC_ACCESS_BLOCK]: () => ({
        accountId: "111111111111",
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
    }),
    [s3.BUCKET_PUBLIC_ACCESS_BLOCK]: () => ({
        bucket: "acme-log-archive",
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
    }),
    [s3.BUCKET_ACL]: () => ({ bucket: "acme-log-archive", acl: "private" }),
    [s3.BUCKET_ACL_V2]: () => ({
        bucket: "acme-log-archive",
        accessControlPolicy: {
            owner: { id: "owner-canonical-id" },
            grants: [{ grantee: { type: "CanonicalUser", id: "owner-canonical-id" }, permission: "FULL_CONTROL" }],
        },
    }),
    [s3.BUCKET]: () => ({ bucket: "acme-assets", acl: "private" }),
    [s3.BUCKET_V2]: () => ({
        bucket: "acme-assets",
        grants: [{ type: "CanonicalUser", id: "owner-canonical-id", permissions: ["FULL_CONTROL"] }],
    }),
    [kms.KEY]: () => ({
        description: "CloudTrail log encryption",
        enableKeyRotation: true,
        rotationPeriodInDays: 365,
        deletionWindowInDays: 30,
        policy: JSON.stringify(resourcePolicy({ AWS: "arn:aws:iam::111111111111:root" }, "kms:*")),
    }),
    [iam.POLICY]: () => ({ name: "read-logs", policy: JSON.stringify(readOnlyDocument()) }),
    [iam.ROLE_POLICY]: () => ({ role: "deploy", policy: readOnlyDocument() }),
    [iam.USER_POLICY]: () => ({ user: "ci", policy: JSON.stringify(readOnlyDocument()) }),
    [iam.GROUP_POLICY]: () => ({ group: "auditors", policy: readOnlyDocument() }),
    [iam.ROLE]: () => ({
        name: "deploy",
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
        }),
        inlinePolicies: [{ name: "read-logs", policy: JSON.stringify(readOnlyDocument()) }],
    }),
    [iam.PERMISSION_SET_INLINE_POLICY]: () => ({
        instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef",
        permissionSetArn: "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef",
        inlinePolicy: JSON.stringify(readOnlyDocument()),
    }),
    [organizations.ACCOUNT]: () => ({
        name: "Production",
        email: "aws-prod@example.com",
        parentId: "ou-abcd-12345678",
        closeOnDeletion: false,
    }),
    [adminPorts.SECURITY_GROUP]: () => ({
        vpcId: "vpc-0123456789abcdef0",
        description: "web servers",
        ingress: [
            { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
            { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.20.0.0/16"] },
        ],
        egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    }),
    [adminPorts.SECURITY_GROUP_RULE]: () => ({
        type: "ingress", securityGroupId: "sg-0123456789abcdef0", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"],
    }),
    [adminPorts.VPC_INGRESS_RULE]: () => ({
        securityGroupId: "sg-0123456789abcdef0", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0",
    }),
    [imds.INSTANCE]: () => ({
        ami: "ami-0123456789abcdef0",
        instanceType: "t4g.micro",
        subnetId: "subnet-0123456789abcdef0",
        metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
        rootBlockDevice: { encrypted: true, volumeSize: 20 },
    }),
    [imds.LAUNCH_TEMPLATE]: () => ({
        imageId: "ami-0123456789abcdef0",
        instanceType: "t4g.micro",
        metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
    }),
    [imds.METADATA_DEFAULTS]: () => ({ httpTokens: "required", httpPutResponseHopLimit: 1 }),
    [ebs.VOLUME]: () => ({ availabilityZone: "us-east-1a", size: 20, type: "gp3", encrypted: true }),
    [ebs.ENCRYPTION_BY_DEFAULT]: () => ({ enabled: true }),
    [lambdaSecrets.FUNCTION]: () => ({
        role: "arn:aws:iam::111111111111:role/orders-api",
        runtime: "nodejs24.x",
        handler: "index.handler",
        environment: { variables: { TABLE_NAME: "orders", API_KEY_SECRET_ARN: "arn:aws:secretsmanager:us-east-1:111111111111:secret:orders-api-key-AbCdEf" } },
    }),
    [rdsEncrypted.DB_INSTANCE]: () => ({
        engine: "postgres", instanceClass: "db.t4g.micro", allocatedStorage: 20, storageEncrypted: true, publiclyAccessible: false,
        dbSubnetGroupName: "private", deletionProtection: true, backupRetentionPeriod: 7,
    }),
    [rdsPublic.CLUSTER_INSTANCE]: () => ({ clusterIdentifier: "orders", engine: "aurora-postgresql", instanceClass: "db.t4g.medium", publiclyAccessible: false }),
    [rdsEncrypted.DOCDB_CLUSTER]: () => ({ engine: "docdb", storageEncrypted: true, masterUsername: "app" }),
    [rdsEncrypted.NEPTUNE_CLUSTER]: () => ({ engine: "neptune", storageEncrypted: true }),
    [rdsEncrypted.REDSHIFT_CLUSTER]: () => ({ clusterIdentifier: "analytics", nodeType: "ra3.large", encrypted: "true", publiclyAccessible: false }),
    [efs.FILE_SYSTEM]: () => ({ encrypted: true, performanceMode: "generalPurpose" }),
    [publicPolicies.RESOURCE_POLICY_TYPES.bucketPolicy]: () => ({
        bucket: "acme-assets",
        policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                { Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "s3:*", Resource: ["arn:aws:s3:::acme-assets", "arn:aws:s3:::acme-assets/*"],
                    Condition: { Bool: { "aws:SecureTransport": "false" } } },
                { Sid: "CloudFront", Effect: "Allow", Principal: { Service: "cloudfront.amazonaws.com" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::acme-assets/*",
                    Condition: { StringEquals: { "AWS:SourceArn": "arn:aws:cloudfront::111111111111:distribution/EDFDVBD6EXAMPLE" } } },
            ],
        }),
    }),
    [publicPolicies.RESOURCE_POLICY_TYPES.topic]: () => ({ name: "alerts", kmsMasterKeyId: "alias/acme/alerts", policy: JSON.stringify(resourcePolicy({ AWS: "arn:aws:iam::111111111111:root" }, "sns:Publish")) }),
    [publicPolicies.RESOURCE_POLICY_TYPES.topicPolicy]: () => ({
        arn: "arn:aws:sns:us-east-1:111111111111:alerts",
        policy: JSON.stringify(resourcePolicy("*", "sns:Publish", { StringEquals: { "aws:SourceAccount": "111111111111" } })),
    }),
    [publicPolicies.RESOURCE_POLICY_TYPES.queue]: () => ({ name: "jobs", sqsManagedSseEnabled: true }),
    [publicPolicies.RESOURCE_POLICY_TYPES.queuePolicy]: () => ({
        queueUrl: "https://sqs.us-east-1.amazonaws.com/111111111111/jobs",
        policy: JSON.stringify(resourcePolicy({ Service: "sns.amazonaws.com" }, "sqs:SendMessage", { ArnEquals: { "aws:SourceArn": "arn:aws:sns:us-east-1:111111111111:alerts" } })),
    }),
    [publicPolicies.RESOURCE_POLICY_TYPES.keyPolicy]: () => ({ keyId: "1234abcd-12ab-34cd-56ef-1234567890ab", policy: JSON.stringify(resourcePolicy({ AWS: "arn:aws:iam::111111111111:root" }, "kms:*")) }),
    [publicPolicies.RESOURCE_POLICY_TYPES.repositoryPolicy]: () => ({
        repository: "app", policy: JSON.stringify(resourcePolicy({ AWS: "arn:aws:iam::222222222222:root" }, "ecr:BatchGetImage")),
    }),
    [publicPolicies.RESOURCE_POLICY_TYPES.secret]: () => ({ name: "db-password", kmsKeyId: "alias/acme/secrets" }),
    [publicPolicies.RESOURCE_POLICY_TYPES.secretPolicy]: () => ({
        secretArn: "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf",
        policy: JSON.stringify(resourcePolicy("*", "secretsmanager:GetSecretValue", { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } })),
    }),
    [publicPolicies.LAMBDA_PERMISSION]: () => ({
        function: "orders-api", action: "lambda:InvokeFunction", principal: "events.amazonaws.com",
        sourceArn: "arn:aws:events:us-east-1:111111111111:rule/orders",
    }),
    [publicPolicies.LAMBDA_FUNCTION_URL]: () => ({ functionName: "orders-api", authorizationType: "AWS_IAM" }),
    "aws:kinesis/stream:Stream": () => ({ name: "events", shardCount: 1, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" }),
    "aws:dynamodb/table:Table": () => ({
        name: "orders", hashKey: "id", billingMode: "PAY_PER_REQUEST", attributes: [{ name: "id", type: "S" }],
        pointInTimeRecovery: { enabled: true }, deletionProtectionEnabled: true,
    }),
    "aws:ecr/repository:Repository": () => ({ name: "app", imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" }),
    "aws:s3/bucketVersioning:BucketVersioning": () => ({ bucket: "acme-assets", versioningConfiguration: { status: "Enabled" } }),
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": () => ({ bucket: "acme-assets", rule: { objectOwnership: "BucketOwnerEnforced" } }),
    "aws:eks/cluster:Cluster": () => ({
        name: "apps", roleArn: "arn:aws:iam::111111111111:role/eks",
        vpcConfig: { subnetIds: ["subnet-0123456789abcdef0"], endpointPrivateAccess: true, endpointPublicAccess: false },
        encryptionConfig: { resources: ["secrets"], provider: { keyArn: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab" } },
        enabledClusterLogTypes: ["api", "audit", "authenticator"],
    }),
    "aws:lb/listener:Listener": () => ({
        loadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/50dc6c495c0c9188", port: 443, protocol: "HTTPS",
        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", certificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1234",
        defaultActions: [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web/73e2d6bc24d8a067" }],
    }),
    "aws:alb/listener:Listener": () => ({
        loadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/50dc6c495c0c9188", port: 80, protocol: "HTTP",
        defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
    }),
    "aws:apigateway/stage:Stage": () => ({
        restApi: "a1b2c3", deployment: "d1", stageName: "prod",
        accessLogSettings: { destinationArn: "arn:aws:logs:us-east-1:111111111111:log-group:api-access", format: "$context.requestId" },
    }),
    "aws:apigatewayv2/stage:Stage": () => ({
        apiId: "a1b2c3", name: "$default", autoDeploy: true,
        accessLogSettings: { destinationArn: "arn:aws:logs:us-east-1:111111111111:log-group:api-access", format: "$context.requestId" },
    }),
    "aws:ec2/subnet:Subnet": () => ({ vpcId: "vpc-0123456789abcdef0", cidrBlock: "10.0.1.0/24", mapPublicIpOnLaunch: false }),
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": () => ({ vpcId: "vpc-0123456789abcdef0" }),
    "aws:ec2/networkAcl:NetworkAcl": () => ({
        vpcId: "vpc-0123456789abcdef0",
        ingress: [
            { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
            { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "10.0.0.0/8" },
        ],
    }),
    "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl": () => ({
        defaultNetworkAclId: "acl-0123456789abcdef0",
        ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "10.0.0.0/16" }],
    }),
    "aws:ec2/networkAclRule:NetworkAclRule": () => ({
        networkAclId: "acl-0123456789abcdef0", ruleNumber: 100, egress: false, protocol: "tcp", ruleAction: "allow", cidrBlock: "0.0.0.0/0", fromPort: 443, toPort: 443,
    }),
    "aws:iam/accountPasswordPolicy:AccountPasswordPolicy": () => ({
        minimumPasswordLength: 14, passwordReusePrevention: 24, requireSymbols: true, requireNumbers: true, maxPasswordAge: 90,
    }),
    "aws:iam/policyAttachment:PolicyAttachment": () => ({ policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", groups: ["auditors"], roles: ["readonly"] }),
    "aws:ssoadmin/permissionSet:PermissionSet": () => ({ instanceArn: "arn:aws:sso:::instance/ssoins-1234567890abcdef", name: "Developer", sessionDuration: "PT1H" }),
    "aws:organizations/organization:Organization": () => ({
        featureSet: "ALL", awsServiceAccessPrincipals: ["cloudtrail.amazonaws.com", "sso.amazonaws.com"],
        enabledPolicyTypes: ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"],
    }),
    "aws:guardduty/detector:Detector": () => ({ enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" }),
    "aws:guardduty/organizationConfiguration:OrganizationConfiguration": () => ({ detectorId: "12abc34d567e8fa901bc2d34e56789f0", autoEnableOrganizationMembers: "ALL" }),
    "aws:cfg/recorder:Recorder": () => ({ roleArn: "arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig", recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }),
    "aws:cfg/recorderStatus:RecorderStatus": () => ({ name: "default", isEnabled: true }),
    "aws:cloudwatch/logGroup:LogGroup": () => ({ name: "/aws/lambda/orders-api", retentionInDays: 365, kmsKeyId: "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab" }),
    "aws:apigatewayv2/route:Route": () => ({ apiId: "a1b2c3", routeKey: "GET /orders", authorizationType: "JWT", authorizerId: "abc123" }),
    "aws:apigateway/method:Method": () => ({ restApi: "a1b2c3", resourceId: "r1", httpMethod: "GET", authorization: "AWS_IAM" }),
    "aws:ecs/taskDefinition:TaskDefinition": () => ({
        family: "orders",
        containerDefinitions: JSON.stringify([{
            name: "api", image: "111111111111.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2", essential: true,
            environment: [{ name: "TABLE", value: "orders" }],
            secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf" }],
        }]),
    }),
    "aws:iam/accessKey:AccessKey": () => ({ user: "ci" }),
    "aws:iam/userLoginProfile:UserLoginProfile": () => ({ user: "alice", passwordResetRequired: true }),
    "aws:iam/userPolicyAttachment:UserPolicyAttachment": () => ({ user: "ci", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }),
    "aws:sns/topicSubscription:TopicSubscription": () => ({ topic: "arn:aws:sns:us-east-1:111111111111:alerts", protocol: "https", endpoint: "https://hooks.example.com/alerts" }),
    "aws:lb/loadBalancer:LoadBalancer": () => ({
        loadBalancerType: "application", internal: false, subnets: ["subnet-1", "subnet-2"], dropInvalidHeaderFields: true,
        accessLogs: { bucket: "acme-lb-logs", enabled: true },
    }),
    "aws:alb/loadBalancer:LoadBalancer": () => ({ loadBalancerType: "application", subnets: ["subnet-1", "subnet-2"], dropInvalidHeaderFields: true, accessLogs: { bucket: "acme-lb-logs", enabled: true } }),
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": () => ({ role: "app", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }),
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment": () => ({ group: "auditors", policyArn: "arn:aws:iam::aws:policy/SecurityAudit" }),
    "aws:ec2/launchConfiguration:LaunchConfiguration": () => ({ imageId: "ami-0123456789abcdef0", instanceType: "t4g.micro", metadataOptions: { httpTokens: "required" } }),
    "aws:codebuild/project:Project": () => ({
        name: "build", serviceRole: "arn:aws:iam::111111111111:role/codebuild",
        artifacts: { type: "NO_ARTIFACTS" },
        environment: {
            computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER",
            environmentVariables: [{ name: "STAGE", value: "prod" }, { name: "NPM_TOKEN", value: "/ci/npm-token", type: "PARAMETER_STORE" }],
        },
        source: { type: "GITHUB", location: "https://github.com/example/app.git" },
    }),
    "aws:ssm/parameter:Parameter": () => ({ name: "/app/db-password", type: "SecureString", value: "not-a-real-password" }),
    "aws:ec2transitgateway/transitGateway:TransitGateway": () => ({ description: "core", autoAcceptSharedAttachments: "disable" }),
    "aws:cognito/userPool:UserPool": () => ({ name: "customers", mfaConfiguration: "OPTIONAL" }),
    "aws:s3/bucketVersioningV2:BucketVersioningV2": () => ({ bucket: "acme-assets", versioningConfiguration: { status: "Enabled" } }),
    "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess": () => ({ state: "block-all-sharing" }),
    "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess": () => ({ state: "block-new-sharing" }),
    "aws:s3/accessPoint:AccessPoint": () => ({ bucket: "acme-data", name: "analytics", publicAccessBlockConfiguration: {
        blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } }),
    "aws:sagemaker/notebookInstance:NotebookInstance": () => ({
        name: "research", instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111111111111:role/sagemaker", subnetId: "subnet-1",
        securityGroups: ["sg-1"], directInternetAccess: "Disabled", rootAccess: "Disabled",
    }),
    "aws:rds/snapshot:Snapshot": () => ({ dbInstanceIdentifier: "orders", dbSnapshotIdentifier: "orders-before-migration", sharedAccounts: ["222222222222"] }),
    "aws:rds/clusterSnapshot:ClusterSnapshot": () => ({ dbClusterIdentifier: "orders", dbClusterSnapshotIdentifier: "orders-final" }),
    "aws:rds/snapshotCopy:SnapshotCopy": () => ({ sourceDbSnapshotIdentifier: "orders-before-migration", targetDbSnapshotIdentifier: "orders-dr", kmsKeyId: "alias/dr" }),
    "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy": () => ({ sourceDbClusterSnapshotIdentifier: "orders-final", targetDbClusterSnapshotIdentifier: "orders-final-dr", sharedAccounts: [] }),
    "aws:ec2/amiLaunchPermission:AmiLaunchPermission": () => ({ imageId: "ami-0123456789abcdef0", organizationArn: "arn:aws:organizations::111111111111:organization/o-exampleorgid" }),
    "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration": () => ({
        blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }],
    }),
    "aws:dax/cluster:Cluster": () => ({
        clusterName: "sessions", iamRoleArn: "arn:aws:iam::111111111111:role/dax", nodeType: "dax.t3.small", replicationFactor: 3,
        serverSideEncryption: { enabled: true }, clusterEndpointEncryptionType: "TLS",
    }),
    "aws:apigateway/methodSettings:MethodSettings": () => ({
        restApi: "api-1", stageName: "prod", methodPath: "*/*", settings: { metricsEnabled: true, cachingEnabled: true, cacheDataEncrypted: true },
    }),
    "aws:securityhub/configurationPolicy:ConfigurationPolicy": () => ({
        name: "baseline",
        configurationPolicy: {
            serviceEnabled: true,
            enabledStandardArns: ["arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0"],
            securityControlsConfiguration: { disabledControlIdentifiers: [] },
        },
    }),
    "aws:securityhub/organizationConfiguration:OrganizationConfiguration": () => ({
        autoEnable: false, autoEnableStandards: "NONE", organizationConfiguration: { configurationType: "CENTRAL" },
    }),
    "aws:cloudwatch/metricAlarm:MetricAlarm": () => ({
        name: "root-usage", comparisonOperator: "GreaterThanOrEqualToThreshold", evaluationPeriods: 1, metricName: "RootUsage",
        namespace: "CISBenchmark", period: 300, statistic: "Sum", threshold: 1, alarmActions: ["arn:aws:sns:us-east-1:111111111111:security-alerts"],
    }),
    "aws:cloudwatch/compositeAlarm:CompositeAlarm": () => ({
        alarmName: "service-down", alarmRule: 'ALARM("api-5xx") AND ALARM("api-latency")', alarmActions: ["arn:aws:sns:us-east-1:111111111111:oncall"],
    }),
    "pulumiservice:index:DeploymentSettings": () => ({
        organization: "acme", project: "app", stack: "prod",
        github: { repository: "acme/app", deployCommits: true, previewPullRequests: false },
        operationContext: {
            oidc: { aws: { roleARN: "arn:aws:iam::111111111111:role/acme-app-deploy", sessionName: "pulumi-deployments" } },
            environmentVariables: { NODE_ENV: "production" },
        },
    }),
};

/** Where each type's factory is written: one place per type (test/policy/pack/pack.spec.ts checks it). */
export const factorySources = { core, access: access.happy, edge: edge.happy, compute: compute.happy, services: services.happy };

/** Every resource type's compliant inputs: the core above, then each area's (test/policy/factories/). */
export const happy: { readonly [type: string]: () => Props } = {
    ...core,
    ...access.happy,
    ...edge.happy,
    ...compute.happy,
    ...services.happy,
};
