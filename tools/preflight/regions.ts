import { DescribeRegionsCommand } from "@aws-sdk/client-ec2";
import { call, guarded } from "./aws-errors";
import type { PreflightContext } from "./context";
import { CHECKS, type CheckResult, result } from "./result";

/**
 * Check 5: every allowed region is usable in the management account. `ec2:DescribeRegions` with
 * AllRegions lists disabled regions too, each with OptInStatus `opt-in-not-required`, `opted-in` or
 * `not-opted-in` (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html).
 * Regions launched after March 20, 2019 stay disabled until enabled in each account
 * (https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html).
 */
export async function optInRegions(context: PreflightContext): Promise<CheckResult> {
    const check = CHECKS.optInRegions;
    const { homeRegion, allowedRegions } = context.config.organization;
    const wanted = [...new Set([homeRegion, ...allowedRegions])];
    return guarded(check, "the regions' opt-in status", async () => {
        const clients = await context.clientsFor();
        const { Regions: regions = [] } = await call("ec2:DescribeRegions", () => clients.ec2(homeRegion).send(new DescribeRegionsCommand({ AllRegions: true })));
        const status = new Map(regions.map(r => [r.RegionName, r.OptInStatus]));
        const usable = wanted.filter(r => ["opt-in-not-required", "opted-in"].includes(status.get(r) ?? ""));
        const disabled = wanted.filter(r => status.get(r) === "not-opted-in");
        const unknown = wanted.filter(r => !usable.includes(r) && !disabled.includes(r));
        const found = wanted.map(r => `${r} ${status.get(r) ?? "not offered to this account"}`).join(", ");
        if (disabled.length === 0 && unknown.length === 0) return result(check, "PASS", found);
        const fixes = [
            ...disabled.map(r => `enable ${r} in the management account: AWS console > Account (top right menu) > AWS Regions > ${r} > Enable, or \`aws account enable-region --region-name ${r}\`; ` +
                "wait until it shows Enabled, and keep it listed in foundation:organization.enabledOptInRegions (every account that uses it needs it enabled): " +
                "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html"),
            ...unknown.map(r => `remove ${r} from foundation:organization.allowedRegions: EC2 does not offer it to this account`),
        ];
        return result(check, "FAIL", found, fixes.join("\n"));
    });
}
