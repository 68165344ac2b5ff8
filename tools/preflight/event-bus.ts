import { DescribeEventBusCommand } from "@aws-sdk/client-eventbridge";
import { call, CouldNotCheck } from "./aws-errors";
import { type Unchecked, uncheckedFix, uncheckedLine } from "./accounts";
import { auditAccountId, type PreflightContext } from "./context";
import { CHECKS, type CheckResult, result } from "./result";

/** The statement ids of a resource policy, or how many statements it has when they have none. */
function statementsOf(policy: string): string {
    try {
        const statements = ([] as { Sid?: string }[]).concat(JSON.parse(policy).Statement ?? []);
        const sids = statements.map(s => s.Sid).filter((sid): sid is string => typeof sid === "string");
        return sids.length === statements.length ? `statements ${sids.join(", ")}` : `${statements.length} statement(s)`;
    } catch {
        return "a policy that is not JSON";
    }
}

/**
 * Check 8: when adopting the audit account with alerting on, its default event bus must have no
 * resource policy of its own: the alert path writes the bus's whole policy (EventBusPolicy
 * `foundation-alerts-bus-policy`, components/alerting/alert-path.ts), replacing what is there.
 * DescribeEventBus without a name describes the default bus; `Policy` is its resource policy
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeEventBus.html).
 */
export async function auditEventBus(context: PreflightContext): Promise<CheckResult> {
    const check = CHECKS.auditEventBus;
    const { config } = context;
    if (!config.alerting) return result(check, "SKIP", "foundation:alerting is not set: the program leaves the audit account's event bus alone");
    const auditKey = config.organization.auditAccount;
    const auditId = auditAccountId(config);
    if (!auditId) return result(check, "SKIP", `the audit account ${auditKey} is new: its default event bus starts with no policy`);
    const region = config.organization.homeRegion;
    const label = `account ${auditKey} (${auditId})`;
    let policy: string | undefined;
    try {
        const clients = await context.clientsFor(auditId);
        ({ Policy: policy } = await call("events:DescribeEventBus", () => clients.eventBridge(region).send(new DescribeEventBusCommand({}))));
    } catch (error) {
        if (!(error instanceof CouldNotCheck)) throw error;
        const unchecked: Unchecked = { where: error.action === "sts:AssumeRole" ? label : `the default event bus of ${label} in ${region}`, problem: error };
        return result(check, "WARN", uncheckedLine(unchecked), uncheckedFix([unchecked], config.organization.accountAccessRoleName));
    }
    if (policy === undefined || policy === "") return result(check, "PASS", `the default event bus of ${label} in ${region} has no resource policy`);
    return result(check, "FAIL",
        `the default event bus of ${label} in ${region} has a resource policy (${statementsOf(policy)}): the alert path replaces it with its own, and whatever it allows stops working`,
        `with the audit account's credentials: record it (\`aws events describe-event-bus --region ${region} --query Policy --output text\`), ` +
        `remove it (\`aws events remove-permission --remove-all-permissions --region ${region}\`), and move the senders it allowed to a custom event bus of their own`);
}
