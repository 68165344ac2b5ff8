import * as assert from "assert";
import * as fs from "fs";
import { CONTROLS_FILE, README_FILE, renderControlsDoc, renderFirstRunPolicy, updatedReadme } from "../../tools/docs/controls";
import { renderGuardrailTable } from "../../tools/docs/guardrails";

describe("generated docs", () => {
    it("docs/controls.md matches the policy metadata (run npm run docs)", () => {
        assert.strictEqual(fs.readFileSync(CONTROLS_FILE, "utf8"), renderControlsDoc());
    });

    it("the README policy table, guardrail map, first-run policy and organization diagram match the code that generates them (run npm run docs)", () => {
        const readme = fs.readFileSync(README_FILE, "utf8");
        assert.strictEqual(readme, updatedReadme(readme));
    });

    it("regenerates the README's organization diagram from the example stack's config", () => {
        const readme = fs.readFileSync(README_FILE, "utf8");
        const stale = readme.replace('                acct_prod["Production (prod)"]\n', "");
        assert.notStrictEqual(stale, readme);
        assert.strictEqual(updatedReadme(stale), updatedReadme(readme));
    });

    it("maps each guardrail to its default targets and statements", () => {
        const table = renderGuardrailTable();
        assert.ok(table.includes("| `deny-all` | Suspended | Everything: for accounts in quarantine or waiting to be closed. | `DenyAll`: every action |"), table);
        assert.ok(table.includes("| `require-imdsv2` | Workloads, Sandbox |"));
        assert.ok(table.includes("`DenyUnapprovedRegions`: every action except 86 of global services"));
        assert.strictEqual(table.split("\n").filter(line => line.startsWith("| `")).length, 15);
    });

    it("gives the first run's credentials the deploy role's permissions, reaching member accounts through their access role", () => {
        const policy = JSON.parse(renderFirstRunPolicy().split("\n").slice(2, -2).join("\n"));
        assert.deepStrictEqual(policy.Statement.map((s: { Sid: string; Effect: string }) => `${s.Effect} ${s.Sid}`), ["Allow ManageFoundationServices", "Allow ReachMemberAccounts", "Deny NoLongLivedCredentials"]);
        assert.strictEqual(policy.Statement[1].Resource, "arn:aws:iam::*:role/OrganizationAccountAccessRole");
        assert.ok(policy.Statement[0].Action.includes("organizations:*") && policy.Statement[0].Action.includes("account:*"));
    });

    it("maps every CIS and FSBP control of the pack", () => {
        const doc = renderControlsDoc();
        for (const row of ["| 1.16 | `iam-no-admin-policy-attached`, `iam-no-wildcard-admin-policy` |", "| 3.2 | `cloudtrail-multi-region-validated` |", "| KMS.4 | `kms-key-rotation-enabled` |", "| S3.8 | `s3-public-access-blocked`, `s3-bucket-safeguards-attached` |", "| SecretsManager.1 | `secretsmanager-secret-rotated` |"]) {
            assert.ok(doc.includes(row), `missing row ${row}`);
        }
    });
});
