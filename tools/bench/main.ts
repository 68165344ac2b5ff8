/*
 * Benchmark: how the offline preview scales with the number of accounts.
 *   npm run bench -- [--accounts 6,50,200] [--regions 2]
 * Prints figures; asserts nothing (timed assertions do not belong in tests).
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { parseArgs } from "util";
import { Foundation } from "../../components";
import { parseFoundationConfig } from "../../config";
import { startPolicyPack } from "../policy-runner";
import { analyzeResources } from "../preview/analyze";
import { FoundationMocks } from "../preview/mocks";
import { runProgram } from "../preview/runtime";

const ROOT = path.resolve(__dirname, "..", "..");
const REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"];

/** A stack config with `accounts` accounts spread over the example OU tree. */
function syntheticConfig(accounts: number, regions: number): Record<string, string> {
    const ous = ["Security", "Infrastructure", "Workloads/Prod", "Workloads/NonProd", "Sandbox"];
    const list = [
        { key: "log-archive", name: "Log Archive", email: "aws-log-archive@example.com", ou: "Security" },
        { key: "audit", name: "Audit", email: "aws-audit@example.com", ou: "Security" },
        ...Array.from({ length: Math.max(0, accounts - 2) }, (_, i) => ({
            key: `workload-${i + 1}`, name: `Workload ${i + 1}`, email: `aws-workload-${i + 1}@example.com`, ou: ous[2 + (i % 3)],
        })),
    ];
    return {
        "foundation:organization": JSON.stringify({
            name: "bench", managementAccount: { email: "aws-management@example.com" },
            homeRegion: REGIONS[0], allowedRegions: REGIONS.slice(0, regions),
        }),
        "foundation:organizationalUnits": JSON.stringify([
            { name: "Security" }, { name: "Infrastructure" },
            { name: "Workloads", children: [{ name: "Prod" }, { name: "NonProd" }] }, { name: "Sandbox" }, { name: "Suspended" },
        ]),
        "foundation:accounts": JSON.stringify(list),
    };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main() {
    const { values } = parseArgs({ options: { accounts: { type: "string", default: "6,50,200" }, regions: { type: "string", default: "2" } } });
    const sizes = values.accounts.split(",").map(Number);
    const regions = Number(values.regions);

    let start = process.hrtime.bigint();
    const pack = await startPolicyPack(path.join(ROOT, "policy"));
    const packStartMs = ms(start);

    const rows: string[][] = [];
    try {
        for (const [i, accounts] of sizes.entries()) {
            const configValues = syntheticConfig(accounts, regions);
            start = process.hrtime.bigint();
            const config = parseFoundationConfig(configValues);
            const validateMs = ms(start);

            start = process.hrtime.bigint();
            const run = await runProgram({
                project: "bench", stack: `bench${i}`, config: configValues,
                mocks: new FoundationMocks("111111111111", "bench"),
                program: () => new Foundation("foundation", { config }),
            });
            const programMs = ms(start);

            start = process.hrtime.bigint();
            const violations = await analyzeResources(pack, run.resources);
            const analyzeMs = ms(start);
            rows.push([String(accounts), String(regions), String(run.resources.length), validateMs.toFixed(1), programMs.toFixed(0),
                analyzeMs.toFixed(0), (analyzeMs / run.resources.length).toFixed(2), String(violations.length)]);
        }
    } finally {
        await pack.close();
    }

    start = process.hrtime.bigint();
    const preview = spawnSync("npm", ["run", "-s", "preview", "--", "--stack", "prod", "--json"], { cwd: ROOT, encoding: "utf8" });
    const previewMs = ms(start);

    const header = ["accounts", "regions", "resources", "validate ms", "program ms", "analyze ms", "ms/resource", "violations"];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map(r => r[c].length)));
    const line = (cells: string[]) => cells.map((cell, c) => cell.padStart(widths[c])).join("  ");
    console.log(`policy pack start (run-policy-pack + ts-node type-check): ${packStartMs.toFixed(0)} ms`);
    console.log(line(header));
    rows.forEach(r => console.log(line(r)));
    console.log(`npm run preview -- --stack prod --json, end to end: ${previewMs.toFixed(0)} ms (exit ${preview.status})`);
}

main().catch(e => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});
