import * as pulumi from "@pulumi/pulumi";
import * as assert from "assert";
import * as path from "path";
import { Foundation } from "../../components";
import { parseFoundationConfig } from "../../config";
import { definition as cloudtrailPolicy } from "../../policy/policies/cloudtrail/cloudtrail-multi-region-validated";
import { definition as kmsPolicy } from "../../policy/policies/kms/kms-key-rotation-enabled";
import { definition as s3Policy } from "../../policy/policies/s3/s3-public-access-blocked";
import { FoundationMocks } from "../../tools/mock-runtime/mocks";
import { type RecordedResource, runProgram } from "../../tools/mock-runtime/runtime";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, type Run, runFoundation } from "./harness";

/*
 * The whole Foundation on the mock runtime: how the areas are wired together (what waits for what, one
 * parent for everything, names kept across reorders), its arguments, and the Identity Center lookup that
 * decides what is built. What one area builds is tested under test/components/<area>/.
 */

const T = {
    organization: "aws:organizations/organization:Organization",
    ou: "aws:organizations/organizationalUnit:OrganizationalUnit",
    account: "aws:organizations/account:Account",
    provider: "pulumi:providers:aws",
    sleep: "time:index/sleep:Sleep",
    guardduty: "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount",
    securityhub: "aws:securityhub/organizationAdminAccount:OrganizationAdminAccount",
    delegated: "aws:organizations/delegatedAdministrator:DelegatedAdministrator",
    s3Block: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    ebs: "aws:ebs/encryptionByDefault:EncryptionByDefault",
};

describe("Foundation on the example stack", () => {
    let run: Run;
    before(async () => { run = await runFoundation(exampleValues()); });

    it("registers exactly the expected resources", () => {
        const counts: Record<string, number> = {};
        for (const r of run.resources.filter(r => r.custom)) counts[r.type] = (counts[r.type] ?? 0) + 1;
        assert.deepStrictEqual(counts, {
            [T.provider]: 7, // management + one per member account
            [T.organization]: 1,
            [T.ou]: 7,
            [T.account]: 6,
            [T.sleep]: 6,
            // the record of the Identity Center instance (state only); foundation:pulumiCloud is the pulumi-cloud project's
            "time:index/static:Static": 1,
            [T.guardduty]: 2, // one per allowed region
            [T.securityhub]: 1,
            [T.delegated]: 3,
            [T.s3Block]: 7, // every account, management included
            [T.ebs]: 14, // every account x every allowed region
            // log archive: one key, three buckets with their settings (object lock on the trail bucket only)
            "aws:kms/key:Key": 4, // log archive, the trail's CloudWatch Logs group, alerting (audit), CIS alarms (management)
            "aws:kms/alias:Alias": 4,
            "aws:s3/bucket:Bucket": 3,
            "aws:s3/bucketVersioning:BucketVersioning": 3,
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": 3,
            "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": 3,
            "aws:s3/bucketOwnershipControls:BucketOwnershipControls": 3,
            "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": 3,
            "aws:s3/bucketPolicy:BucketPolicy": 3,
            "aws:s3/bucketLogging:BucketLogging": 2, // trail and Config buckets log to the access-log bucket
            "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration": 1,
            // organization trail
            "aws:cloudtrail/trail:Trail": 1,
            "aws:cloudwatch/logGroup:LogGroup": 3, // the trail's, the notifier's, the responder's
            // trail -> CloudWatch Logs, Config aggregator; foundation deploy + preview; 6 member preview roles; 2 workload pipelines x 2
            // alerting: notifier, responder, the audit account's forwarder; 6 sign-in forwarders (every account but audit); 6 response roles
            "aws:iam/role:Role": 29,
            "aws:iam/rolePolicy:RolePolicy": 28, // the trail's role, every pipeline role and every alerting role
            "aws:iam/openIdConnectProvider:OpenIdConnectProvider": 4, // management: Pulumi + GitHub; prod and staging: Pulumi
            // Identity Center: 4 groups, 2 users in 3 memberships, 5 built-in permission sets, 19 expanded assignments
            "aws:identitystore/group:Group": 4,
            "aws:identitystore/user:User": 2,
            "aws:identitystore/groupMembership:GroupMembership": 3,
            "aws:ssoadmin/permissionSet:PermissionSet": 5,
            "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment": 5,
            "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy": 1,
            "aws:ssoadmin/accountAssignment:AccountAssignment": 19,
            // GuardDuty, per region: audit and management detectors, management member, organization configuration, 6 features x 2, export
            "aws:guardduty/detector:Detector": 4,
            "aws:guardduty/member:Member": 2,
            "aws:guardduty/organizationConfiguration:OrganizationConfiguration": 2,
            "aws:guardduty/organizationConfigurationFeature:OrganizationConfigurationFeature": 12,
            "aws:guardduty/detectorFeature:DetectorFeature": 12,
            "aws:guardduty/publishingDestination:PublishingDestination": 2,
            // Security Hub central configuration
            "aws:securityhub/findingAggregator:FindingAggregator": 1,
            "aws:securityhub/organizationConfiguration:OrganizationConfiguration": 1,
            "aws:securityhub/configurationPolicy:ConfigurationPolicy": 1,
            "aws:securityhub/configurationPolicyAssociation:ConfigurationPolicyAssociation": 1,
            // AWS Config: every account x every region, plus the aggregator; Access Analyzer's role in management
            "aws:iam/serviceLinkedRole:ServiceLinkedRole": 8,
            "aws:cfg/recorder:Recorder": 14,
            "aws:cfg/deliveryChannel:DeliveryChannel": 14,
            "aws:cfg/recorderStatus:RecorderStatus": 14,
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment": 12, // Config aggregator; ReadOnlyAccess x 9 preview roles; PowerUserAccess x 2
            "aws:cfg/configurationAggregator:ConfigurationAggregator": 1,
            // Guardrails: Root's two SCPs, one each on Workloads, Sandbox, Suspended; the RCP and EC2 policy at the root
            "aws:organizations/policy:Policy": 7,
            "aws:organizations/policyAttachment:PolicyAttachment": 7,
            "aws:iam/organizationsFeatures:OrganizationsFeatures": 1,
            // Baseline: a password policy per account, three alternate contacts per account
            "aws:iam/accountPasswordPolicy:AccountPasswordPolicy": 7,
            "aws:account/alternativeContact:AlternativeContact": 21,
            // IAM Access Analyzer: one organization analyzer per region
            "aws:accessanalyzer/analyzer:Analyzer": 2,
            // Alerting: the alert and CIS alarm topics; 2 subscriptions + the notifier's to the alarm topic; a dead-letter queue per function
            "aws:sns/topic:Topic": 2,
            "aws:sns/topicPolicy:TopicPolicy": 2,
            "aws:sns/topicSubscription:TopicSubscription": 3,
            "aws:sqs/queue:Queue": 2,
            "aws:dynamodb/table:Table": 1,
            "aws:dynamodb/tableItem:TableItem": 7, // the account directory, management included
            "aws:lambda/function:Function": 2,
            "aws:lambda/permission:Permission": 6, // 4 notifier rules, the alarm topic, the responder rule
            // 4 notifier rules + 1 forward from eu-west-1 + 6 sign-in forwarders + the responder rule, each with one target
            "aws:cloudwatch/eventRule:EventRule": 12,
            "aws:cloudwatch/eventTarget:EventTarget": 12,
            "aws:cloudwatch/eventBusPolicy:EventBusPolicy": 1,
            "aws:cloudwatch/logMetricFilter:LogMetricFilter": 15,
            "aws:cloudwatch/metricAlarm:MetricAlarm": 15,
        });
    });

    it("delegates the detection services to the audit account from the management account", () => {
        const audit = run.named("foundation-audit").id;
        const guardduty = run.ofType(T.guardduty);
        assert.deepStrictEqual(guardduty.map(g => g.inputs).sort((a, b) => String(a.region).localeCompare(String(b.region))),
            [{ adminAccountId: audit, region: "eu-west-1" }, { adminAccountId: audit, region: "us-east-1" }]);
        assert.deepStrictEqual(run.ofType(T.securityhub).map(s => s.inputs), [{ adminAccountId: audit, region: "us-east-1" }]);
        assert.deepStrictEqual(run.ofType(T.delegated).map(d => d.inputs).sort((a, b) => String(a.servicePrincipal).localeCompare(String(b.servicePrincipal))), [
            { accountId: audit, servicePrincipal: "access-analyzer.amazonaws.com" },
            { accountId: audit, servicePrincipal: "config-multiaccountsetup.amazonaws.com" },
            { accountId: audit, servicePrincipal: "config.amazonaws.com" },
        ]);
        for (const r of [...guardduty, ...run.ofType(T.securityhub), ...run.ofType(T.delegated)]) {
            assert.strictEqual(run.providerName(r), "foundation-management");
        }
        // Trusted service access must be on before any registration: each one waits for the organization.
        const [org] = run.ofType(T.organization);
        for (const r of [...guardduty, ...run.ofType(T.securityhub), ...run.ofType(T.delegated)]) {
            assert.ok(r.dependencies.includes(org.urn), `${r.name} does not wait for the organization`);
        }
    });

    it("pins the management provider to the management account and the home region", () => {
        const provider = run.named("foundation-management");
        assert.strictEqual(provider.inputs.region, "us-east-1");
        assert.deepStrictEqual(JSON.parse(provider.inputs.allowedAccountIds as string), ["111111111111"]);
        assert.strictEqual(provider.inputs.assumeRoles, undefined);
    });
    it("parents every component under the Foundation component, so that no URN depends on where it was created", () => {
        const stack = run.resources.find(r => r.type === "pulumi:pulumi:Stack")!;
        assert.deepStrictEqual(run.resources.filter(r => r.parent === stack.urn).map(r => [r.type, r.name]), [["foundation:index:Foundation", "foundation"]]);
    });

    it("groups the parts under one component per area, each part answering to its URN as the Foundation's child (aliases)", () => {
        const foundation = run.ofType("foundation:index:Foundation")[0];
        const children = run.resources.filter(r => r.parent === foundation.urn);
        assert.deepStrictEqual(children.map(r => `${r.type}::${r.name}`).sort(), [
            "foundation:access:PipelinesArea::foundation",
            "foundation:alerting:AlertingArea::foundation",
            "foundation:baseline:BaselineArea::foundation",
            "foundation:detection:DetectionArea::foundation",
            "foundation:guardrails:GuardrailsArea::foundation",
            "foundation:identity:IdentityArea::foundation",
            "foundation:logging:LoggingArea::foundation",
            "foundation:organization:OrganizationArea::foundation",
            "pulumi:providers:aws::foundation-management",
            "time:index/static:Static::foundation-identity-center-instance",
        ]);
        const asFoundationChild = [{ spec: { name: "", type: "", stack: "", project: "", parenturn: foundation.urn } }];
        for (const area of children.filter(r => !r.custom)) {
            const parts = run.resources.filter(r => r.parent === area.urn);
            assert.ok(parts.length > 0, area.type);
            for (const part of parts) assert.deepStrictEqual(part.options.aliases, asFoundationChild, `${area.type} part ${part.name}`);
        }
    });

    it("makes the alert rules wait for the detection services whose findings they route", () => {
        const waitsFor = (rule: string) => new Set(run.named(rule).options.dependsOn.map(urn => urn.slice(urn.lastIndexOf("::") + 2)));
        for (const rule of ["foundation-alerts-guardduty", "foundation-alerts-securityhub", "foundation-alerts-access-analyzer", "foundation-alerts-forward-eu-west-1"]) {
            for (const resource of ["foundation-guardduty-us-east-1-admin", "foundation-security-hub-organization", "foundation-access-analyzer-us-east-1"]) {
                assert.ok(waitsFor(rule).has(resource), `${rule} waits for ${resource}`);
            }
        }
        assert.ok(waitsFor("foundation-incident-response-rule").has("foundation-guardduty-us-east-1-admin"));
    });

    it("passes the pack's CloudTrail, KMS and S3 policies on their merits", () => {
        const checked = (definition: { check(type: string, props: unknown): string[] }, type: string) =>
            run.ofType(type).map(r => [r.name, definition.check(type, r.inputs)]);
        assert.deepStrictEqual(checked(cloudtrailPolicy, "aws:cloudtrail/trail:Trail"), [["foundation-organization-trail", []]]);
        assert.deepStrictEqual(checked(kmsPolicy, "aws:kms/key:Key").sort(), [
            ["foundation-alerts-key", []], ["foundation-cis-alarms-key", []], ["foundation-logs-key", []], ["foundation-organization-trail-logs-key", []],
        ]);
        assert.deepStrictEqual(checked(s3Policy, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock").map(([, v]) => v), [[], [], []]);
    });
});

describe("Foundation config switches", () => {
    it("builds only the areas config asks for: no alerting, identity or pipelines without their sections, and no Identity Center lookup", async () => {
        const run = await runFoundation(exampleValues(d => {
            for (const key of ["foundation:alerting", "foundation:identity", "foundation:pipelines", "foundation:pulumiCloud"]) delete d[key];
        }));
        const foundation = run.ofType("foundation:index:Foundation")[0];
        assert.deepStrictEqual(run.resources.filter(r => r.parent === foundation.urn).map(r => `${r.type}::${r.name}`).sort(), [
            "foundation:baseline:BaselineArea::foundation",
            "foundation:detection:DetectionArea::foundation",
            "foundation:guardrails:GuardrailsArea::foundation",
            "foundation:logging:LoggingArea::foundation",
            "foundation:organization:OrganizationArea::foundation",
            "pulumi:providers:aws::foundation-management",
        ]);
        assert.deepStrictEqual(run.invokes().filter(i => i.token.startsWith("aws:ssoadmin")), []);
    });

    it("keeps every resource name when accounts and OUs are reordered", async () => {
        const reordered = await runFoundation(exampleValues(d => {
            d["foundation:accounts"].reverse();
            d["foundation:organizationalUnits"].reverse();
            d["foundation:organizationalUnits"].find((ou: { name: string }) => ou.name === "Workloads").children.reverse();
        }));
        const original = await runFoundation(exampleValues());
        const urns = (r: typeof original) => r.resources.filter(x => x.type !== "pulumi:pulumi:Stack").map(x => x.urn.replace(/^urn:pulumi:[^:]+::/, "")).sort();
        assert.deepStrictEqual(urns(reordered), urns(original));
    });
});

describe("Foundation arguments: the read-only preview mode and the AWS profile", () => {
    it("previews member accounts through their read-only role when asked to (readOnly)", async () => {
        const values = exampleValues();
        const { resources } = await runProgram({
            project: "aws-secure-foundation", stack: "read-only", config: values, mocks: new FoundationMocks(MANAGEMENT_ACCOUNT_ID, "acme"),
            program: () => Foundation.create("foundation", { config: parseFoundationConfig(values), readOnly: true }),
            dryRun: true,
        });
        const provider = resources.find(r => r.name === "foundation-prod-provider")!;
        const roleArn = (provider.inputs.assumeRoles as string);
        assert.match(String(roleArn), /arn:aws:iam::\d{12}:role\/acme-foundation-preview/);
        const account = resources.find(r => r.name === "foundation-prod" && r.custom)!;
        assert.strictEqual(account.inputs.roleName, "OrganizationAccountAccessRole", "the account keeps its access role");
    });

    describe("FOUNDATION_READ_ONLY, read by index.ts with the config, before any resource", () => {
        const INDEX = path.join(__dirname, "..", "..", "index");
        const underReadOnly = async (values: Record<string, string>, dryRun: boolean, recorded: RecordedResource[] = []) => {
            process.env.FOUNDATION_READ_ONLY = "true";
            try {
                return await runProgram({
                    project: "aws-secure-foundation", stack: `read-only-${dryRun}`, config: values, recorded, dryRun,
                    mocks: new FoundationMocks(MANAGEMENT_ACCOUNT_ID, "acme"), program: () => require(INDEX),
                });
            } finally {
                delete process.env.FOUNDATION_READ_ONLY;
            }
        };

        it("in a preview, reaches member accounts through the foundation's preview role", async () => {
            const { resources } = await underReadOnly(exampleValues(), true);
            const provider = resources.find(r => r.name === "foundation-staging-provider")!;
            assert.match(String(provider.inputs.assumeRoles), /arn:aws:iam::\d{12}:role\/acme-foundation-preview/);
        });

        it("refuses pulumi up, refresh or destroy, and registers nothing", async () => {
            const recorded: RecordedResource[] = [];
            await assert.rejects(underReadOnly(exampleValues(), false, recorded),
                { message: "FOUNDATION_READ_ONLY=true is for previews: unset it to run pulumi up, refresh or destroy" });
            assert.deepStrictEqual(recorded.map(r => r.type), ["pulumi:pulumi:Stack"]);
        });

        it("refuses a config without the foundation's pipeline, whose preview role it needs", async () => {
            const recorded: RecordedResource[] = [];
            const values = exampleValues(d => { delete d["foundation:pipelines"].foundation; delete d["foundation:pulumiCloud"]; });
            await assert.rejects(underReadOnly(values, true, recorded), {
                message: "FOUNDATION_READ_ONLY=true needs foundation:pipelines.foundation in the stack config: its preview role creates the read-only roles member accounts are previewed through",
            });
            assert.deepStrictEqual(recorded.map(r => r.type), ["pulumi:pulumi:Stack"]);
        });
    });

    it("starts every account's provider from aws:profile, index.ts passing it through", async () => {
        const values = { ...exampleValues(), "aws:profile": "acme-management" };
        const { resources } = await runProgram({
            project: "aws-secure-foundation", stack: "profile", config: values, mocks: new FoundationMocks(MANAGEMENT_ACCOUNT_ID, "acme"),
            program: () => require(path.join(__dirname, "..", "..", "index")),
        });
        const providers = resources.filter(r => r.type === "pulumi:providers:aws");
        assert.strictEqual(providers.length, 7);
        assert.deepStrictEqual([...new Set(providers.map(p => p.inputs.profile))], ["acme-management"]);
    });
});

describe("Identity Center before it is enabled, and the record that keeps a later run from deleting it", () => {
    const SKIPPED = "foundation:identity: IAM Identity Center is not enabled in this organization (no instance in us-east-1), so this " +
        "run skips identity: none of its groups, users, permission sets or assignments are created; everything else is. " +
        "Once the organization exists (a first run creates it), enable Identity Center once in the management account's " +
        "console (IAM Identity Center > Enable, an organization instance, in us-east-1; AWS offers no API for this step), " +
        "then run `pulumi up` again to create them. To leave identity out for good, remove foundation:identity.";
    const identityTypes = (r: { type: string }) => /ssoadmin|identitystore|foundation:identity/.test(r.type);

    it("records the instance it builds identity in, in the stack's state only", async () => {
        const run = await runFoundation(exampleValues());
        const record = run.named("foundation-identity-center-instance");
        assert.strictEqual(record.type, "time:index/static:Static");
        assert.strictEqual(record.parent, run.ofType("foundation:index:Foundation")[0].urn);
        const instanceArn = run.named("foundation-identity-AdministratorAccess").inputs.instanceArn;
        const identityStoreId = run.named("foundation-identity-group-admins").inputs.identityStoreId;
        assert.deepStrictEqual(record.inputs, { triggers: { instanceArn, identityStoreId, region: "us-east-1" } });
        assert.deepStrictEqual(record.options.ignoreChanges, []);
        assert.strictEqual(record.provider, null, "the time provider's default: it calls no cloud");
    });

    it("skips identity with a warning when the organization has no instance, and builds everything else", async () => {
        const run = await runFoundation(exampleValues(), { identityCenter: false });
        assert.deepStrictEqual(run.resources.filter(identityTypes), []);
        assert.deepStrictEqual(run.warnings.filter(w => w.includes("Identity Center")), [SKIPPED]);
        const full = await runFoundation(exampleValues());
        const named = (r: RecordedResource) => (r.type === "pulumi:pulumi:Stack" ? r.type : `${r.type}::${r.name}`);
        assert.deepStrictEqual(run.resources.map(named).sort(), full.resources.filter(r => !identityTypes(r)).map(named).sort(), "every resource but identity's");
        const record = run.named("foundation-identity-center-instance");
        assert.deepStrictEqual(record.inputs, { triggers: { instanceArn: "not-enabled" } });
        assert.deepStrictEqual(record.options.ignoreChanges, ["triggers"]);
    });

    it("skips with the same warning when the instance lives in another region than foundation:identity.region says", async () => {
        const run = await runFoundation(exampleValues(), { identityCenterRegion: "eu-west-1" });
        assert.deepStrictEqual(run.resources.filter(identityTypes), []);
        assert.deepStrictEqual(run.warnings.filter(w => w.includes("Identity Center")), [SKIPPED]);
    });

    it("stops, before registering any AWS resource, when a stack that built identity finds no instance any more", async () => {
        const values = exampleValues();
        const recorded: RecordedResource[] = [];
        const priorState = { "foundation-identity-center-instance": { triggers: { instanceArn: "arn:aws:sso:::instance/ssoins-1111222233334444", identityStoreId: "d-1111222233", region: "us-east-1" } } };
        await assert.rejects(runProgram({
            project: "aws-secure-foundation", stack: "identity-gone", config: values, recorded,
            mocks: new FoundationMocks(MANAGEMENT_ACCOUNT_ID, "acme", { identityCenter: false, priorState }),
            program: () => Foundation.create("foundation", { config: parseFoundationConfig(values) }),
        }), (e: Error) => {
            assert.ok(pulumi.RunError.isInstance(e), "a RunError: the CLI prints its message without a stack trace");
            assert.strictEqual(e.message, "IAM Identity Center: this stack created its groups, users, permission sets and assignments in instance " +
                "arn:aws:sso:::instance/ssoins-1111222233334444, but no instance is found in us-east-1 now. The run stops here, before any " +
                "resource is created or deleted, instead of deleting them. If foundation:identity.region changed, set it back to the " +
                "instance's region. If Identity Center was disabled or moved on purpose, remove foundation:identity from the stack " +
                "config and run `pulumi up` (the stack forgets the identity resources), then add it back.");
            return true;
        });
        assert.deepStrictEqual(recorded.map(r => r.type), [
            "pulumi:pulumi:Stack", "foundation:index:Foundation", "pulumi:providers:aws", "time:index/static:Static",
        ]);
    });

    it("keeps going when the record says Identity Center was never enabled", async () => {
        const priorState = { "foundation-identity-center-instance": { triggers: { instanceArn: "not-enabled" } } };
        const run = await runFoundation(exampleValues(), { identityCenter: false, priorState });
        assert.deepStrictEqual(run.resources.filter(identityTypes), []);
        assert.ok(run.resources.length > 400);
    });

    it("stops with the lookup's error, before registering any AWS resource, when the lookup fails", async () => {
        const values = exampleValues();
        const recorded: RecordedResource[] = [];
        await assert.rejects(runProgram({
            project: "aws-secure-foundation", stack: "lookup-fails", config: values, recorded,
            mocks: new FoundationMocks(MANAGEMENT_ACCOUNT_ID, "acme", { identityCenterLookupError: "AccessDeniedException: not authorized to perform sso:ListInstances" }),
            program: () => Foundation.create("foundation", { config: parseFoundationConfig(values) }),
        }), (e: Error) => {
            assert.ok(pulumi.RunError.isInstance(e));
            assert.strictEqual(e.message, "IAM Identity Center: looking up the instance in us-east-1 failed, so the run stops before creating or deleting anything: " +
                "AccessDeniedException: not authorized to perform sso:ListInstances");
            return true;
        });
        assert.deepStrictEqual(recorded.map(r => r.type), ["pulumi:pulumi:Stack", "foundation:index:Foundation", "pulumi:providers:aws"]);
    });
});
