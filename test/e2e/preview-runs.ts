import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

export interface PreviewRun {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

const runs = new Map<string, PreviewRun>();

/**
 * The offline preview's command (docs/reference/offline-preview.md), `npm run -s preview -- ARGS` (-s keeps npm's banner off stdout), run once per
 * argument list in this test process: several spec files read the same report.
 */
export function preview(...args: string[]): PreviewRun {
    const key = JSON.stringify(args);
    let run = runs.get(key);
    if (!run) {
        const result = spawnSync("npm", ["run", "-s", "preview", "--", ...args], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
        run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
        runs.set(key, run);
    }
    return run;
}
