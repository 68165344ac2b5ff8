import * as fs from "fs";
import type { AnalyzerResourceInput } from "../../tools/policy-runner";

/** An Analyze input with engine-like defaults: no options, no parent, no dependencies. */
export function resource(
    type: string,
    name: string,
    properties: Record<string, unknown>,
    extra: Partial<AnalyzerResourceInput> = {},
): AnalyzerResourceInput {
    return {
        urn: `urn:pulumi:test::foundation::${type}::${name}`,
        type,
        name,
        properties,
        options: { protect: false, ignoreChanges: [] },
        parent: null,
        dependencies: [],
        ...extra,
    };
}

/** PIDs of this process's children running run-policy-pack for `packDir` (Linux /proc). */
export function packProcesses(packDir: string): number[] {
    const pids: number[] = [];
    for (const entry of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
            const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
            const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
            if (ppid === process.pid && cmdline.some((a) => a.includes("run-policy-pack")) && cmdline.includes(packDir)) {
                pids.push(Number(entry));
            }
        } catch {
            // the process ended while we looked
        }
    }
    return pids;
}

/** The check's own message inside a CrossGuard diagnostic (`${description}\n${message}`). */
export function detail(message: string): string {
    return message.slice(message.indexOf("\n") + 1);
}
