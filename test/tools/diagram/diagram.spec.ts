import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseFoundationConfig } from "../../../config";
import { stackDiagram } from "../../../tools/diagram/main";
import { organizationDiagram } from "../../../tools/diagram/mermaid";
import { UsageError } from "../../../tools/preview/stack-config";
import { exampleValues, type ConfigDoc } from "../../example-stack";

const ROOT = path.resolve(__dirname, "..", "..", "..");

const diagramOf = (change?: (doc: ConfigDoc) => void) => organizationDiagram(parseFoundationConfig(exampleValues(change)));
const linesOf = (diagram: string) => diagram.split("\n");

/** The lines of the subgraph opened by the line starting `opener` (trimmed), up to its own `end`, both included. */
function block(diagram: string, opener: string): string[] {
    const lines = linesOf(diagram);
    const from = lines.findIndex(line => line.trimStart().startsWith(opener));
    assert.ok(from >= 0, `no line starts with ${opener}:\n${diagram}`);
    const indent = lines[from].length - lines[from].trimStart().length;
    const to = lines.findIndex((line, i) => i > from && line === `${" ".repeat(indent)}end`);
    assert.ok(to > from, `subgraph ${opener} is never closed:\n${diagram}`);
    return lines.slice(from, to + 1);
}

function hasLine(diagram: string, line: string) {
    assert.ok(linesOf(diagram).includes(line), `missing line ${JSON.stringify(line)} in:\n${diagram}`);
}

function lacks(diagram: string, fragment: string) {
    assert.ok(!diagram.includes(fragment), `unexpected ${JSON.stringify(fragment)} in:\n${diagram}`);
}

const ROOT_SCPS = '        scp_root{{"SCPs on Root<br>deny-leaving-organization<br>deny-root-user<br>protect-cloudtrail<br>protect-config<br>protect-guardduty<br>protect-security-hub<br>protect-access-analyzer<br>protect-account-baseline<br>deny-unapproved-regions<br>deny-iam-users<br>protect-log-archive<br>protect-foundation-roles"}}';

describe("organization diagram (tools/diagram)", () => {
    describe("of the example prod stack", () => {
        const diagram = diagramOf();

        it("is a top-to-bottom flowchart whose root holds the management account", () => {
            assert.strictEqual(linesOf(diagram)[0], "flowchart TB");
            assert.deepStrictEqual(linesOf(diagram).slice(1, 3), [
                '    subgraph root["Root: organization acme"]',
                '        acct_management["Management account (management)"]',
            ]);
            assert.ok(diagram.endsWith("\n") && !diagram.endsWith("\n\n"));
        });

        it("nests OUs as in config, each account inside its OU", () => {
            assert.deepStrictEqual(block(diagram, "subgraph ou_Security"), [
                '        subgraph ou_Security["OU Security"]',
                '            acct_log_archive["Log Archive (log-archive)"]',
                '            acct_audit["Audit (audit)"]',
                "        end",
            ]);
            assert.deepStrictEqual(block(diagram, "subgraph ou_Workloads["), [
                '        subgraph ou_Workloads["OU Workloads"]',
                '            scp_ou_Workloads{{"SCPs on OU Workloads<br>require-imdsv2<br>deny-default-vpc"}}',
                '            subgraph ou_Workloads_Prod["OU Workloads/Prod"]',
                '                acct_prod["Production (prod)"]',
                "            end",
                '            subgraph ou_Workloads_NonProd["OU Workloads/NonProd"]',
                '                acct_staging["Staging (staging)"]',
                "            end",
                "        end",
            ]);
            // Every OU is inside the root, which closes before the services.
            const root = block(diagram, "subgraph root[");
            for (const ou of ["ou_Security", "ou_Infrastructure", "ou_Workloads", "ou_Workloads_Prod", "ou_Workloads_NonProd", "ou_Sandbox", "ou_Suspended"]) {
                assert.ok(root.some(line => line.trimStart().startsWith(`subgraph ${ou}[`)), ou);
            }
            assert.strictEqual(linesOf(diagram).filter(line => line.trim() === "end").length, 8);
        });

        it("shows the resolved guardrails on Root and on the OUs they are attached to", () => {
            hasLine(diagram, ROOT_SCPS);
            hasLine(diagram, '        rcp_root{{"RCP on Root<br>TLS only"}}');
            hasLine(diagram, '        ec2_root{{"EC2 declarative policy on Root<br>instance_metadata_defaults<br>image_block_public_access<br>snapshot_block_public_access<br>serial_console_access"}}');
            assert.deepStrictEqual(block(diagram, "subgraph ou_Suspended"), [
                '        subgraph ou_Suspended["OU Suspended"]',
                '            scp_ou_Suspended{{"SCPs on OU Suspended<br>deny-all"}}',
                "        end",
            ]);
            assert.ok(block(diagram, "subgraph ou_Sandbox").includes('            scp_ou_Sandbox{{"SCPs on OU Sandbox<br>require-imdsv2<br>deny-default-vpc"}}'));
            lacks(diagram, "scp_ou_Security");
        });

        it("shows which account administers each organization-wide service, and where the trail's logs go", () => {
            assert.deepStrictEqual(linesOf(diagram).slice(-12), [
                '    svc_trail(["Organization trail acme-organization-trail"])',
                '    svc_guardduty(["GuardDuty"])',
                '    svc_securityhub(["Security Hub"])',
                '    svc_config(["AWS Config aggregator"])',
                '    svc_accessanalyzer(["IAM Access Analyzer"])',
                '    svc_trail -->|"created in"| acct_management',
                '    svc_trail -->|"logs to"| acct_log_archive',
                '    svc_guardduty -->|"delegated administrator"| acct_audit',
                '    svc_securityhub -->|"delegated administrator"| acct_audit',
                '    svc_config -->|"delegated administrator"| acct_audit',
                '    svc_accessanalyzer -->|"delegated administrator"| acct_audit',
                "",
            ]);
        });

        it("is the same text every time", () => {
            assert.strictEqual(diagramOf(), diagram);
        });
    });

    describe("follows the config", () => {
        it("draws an account added in a new nested OU, the guardrails attached to it, and a new empty OU", () => {
            const diagram = diagramOf(doc => {
                doc["foundation:organizationalUnits"].find((ou: ConfigDoc) => ou.name === "Workloads").children.push({ name: "Data" });
                doc["foundation:organizationalUnits"].push({ name: "Labs" });
                doc["foundation:accounts"].push({ key: "data-lake", name: "Data Lake", email: "aws-data-lake@example.com", ou: "Workloads/Data" });
                doc["foundation:guardrails"].serviceControlPolicies["data-lake"] = ["deny-iam-users"];
            });
            assert.deepStrictEqual(block(diagram, "subgraph ou_Workloads_Data"), [
                '            subgraph ou_Workloads_Data["OU Workloads/Data"]',
                '                acct_data_lake["Data Lake (data-lake)"]',
                '                scp_acct_data_lake{{"SCPs on account data-lake<br>deny-iam-users"}}',
                "            end",
            ]);
            assert.ok(block(diagram, "subgraph ou_Workloads[").includes('            subgraph ou_Workloads_Data["OU Workloads/Data"]'));
            hasLine(diagram, '    scp_acct_data_lake -.->|"attached to"| acct_data_lake');
            assert.deepStrictEqual(block(diagram, "subgraph ou_Labs"), [
                '        subgraph ou_Labs["OU Labs"]',
                '            empty_ou_Labs["(no accounts)"]',
                "        end",
            ]);
        });

        it("points the services at the configured audit and log-archive accounts", () => {
            const diagram = diagramOf(doc => {
                const org = doc["foundation:organization"];
                org.auditAccount = "security-tooling";
                org.logArchiveAccount = "logs";
                for (const account of doc["foundation:accounts"]) {
                    if (account.key === "audit") account.key = "security-tooling";
                    if (account.key === "log-archive") account.key = "logs";
                }
                for (const assignment of doc["foundation:identity"].assignments) {
                    assignment.targets = assignment.targets.map((t: string) => ({ audit: "security-tooling", "log-archive": "logs" }[t] ?? t));
                }
            });
            hasLine(diagram, '    svc_guardduty -->|"delegated administrator"| acct_security_tooling');
            hasLine(diagram, '    svc_accessanalyzer -->|"delegated administrator"| acct_security_tooling');
            hasLine(diagram, '    svc_trail -->|"logs to"| acct_logs');
            lacks(diagram, "acct_audit");
        });

        it("uses the default guardrail map when config has none, on the OUs the tree declares", () => {
            const withDefaults = diagramOf(doc => {
                delete doc["foundation:guardrails"];
                doc["foundation:organizationalUnits"] = doc["foundation:organizationalUnits"].filter((ou: ConfigDoc) => ou.name !== "Suspended");
            });
            hasLine(withDefaults, ROOT_SCPS);
            hasLine(withDefaults, '            scp_ou_Workloads{{"SCPs on OU Workloads<br>require-imdsv2<br>deny-default-vpc"}}');
            hasLine(withDefaults, '        rcp_root{{"RCP on Root<br>TLS only"}}');
            lacks(withDefaults, "Suspended");
        });

        it("draws the RCP and the EC2 declarative policy only when config turns them on", () => {
            const off = diagramOf(doc => {
                doc["foundation:guardrails"].resourceControlPolicies = { secureTransport: false, organizationOnly: false };
                doc["foundation:guardrails"].ec2 = { requireImdsv2: false, blockPublicImages: false, blockPublicSnapshots: false, disableSerialConsole: false, vpcBlockPublicAccess: "off" };
            });
            lacks(off, "rcp_root");
            lacks(off, "ec2_root");
            const changed = diagramOf(doc => {
                doc["foundation:guardrails"].resourceControlPolicies = { secureTransport: false, organizationOnly: true };
                doc["foundation:guardrails"].ec2 = { requireImdsv2: false, blockPublicImages: false, blockPublicSnapshots: false, disableSerialConsole: false, vpcBlockPublicAccess: "block-ingress", exceptionMessage: "ask the platform team" };
            });
            hasLine(changed, '        rcp_root{{"RCP on Root<br>organization principals only"}}');
            hasLine(changed, '        ec2_root{{"EC2 declarative policy on Root<br>vpc_block_public_access"}}');
        });

        it("quotes labels with special characters and keeps node ids unique", () => {
            const diagram = diagramOf(doc => {
                doc["foundation:organizationalUnits"].push({ name: 'R&D "Labs" #1' }, { name: "R-D  Labs   1" });
                doc["foundation:accounts"].push(
                    { key: "lab", name: 'Lab <"x">', email: "aws-lab@example.com", ou: 'R&D "Labs" #1' },
                    { key: "lab-2", name: "Lab `2`", email: "aws-lab-2@example.com", ou: "R-D  Labs   1" },
                );
            });
            assert.deepStrictEqual(block(diagram, "subgraph ou_R_D__Labs___1["), [
                '        subgraph ou_R_D__Labs___1["OU R&D #quot;Labs#quot; #35;1"]',
                '            acct_lab["Lab #lt;#quot;x#quot;#gt; (lab)"]',
                "        end",
            ]);
            assert.deepStrictEqual(block(diagram, "subgraph ou_R_D__Labs___1_2["), [
                '        subgraph ou_R_D__Labs___1_2["OU R-D  Labs   1"]',
                '            acct_lab_2["Lab #96;2#96; (lab-2)"]',
                "        end",
            ]);
        });
    });

    describe("npm run diagram", () => {
        const run = (...args: string[]) => spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "tools/diagram/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });

        it("prints the diagram of --stack prod", () => {
            const result = run("--stack", "prod");
            assert.strictEqual(result.status, 0, result.stderr);
            assert.strictEqual(result.stdout, diagramOf());
            assert.strictEqual(result.stderr, "");
        });

        it("names the file in a one-line error and exits 1 for an unknown stack", () => {
            const result = run("--stack", "nope");
            assert.strictEqual(result.status, 1);
            assert.strictEqual(result.stdout, "");
            assert.strictEqual(result.stderr, `diagram: stack config file ${path.join(ROOT, "Pulumi.nope.yaml")} does not exist\n`);
        });

        it("names the file and every problem of an invalid stack config", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diagram-"));
            try {
                const file = path.join(dir, "Pulumi.broken.yaml");
                fs.writeFileSync(file, "config:\n  foundation:organization:\n    name: acme\n");
                assert.throws(() => stackDiagram("broken", dir), (e: Error) => {
                    assert.ok(e instanceof UsageError);
                    assert.ok(e.message.startsWith(`${file}: Invalid stack config (`), e.message);
                    assert.ok(e.message.includes("foundation:accounts: is required"), e.message);
                    return true;
                });
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });
    });

    it("the diagram of docs/design/organization.md is the example stack's (run npm run docs)", () => {
        const page = fs.readFileSync(path.join(ROOT, "docs", "design", "organization.md"), "utf8");
        const start = "<!-- diagram:start (generated by npm run diagram -- --stack prod) -->\n```mermaid\n";
        const end = "```\n<!-- diagram:end -->";
        const from = page.indexOf(start);
        const to = page.indexOf(end);
        assert.ok(from >= 0 && to > from, "docs/design/organization.md has no diagram section between its markers");
        assert.strictEqual(page.slice(from + start.length, to), diagramOf());
        assert.ok(page.startsWith("# The organization at a glance\n") && page.indexOf("\n#", 1) < 0, "the diagram belongs under the page's only heading");
    });
});
