/**
 * rds-snapshot-not-public, ec2-ami-not-public, msk-cluster-secure, emr-block-public-access, dax-cluster-encrypted,
 * apigateway-cache-encrypted, transfer-server-no-ftp, securityhub-enabled, cloudwatch-alarm-actions-enabled, pulumiservice-deployments-oidc.
 */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as apiCache } from "../../../policy/policies/apigateway/apigateway-cache-encrypted";
import { definition as alarms } from "../../../policy/policies/cloudwatch/cloudwatch-alarm-actions-enabled";
import { definition as dax } from "../../../policy/policies/dax/dax-cluster-encrypted";
import { definition as ami } from "../../../policy/policies/ec2/ec2-ami-not-public";
import { definition as emr } from "../../../policy/policies/emr/emr-block-public-access";
import { definition as msk } from "../../../policy/policies/msk/msk-cluster-secure";
import { definition as snapshots } from "../../../policy/policies/rds/rds-snapshot-not-public";
import { definition as securityHub } from "../../../policy/policies/securityhub/securityhub-enabled";
import { definition as deployments } from "../../../policy/policies/pulumiservice/pulumiservice-deployments-oidc";
import { definition as transfer } from "../../../policy/policies/transfer/transfer-server-no-ftp";
import { happy } from "../factories";

describe("policy rds-snapshot-not-public", () => {
    const PUBLIC = 'sharedAccounts must not contain "all" (FSBP RDS.1): the snapshot becomes public, and anyone with an AWS account can restore the ' +
        "database from it, data and all; list the account ids to share it with instead";
    const types = ["aws:rds/snapshot:Snapshot", "aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/snapshotCopy:SnapshotCopy", "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"];
    it("checks the four snapshot types: named accounts pass, \"all\" in any case is reported", () => {
        assert.deepStrictEqual(snapshots.metadata.resourceTypes, types);
        for (const t of types) {
            assert.deepStrictEqual(snapshots.check(t, happy[t]!()), [], t);
            assert.deepStrictEqual(snapshots.check(t, { sharedAccounts: ["222222222222", " ALL "] }), [PUBLIC], t);
        }
        assert.deepStrictEqual(snapshots.check(types[0]!, { sharedAccounts: "all" }), [PUBLIC], "a single value");
        assert.deepStrictEqual(snapshots.check(types[0]!, { sharedAccounts: [UNKNOWN, "222222222222"] }), []);
        assert.deepStrictEqual(snapshots.check(types[0]!, { sharedAccounts: UNKNOWN }), []);
    });
    it("remediation keeps the named accounts and drops \"all\"", () => {
        assert.deepStrictEqual(snapshots.remediate(types[1]!, { dbClusterIdentifier: "c", sharedAccounts: ["all", "222222222222"] }),
            { dbClusterIdentifier: "c", sharedAccounts: ["222222222222"] });
        assert.strictEqual(snapshots.remediate(types[1]!, { dbClusterIdentifier: "c", sharedAccounts: ["all", UNKNOWN] }), undefined);
        assert.strictEqual(snapshots.remediate(types[1]!, { dbClusterIdentifier: "c", sharedAccounts: ["222222222222"] }), undefined);
    });
});

describe("policy ec2-ami-not-public", () => {
    const T = "aws:ec2/amiLaunchPermission:AmiLaunchPermission";
    it("sharing with an account or organization passes; group all is reported", () => {
        assert.deepStrictEqual(ami.check(T, happy[T]!()), []);
        assert.deepStrictEqual(ami.check(T, { imageId: "ami-1", accountId: "222222222222" }), []);
        assert.deepStrictEqual(ami.check(T, { imageId: "ami-1", group: "All" }), [
            'group must not be "all" (foundation least-privilege): the AMI becomes public, and anyone can launch it and read every file in it, ' +
                "secrets baked into the image included; share it with an accountId, organizationArn or organizationalUnitArn instead",
        ]);
        assert.deepStrictEqual(ami.check(T, { imageId: "ami-1", group: UNKNOWN }), []);
    });
});

describe("policy msk-cluster-secure", () => {
    const T = "aws:msk/cluster:Cluster";
    it("private TLS passes, as do AWS's defaults; public brokers and plaintext are reported", () => {
        assert.deepStrictEqual(msk.check(T, happy[T]!()), []);
        assert.deepStrictEqual(msk.check(T, { clusterName: "c", kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: { instanceType: "kafka.t3.small" } }), []);
        assert.deepStrictEqual(msk.check(T, {
            brokerNodeGroupInfo: { connectivityInfo: { publicAccess: { type: "SERVICE_PROVIDED_EIPS" } } },
            encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT", inCluster: false } },
        }), [
            'brokerNodeGroupInfo.connectivityInfo.publicAccess.type must be "DISABLED" (FSBP MSK.4), got "SERVICE_PROVIDED_EIPS": the brokers get addresses ' +
                "on the internet; reach them from inside the VPC, or through multi-VPC private connectivity",
            'encryptionInfo.encryptionInTransit.clientBroker must be "TLS" (foundation encrypted-in-transit), got "TLS_PLAINTEXT": clients could produce ' +
                "and consume records unencrypted on the network",
            "encryptionInfo.encryptionInTransit.inCluster must not be false (FSBP MSK.1): records would travel unencrypted between brokers, and it " +
                "cannot be turned on without replacing the cluster",
        ]);
        assert.deepStrictEqual(msk.check(T, { brokerNodeGroupInfo: { connectivityInfo: UNKNOWN }, encryptionInfo: { encryptionInTransit: { clientBroker: "PLAINTEXT", inCluster: UNKNOWN } } }), [
            'encryptionInfo.encryptionInTransit.clientBroker must be "TLS" (foundation encrypted-in-transit), got "PLAINTEXT": clients could produce ' +
                "and consume records unencrypted on the network",
        ]);
    });
});

describe("policy emr-block-public-access", () => {
    const T = "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration";
    const OFF = "blockPublicSecurityGroupRules must be true (FSBP EMR.2): EMR would start clusters whose security groups let anyone on the internet reach them, in this account and region";
    it("on passes, whatever ports are permitted (emr-public-port-exceptions judges those); off is reported", () => {
        assert.deepStrictEqual(emr.check(T, happy[T]!()), []);
        assert.deepStrictEqual(emr.check(T, { blockPublicSecurityGroupRules: true }), []);
        assert.deepStrictEqual(emr.check(T, { blockPublicSecurityGroupRules: false }), [OFF]);
        assert.deepStrictEqual(emr.check(T, { blockPublicSecurityGroupRules: "true", permittedPublicSecurityGroupRuleRanges: [
            { minRange: 22, maxRange: 22 }, { minRange: 8080, maxRange: 8080 }, { minRange: 100, maxRange: 200 }, { minRange: UNKNOWN, maxRange: 3 }, UNKNOWN,
        ] }), []);
    });
    it("remediation turns the block on", () => {
        assert.deepStrictEqual(emr.remediate(T, { blockPublicSecurityGroupRules: false }), { blockPublicSecurityGroupRules: true });
        assert.strictEqual(emr.remediate(T, { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 80, maxRange: 80 }] }), undefined);
    });
});

describe("policy dax-cluster-encrypted", () => {
    const T = "aws:dax/cluster:Cluster";
    it("encrypted at rest and in transit passes; AWS's defaults are reported", () => {
        assert.deepStrictEqual(dax.check(T, happy[T]!()), []);
        assert.deepStrictEqual(dax.check(T, { clusterName: "c" }), [
            "serverSideEncryption.enabled must be true (FSBP DynamoDB.3), got not set (the default is unencrypted): the cache's items would be stored " +
                "unencrypted, and encryption cannot be turned on without replacing the cluster",
            'clusterEndpointEncryptionType must be "TLS" (FSBP DynamoDB.7), got not set (the default is "NONE"): applications would read and write the ' +
                "cache unencrypted on the network, and it cannot be changed without replacing the cluster",
        ]);
        assert.deepStrictEqual(dax.check(T, { serverSideEncryption: { enabled: false }, clusterEndpointEncryptionType: "NONE" }), [
            "serverSideEncryption.enabled must be true (FSBP DynamoDB.3), got false: the cache's items would be stored unencrypted, and encryption " +
                "cannot be turned on without replacing the cluster",
            'clusterEndpointEncryptionType must be "TLS" (FSBP DynamoDB.7), got "NONE": applications would read and write the cache unencrypted on ' +
                "the network, and it cannot be changed without replacing the cluster",
        ]);
        assert.deepStrictEqual(dax.check(T, { serverSideEncryption: UNKNOWN, clusterEndpointEncryptionType: UNKNOWN }), []);
    });
});

describe("policy apigateway-cache-encrypted", () => {
    const T = "aws:apigateway/methodSettings:MethodSettings";
    const MSG = (got: string) => `settings.cacheDataEncrypted must be true where settings.cachingEnabled is true (FSBP APIGateway.5), got ${got}: ` +
        "cached responses, which may carry your users' data, would be stored unencrypted";
    it("an encrypted cache, or no cache, passes; an unencrypted cache is reported and remediated", () => {
        assert.deepStrictEqual(apiCache.check(T, happy[T]!()), []);
        assert.deepStrictEqual(apiCache.check(T, { settings: { metricsEnabled: true } }), []);
        assert.deepStrictEqual(apiCache.check(T, { settings: { cachingEnabled: true } }), [MSG("not set (the default is false)")]);
        assert.deepStrictEqual(apiCache.check(T, { settings: { cachingEnabled: "true", cacheDataEncrypted: false } }), [MSG("false")]);
        assert.deepStrictEqual(apiCache.check(T, { settings: { cachingEnabled: true, cacheDataEncrypted: UNKNOWN } }), []);
        assert.deepStrictEqual(apiCache.remediate(T, { stageName: "prod", settings: { cachingEnabled: true, cacheTtlInSeconds: 60 } }),
            { stageName: "prod", settings: { cachingEnabled: true, cacheTtlInSeconds: 60, cacheDataEncrypted: true } });
    });
});

describe("policy transfer-server-no-ftp", () => {
    const T = "aws:transfer/server:Server";
    it("SFTP and FTPS pass; FTP is reported", () => {
        assert.deepStrictEqual(transfer.check(T, happy[T]!()), []);
        assert.deepStrictEqual(transfer.check(T, { protocols: ["SFTP", "FTPS"] }), []);
        assert.deepStrictEqual(transfer.check(T, {}), [], "the default is SFTP");
        assert.deepStrictEqual(transfer.check(T, { protocols: ["FTPS", "ftp"] }), [
            'protocols must not contain "FTP" (FSBP Transfer.2): FTP sends user names, passwords and files unencrypted; use "SFTP" or "FTPS"',
        ]);
    });
});

describe("policy securityhub-enabled", () => {
    const POLICY = "aws:securityhub/configurationPolicy:ConfigurationPolicy";
    const ORG = "aws:securityhub/organizationConfiguration:OrganizationConfiguration";
    it("a configuration policy that turns Security Hub off, or enables no standard, is reported", () => {
        assert.deepStrictEqual(securityHub.check(POLICY, happy[POLICY]!()), []);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: false } }), [
            "configurationPolicy.serviceEnabled must be true (CIS 4.16): Security Hub would be turned off in every account and region the policy is " +
                "associated with, and their findings stop",
        ]);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: true, enabledStandardArns: [] } }), [
            "configurationPolicy.enabledStandardArns must name at least one standard (CIS 4.16): Security Hub would be on but run no checks",
        ]);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: UNKNOWN } }), []);
        assert.deepStrictEqual(securityHub.check(POLICY, { configurationPolicy: { serviceEnabled: true, enabledStandardArns: UNKNOWN } }), []);
    });
    it("the organization configuration: central passes; local must auto-enable", () => {
        const LOCAL = "autoEnable must be true with local configuration (CIS 4.16): accounts that join the organization are left without Security Hub; " +
            'or set organizationConfiguration.configurationType to "CENTRAL" and associate a configuration policy';
        assert.deepStrictEqual(securityHub.check(ORG, happy[ORG]!()), []);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: true }), []);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: false }), [LOCAL]);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: false, organizationConfiguration: { configurationType: "LOCAL" } }), [LOCAL]);
        assert.deepStrictEqual(securityHub.check(ORG, { autoEnable: false, organizationConfiguration: { configurationType: UNKNOWN } }), []);
    });
});

describe("policy cloudwatch-alarm-actions-enabled", () => {
    const METRIC = "aws:cloudwatch/metricAlarm:MetricAlarm";
    const COMPOSITE = "aws:cloudwatch/compositeAlarm:CompositeAlarm";
    const DISABLED = "actionsEnabled must not be false (Security Hub CloudWatch.17): the alarm changes state but notifies no one and runs nothing";
    const NO_ACTION = "alarmActions must name at least one action (Security Hub CloudWatch.15): when the alarm fires, no one hears of it; add an SNS topic that reaches a person";
    it("alarms with enabled actions pass; disabled actions or none are reported, for both alarm types", () => {
        for (const t of [METRIC, COMPOSITE]) {
            assert.deepStrictEqual(alarms.check(t, happy[t]!()), [], t);
            assert.deepStrictEqual(alarms.check(t, { ...happy[t]!(), actionsEnabled: false }), [DISABLED], t);
            assert.deepStrictEqual(alarms.check(t, { actionsEnabled: false, alarmActions: [] }), [DISABLED, NO_ACTION], t);
            assert.deepStrictEqual(alarms.check(t, { alarmActions: UNKNOWN, actionsEnabled: UNKNOWN }), [], t);
        }
        assert.deepStrictEqual(alarms.check(METRIC, { metricName: "Errors" }), [NO_ACTION]);
    });
    it("remediation enables the actions", () => {
        assert.deepStrictEqual(alarms.remediate(COMPOSITE, { ...happy[COMPOSITE]!(), actionsEnabled: false }), { ...happy[COMPOSITE]!(), actionsEnabled: true });
        assert.strictEqual(alarms.remediate(METRIC, { metricName: "Errors" }), undefined);
    });
});

describe("policy pulumiservice-deployments-oidc", () => {
    const T = "pulumiservice:index:DeploymentSettings";
    const FIX = "a stored key never expires and works from anywhere it leaks to; set operationContext.oidc.aws.roleARN to a role that trusts " +
        "Pulumi's OIDC tokens (foundation:pipelines creates one) and remove the variable";
    it("OIDC settings pass; static AWS credentials in environment variables are reported by name and by value", () => {
        assert.deepStrictEqual(deployments.check(T, happy[T]!()), []);
        assert.deepStrictEqual(deployments.check(T, { organization: "acme", project: "app", stack: "prod" }), []);
        assert.deepStrictEqual(deployments.check(T, { operationContext: { environmentVariables: {
            AWS_ACCESS_KEY_ID: "from-the-secret-store", aws_secret_access_key: UNKNOWN, AWS_REGION: "us-east-1", LEGACY: "AKIA" + "IOSFODNN7EXAMPLE",
        } } }), [
            `operationContext.environmentVariables.AWS_ACCESS_KEY_ID holds static AWS credentials (foundation no-keys): ${FIX}`,
            `operationContext.environmentVariables.aws_secret_access_key holds static AWS credentials (foundation no-keys): ${FIX}`,
            `operationContext.environmentVariables.LEGACY contains an AWS access key id (foundation no-keys): ${FIX}`,
        ]);
        assert.deepStrictEqual(deployments.check(T, { operationContext: { environmentVariables: UNKNOWN } }), []);
    });
});
