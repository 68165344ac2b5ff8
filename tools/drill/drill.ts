import { CreateSampleFindingsCommand, GuardDutyClient, ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import type { FoundationConfig } from "../../config";

/** A finding type outside the responder's, to show that findings other than compromised instances notify too. */
export const NON_INSTANCE_SAMPLE = "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS";

export interface DrillPlan {
    readonly region: string;
    readonly findingTypes: readonly string[];
    /** What the person running the drill should see, and where. */
    readonly expectations: readonly string[];
}

/** Which sample findings to create, and what should follow, for the stack's alerting config. */
export function drillPlan(config: FoundationConfig): DrillPlan {
    const alerting = config.alerting;
    if (!alerting) throw new Error("the stack has no foundation:alerting: there is no alert path to drill");
    const responseTypes = alerting.response.enabled ? alerting.response.findingTypes.slice(0, 2) : [];
    const findingTypes = [...responseTypes, NON_INSTANCE_SAMPLE];
    const org = config.organization.name;
    const inbox = alerting.subscriptions.map(s => s.endpoint).join(", ");
    return {
        region: config.organization.homeRegion,
        findingTypes,
        expectations: [
            `Within about 5 minutes, ${inbox} receive one notification per sample finding of severity ${alerting.guardDutyMinimumSeverity} or more (titles start with "[SAMPLE]"), from topic ${org}-security-alerts, each naming the audit account and linking a runbook.`,
            ...responseTypes.length > 0 ? [`For ${responseTypes.join(" and ")}: a report from the incident responder, always a dry-run for sample findings ("DRY-RUN, would isolate" or "found no instance": sample instances do not exist).`] : [],
            `To test the CIS alarm path too, with management-account credentials: aws cloudwatch set-alarm-state --region ${config.organization.homeRegion} --alarm-name ${org}-cis-root-account-usage --state-value ALARM --state-reason "alerting drill" (one notification; the alarm returns to OK by itself).`,
            `If nothing arrives: the notifier's log group /aws/lambda/${org}-alert-notifier (audit account, ${config.organization.homeRegion}) says what it received and decided; its dead-letter queue ${org}-alert-notifier-dead-letters holds events it failed on.`,
        ],
    };
}

/** Asks GuardDuty in the audit account (where the credentials are) to create the sample findings. Returns the detector id. */
export async function createSampleFindings(client: GuardDutyClient, findingTypes: readonly string[]): Promise<string> {
    const { DetectorIds } = await client.send(new ListDetectorsCommand({}));
    const detectorId = DetectorIds?.[0];
    if (!detectorId) throw new Error("GuardDuty has no detector in this account and region: run the drill with credentials for the audit account, in the home region");
    await client.send(new CreateSampleFindingsCommand({ DetectorId: detectorId, FindingTypes: [...findingTypes] }));
    return detectorId;
}
