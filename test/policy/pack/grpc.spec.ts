/**
 * The real pack end to end, the way the Pulumi CLI runs it: @pulumi/pulumi/cmd/run-policy-pack
 * (ts-node with type checking), then GetAnalyzerInfo / Configure / Analyze / AnalyzeStack over gRPC.
 */
import * as assert from "assert";
import * as path from "path";
import { definitions, stackDefinitions } from "../../../policy/policies";
import { PolicyPackSession, PolicyViolation, UNKNOWN, startPolicyPack } from "../../../tools/policy-runner";
import { type AppliedRemediation, analyzeResources } from "../../../tools/preview/analyze";
import type { RecordedResource } from "../../../tools/mock-runtime/runtime";
import { adminStatement, alwaysReported, happy } from "../factories";
import { packProcesses, resource } from "../runner-helpers";

const PACK_DIR = path.resolve(__dirname, "../../../policy");

const description = (policy: string) => definitions.find((d) => d.metadata.name === policy)!.metadata.description;

/** What CrossGuard puts on the wire for `reportViolation(message)`. */
const violation = (policy: string, urn: string, message: string, level: PolicyViolation["level"] = "mandatory"): PolicyViolation => ({
    policy,
    level,
    urn,
    message: `${description(policy)}\n${message}`,
    description: description(policy),
});

const MSG = {
    restrictPublicBuckets:
        "restrictPublicBuckets must be true (CIS 2.1.4): without it, buckets with a public policy stay reachable from outside the account",
    publicRead:
        'acl must not be "public-read" (FSBP S3.2): anyone on the internet can list and read the bucket; use "private" and grant access through IAM or a bucket policy',
    validation: "enableLogFileValidation must be true (CIS 3.2): without it, log tampering cannot be detected",
    multiRegion: "isMultiRegionTrail must be true (CIS 3.1): a single-region trail misses API activity in every other region",
    rotation:
        "enableKeyRotation must be true for symmetric keys (CIS 3.6): without rotation the same key material protects the data indefinitely",
    period: (max: number, got: number) =>
        `rotationPeriodInDays must be at most ${max} (CIS 3.6), got ${got}: ` +
        "longer periods keep the same key material in use for too long (limit set by policy config maxRotationPeriodInDays)",
    admin: (where: string) =>
        `${where} allows Action "*" on Resource "*" (CIS 1.16): that is full administrator access; allow only the actions and resources the principal needs`,
    closes: (name: string) =>
        `closeOnDeletion must be false: deleting this resource would close AWS account "${name}", and a closed account ` +
        `is suspended at once and permanently closed, with everything in it, after 90 days; to allow it, list "${name}" in the policy config allowedAccountNames`,
};

const T = {
    bucketPab: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    bucketAcl: "aws:s3/bucketAcl:BucketAcl",
    trail: "aws:cloudtrail/trail:Trail",
    key: "aws:kms/key:Key",
    policy: "aws:iam/policy:Policy",
    role: "aws:iam/role:Role",
    account: "aws:organizations/account:Account",
};

describe("policy pack over gRPC (run-policy-pack, as the Pulumi CLI runs it)", function () {
    this.timeout(180_000);
    let pack: PolicyPackSession;
    let configured: PolicyPackSession;
    let remediating: PolicyPackSession;

    before(async () => {
        // Both start (and type-check the pack) in parallel: the slow part of this file.
        [pack, configured, remediating] = await Promise.all([
            startPolicyPack(PACK_DIR),
            startPolicyPack(PACK_DIR, {
                config: {
                    "organizations-account-no-close-on-deletion": { allowedAccountNames: ["Sandbox"] },
                    "kms-key-rotation-enabled": { maxRotationPeriodInDays: 180 },
                    "cloudtrail-multi-region-validated": "advisory",
                    "s3-public-access-blocked": { enforcementLevel: "disabled" },
                },
            }),
            startPolicyPack(PACK_DIR, {
                config: {
                    "kms-key-rotation-enabled": "remediate",
                    "s3-public-access-blocked": {
                        enforcementLevel: "remediate",
                        exemptions: [{ match: "website-*", justification: "public website bucket, reviewed in SEC-42" }],
                    },
                    "iam-no-wildcard-admin-policy": { exemptions: [{ match: "tag:break-glass=approved-*", justification: "break-glass role, approved by two admins" }] },
                },
            }),
        ]);
    });

    after(async () => {
        await Promise.all([pack?.close(), configured?.close(), remediating?.close()]);
        assert.deepStrictEqual(packProcesses(PACK_DIR), [], "no run-policy-pack process left behind");
    });

    it("GetAnalyzerInfo: the pack, its version and every policy of the registry (pinned by pack.spec.ts)", () => {
        assert.strictEqual(pack.name, "aws-secure-foundation");
        assert.strictEqual(pack.version, "0.1.0");
        assert.deepStrictEqual(
            pack.policies,
            [...definitions, ...stackDefinitions].map((d) => ({ name: d.metadata.name, enforcementLevel: d.metadata.enforcementLevel, description: d.metadata.description })),
        );
        assert.ok(pack.policies.length > 0);
    });

    it("every happy-path resource is compliant, except with the policies that report its type whatever the inputs", async () => {
        const results = await Promise.all(Object.keys(happy).map((type) => pack.analyze(resource(type, "ok", happy[type]!()))));
        const reported = results.map((violations, i) => violations.map((v) => v.policy).filter((p) => !alwaysReported[p]?.includes(Object.keys(happy)[i]!)));
        assert.deepStrictEqual(reported, Object.keys(happy).map(() => []));
        assert.deepStrictEqual(results.flat().map((v) => v.policy).sort(),
            ["iam-no-user-credentials", "iam-no-user-credentials", "iam-user-no-direct-policies", "iam-user-no-direct-policies"]);
    });

    it("a resource type no policy checks has no violations", async () => {
        assert.deepStrictEqual(await pack.analyze(resource("aws:route53/record:Record", "www", { name: "www", type: "CNAME", ttl: 300, records: ["example.com"] })), []);
    });

    describe("one non-compliant resource per policy: exact violations", () => {
        const cases: Array<[string, string, string, Record<string, unknown>, string[]]> = [
            ["s3-public-access-blocked", T.bucketPab, "logs-pab", { ...happy[T.bucketPab]!(), restrictPublicBuckets: false }, [MSG.restrictPublicBuckets]],
            ["s3-public-access-blocked", T.bucketAcl, "site-acl", { bucket: "site", acl: "public-read" }, [MSG.publicRead]],
            ["cloudtrail-multi-region-validated", T.trail, "trail", { ...happy[T.trail]!(), enableLogFileValidation: false }, [MSG.validation]],
            ["kms-key-rotation-enabled", T.key, "key", { ...happy[T.key]!(), enableKeyRotation: false }, [MSG.rotation]],
            [
                "iam-no-wildcard-admin-policy",
                T.policy,
                "admin",
                { name: "admin", policy: JSON.stringify({ Version: "2012-10-17", Statement: [adminStatement({ Sid: "All" })] }) },
                [MSG.admin('policy.Statement[0] (Sid "All")')],
            ],
            ["organizations-account-no-close-on-deletion", T.account, "staging", { ...happy[T.account]!(), name: "Staging", closeOnDeletion: true }, [MSG.closes("Staging")]],
            ["ec2-no-public-admin-ports", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "ssh",
                { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "0.0.0.0/0" },
                ["this rule lets 0.0.0.0/0 reach port 22 (SSH) (CIS 5.2, Security Hub EC2.53): anyone on the internet can try to log in; " +
                    "allow only your administrators' CIDRs, or use SSM Session Manager instead of an open port"]],
            ["ec2-imdsv2-required", "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults", "defaults", { httpTokens: "optional" },
                ['httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got "optional": new instances in this account and region would accept IMDSv1, ' +
                    "and with IMDSv1 a server-side request forgery in any application on the instance can read its role's credentials"]],
            ["ebs-encryption-enabled", "aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-default", { enabled: false },
                ["enabled must not be false (CIS 2.2.1, FSBP EC2.7): new EBS volumes in this account and region could be created unencrypted"]],
            ["ec2-no-secrets-in-user-data", "aws:ec2/launchTemplate:LaunchTemplate", "lt",
                { imageId: "ami-1", metadataOptions: { httpTokens: "required" }, userData: Buffer.from("KEY=" + "AKIA" + "IOSFODNN7EXAMPLE").toString("base64") },
                ["userData contains an AWS access key id (foundation no-keys): user data is readable by anyone who can describe the instance and is kept " +
                    "in the Pulumi state; give the instance a role and read the secret from Secrets Manager or SSM Parameter Store at boot"]],
            ["iam-role-trust-restricted", T.role, "ci", { name: "ci", assumeRolePolicy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" }] }) },
                ['assumeRolePolicy.Statement[0] lets any AWS principal ("*") assume the role (foundation least-privilege): anyone with an AWS account could use its ' +
                    "permissions; name the accounts or roles that may assume it, or add a condition on aws:PrincipalOrgID"]],
            ["iam-no-privilege-escalation", T.policy, "ops", { name: "ops", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "iam:PutRolePolicy", Resource: "*" }] }) },
                ["policy.Statement[0] allows iam:PutRolePolicy on every principal or policy (foundation least-privilege): whoever holds it can grant itself any " +
                    "permission; scope Resource to the specific roles, users or policies it must manage, or deny these actions"]],
            ["iam-policy-actions-exist", T.policy, "typo", { name: "typo", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:GetObjects", Resource: "*" }] }) },
                ['policy.Statement[0].Action names "s3:GetObjects", which matches no s3 action: the statement does not do what it says; check the spelling']],
            ["ec2-no-public-high-risk-ports", "aws:ec2/securityGroupRule:SecurityGroupRule", "db",
                { type: "ingress", securityGroupId: "sg-1", protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] },
                ["this rule lets 0.0.0.0/0 reach high-risk port 3306 (FSBP EC2.19): databases, file shares, remote shells and development servers are attacked " +
                    "within minutes of being reachable; put them behind a load balancer, VPN or private subnet"]],
            ["rds-no-public-access", "aws:rds/instance:Instance", "db", { ...happy["aws:rds/instance:Instance"]!(), publiclyAccessible: true },
                ["publiclyAccessible must not be true (CIS 2.3.3, FSBP RDS.2): the database gets a public DNS name and address, one security group rule away from " +
                    "the internet; reach it from inside the VPC (a bastion with SSM Session Manager, or a VPN) instead"]],
            ["rds-storage-encrypted", "aws:neptune/cluster:Cluster", "graph", { engine: "neptune" },
                ["storageEncrypted must be true (FSBP Neptune.1), got not set (AWS's default is unencrypted): the data, its automated backups and snapshots would " +
                    "be stored unencrypted, and encryption cannot be turned on later without a restore"]],
            ["efs-encrypted", "aws:efs/fileSystem:FileSystem", "files", { encrypted: false },
                ["encrypted must be true (CIS 2.4.1, FSBP EFS.1), got false: the files would be stored unencrypted, and a file system cannot be encrypted after it is created"]],
            ["resource-policy-not-public", "aws:sqs/queuePolicy:QueuePolicy", "jobs",
                { queueUrl: "q", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "sqs:*", Resource: "*" }] }) },
                ['policy.Statement[0] allows everyone ("*") with no condition that limits it to your accounts, organization, sources or networks (FSBP SQS.3): ' +
                    "anyone can use the queue as the statement allows; name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceArn"]],
            ["lambda-no-secrets-in-environment", "aws:lambda/function:Function", "fn",
                { role: "arn:aws:iam::111111111111:role/fn", environment: { variables: { GH: "ghp_" + "a1".repeat(18) } } },
                ["environment.variables.GH contains a GitHub token (foundation no-keys): environment variables are shown to anyone who can read the " +
                    "function's configuration and are kept in the Pulumi state; store the secret in Secrets Manager or SSM Parameter Store and pass its name or ARN instead"]],
            ["rds-snapshot-not-public", "aws:rds/clusterSnapshot:ClusterSnapshot", "orders-final",
                { dbClusterIdentifier: "orders", dbClusterSnapshotIdentifier: "orders-final", sharedAccounts: ["all"] },
                ['sharedAccounts must not contain "all" (FSBP RDS.1): the snapshot becomes public, and anyone with an AWS account can restore the database ' +
                    "from it, data and all; list the account ids to share it with instead"]],
            ["msk-cluster-secure", "aws:msk/cluster:Cluster", "events",
                { clusterName: "events", clientAuthentication: { sasl: { iam: true } }, brokerNodeGroupInfo: { connectivityInfo: { publicAccess: { type: "SERVICE_PROVIDED_EIPS" } } } },
                ['brokerNodeGroupInfo.connectivityInfo.publicAccess.type must be "DISABLED" (FSBP MSK.4), got "SERVICE_PROVIDED_EIPS": the brokers get ' +
                    "addresses on the internet; reach them from inside the VPC, or through multi-VPC private connectivity"]],
        ];
        for (const [policy, type, name, properties, messages] of cases) {
            it(`${policy}: ${type.split(":").pop()} ${name}`, async () => {
                const r = resource(type, name, properties);
                const level = policy === "iam-policy-actions-exist" ? "advisory" : "mandatory";
                assert.deepStrictEqual(await pack.analyze(r), messages.map((m) => violation(policy, r.urn, m, level)));
            });
        }
    });

    describe("unknown values (the wire sentinel): the known parts are still checked, nothing crashes", () => {
        it("trail: isMultiRegionTrail unknown, enableLogFileValidation false", async () => {
            const r = resource(T.trail, "trail", { ...happy[T.trail]!(), isMultiRegionTrail: UNKNOWN, enableLogFileValidation: false });
            assert.deepStrictEqual(await pack.analyze(r), [violation("cloudtrail-multi-region-validated", r.urn, MSG.validation)]);
        });

        it("trail: everything unknown", async () => {
            const props = Object.fromEntries(Object.keys(happy[T.trail]!()).map((k) => [k, UNKNOWN]));
            assert.deepStrictEqual(await pack.analyze(resource(T.trail, "trail", props)), []);
        });

        it("role: one inline policy unknown, another one admin", async () => {
            const r = resource(T.role, "deploy", {
                ...happy[T.role]!(),
                inlinePolicies: [
                    { name: "pending", policy: UNKNOWN },
                    { name: "admin", policy: JSON.stringify({ Version: "2012-10-17", Statement: adminStatement() }) },
                ],
            });
            assert.deepStrictEqual(await pack.analyze(r), [violation("iam-no-wildcard-admin-policy", r.urn, MSG.admin("inlinePolicies[1].policy.Statement[0]"))]);
        });

        it("account: closeOnDeletion unknown", async () => {
            assert.deepStrictEqual(await pack.analyze(resource(T.account, "x", { ...happy[T.account]!(), closeOnDeletion: UNKNOWN })), []);
        });
    });

    it("many concurrent Analyze calls (as the preview sends them) each get their own result", async () => {
        const inputs = Array.from({ length: 40 }, (_, i) =>
            resource(T.trail, `trail-${i}`, { ...happy[T.trail]!(), isMultiRegionTrail: i % 2 === 0 }),
        );
        const results = await Promise.all(inputs.map((r) => pack.analyze(r)));
        results.forEach((violations, i) => {
            assert.deepStrictEqual(violations, i % 2 === 0 ? [] : [violation("cloudtrail-multi-region-validated", inputs[i]!.urn, MSG.multiRegion)]);
        });
    });

    it("AnalyzeStack: a trail whose resource inputs are wrong but whose bucket is private has no stack finding", async () => {
        const provider = resource("pulumi:providers:aws", "management", { region: "us-east-1" });
        const trail = resource(T.trail, "trail", { ...happy[T.trail]!(), enableLogFileValidation: false }, {
            dependencies: [provider.urn],
            provider: { urn: provider.urn, type: provider.type, name: provider.name, properties: provider.properties },
            options: { protect: true, ignoreChanges: [] },
        });
        assert.deepStrictEqual(await pack.analyzeStack([provider, trail]), []);
    });

    it("AnalyzeStack: stack policies report on the resource the finding is about, at their level", async () => {
        const bucket = resource("aws:s3/bucket:Bucket", "logs", { bucket: "acme-logs" });
        const policy = resource("aws:s3/bucketPolicy:BucketPolicy", "logs-policy", {
            bucket: UNKNOWN, policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" }] }),
        }, { dependencies: [bucket.urn] });
        const trail = resource(T.trail, "trail", { ...happy[T.trail]!(), s3BucketName: "acme-logs" });
        const stackViolation = (name: string, urn: string, message: string, level: PolicyViolation["level"]) => {
            const d = stackDefinitions.find((s) => s.metadata.name === name)!.metadata.description;
            return { policy: name, level, urn, message: `${d}\n${message}`, description: d };
        };
        assert.deepStrictEqual(await pack.analyzeStack([bucket, policy, trail]), [
            stackViolation("cloudtrail-bucket-not-public", trail.urn, 'the trail writes to bucket "logs", and its bucket policy\'s Statement[0] allows everyone (foundation evidence): ' +
                "anyone could read the account's API history, and with write access erase it; the log bucket must be private", "mandatory"),
            stackViolation("s3-bucket-logging-enabled", bucket.urn, "no s3.BucketLogging writes this bucket's server access logs (FSBP S3.9): requests to it leave " +
                "no record beyond CloudTrail's data events; add one targeting a log bucket (a log bucket itself can be exempted with a justification)", "advisory"),
            stackViolation("s3-bucket-safeguards-attached", bucket.urn, "no s3.BucketPublicAccessBlock is attached to this bucket (CIS 2.1.4, FSBP S3.8): it relies on the " +
                "account-level block alone; add one with all four settings true", "advisory"),
            stackViolation("s3-bucket-safeguards-attached", bucket.urn, "no s3.BucketVersioning is attached to this bucket (foundation nothing-lost): an overwritten or " +
                'deleted object cannot be recovered; add one with status "Enabled"', "advisory"),
            stackViolation("s3-bucket-ssl-only", bucket.urn, 'no bucket policy denies requests without TLS (CIS 2.1.1, FSBP S3.5): add a Deny statement for "s3:*" with ' +
                'the condition { "Bool": { "aws:SecureTransport": "false" } }, so no client can read or write the bucket over plain HTTP', "advisory"),
        ]);
    });

    describe("policy config sent with Configure changes the outcome", () => {
        it("allowedAccountNames exempts exactly the listed account", async () => {
            const sandbox = resource(T.account, "sandbox", { ...happy[T.account]!(), name: "Sandbox", closeOnDeletion: true });
            const staging = resource(T.account, "staging", { ...happy[T.account]!(), name: "Staging", closeOnDeletion: true });
            assert.deepStrictEqual(await pack.analyze(sandbox), [violation("organizations-account-no-close-on-deletion", sandbox.urn, MSG.closes("Sandbox"))]);
            assert.deepStrictEqual(await configured.analyze(sandbox), []);
            assert.deepStrictEqual(await configured.analyze(staging), [violation("organizations-account-no-close-on-deletion", staging.urn, MSG.closes("Staging"))]);
        });

        it("maxRotationPeriodInDays tightens the KMS rotation period", async () => {
            const key = resource(T.key, "key", happy[T.key]!());
            assert.deepStrictEqual(await pack.analyze(key), []);
            assert.deepStrictEqual(await configured.analyze(key), [violation("kms-key-rotation-enabled", key.urn, MSG.period(180, 365))]);
        });

        it("an enforcement level override downgrades a policy to advisory", async () => {
            const trail = resource(T.trail, "trail", { ...happy[T.trail]!(), enableLogFileValidation: false });
            assert.deepStrictEqual(await configured.analyze(trail), [violation("cloudtrail-multi-region-validated", trail.urn, MSG.validation, "advisory")]);
        });

        it("a disabled policy reports nothing", async () => {
            const acl = resource(T.bucketAcl, "site-acl", { bucket: "site", acl: "public-read" });
            assert.deepStrictEqual(await configured.analyze(acl), []);
            assert.strictEqual((await pack.analyze(acl)).length, 1);
        });
    });

    describe("exemptions and remediation (policy config)", () => {
        const adminPolicy = (tags: Record<string, unknown>) => resource(T.policy, "break-glass", {
            name: "break-glass", tags, policy: JSON.stringify({ Version: "2012-10-17", Statement: [adminStatement()] }),
        });

        it("a tag exemption silences exactly the matching resource", async () => {
            assert.deepStrictEqual(await remediating.analyze(adminPolicy({ "break-glass": "approved-2026-11" })), []);
            const other = adminPolicy({ "break-glass": "pending" });
            assert.deepStrictEqual(await remediating.analyze(other), [violation("iam-no-wildcard-admin-policy", other.urn, MSG.admin("policy.Statement[0]"))]);
        });

        it("Remediate returns the fixed inputs of each policy at level remediate, unknown values kept", async () => {
            const key = resource(T.key, "key", { description: "data", enableKeyRotation: false, policy: UNKNOWN });
            assert.deepStrictEqual(remediating.remediatingPolicies, ["kms-key-rotation-enabled", "s3-public-access-blocked"]);
            assert.deepStrictEqual(await remediating.remediate(key), [{
                policy: "kms-key-rotation-enabled",
                description: description("kms-key-rotation-enabled"),
                properties: { description: "data", enableKeyRotation: true, policy: UNKNOWN },
            }]);
            assert.deepStrictEqual(await pack.remediate(key), []);
            assert.deepStrictEqual(pack.remediatingPolicies, []);
        });

        it("an exempted resource is not remediated", async () => {
            const pab = (name: string) =>
                resource(T.bucketPab, name, { bucket: name, blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false });
            assert.deepStrictEqual(await remediating.remediate(pab("website-pab")), []);
            assert.deepStrictEqual((await remediating.remediate(pab("logs-pab"))).map((r) => r.properties),
                [{ bucket: "logs-pab", blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }]);
        });

        it("the offline preview analyses the remediated inputs and lists what each fix set", async () => {
            const recorded = (name: string, type: string, inputs: Record<string, unknown>): RecordedResource => ({
                urn: `urn:pulumi:prod::p::${type}::${name}`, id: "", type, name, custom: true, parent: null, provider: null, inputs, state: inputs,
                options: { protect: false, retainOnDelete: false, ignoreChanges: [], dependsOn: [], import: null, aliases: [] },
                dependencies: [],
            } as unknown as RecordedResource);
            const key = recorded("key", T.key, { description: "data", enableKeyRotation: false, rotationPeriodInDays: 365 });
            const acl = recorded("site-acl", T.bucketAcl, { bucket: "site", acl: "public-read" });
            const remediations: AppliedRemediation[] = [];
            const violations = await analyzeResources(remediating, [key, acl], remediations);
            assert.deepStrictEqual(remediations, [{ urn: key.urn, policy: "kms-key-rotation-enabled", changed: { enableKeyRotation: true } }]);
            // A violation remediation cannot fix still blocks: CrossGuard reports it as mandatory.
            assert.deepStrictEqual(violations, [violation("s3-public-access-blocked", acl.urn, MSG.publicRead, "mandatory")]);
        });

        it("config that names no justification or an unknown key is rejected before the pack runs", async () => {
            const message = await startPolicyPack(PACK_DIR, {
                config: { "kms-key-rotation-enabled": { exemptions: [{ match: "legacy-*" }, { match: "old-*", justification: "kept until the migration ends", reason: "x" }] } },
            }).then(() => "started", (e: Error) => e.message);
            assert.strictEqual(message, [
                "policy pack config is invalid:",
                "  1. kms-key-rotation-enabled: exemptions[0].justification is required",
                "  2. kms-key-rotation-enabled: exemptions[1].reason is not allowed (allowed: justification, match)",
            ].join("\n"));
        });
    });
});
