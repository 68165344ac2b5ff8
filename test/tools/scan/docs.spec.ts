import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";

/*
 * docs/scan.md and the workload repository's pull-request workflow it shows
 * (docs/examples/workload-pull-request.yml): the page holds the file verbatim, and the workflow
 * keeps the properties that make it safe for pull requests from forks.
 */

const ROOT = path.join(__dirname, "..", "..", "..");
const EXAMPLE = "docs/examples/workload-pull-request.yml";
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; "working-directory"?: string }
interface Workflow {
    on: Record<string, unknown>;
    permissions: unknown;
    env: Record<string, string>;
    jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

describe("docs/scan.md and the workload pull-request workflow", () => {
    const text = read(EXAMPLE);
    const doc = YAML.parseDocument(text, { uniqueKeys: true });
    const workflow = doc.toJS() as Workflow;

    it("is clean YAML, shown verbatim in docs/scan.md", () => {
        assert.deepStrictEqual([...doc.errors, ...doc.warnings].map(String), []);
        assert.ok(read("docs/scan.md").includes(`\`\`\`yaml\n${text}\`\`\``), "docs/scan.md embeds docs/examples/workload-pull-request.yml as it is");
    });

    it("runs on pull requests (forks included) with no permission but reading the repository, and no secret", () => {
        assert.deepStrictEqual(Object.keys(workflow.on), ["pull_request", "workflow_dispatch"]);
        assert.deepStrictEqual(workflow.permissions, {});
        assert.deepStrictEqual(Object.values(workflow.jobs).map(job => job.permissions), [{ contents: "read" }]);
        assert.doesNotMatch(text, /secrets\.|id-token|pull_request_target/);
    });

    it("pins every action to a full commit SHA and keeps no credentials in the checkouts", () => {
        const steps = Object.values(workflow.jobs).flatMap(job => job.steps);
        const uses = steps.filter(s => s.uses !== undefined);
        assert.deepStrictEqual(uses.map(s => s.uses!.replace(/@[0-9a-f]{40}$/, "@<sha>")), ["actions/checkout@<sha>", "actions/checkout@<sha>", "actions/setup-node@<sha>"]);
        for (const checkout of uses.filter(s => s.uses!.startsWith("actions/checkout@"))) assert.strictEqual(checkout.with?.["persist-credentials"], false);
    });

    it("installs both with npm ci (the workload without its install scripts) and scans the workload from the foundation", () => {
        const runs = Object.values(workflow.jobs).flatMap(job => job.steps).filter(s => s.run !== undefined).map(s => [s["working-directory"], s.run!.trim().split("\n")[0]]);
        assert.deepStrictEqual(runs.slice(0, 2), [
            ["foundation", "npm ci --no-audit --no-fund"],
            ["workload/${{ env.WORKLOAD_DIR }}", "npm ci --no-audit --no-fund --ignore-scripts"],
        ]);
        assert.match(text, /npm run -s scan -- "\.\.\/workload\/\$WORKLOAD_DIR" --stack "\$STACK"/);
        assert.deepStrictEqual(Object.keys(workflow.env), ["FOUNDATION_REPOSITORY", "FOUNDATION_REF", "WORKLOAD_DIR", "STACK"]);
    });
});
