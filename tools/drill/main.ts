/*
 * A quarterly drill of the alert path (docs/design/alerting.md, "Quarterly drill"):
 *   AWS_PROFILE=audit-admin npm run drill -- --stack prod [--dry-run]
 * With credentials for the audit account (the SDK's usual chain: AWS_PROFILE, environment, SSO), asks GuardDuty for sample findings of the response types
 * and one other, and says what should arrive where. --dry-run only prints the plan.
 */
import * as path from "path";
import { parseArgs } from "util";
import { GuardDutyClient } from "@aws-sdk/client-guardduty";
import { parseFoundationConfig, readStackConfigFile } from "../../config";
import { createSampleFindings, drillPlan } from "./drill";

async function main(): Promise<number> {
    const { values } = parseArgs({
        options: { "stack": { type: "string", default: "prod" }, "dry-run": { type: "boolean", default: false } },
    });
    const config = parseFoundationConfig(readStackConfigFile(path.resolve(__dirname, "..", "..", `Pulumi.${values.stack}.yaml`)));
    const plan = drillPlan(config);
    process.stdout.write(`Drill of stack ${values.stack}: sample GuardDuty findings in ${plan.region}: ${plan.findingTypes.join(", ")}\n`);
    if (!values["dry-run"]) {
        const client = new GuardDutyClient({ region: plan.region });
        const detectorId = await createSampleFindings(client, plan.findingTypes);
        process.stdout.write(`Created through detector ${detectorId}.\n`);
    }
    process.stdout.write(`What should happen:\n${plan.expectations.map(e => `- ${e}`).join("\n")}\n`);
    return 0;
}

main().then(code => { process.exitCode = code; }, (error: Error) => {
    process.stderr.write(`drill failed: ${error.message}\n`);
    process.exitCode = 1;
});
