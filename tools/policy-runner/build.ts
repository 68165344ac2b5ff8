/**
 * A pack that ships compiled (package.json `main` is a .js file, built by its `build` script) must
 * not run stale code: before starting it, rebuild when a TypeScript source is newer than `main`.
 * That is what a developer who edits a policy and reruns the preview or the tests expects;
 * `npm ci` builds it once through the pack's `prepare` script.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PolicyPackInputError } from "./config";

function newestSource(dir: string): number {
    let newest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== "node_modules" && !entry.name.startsWith(".")) newest = Math.max(newest, newestSource(full));
        } else if (entry.name.endsWith(".ts") || entry.name === "tsconfig.json") {
            newest = Math.max(newest, fs.statSync(full).mtimeMs);
        }
    }
    return newest;
}

/** Builds the pack in `dir` if it is compiled and its output is missing or older than its sources. */
export function ensurePackBuilt(dir: string): void {
    const manifest = path.join(dir, "package.json");
    if (!fs.existsSync(manifest)) return;
    const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as { main?: string; scripts?: Record<string, string> };
    if (!pkg.main?.endsWith(".js") || !pkg.scripts?.build) return;
    const main = path.join(dir, pkg.main);
    const built = fs.existsSync(main) ? fs.statSync(main).mtimeMs : -1;
    if (built >= newestSource(dir)) return;
    const result = spawnSync("npm", ["run", "-s", "build"], { cwd: dir, encoding: "utf8" });
    if (result.status !== 0) {
        throw new PolicyPackInputError(
            `policy pack ${dir} does not build (npm run build, exit ${result.status}):\n${`${result.stdout}${result.stderr}`.trim()}`,
        );
    }
}
