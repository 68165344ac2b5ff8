import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { renderControlsDoc } from "../../../tools/docs/controls";
import { diagramSection } from "../../../tools/docs/diagram";
import { renderFirstRunPolicy } from "../../../tools/docs/first-run";
import { renderGuardrailTable } from "../../../tools/docs/guardrails";
import { docsStatus, runDocs } from "../../../tools/docs/main";
import { renderPolicyCount, sampleCountSection } from "../../../tools/docs/policies";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The pages `npm run docs` writes or rewrites, copied under a fresh temporary root. */
function copyOfDocs(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-"));
    for (const file of ["README.md", "docs/controls.md", "docs/reference/config.md", "docs/reference/policies.md", "docs/reference/offline-preview.md",
        "docs/runbooks/README.md", "docs/design/guardrails.md", "docs/design/organization.md", "docs/first-run.md"]) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    }
    return dir;
}

function edit(dir: string, file: string, from: string, to: string) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    assert.ok(text.includes(from), `${file} does not contain ${from}`);
    fs.writeFileSync(path.join(dir, file), text.replace(from, to));
}

function run(check: boolean, dir: string) {
    const out: string[] = [];
    const err: string[] = [];
    const code = runDocs(check, dir, { out: line => out.push(line), err: line => err.push(line) });
    return { code, out, err };
}

describe("generated docs (npm run docs)", () => {
    it("docs/controls.md matches the policy metadata (run npm run docs)", () => {
        assert.strictEqual(read("docs/controls.md"), renderControlsDoc());
    });

    it("every generated page and section is up to date: policy count, policy table, guardrail map, first-run policy, organization diagram, config reference, runbook index (run npm run docs)", () => {
        assert.deepStrictEqual(docsStatus().flatMap(s => s.stale), []);
    });

    it("regenerates the organization diagram of docs/design/organization.md from the example stack's config", () => {
        const page = read("docs/design/organization.md");
        const stale = page.replace('                acct_prod["Production (prod)"]\n', "");
        assert.notStrictEqual(stale, page);
        assert.strictEqual(diagramSection.apply(stale, "docs/design/organization.md"), page);
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

    it("puts each generated section in the page that now holds it", () => {
        const sections = (file: string) => (read(file).match(/<!-- [a-z-]+:start/g) ?? []).map(m => m.slice(5, -6));
        assert.deepStrictEqual(sections("README.md"), ["policy-count"]);
        assert.deepStrictEqual(sections("docs/reference/policies.md"), ["policy-count", "policy-table"]);
        assert.deepStrictEqual(sections("docs/design/guardrails.md"), ["guardrail-table"]);
        assert.deepStrictEqual(sections("docs/design/organization.md"), ["diagram"]);
        assert.deepStrictEqual(sections("docs/first-run.md"), ["first-run-policy"]);
    });

    it("counts the policies from the registry, resource and stack policies apart, and says the same in the sample outputs", () => {
        const count = renderPolicyCount().match(/^<!-- policy-count:start -->(\d+) policies \((\d+) resource policies, (\d+) stack policies\)<!-- policy-count:end -->$/);
        assert.ok(count, renderPolicyCount());
        assert.strictEqual(Number(count[1]), Number(count[2]) + Number(count[3]));
        const sample = "Resources: 488 to create. Policy pack aws-secure-foundation@0.1.0 (7 policies): 0 mandatory\n" +
            "  \"policyPack\": { \"name\": \"aws-secure-foundation\", \"version\": \"0.1.0\", \"policies\": 7 },\n";
        assert.strictEqual(sampleCountSection.apply(sample, "sample.md"), sample.replace("(7 policies)", `(${count[1]} policies)`).replace("\"policies\": 7", `"policies": ${count[1]}`));
        assert.throws(() => sampleCountSection.apply("no sample here", "sample.md"), /sample\.md has no policy count in sample output/);
    });

    describe("--check", () => {
        let dir = "";
        beforeEach(() => { dir = copyOfDocs(); });
        afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

        it("passes with exit 0 and writes nothing when everything is up to date", () => {
            assert.deepStrictEqual(run(true, dir), { code: 0, out: [], err: [] });
        });

        it("exits 1 naming each stale section and page, and writes nothing", () => {
            edit(dir, "docs/design/guardrails.md", "| `deny-all` | Suspended |", "| `deny-all` | Root |");
            edit(dir, "README.md", "<!-- policy-count:start -->", "<!-- policy-count:start -->9");
            edit(dir, "docs/runbooks/README.md", "# Runbooks", "# Run books");
            const before = fs.readFileSync(path.join(dir, "docs/design/guardrails.md"), "utf8");
            assert.deepStrictEqual(run(true, dir), {
                code: 1,
                out: [],
                err: [
                    "docs/runbooks/README.md is out of date: run npm run docs",
                    "README.md: section policy-count is out of date: run npm run docs",
                    "docs/design/guardrails.md: section guardrail-table is out of date: run npm run docs",
                ],
            });
            assert.strictEqual(fs.readFileSync(path.join(dir, "docs/design/guardrails.md"), "utf8"), before);
        });

        it("without --check rewrites only the stale pages, leaving the hand-written text around a section as it was", () => {
            edit(dir, "docs/first-run.md", "\"Sid\": \"ReachMemberAccounts\"", "\"Sid\": \"Stale\"");
            edit(dir, "docs/first-run.md", "## The first `pulumi up`", "## The first `pulumi up` (edited by hand)");
            assert.deepStrictEqual(run(false, dir), { code: 0, out: ["wrote docs/first-run.md"], err: [] });
            const page = fs.readFileSync(path.join(dir, "docs/first-run.md"), "utf8");
            assert.ok(page.includes("\"Sid\": \"ReachMemberAccounts\"") && page.includes("## The first `pulumi up` (edited by hand)"));
            assert.deepStrictEqual(run(true, dir).code, 0);
        });

        it("refuses a page that lost its generated section, naming the page and the markers", () => {
            edit(dir, "docs/design/organization.md", "<!-- diagram:end -->", "");
            assert.throws(() => run(true, dir), /^Error: docs\/design\/organization.md has <!-- diagram:start \(generated by npm run diagram -- --stack prod\) --> without <!-- diagram:end -->$/);
        });
    });
});
