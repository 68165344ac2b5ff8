import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { UNKNOWN } from "../../../policy/lib";
import { PACK_NAME, definitions, policies, stackDefinitions } from "../../../policy/policies";
import { alwaysReported, factorySources, happy } from "../factories";

/** A policy's raw pure check, without the wrapper's fail-closed catch, config typing erased. */
type RawCheck = (props: Record<string, unknown>, config: unknown) => string[];
const rawCheck = (d: (typeof definitions)[number], type: string) => d.checks[type] as unknown as RawCheck;

const POLICY_DIR = path.resolve(__dirname, "../../../policy");

/** Unknowns, nulls, wrong types, empty and malformed values: what a policy may receive in any field. */
const ODD_VALUES: unknown[] = [UNKNOWN, undefined, null, 0, -1, 1e9, "", "x", "true", [], [null], [UNKNOWN], {}, { a: UNKNOWN }, "{", "[1]"];

/** Every path into a value's objects and arrays, up to depth 5 (JSON documents held in strings are covered by the IAM document tests). */
function leafPaths(value: unknown, prefix: Array<string | number> = [], depth = 0): Array<Array<string | number>> {
    if (depth > 5 || value === null || typeof value !== "object") return prefix.length > 0 ? [prefix] : [];
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    return [...(prefix.length > 0 ? [prefix] : []), ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k], depth + 1))];
}

/** A deep copy of `value` with `path` set to `odd`. */
function setPath(value: Record<string, unknown>, path: ReadonlyArray<string | number>, odd: unknown): Record<string, unknown> {
    const copy = structuredClone(value);
    let at: Record<string | number, unknown> = copy;
    path.slice(0, -1).forEach((k) => (at = at[k] as Record<string | number, unknown>));
    at[path[path.length - 1]!] = odd;
    return copy;
}

describe("policy pack aws-secure-foundation", () => {
    it("lists exactly these policies, service by service (resource policies, then stack policies), with these enforcement levels", () => {
        assert.strictEqual(PACK_NAME, "aws-secure-foundation");
        assert.deepStrictEqual(
            policies.map((p) => [p.name, p.enforcementLevel]),
            [
                ["apigateway-cache-encrypted", "advisory"],
                ["apigateway-domain-name-tls", "mandatory"],
                ["apigateway-routes-authorized", "advisory"],
                ["apigateway-stage-access-logging", "advisory"],
                ["appsync-field-logging-enabled", "advisory"],
                ["appsync-no-api-key-auth", "advisory"],
                ["autoscaling-group-launch-template", "advisory"],
                ["config-recorder-complete", "advisory"],
                ["cloudfront-default-root-object", "advisory"],
                ["cloudfront-https-only", "mandatory"],
                ["cloudfront-tls-recommended", "advisory"],
                ["cloudfront-waf-enabled", "advisory"],
                ["cloudtrail-cloudwatch-logs", "advisory"],
                ["cloudtrail-kms-encrypted", "mandatory"],
                ["cloudtrail-multi-region-validated", "mandatory"],
                ["cloudwatch-alarm-actions-enabled", "advisory"],
                ["cloudwatch-log-group-encrypted", "advisory"],
                ["cloudwatch-log-group-retained", "advisory"],
                ["codebuild-project-hardened", "advisory"],
                ["codebuild-project-no-secrets", "mandatory"],
                ["cognito-identity-pool-no-guest-access", "advisory"],
                ["cognito-user-pool-mfa", "advisory"],
                ["resource-policy-not-public", "mandatory"],
                ["dax-cluster-encrypted", "mandatory"],
                ["dms-hardened", "advisory"],
                ["dms-replication-instance-not-public", "mandatory"],
                ["dynamodb-table-recoverable", "advisory"],
                ["ebs-encryption-enabled", "mandatory"],
                ["ec2-ami-not-public", "mandatory"],
                ["ec2-block-public-sharing", "mandatory"],
                ["ec2-default-security-group-closed", "advisory"],
                ["ec2-imdsv2-required", "mandatory"],
                ["ec2-network-acl-no-public-admin-ports", "advisory"],
                ["ec2-no-public-admin-ports", "mandatory"],
                ["ec2-no-public-high-risk-ports", "mandatory"],
                ["ec2-no-public-ip", "advisory"],
                ["ec2-no-secrets-in-user-data", "mandatory"],
                ["ec2-no-ssh-key-pair", "advisory"],
                ["ec2-transit-gateway-no-auto-accept", "advisory"],
                ["ecr-repository-scanned-immutable", "advisory"],
                ["ecs-service-no-public-ip", "advisory"],
                ["ecs-task-definition-secure", "mandatory"],
                ["efs-access-point-enforced", "advisory"],
                ["efs-encrypted", "mandatory"],
                ["eks-cluster-hardened", "advisory"],
                ["eks-endpoint-not-public", "mandatory"],
                ["eks-node-group-remote-access-restricted", "mandatory"],
                ["elasticache-encrypted", "mandatory"],
                ["elasticache-hardened", "advisory"],
                ["elb-access-logs-enabled", "advisory"],
                ["elb-listeners-encrypted", "advisory"],
                ["emr-block-public-access", "mandatory"],
                ["emr-public-port-exceptions", "advisory"],
                ["guardduty-enabled", "mandatory"],
                ["guardduty-organization-auto-enable", "advisory"],
                ["iam-managed-policy-no-escalation", "advisory"],
                ["iam-no-admin-policy-attached", "advisory"],
                ["iam-no-privilege-escalation", "mandatory"],
                ["iam-no-user-credentials", "mandatory"],
                ["iam-no-wildcard-actions", "advisory"],
                ["iam-no-wildcard-admin-policy", "mandatory"],
                ["iam-password-policy-strong", "mandatory"],
                ["iam-policy-actions-exist", "advisory"],
                ["iam-role-trust-restricted", "mandatory"],
                ["iam-user-no-direct-policies", "advisory"],
                ["kinesis-firehose-encrypted", "advisory"],
                ["kinesis-stream-encrypted", "advisory"],
                ["kms-key-deletion-window", "advisory"],
                ["kms-key-enabled", "advisory"],
                ["kms-key-rotation-enabled", "mandatory"],
                ["lambda-no-secrets-in-environment", "mandatory"],
                ["lambda-permission-source-restricted", "advisory"],
                ["lambda-runtime-not-blocked", "mandatory"],
                ["lambda-supported-runtime", "advisory"],
                ["lb-listener-encrypted", "mandatory"],
                ["lb-listener-tls-policy-recommended", "advisory"],
                ["lb-load-balancer-hardened", "advisory"],
                ["mq-broker-hardened", "advisory"],
                ["mq-broker-not-public", "mandatory"],
                ["msk-cluster-authenticated", "advisory"],
                ["msk-cluster-secure", "mandatory"],
                ["opensearch-domain-hardened", "advisory"],
                ["opensearch-domain-secure", "mandatory"],
                ["organizations-account-no-close-on-deletion", "mandatory"],
                ["organizations-guardrails-enabled", "mandatory"],
                ["pulumiservice-deployments-oidc", "mandatory"],
                ["rds-instance-resilient", "advisory"],
                ["rds-no-public-access", "mandatory"],
                ["rds-snapshot-not-public", "mandatory"],
                ["rds-storage-encrypted", "mandatory"],
                ["s3-access-point-public-blocked", "mandatory"],
                ["s3-bucket-acls-disabled", "advisory"],
                ["s3-bucket-versioning-enabled", "advisory"],
                ["s3-public-access-blocked", "mandatory"],
                ["sagemaker-notebook-isolated", "advisory"],
                ["secretsmanager-secret-recoverable", "advisory"],
                ["securityhub-enabled", "mandatory"],
                ["sfn-state-machine-logging-enabled", "advisory"],
                ["sns-subscription-encrypted-transport", "mandatory"],
                ["sns-topic-encrypted", "advisory"],
                ["sqs-queue-encrypted", "advisory"],
                ["ssm-document-not-public", "mandatory"],
                ["ssm-parameter-secrets-encrypted", "mandatory"],
                ["ssoadmin-permission-set-short-session", "advisory"],
                ["transfer-server-no-ftp", "mandatory"],
                ["transfer-server-security-policy", "advisory"],
                ["apigateway-execution-logging", "advisory"],
                ["apigateway-public-stage-protected", "advisory"],
                ["cloudfront-logging-enabled", "advisory"],
                ["cloudtrail-bucket-not-public", "mandatory"],
                ["aws-allowed-regions", "mandatory"],
                ["ec2-instance-no-public-ip-from-subnet", "advisory"],
                ["ec2-vpc-default-security-group-closed", "advisory"],
                ["ec2-vpc-flow-logs", "advisory"],
                ["ecr-repository-lifecycle-policy", "advisory"],
                ["s3-bucket-logging-enabled", "advisory"],
                ["s3-bucket-replication-critical", "advisory"],
                ["s3-bucket-safeguards-attached", "advisory"],
                ["s3-bucket-ssl-only", "advisory"],
                ["secretsmanager-secret-rotated", "advisory"],
            ],
        );
    });

    it("pins the stack policies' controls and the resource types they read", () => {
        assert.deepStrictEqual(stackDefinitions.map((d) => [d.metadata.name, d.metadata.tags, d.metadata.resourceTypes.length]), [
            ["apigateway-execution-logging", ["fsbp:APIGateway.1", "foundation:evidence"], 4],
            ["apigateway-public-stage-protected", ["fsbp:APIGateway.4", "foundation:public-api-protected"], 7],
            ["cloudfront-logging-enabled", ["fsbp:CloudFront.5"], 2],
            ["cloudtrail-bucket-not-public", ["foundation:evidence"], 6],
            ["aws-allowed-regions", ["foundation:guardrails"], 1],
            ["ec2-instance-no-public-ip-from-subnet", ["fsbp:EC2.9"], 5],
            ["ec2-vpc-default-security-group-closed", ["cis-3.0:5.4", "fsbp:EC2.2"], 3],
            ["ec2-vpc-flow-logs", ["fsbp:EC2.6", "foundation:evidence"], 2],
            ["ecr-repository-lifecycle-policy", ["fsbp:ECR.3"], 2],
            ["s3-bucket-logging-enabled", ["fsbp:S3.9"], 4],
            ["s3-bucket-replication-critical", ["foundation:nothing-lost"], 3],
            ["s3-bucket-safeguards-attached", ["cis-3.0:2.1.4", "fsbp:S3.8", "foundation:nothing-lost"], 5],
            ["s3-bucket-ssl-only", ["cis-3.0:2.1.1", "fsbp:S3.5"], 3],
            ["secretsmanager-secret-rotated", ["fsbp:SecretsManager.1", "fsbp:SecretsManager.4"], 2],
        ]);
    });

    it("pins the controls each policy covers", () => {
        assert.deepStrictEqual(
            Object.fromEntries(definitions.map((d) => [d.metadata.name, d.metadata.tags])),
            {
                "apigateway-cache-encrypted": ["fsbp:APIGateway.5"],
                "apigateway-domain-name-tls": ["foundation:encrypted-in-transit"],
                "apigateway-routes-authorized": ["fsbp:APIGateway.8", "foundation:least-privilege"],
                "apigateway-stage-access-logging": ["fsbp:APIGateway.9", "foundation:evidence"],
                "appsync-field-logging-enabled": ["fsbp:AppSync.2"],
                "appsync-no-api-key-auth": ["fsbp:AppSync.5"],
                "autoscaling-group-launch-template": ["fsbp:AutoScaling.9"],
                "config-recorder-complete": ["fsbp:Config.1"],
                "cloudfront-default-root-object": ["fsbp:CloudFront.1"],
                "cloudfront-https-only": ["fsbp:CloudFront.3", "fsbp:CloudFront.9", "fsbp:CloudFront.10", "foundation:encrypted-in-transit"],
                "cloudfront-tls-recommended": ["fsbp:CloudFront.9", "fsbp:CloudFront.15"],
                "cloudfront-waf-enabled": ["fsbp:CloudFront.6"],
                "cloudtrail-cloudwatch-logs": ["fsbp:CloudTrail.5"],
                "cloudtrail-kms-encrypted": ["fsbp:CloudTrail.2"],
                "cloudtrail-multi-region-validated": ["cis-3.0:3.1", "cis-3.0:3.2", "fsbp:CloudTrail.1", "fsbp:CloudTrail.4"],
                "cloudwatch-alarm-actions-enabled": ["foundation:alerting"],
                "cloudwatch-log-group-encrypted": ["foundation:encrypted-at-rest"],
                "cloudwatch-log-group-retained": ["fsbp:CloudWatch.16", "foundation:evidence"],
                "codebuild-project-hardened": ["fsbp:CodeBuild.3", "fsbp:CodeBuild.4", "fsbp:CodeBuild.5", "foundation:encrypted-at-rest", "foundation:least-privilege"],
                "codebuild-project-no-secrets": ["fsbp:CodeBuild.1", "fsbp:CodeBuild.2", "foundation:no-keys"],
                "cognito-identity-pool-no-guest-access": ["fsbp:Cognito.2"],
                "cognito-user-pool-mfa": ["foundation:mfa"],
                "resource-policy-not-public": ["fsbp:S3.2", "fsbp:S3.3", "fsbp:SNS.4", "fsbp:SQS.3", "fsbp:KMS.5", "fsbp:Lambda.1"],
                "dax-cluster-encrypted": ["fsbp:DynamoDB.3", "fsbp:DynamoDB.7"],
                "dms-hardened": ["fsbp:DMS.6", "fsbp:DMS.9"],
                "dms-replication-instance-not-public": ["fsbp:DMS.1"],
                "dynamodb-table-recoverable": ["fsbp:DynamoDB.2", "fsbp:DynamoDB.6"],
                "ebs-encryption-enabled": ["cis-3.0:2.2.1", "fsbp:EC2.3", "fsbp:EC2.7"],
                "ec2-ami-not-public": ["foundation:least-privilege"],
                "ec2-block-public-sharing": ["foundation:least-privilege"],
                "ec2-default-security-group-closed": ["cis-3.0:5.4", "fsbp:EC2.2"],
                "ec2-imdsv2-required": ["cis-3.0:5.6", "fsbp:EC2.8", "fsbp:EC2.170", "fsbp:AutoScaling.3"],
                "ec2-network-acl-no-public-admin-ports": ["cis-3.0:5.1"],
                "ec2-no-public-admin-ports": ["cis-3.0:5.2", "cis-3.0:5.3"],
                "ec2-no-public-high-risk-ports": ["fsbp:EC2.19"],
                "ec2-no-public-ip": ["fsbp:EC2.9", "fsbp:EC2.15", "fsbp:EC2.25", "fsbp:AutoScaling.5"],
                "ec2-no-secrets-in-user-data": ["foundation:no-keys"],
                "ec2-no-ssh-key-pair": ["foundation:no-keys"],
                "ec2-transit-gateway-no-auto-accept": ["fsbp:EC2.23"],
                "ecr-repository-scanned-immutable": ["fsbp:ECR.1", "fsbp:ECR.2"],
                "ecs-service-no-public-ip": ["fsbp:ECS.2"],
                "ecs-task-definition-secure": ["fsbp:ECS.4", "fsbp:ECS.8"],
                "efs-access-point-enforced": ["fsbp:EFS.3", "fsbp:EFS.4"],
                "efs-encrypted": ["cis-3.0:2.4.1", "fsbp:EFS.1"],
                "eks-cluster-hardened": ["fsbp:EKS.3", "fsbp:EKS.8"],
                "eks-endpoint-not-public": ["fsbp:EKS.1"],
                "eks-node-group-remote-access-restricted": ["foundation:least-privilege"],
                "elasticache-encrypted": ["fsbp:ElastiCache.4", "fsbp:ElastiCache.5"],
                "elasticache-hardened": ["fsbp:ElastiCache.1", "fsbp:ElastiCache.2", "fsbp:ElastiCache.5"],
                "elb-access-logs-enabled": ["fsbp:ELB.5"],
                "elb-listeners-encrypted": ["fsbp:ELB.2", "fsbp:ELB.3", "fsbp:ELB.8"],
                "emr-block-public-access": ["fsbp:EMR.2"],
                "emr-public-port-exceptions": ["fsbp:EMR.2"],
                "guardduty-enabled": ["fsbp:GuardDuty.1"],
                "guardduty-organization-auto-enable": ["fsbp:GuardDuty.1"],
                "iam-managed-policy-no-escalation": ["foundation:least-privilege"],
                "iam-no-admin-policy-attached": ["cis-3.0:1.16"],
                "iam-no-privilege-escalation": ["foundation:least-privilege"],
                "iam-no-user-credentials": ["foundation:no-keys"],
                "iam-no-wildcard-actions": ["fsbp:IAM.21", "foundation:least-privilege"],
                "iam-no-wildcard-admin-policy": ["cis-3.0:1.16", "fsbp:IAM.1"],
                "iam-password-policy-strong": ["cis-3.0:1.8", "cis-3.0:1.9"],
                "iam-policy-actions-exist": ["foundation:least-privilege"],
                "iam-role-trust-restricted": ["foundation:least-privilege", "foundation:no-keys"],
                "iam-user-no-direct-policies": ["cis-3.0:1.15", "fsbp:IAM.2"],
                "kinesis-firehose-encrypted": ["fsbp:DataFirehose.1"],
                "kinesis-stream-encrypted": ["fsbp:Kinesis.1"],
                "kms-key-deletion-window": ["foundation:nothing-lost"],
                "kms-key-enabled": ["foundation:nothing-lost"],
                "kms-key-rotation-enabled": ["cis-3.0:3.6", "fsbp:KMS.4"],
                "lambda-no-secrets-in-environment": ["foundation:no-keys"],
                "lambda-permission-source-restricted": ["foundation:least-privilege"],
                "lambda-runtime-not-blocked": ["fsbp:Lambda.2"],
                "lambda-supported-runtime": ["fsbp:Lambda.2"],
                "lb-listener-encrypted": ["fsbp:ELB.1", "foundation:encrypted-in-transit"],
                "lb-listener-tls-policy-recommended": ["fsbp:ELB.17"],
                "lb-load-balancer-hardened": ["foundation:evidence"],
                "mq-broker-hardened": ["fsbp:MQ.2", "fsbp:MQ.3", "foundation:evidence"],
                "mq-broker-not-public": ["foundation:least-privilege"],
                "msk-cluster-authenticated": ["fsbp:MSK.6"],
                "msk-cluster-secure": ["fsbp:MSK.1", "fsbp:MSK.4", "foundation:encrypted-in-transit"],
                "opensearch-domain-hardened": ["fsbp:Opensearch.2", "fsbp:Opensearch.3", "fsbp:Opensearch.4", "fsbp:Opensearch.5", "fsbp:Opensearch.7", "fsbp:Opensearch.8"],
                "opensearch-domain-secure": ["fsbp:Opensearch.1", "fsbp:Opensearch.2", "fsbp:Opensearch.3", "fsbp:Opensearch.8"],
                "organizations-account-no-close-on-deletion": ["foundation:nothing-lost"],
                "organizations-guardrails-enabled": ["foundation:guardrails"],
                "pulumiservice-deployments-oidc": ["foundation:no-keys"],
                "rds-instance-resilient": ["cis-3.0:2.3.2", "fsbp:RDS.11", "foundation:nothing-lost"],
                "rds-no-public-access": ["cis-3.0:2.3.3", "fsbp:RDS.2", "fsbp:Redshift.1"],
                "rds-snapshot-not-public": ["fsbp:RDS.1"],
                "rds-storage-encrypted": ["cis-3.0:2.3.1", "fsbp:RDS.3", "fsbp:RDS.27", "fsbp:DocumentDB.1", "fsbp:Neptune.1", "fsbp:Redshift.10"],
                "s3-access-point-public-blocked": ["foundation:least-privilege"],
                "s3-bucket-acls-disabled": ["fsbp:S3.12"],
                "s3-bucket-versioning-enabled": ["foundation:nothing-lost"],
                "s3-public-access-blocked": ["cis-3.0:2.1.4", "fsbp:S3.1", "fsbp:S3.2", "fsbp:S3.3", "fsbp:S3.8"],
                "sagemaker-notebook-isolated": ["fsbp:SageMaker.1", "fsbp:SageMaker.3", "foundation:least-privilege"],
                "secretsmanager-secret-recoverable": ["foundation:nothing-lost"],
                "securityhub-enabled": ["cis-3.0:4.16"],
                "sfn-state-machine-logging-enabled": ["fsbp:StepFunctions.1"],
                "sns-subscription-encrypted-transport": ["foundation:encrypted-in-transit"],
                "sns-topic-encrypted": ["foundation:encrypted-at-rest"],
                "sqs-queue-encrypted": ["fsbp:SQS.1"],
                "ssm-document-not-public": ["fsbp:SSM.4"],
                "ssm-parameter-secrets-encrypted": ["foundation:no-keys"],
                "ssoadmin-permission-set-short-session": ["foundation:short-sessions"],
                "transfer-server-no-ftp": ["fsbp:Transfer.2"],
                "transfer-server-security-policy": ["foundation:encrypted-in-transit"],
            },
        );
    });

    for (const d of definitions) {
        const { name } = d.metadata;
        describe(name, () => {
            it("is declared completely: description, severity, configSchema with defaults, a control id", () => {
                assert.match(name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
                assert.ok(d.metadata.description.length >= 20, "description");
                assert.ok(d.metadata.severity, "severity");
                assert.ok(d.metadata.configSchema && typeof d.metadata.configSchema.properties === "object", "configSchema");
                for (const [key, schema] of Object.entries(d.metadata.configSchema.properties)) {
                    assert.notStrictEqual(key, "enforcementLevel");
                    assert.ok(typeof schema === "object" && "default" in schema, `${key} has a default`);
                    assert.ok(typeof schema === "object" && schema.description, `${key} has a description`);
                }
                assert.ok(!(d.metadata.configSchema.required ?? []).includes("enforcementLevel"));
                const ids = [...(d.metadata.controls.cis ?? []), ...(d.metadata.controls.fsbp ?? []), ...(d.metadata.controls.foundation ?? [])];
                assert.ok(ids.length > 0, "at least one control id");
                assert.deepStrictEqual(d.policy.tags, d.metadata.tags);
                assert.strictEqual(d.policy.name, name);
                assert.strictEqual(d.policy.description, d.metadata.description);
                assert.strictEqual(d.policy.configSchema, d.metadata.configSchema);
            });

            it("lives in policy/policies/<service>/<name>.ts, the service matching its resource types (cross-service/ for more than two)", () => {
                // aws:<service>/<resource>:<Type>; other packages' policies live under the package's name (pulumiservice:index:...).
                const services = new Set(d.metadata.resourceTypes.map((t) => (t.startsWith("aws:") ? t.split(":")[1]!.split("/")[0] : t.split(":")[0])));
                // A policy over several services' resource policies lives in cross-service/.
                const folders = [...services, ...(services.size > 2 ? ["cross-service"] : [])];
                const files = folders.filter((s) => fs.existsSync(path.join(POLICY_DIR, "policies", s!, `${name}.ts`)));
                assert.strictEqual(files.length, 1, `one of ${folders.join(", ")}/${name}.ts`);
            });

            it("has a happy-path factory per resource type, and it is compliant (or reported once, for a type with no compliant form)", () => {
                for (const type of d.metadata.resourceTypes) {
                    assert.ok(happy[type], `factory for ${type}`);
                    const messages = d.check(type, happy[type]!());
                    if (alwaysReported[name]?.includes(type)) assert.strictEqual(messages.length, 1, type);
                    else assert.deepStrictEqual(messages, [], type);
                }
            });

            it("never throws on odd input: every field, at every depth, of the happy inputs set to odd values", () => {
                const config = d.defaultConfig;
                for (const type of d.metadata.resourceTypes) {
                    const check = rawCheck(d, type);
                    const base = happy[type]!();
                    for (const props of [{}, base, ...leafPaths(base).flatMap((p) => ODD_VALUES.map((odd) => setPath(base, p, odd)))]) {
                        let out: unknown;
                        try {
                            out = check(props, config);
                        } catch (e) {
                            assert.fail(`${type} threw ${String(e)} on ${JSON.stringify(props)}`);
                        }
                        assert.ok(Array.isArray(out) && out.every((m) => typeof m === "string" && m.length > 0));
                    }
                }
            });

            it("skips everything it must when every input is unknown", () => {
                for (const type of d.metadata.resourceTypes) {
                    const props = Object.fromEntries(Object.keys(happy[type]!()).map((k) => [k, UNKNOWN]));
                    assert.strictEqual(rawCheck(d, type)(props, d.defaultConfig).length, alwaysReported[name]?.includes(type) ? 1 : 0, type);
                }
            });
        });
    }

    it("policy/index.ts only constructs the pack from the explicit list (tests never import it)", () => {
        const source = fs.readFileSync(path.join(POLICY_DIR, "index.ts"), "utf8");
        assert.match(source, /new PolicyPack\(PACK_NAME, \{ policies \}\);/);
        assert.match(source, /from "\.\/policies"/);
    });

    it("PulumiPolicy.yaml declares the nodejs runtime", () => {
        assert.match(fs.readFileSync(path.join(POLICY_DIR, "PulumiPolicy.yaml"), "utf8"), /^runtime: nodejs$/m);
    });
});

describe("happy-path factories", () => {
    it("are written once per resource type: in test/policy/factories.ts or in one area module", () => {
        const seen = new Map<string, string>();
        const twice: string[] = [];
        for (const [source, factories] of Object.entries(factorySources)) {
            for (const type of Object.keys(factories)) {
                if (seen.has(type)) twice.push(`${type}: ${seen.get(type)} and ${source}`);
                seen.set(type, source);
            }
        }
        assert.deepStrictEqual(twice, []);
    });
});
