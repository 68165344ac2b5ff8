import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { CIS_METRIC_FILTERS } from "../../../components/alerting/cis-filters";
import { renderRunbookIndex, RUNBOOK_DIR, RUNBOOK_INDEX, runbookNames, RUNBOOK_SECTIONS } from "../../../tools/docs/runbooks";

describe("runbooks (docs/runbooks)", () => {
    it("has one runbook for each kind of alert the notifier and the responder link to", () => {
        assert.deepStrictEqual(runbookNames(), [
            "access-analyzer-finding", "aws-config-changes", "aws-organizations-changes", "cis-alarm", "cloudtrail-config-changes",
            "console-authentication-failures", "console-signin-without-mfa", "disable-or-delete-cmk", "guardduty-finding", "iam-policy-changes",
            "incident-response", "nacl-changes", "network-gateway-changes", "root-account-usage", "root-user-sign-in", "route-table-changes",
            "s3-bucket-policy-changes", "security-group-changes", "securityhub-finding", "unauthorized-api-calls", "vpc-changes",
        ]);
        for (const filter of CIS_METRIC_FILTERS) assert.ok(runbookNames().includes(filter.runbook), filter.runbook);
    });

    it("gives every runbook the four sections, each with content", () => {
        for (const name of runbookNames()) {
            const text = fs.readFileSync(path.join(RUNBOOK_DIR, `${name}.md`), "utf8");
            const positions = RUNBOOK_SECTIONS.map(section => text.indexOf(`\n${section}\n`));
            assert.ok(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1])), `${name}: sections missing or out of order`);
            for (const [i, p] of positions.entries()) {
                const body = text.slice(p + RUNBOOK_SECTIONS[i].length + 2, positions[i + 1] ?? text.length).trim();
                assert.ok(body.length > 20, `${name}: ${RUNBOOK_SECTIONS[i]} is empty`);
            }
            for (const link of text.match(/\]\(([^)]+\.md)\)/g) ?? []) {
                const target = link.slice(2, -1);
                assert.ok(fs.existsSync(path.join(RUNBOOK_DIR, target)), `${name} links to ${target}, which does not exist`);
            }
        }
    });

    it("keeps the index in step with the runbooks (run npm run docs)", () => {
        assert.strictEqual(fs.readFileSync(RUNBOOK_INDEX, "utf8"), renderRunbookIndex());
    });
});
