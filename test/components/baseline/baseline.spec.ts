import * as assert from "assert";
import { runArea } from "../area-harness";
import { exampleValues, MANAGEMENT_ACCOUNT_ID, type Run } from "../harness";

const ACCOUNT_KEYS = ["log-archive", "audit", "shared-services", "prod", "staging", "sandbox"];

describe("AccountBaseline on the example stack", function () {
    this.timeout(60000);
    let run: Run;
    before(async () => { run = await runArea("baseline", exampleValues()); });

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

    it("sets the CIS password policy in every account with the account's own provider", () => {
        const policies = run.ofType("aws:iam/accountPasswordPolicy:AccountPasswordPolicy");
        assert.deepStrictEqual(policies.map(p => [p.name, run.providerName(p)]).sort(), [
            ["foundation-audit-baseline-password-policy", "foundation-audit-provider"],
            ["foundation-log-archive-baseline-password-policy", "foundation-log-archive-provider"],
            ["foundation-management-baseline-password-policy", "foundation-management"],
            ["foundation-prod-baseline-password-policy", "foundation-prod-provider"],
            ["foundation-sandbox-baseline-password-policy", "foundation-sandbox-provider"],
            ["foundation-shared-services-baseline-password-policy", "foundation-shared-services-provider"],
            ["foundation-staging-baseline-password-policy", "foundation-staging-provider"],
        ]);
        assert.deepStrictEqual(run.named("foundation-prod-baseline-password-policy").inputs, {
            minimumPasswordLength: 14, passwordReusePrevention: 24, requireLowercaseCharacters: true, requireUppercaseCharacters: true,
            requireNumbers: true, requireSymbols: true, allowUsersToChangePassword: true,
        });
    });

    it("sets alternate contacts of every account from the management account, naming member accounts by id", () => {
        const contacts = run.ofType("aws:account/alternativeContact:AlternativeContact");
        assert.strictEqual(contacts.length, 21);
        assert.ok(contacts.every(c => run.providerName(c) === "foundation-management"));
        assert.deepStrictEqual(run.named("foundation-management-baseline-contact-security").inputs, {
            alternateContactType: "SECURITY", name: "Acme Security", title: "Security team", emailAddress: "security@example.com", phoneNumber: "+1 555 0100",
        });
        assert.deepStrictEqual(run.named("foundation-prod-baseline-contact-billing").inputs, {
            accountId: run.named("foundation-prod").id,
            alternateContactType: "BILLING", name: "Acme Finance", title: "Finance", emailAddress: "finance@example.com", phoneNumber: "+1 555 0102",
        });
        assert.notStrictEqual(run.named("foundation-prod").id, MANAGEMENT_ACCOUNT_ID);
    });

    it("sets only the security contact when config gives no other", async () => {
        const only = await runArea("baseline", exampleValues(d => {
            delete d["foundation:baseline"].alternateContacts.operations;
            delete d["foundation:baseline"].alternateContacts.billing;
        }));
        const types = only.ofType("aws:account/alternativeContact:AlternativeContact").map(c => c.inputs.alternateContactType);
        assert.deepStrictEqual(types, Array(7).fill("SECURITY"));
    });

    it("defers baseline settings per account: the management account keeps its public access block unset", async () => {
        const run = await runArea("baseline", exampleValues(d => {
            d["foundation:baseline"].defer = [
                { account: "management", settings: ["s3PublicAccessBlock"], reason: "website bucket" },
                { account: "sandbox", settings: ["ebsEncryptionByDefault"], reason: "legacy AMIs" },
            ];
        }));
        const blocks = run.ofType("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock").map(r => r.name).sort();
        assert.ok(!blocks.includes("foundation-management-baseline-s3-public-access"));
        assert.strictEqual(blocks.length, 6);
        const ebs = run.ofType("aws:ebs/encryptionByDefault:EncryptionByDefault").map(r => r.name);
        assert.strictEqual(ebs.length, 12);
        assert.ok(!ebs.some(n => n.startsWith("foundation-sandbox-")));
        assert.ok(ebs.includes("foundation-management-baseline-ebs-encryption-eu-west-1"));
    });
});
