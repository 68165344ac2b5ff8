import * as assert from "assert";
import { ORGANIZATIONS_DELEGATED_SERVICES, TRUSTED_SERVICE_PRINCIPALS } from "../../components";
import { exampleValues, runFoundation } from "./harness";

type Run = Awaited<ReturnType<typeof runFoundation>>;

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

const ACCOUNT_KEYS = ["log-archive", "audit", "shared-services", "prod", "staging", "sandbox"];

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

    it("creates an all-features organization with its policy types and the services the foundation uses", () => {
        const [org] = run.ofType(T.organization);
        assert.strictEqual(org.name, "foundation-organization");
        assert.strictEqual(run.providerName(org), "foundation-management");
        assert.deepStrictEqual(org.inputs, {
            featureSet: "ALL",
            awsServiceAccessPrincipals: [
                "access-analyzer.amazonaws.com", "account.amazonaws.com", "cloudtrail.amazonaws.com", "config.amazonaws.com",
                "config-multiaccountsetup.amazonaws.com", "guardduty.amazonaws.com", "iam.amazonaws.com",
                "malware-protection.guardduty.amazonaws.com", "securityhub.amazonaws.com", "sso.amazonaws.com",
            ],
            enabledPolicyTypes: ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2"],
        });
        assert.strictEqual(org.options.protect, true);
        for (const service of ORGANIZATIONS_DELEGATED_SERVICES) {
            assert.ok(TRUSTED_SERVICE_PRINCIPALS.includes(service), `${service} is delegated but has no trusted access`);
        }
    });

    it("builds the OU tree under the root, named by OU path", () => {
        const ous = run.ofType(T.ou);
        const [org] = run.ofType(T.organization);
        const rootId = (org.state.roots as { id: string }[])[0].id;
        const parentOf = Object.fromEntries(ous.map(ou => [ou.name, ou.inputs.parentId]));
        const idOf = Object.fromEntries(ous.map(ou => [ou.name, ou.id]));
        assert.deepStrictEqual(Object.keys(parentOf).sort(), [
            "foundation-organization-ou-Infrastructure",
            "foundation-organization-ou-Sandbox",
            "foundation-organization-ou-Security",
            "foundation-organization-ou-Suspended",
            "foundation-organization-ou-Workloads",
            "foundation-organization-ou-Workloads/NonProd",
            "foundation-organization-ou-Workloads/Prod",
        ]);
        assert.strictEqual(parentOf["foundation-organization-ou-Workloads"], rootId);
        assert.strictEqual(parentOf["foundation-organization-ou-Workloads/Prod"], idOf["foundation-organization-ou-Workloads"]);
        assert.strictEqual(run.named("foundation-organization-ou-Workloads/Prod").inputs.name, "Prod");
        for (const ou of ous) {
            assert.strictEqual(ou.options.protect, true, `${ou.name} must be protected`);
            assert.strictEqual(run.providerName(ou), "foundation-management");
        }
    });

    it("creates each account with the management provider, in its OU, protected and never closed", () => {
        for (const key of ACCOUNT_KEYS) {
            const account = run.named(`foundation-${key}`);
            const expected = run.config.accounts.find(a => a.key === key)!;
            const ou = run.named(`foundation-organization-ou-${expected.ou}`);
            assert.strictEqual(account.type, T.account);
            assert.strictEqual(run.providerName(account), "foundation-management");
            assert.deepStrictEqual(account.inputs, {
                name: expected.name,
                email: expected.email,
                parentId: ou.id,
                closeOnDeletion: false,
                roleName: "OrganizationAccountAccessRole",
                iamUserAccessToBilling: "ALLOW",
            });
            assert.deepStrictEqual(account.options, {
                protect: true, retainOnDelete: false, ignoreChanges: ["roleName", "iamUserAccessToBilling"], dependsOn: [], import: null, aliases: [],
            });
        }
    });

    it("gives each member account one provider that assumes its access role, after the readiness wait", () => {
        for (const key of ACCOUNT_KEYS) {
            const account = run.named(`foundation-${key}`);
            const provider = run.named(`foundation-${key}-provider`);
            const ready = run.named(`foundation-${key}-ready`);
            assert.deepStrictEqual(ready.inputs, { createDuration: "120s" });
            assert.deepStrictEqual(ready.options.dependsOn, [account.urn]);
            assert.deepStrictEqual(provider.options.dependsOn, [ready.urn]);
            assert.deepStrictEqual(JSON.parse(provider.inputs.allowedAccountIds as string), [account.id]);
            assert.deepStrictEqual(JSON.parse(provider.inputs.assumeRoles as string), [{
                roleArn: `arn:aws:iam::${account.id}:role/OrganizationAccountAccessRole`,
                sessionName: "acme-foundation",
            }]);
            assert.strictEqual(provider.inputs.region, "us-east-1");
            assert.match(account.id, /^[1-9]\d{11}$/);
        }
    });

    it("runs each account's baseline with that account's provider and per-resource regions", () => {
        for (const key of ["management", ...ACCOUNT_KEYS]) {
            const providerName = key === "management" ? "foundation-management" : `foundation-${key}-provider`;
            const block = run.named(`foundation-${key}-baseline-s3-public-access`);
            assert.strictEqual(run.providerName(block), providerName);
            assert.deepStrictEqual(block.inputs, { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
            for (const region of ["us-east-1", "eu-west-1"]) {
                const ebs = run.named(`foundation-${key}-baseline-ebs-encryption-${region}`);
                assert.strictEqual(run.providerName(ebs), providerName);
                assert.deepStrictEqual(ebs.inputs, { enabled: true, region });
            }
        }
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

    it("makes the alert rules wait for the detection services whose findings they route", () => {
        const waitsFor = (rule: string) => new Set(run.named(rule).options.dependsOn.map(urn => urn.slice(urn.lastIndexOf("::") + 2)));
        for (const rule of ["foundation-alerts-guardduty", "foundation-alerts-securityhub", "foundation-alerts-access-analyzer", "foundation-alerts-forward-eu-west-1"]) {
            for (const resource of ["foundation-guardduty-us-east-1-admin", "foundation-security-hub-organization", "foundation-access-analyzer-us-east-1"]) {
                assert.ok(waitsFor(rule).has(resource), `${rule} waits for ${resource}`);
            }
        }
        assert.ok(waitsFor("foundation-incident-response-rule").has("foundation-guardduty-us-east-1-admin"));
    });
});

describe("Foundation config switches", () => {
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

    it("closes an account on deletion only when it opts in", async () => {
        const run = await runFoundation(exampleValues(d => { d["foundation:accounts"][5].closeOnDeletion = true; }));
        assert.strictEqual(run.named("foundation-sandbox").inputs.closeOnDeletion, true);
        assert.strictEqual(run.named("foundation-prod").inputs.closeOnDeletion, false);
    });

    it("forwards the audit account's own root sign-ins too when its alert bus is not in us-east-1", async () => {
        const home = await runFoundation(exampleValues());
        assert.ok(!home.resources.some(r => r.name === "foundation-audit-sign-in-forwarder"), "in us-east-1 the audit account's bus receives them");
        const europe = await runFoundation(exampleValues(d => { d["foundation:organization"].homeRegion = "eu-west-1"; }));
        const target = europe.named("foundation-audit-sign-in-forwarder-rule-target");
        assert.strictEqual(europe.providerName(target), "foundation-audit-provider");
        assert.strictEqual(target.inputs.region, "us-east-1");
    });

    it("creates the GitHub OIDC provider for the foundation only when its pipeline names a repository, and trusts the project it names", async () => {
        const run = await runFoundation(exampleValues(d => {
            delete d["foundation:pipelines"].foundation.github;
            d["foundation:pipelines"].foundation.project = "org-foundation";
            delete d["foundation:pulumiCloud"]; // Deployments need the repository
        }));
        assert.deepStrictEqual(run.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").map(p => p.name), [
            "foundation-management-oidc-pulumi", "foundation-prod-oidc-pulumi", "foundation-staging-oidc-pulumi",
        ]);
        assert.deepStrictEqual(run.document(run.named("foundation-pipeline-foundation-deploy"), "assumeRolePolicy").Statement[0].Condition.StringEquals["api.pulumi.com/oidc:sub"], [
            "pulumi:deploy:org:acme:project:org-foundation:stack:prod:operation:update:scope:write",
            "pulumi:deploy:org:acme:project:org-foundation:stack:prod:operation:refresh:scope:write",
            "pulumi:deploy:org:acme:project:org-foundation:stack:prod:operation:destroy:scope:write",
        ]);
    });

    it("gives an account whose workloads use Pulumi and GitHub between them both OIDC providers", async () => {
        const run = await runFoundation(exampleValues(d => {
            d["foundation:pipelines"].workloads = [
                { name: "api", account: "prod", pulumi: [{ project: "api", stacks: ["prod"] }] },
                { name: "web", account: "prod", github: { repository: "acme/web", environment: "prod" } },
            ];
        }));
        assert.deepStrictEqual(run.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider").map(p => [p.name, run.providerName(p)]), [
            ["foundation-management-oidc-pulumi", "foundation-management"], ["foundation-management-oidc-github", "foundation-management"],
            ["foundation-prod-oidc-pulumi", "foundation-prod-provider"], ["foundation-prod-oidc-github", "foundation-prod-provider"],
        ]);
    });

    it("adopts an existing organization, OUs and accounts with import ids, without a readiness wait", async () => {
        const run = await runFoundation(exampleValues(d => {
            d["foundation:organization"].importId = "o-exampleorg1";
            d["foundation:organization"].managementAccount.id = "111111111111";
            d["foundation:organizationalUnits"][0].importId = "ou-ab12-cd34ef56";
            d["foundation:accounts"][3].importId = "222222222222";
        }));
        assert.strictEqual(run.named("foundation-organization").options.import, "o-exampleorg1");
        assert.strictEqual(run.named("foundation-organization-ou-Security").options.import, "ou-ab12-cd34ef56");
        assert.strictEqual(run.named("foundation-prod").options.import, "222222222222");
        assert.strictEqual(run.named("foundation-staging").options.import, null);
        assert.ok(!run.resources.some(r => r.name === "foundation-prod-ready"), "an adopted account needs no readiness wait");
        assert.deepStrictEqual(run.named("foundation-prod-provider").options.dependsOn, []);
        assert.deepStrictEqual(JSON.parse(run.named("foundation-management").inputs.allowedAccountIds as string), ["111111111111"]);
        // The ids the engine reads on import, wherever they flow: the OU as the account's parent, the account in its provider.
        assert.strictEqual(run.named("foundation-organization-ou-Security").id, "ou-ab12-cd34ef56");
        assert.strictEqual(run.named("foundation-prod").id, "222222222222");
        assert.deepStrictEqual(JSON.parse(run.named("foundation-prod-provider").inputs.assumeRoles as string),
            [{ roleArn: "arn:aws:iam::222222222222:role/OrganizationAccountAccessRole", sessionName: "acme-foundation" }]);
    });

    it("uses the configured access role and organization name for member providers", async () => {
        const run = await runFoundation(exampleValues(d => {
            d["foundation:organization"].accountAccessRoleName = "FoundationAccess";
            d["foundation:organization"].name = "globex";
        }));
        const roles = JSON.parse(run.named("foundation-audit-provider").inputs.assumeRoles as string);
        assert.deepStrictEqual(roles, [{ roleArn: `arn:aws:iam::${run.named("foundation-audit").id}:role/FoundationAccess`, sessionName: "globex-foundation" }]);
        assert.strictEqual(run.named("foundation-audit").inputs.roleName, "FoundationAccess");
    });
});
