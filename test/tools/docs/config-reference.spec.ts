import * as assert from "assert";
import { renderConfigReference } from "../../../tools/docs/config-reference";

/** The table row of `field` in the section of `key`, split into its cells. */
function row(markdown: string, key: string, field: string): string[] {
    const section = markdown.split(/^## /m).find(s => s.startsWith(`foundation:${key}\n`));
    assert.ok(section, `no section for foundation:${key}`);
    const line = section.split("\n").find(l => l.startsWith(`| \`${field}\``));
    assert.ok(line, `no row for ${field} in foundation:${key}`);
    return line.slice(1, -1).split(/(?<!\\)\|/).map(c => c.trim());
}

describe("docs/reference/config.md, generated from the config schemas", () => {
    const markdown = renderConfigReference();

    it("has one section per foundation: key, in the order the config is validated, each linked from the top", () => {
        const sections = [...markdown.matchAll(/^## (foundation:\w+)$/gm)].map(m => m[1]);
        assert.deepStrictEqual(sections, [
            "foundation:organization", "foundation:organizationalUnits", "foundation:accounts", "foundation:logging", "foundation:detection",
            "foundation:alerting", "foundation:identity", "foundation:pipelines", "foundation:pulumiCloud", "foundation:guardrails", "foundation:baseline",
        ]);
        assert.match(markdown, /^- \[foundation:pulumiCloud\]\(#foundationpulumicloud\)$/m);
    });

    it("says which keys are required", () => {
        assert.match(markdown, /## foundation:accounts\n\nRequired\. Member accounts, created or adopted/);
        assert.match(markdown, /## foundation:baseline\n\nRequired\./);
        assert.match(markdown, /## foundation:alerting\n\nOptional\. Who hears about findings and alarms/);
    });

    it("gives a field its type, default, range and description (the schema's description, written once)", () => {
        assert.deepStrictEqual(row(markdown, "alerting", "deduplicationDays"), [
            "`deduplicationDays`", "whole number", "`90`", "1 to 365", "Days a notified finding is remembered, so that it does not notify again.",
        ]);
    });

    it("lists the allowed values of an enumeration, and marks required fields", () => {
        const [field, type, byDefault, allowed] = row(markdown, "logging", "archive.objectLock.mode");
        assert.deepStrictEqual([field, type, byDefault, allowed], ["`archive.objectLock.mode`", "string", "`GOVERNANCE`", "`GOVERNANCE`, `COMPLIANCE`"]);
        assert.strictEqual(row(markdown, "alerting", "subscriptions")[0], "`subscriptions` (required)");
        assert.strictEqual(row(markdown, "alerting", "subscriptions[].protocol")[3], "`email`, `https`");
    });

    it("flattens nested objects and list items into dotted paths", () => {
        assert.deepStrictEqual(row(markdown, "logging", "trail.cloudWatchLogs.kmsEncrypted").slice(1, 3), ["boolean", "`true`"]);
        assert.strictEqual(row(markdown, "accounts", "[].closeOnDeletion")[2], "`false`");
        assert.strictEqual(row(markdown, "organizationalUnits", "[].children")[1], "list of objects");
        assert.strictEqual(row(markdown, "pulumiCloud", "driftDetection.schedule")[2], "`0 6 * * *`");
    });

    it("shows a union and a map readably", () => {
        assert.deepStrictEqual(row(markdown, "logging", "archive.lifecycle.expirationDays").slice(1, 4), ["whole number or `never`", "`730`", "`never`; 1 to 36500"]);
        assert.strictEqual(row(markdown, "guardrails", "serviceControlPolicies")[1], "map of names to list of strings");
    });

    it("does not show an object's empty default, and names a list defaulting to every allowed value", () => {
        assert.strictEqual(row(markdown, "detection", "guardDuty")[2], "");
        assert.strictEqual(row(markdown, "alerting", "response.findingTypes")[2], "every allowed value");
    });
});
