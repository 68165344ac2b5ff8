import * as assert from "assert";
import { accountLabel, groupByAccount, renderAccounts, renderRemediations, renderTree, renderViolations } from "../../../tools/preview/render";
import type { RecordedResource } from "../../../tools/mock-runtime/runtime";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

type Fields = Partial<Omit<RecordedResource, "options">> & { options?: Partial<RecordedResource["options"]> };

/** A recorded resource as the mock runtime records it: custom, no provider, no inputs unless given. */
function resource(type: string, name: string, fields: Fields = {}): RecordedResource {
    return {
        urn: `urn:pulumi:test::p::${type}::${name}`,
        id: "",
        type,
        name,
        custom: true,
        parent: null,
        provider: null,
        inputs: {},
        state: {},
        dependencies: [],
        propertyDependencies: {},
        ...fields,
        options: { protect: false, retainOnDelete: false, ignoreChanges: [], dependsOn: [], import: null, aliases: [], ...fields.options },
    };
}

// A small foundation: a management provider, one member account (audit) with its own provider,
// a resource on the default AWS provider, and resources in no AWS account.
const STACK = resource("pulumi:pulumi:Stack", "p-test", { custom: false });
const ROOT = resource("foundation:index:Foundation", "foundation", { custom: false, parent: STACK.urn });
const MANAGEMENT = resource("pulumi:providers:aws", "foundation-management", {
    parent: ROOT.urn, inputs: { allowedAccountIds: '["111111111111"]', region: "us-east-1" },
});
const AUDIT_COMPONENT = resource("foundation:organization:MemberAccount", "foundation-audit", { custom: false, parent: ROOT.urn });
const AUDIT_ACCOUNT = resource("aws:organizations/account:Account", "foundation-audit", {
    parent: AUDIT_COMPONENT.urn, provider: MANAGEMENT.urn, id: "222222222222", options: { protect: true },
});
const AUDIT_READY = resource("time:index/sleep:Sleep", "foundation-audit-ready", { parent: AUDIT_COMPONENT.urn });
const AUDIT = resource("pulumi:providers:aws", "foundation-audit-provider", {
    parent: AUDIT_COMPONENT.urn,
    inputs: {
        allowedAccountIds: '["222222222222"]',
        assumeRoles: '[{"roleArn":"arn:aws:iam::222222222222:role/OrganizationAccountAccessRole","sessionName":"acme"}]',
        region: "us-east-1",
    },
    propertyDependencies: { allowedAccountIds: [AUDIT_ACCOUNT.urn] },
});
const BASELINE = resource("foundation:baseline:AccountBaseline", "foundation-audit-baseline", { custom: false, parent: ROOT.urn });
const CONTACT = resource("aws:account/alternativeContact:AlternativeContact", "foundation-audit-baseline-contact", { parent: BASELINE.urn, provider: MANAGEMENT.urn });
const BUCKET = resource("aws:s3/bucket:Bucket", "foundation-audit-bucket", {
    parent: BASELINE.urn, provider: AUDIT.urn, inputs: { region: "eu-west-1" }, options: { protect: true },
});
const ROLE = resource("aws:iam/role:Role", "foundation-audit-role", { parent: BASELINE.urn, provider: AUDIT.urn });
const TOPIC = resource("aws:sns/topic:Topic", "loose-topic", { parent: STACK.urn });
const EMPTY = resource("foundation:x:Empty", "empty", { custom: false, parent: ROOT.urn });
const RESOURCES = [STACK, ROOT, MANAGEMENT, AUDIT_COMPONENT, AUDIT_ACCOUNT, AUDIT_READY, AUDIT, BASELINE, CONTACT, BUCKET, ROLE, TOPIC, EMPTY];

const VIOLATIONS = [
    { policy: "s3-bucket-x", level: "mandatory", urn: BUCKET.urn, message: "S3 buckets must X.\nbucket foundation-audit-bucket lacks X" },
    { policy: "iam-role-y", level: "advisory", urn: ROLE.urn, message: "role has Y" },
    { policy: "stack-z", level: "mandatory", urn: "", message: "Stacks must Z.\nno Z anywhere" },
    { policy: "s3-bucket-x", level: "mandatory", urn: CONTACT.urn, message: "S3 buckets must X.\ncontact lacks X" },
    { policy: "iam-role-y", level: "advisory", urn: TOPIC.urn, message: "topic has Y" },
    { policy: "time-w", level: "advisory", urn: AUDIT_READY.urn, message: "sleep too short" },
] as const;

describe("offline preview rendering", () => {
    it("lists each remediation with the resource, the policy and the inputs it set", () => {
        const key = { urn: "urn:pulumi:prod::p::aws:kms/key:Key::data", type: "aws:kms/key:Key", name: "data" } as RecordedResource;
        assert.deepStrictEqual(renderRemediations([
            { urn: key.urn, policy: "kms-key-rotation-enabled", changed: { enableKeyRotation: true, rotationPeriodInDays: 180 } },
            { urn: "urn:pulumi:prod::p::other::gone", policy: "p", changed: { tags: { a: "b" } } },
        ], [key]), [
            "Remediations (2): inputs the policy pack set before analysis",
            '  ~ aws:kms/key:Key "data": kms-key-rotation-enabled set enableKeyRotation=true, rotationPeriodInDays=180',
            '  ~ urn:pulumi:prod::p::other::gone: p set tags={"a":"b"}',
            "",
        ]);
        assert.deepStrictEqual(renderRemediations([], [key]), []);
    });

    describe("grouping by AWS account", () => {
        it("puts each resource in its provider's account, providers in their own, the rest in no account", () => {
            const groups = groupByAccount(RESOURCES);
            assert.deepStrictEqual(groups.map(g => [accountLabel(g), g.kind, g.resources.map(r => r.name)]), [
                ["management (111111111111)", "account", ["foundation-management", "foundation-audit", "foundation-audit-baseline-contact"]],
                ["audit (222222222222)", "account", ["foundation-audit-provider", "foundation-audit-bucket", "foundation-audit-role"]],
                ["default AWS provider", "default-provider", ["loose-topic"]],
                ["no AWS account", "none", ["p-test", "foundation", "foundation-audit", "foundation-audit-ready", "foundation-audit-baseline", "empty"]],
            ]);
        });

        it("names the account by its key and id: an import id first, then the pinned id, the assumed role's, the Account's id", () => {
            const adopted = resource("aws:organizations/account:Account", "org-dev", { id: "999999999999", options: { import: "333333333333" } });
            const adoptedProvider = resource("pulumi:providers:aws", "org-dev-provider", {
                inputs: { allowedAccountIds: '["999999999999"]' }, propertyDependencies: { allowedAccountIds: [adopted.urn] },
            });
            // A first preview: a new account's id, and everything built from it, is unknown.
            const created = resource("aws:organizations/account:Account", "org-new", { id: "" });
            const createdProvider = resource("pulumi:providers:aws", "org-new-provider", {
                inputs: { allowedAccountIds: UNKNOWN, assumeRoles: UNKNOWN }, dependencies: [created.urn],
            });
            // A workload stack's provider: no Account resource, only the role it assumes (inputs as plain lists).
            const workload = resource("pulumi:providers:aws", "workload-provider", {
                inputs: { assumeRoles: [{ roleArn: "arn:aws:iam::444444444444:role/deploy" }] },
            });
            const known = resource("aws:organizations/account:Account", "org-known", { id: "555555555555" });
            const knownProvider = resource("pulumi:providers:aws", "org-known-provider", { propertyDependencies: { allowedAccountIds: [known.urn] } });
            // Same key as `workload`: told apart by the provider's name.
            const workloadAgain = resource("pulumi:providers:aws", "workload", { inputs: { allowedAccountIds: ["666666666666"] } });
            const org = resource("my:index:Org", "org", { custom: false });
            const inOrg = (r: RecordedResource) => ({ ...r, parent: org.urn });
            const groups = groupByAccount([
                org, inOrg(adopted), inOrg(adoptedProvider), inOrg(created), inOrg(createdProvider), workload, inOrg(known), inOrg(knownProvider), workloadAgain,
            ]);
            assert.deepStrictEqual(groups.filter(g => g.kind === "account").map(accountLabel), [
                "dev (333333333333)",
                "new (id unknown)",
                "workload (444444444444)",
                "known (555555555555)",
                "workload (provider workload) (666666666666)",
            ]);
        });

        it("shows each account's summary, then its resources under their components, without the chain that holds everything", () => {
            assert.deepStrictEqual(renderAccounts(RESOURCES, VIOLATIONS), [
                "AWS account management (111111111111): 3 resource(s); 1 mandatory, 0 advisory violation(s)",
                "  by type: account 1, organizations 1, provider 1",
                "+   pulumi:providers:aws  foundation-management",
                "    foundation:organization:MemberAccount  foundation-audit",
                "+   └─ aws:organizations:Account  foundation-audit  [protect]",
                "    foundation:baseline:AccountBaseline  foundation-audit-baseline",
                "✖   └─ aws:account:AlternativeContact  foundation-audit-baseline-contact",
                "",
                "AWS account audit (222222222222): 3 resource(s); 1 mandatory, 1 advisory violation(s)",
                "  by type: iam 1, provider 1, s3 1",
                "    foundation:organization:MemberAccount  foundation-audit",
                "+   └─ pulumi:providers:aws  foundation-audit-provider  [assumes=OrganizationAccountAccessRole]",
                "    foundation:baseline:AccountBaseline  foundation-audit-baseline",
                "✖   ├─ aws:s3:Bucket  foundation-audit-bucket  [region=eu-west-1 protect]",
                "!   └─ aws:iam:Role  foundation-audit-role",
                "",
                "AWS resources on the default provider (the account of the credentials): 1 resource(s); 0 mandatory, 1 advisory violation(s)",
                "  by type: sns 1",
                "!   aws:sns:Topic  loose-topic",
                "",
                "No AWS account (components, the stack, other packages): 6 resource(s); 1 mandatory, 1 advisory violation(s)",
                "  by type: component 5, time 1",
                "    foundation:organization:MemberAccount  foundation-audit",
                "!   └─ time:index:Sleep  foundation-audit-ready",
                "+   foundation:x:Empty  empty",
                "",
            ]);
        });

        it("shows only the per-account summaries in the summary view", () => {
            assert.deepStrictEqual(renderAccounts(RESOURCES, [], { summary: true }), [
                "AWS account management (111111111111): 3 resource(s); 0 mandatory, 0 advisory violation(s)",
                "  by type: account 1, organizations 1, provider 1",
                "AWS account audit (222222222222): 3 resource(s); 0 mandatory, 0 advisory violation(s)",
                "  by type: iam 1, provider 1, s3 1",
                "AWS resources on the default provider (the account of the credentials): 1 resource(s); 0 mandatory, 0 advisory violation(s)",
                "  by type: sns 1",
                "No AWS account (components, the stack, other packages): 6 resource(s); 0 mandatory, 0 advisory violation(s)",
                "  by type: component 5, time 1",
                "",
            ]);
        });

        it("counts types most first, then by name, the eight most common and how many more", () => {
            const provider = resource("pulumi:providers:aws", "big-provider", { inputs: { allowedAccountIds: '["777777777777"]' } });
            const types = ["iam/role:Role", "iam/role:Role", "s3/bucket:Bucket", "kms/key:Key", "sns/topic:Topic", "sqs/queue:Queue", "ec2/vpc:Vpc", "ecr/repository:Repository", "cfg/recorder:Recorder", "lambda/function:Function"];
            const resources = [provider, ...types.map((type, i) => resource(`aws:${type}`, `r${i}`, { provider: provider.urn }))];
            assert.deepStrictEqual(renderAccounts(resources, [], { summary: true }).slice(0, 2), [
                "AWS account big (777777777777): 11 resource(s); 0 mandatory, 0 advisory violation(s)",
                "  by type: iam 2, cfg 1, ec2 1, ecr 1, kms 1, lambda 1, provider 1, s3 1, 2 more",
            ]);
        });
    });

    describe("violations by policy", () => {
        it("lists mandatory policies first, then by name, each with its count, description once, then each resource and its account", () => {
            assert.deepStrictEqual(renderViolations(VIOLATIONS, RESOURCES), [
                "Policy violations (6) in 4 policies:",
                "  [mandatory] s3-bucket-x: 2 violation(s)",
                "    S3 buckets must X.",
                "    ✖ aws:s3:Bucket  foundation-audit-bucket  (account: audit)",
                "        bucket foundation-audit-bucket lacks X",
                "    ✖ aws:account:AlternativeContact  foundation-audit-baseline-contact  (account: management)",
                "        contact lacks X",
                "  [mandatory] stack-z: 1 violation(s)",
                "    Stacks must Z.",
                "    ✖ the stack",
                "        no Z anywhere",
                "  [advisory] iam-role-y: 2 violation(s)",
                "    ! aws:iam:Role  foundation-audit-role  (account: audit)",
                "        role has Y",
                "    ! aws:sns:Topic  loose-topic  (default AWS provider)",
                "        topic has Y",
                "  [advisory] time-w: 1 violation(s)",
                "    ! time:index:Sleep  foundation-audit-ready  (no AWS account)",
                "        sleep too short",
            ]);
        });

        it("prints a finding in full, every line indented, when the policy's messages do not share a first line", () => {
            assert.deepStrictEqual(renderViolations([
                { policy: "p", level: "advisory", urn: ROLE.urn, message: "first\nsecond" },
                { policy: "p", level: "advisory", urn: "urn:pulumi:test::p::gone::x", message: "other" },
            ], RESOURCES), [
                "Policy violations (2) in 1 policy:",
                "  [advisory] p: 2 violation(s)",
                "    ! aws:iam:Role  foundation-audit-role  (account: audit)",
                "        first",
                "        second",
                "    ! urn:pulumi:test::p::gone::x",
                "        other",
            ]);
        });

        it("says none when there is none", () => {
            assert.deepStrictEqual(renderViolations([], RESOURCES), ["Policy violations: none"]);
        });
    });

    it("keeps the whole resource tree for --view tree, with each resource's provider", () => {
        const violations = [VIOLATIONS[0], { ...VIOLATIONS[1], urn: AUDIT_ACCOUNT.urn }];
        assert.deepStrictEqual(renderTree([STACK, ROOT, MANAGEMENT, AUDIT_COMPONENT, AUDIT_ACCOUNT, AUDIT_READY, AUDIT], violations), [
            "+ pulumi:pulumi:Stack  p-test",
            "+ └─ foundation:index:Foundation  foundation",
            "+    ├─ pulumi:providers:aws  foundation-management",
            "+    └─ foundation:organization:MemberAccount  foundation-audit",
            "+       ├─ pulumi:providers:aws  foundation-audit-provider",
            "!       ├─ aws:organizations:Account  foundation-audit  [provider=foundation-management protect]",
            "+       └─ time:index:Sleep  foundation-audit-ready",
        ]);
    });
});
