/*
 * docs/controls.md: which policies cover each CIS and AWS FSBP control, from the policy pack's metadata.
 */
import { PACK_NAME } from "../../policy/policies";
import { cell, controlsOf, FRAMEWORKS, policyMetadata } from "./policies";

export function renderControlsDoc(): string {
    const metadata = policyMetadata();
    const lines = [
        "# Controls covered by the policy pack",
        "",
        `Generated from the \`${PACK_NAME}\` policy metadata by \`npm run docs\`; do not edit by hand.`,
        "",
        "| policy | level | severity | resource types | controls | what it requires |",
        "|---|---|---|---|---|---|",
        ...metadata.map(m => `| \`${m.name}\` | ${m.enforcementLevel} | ${m.severity} | ${m.resourceTypes.map(t => `\`${t}\``).join("<br>")} | ${controlsOf(m)} | ${cell(m.description)} |`),
    ];
    for (const framework of FRAMEWORKS) {
        const byControl = new Map<string, string[]>();
        for (const m of metadata) {
            for (const id of m.controls[framework.key] ?? []) byControl.set(id, [...(byControl.get(id) ?? []), m.name]);
        }
        if (byControl.size === 0) continue;
        const ids = [...byControl.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
        lines.push("", `## ${framework.title}`, "", "| control | policies |", "|---|---|",
            ...ids.map(id => `| ${id} | ${byControl.get(id)!.map(n => `\`${n}\``).join(", ")} |`));
    }
    return `${lines.join("\n")}\n`;
}
