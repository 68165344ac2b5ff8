import { ROUTED_DIRECTLY } from "../../functions/notifier/sources";

/*
 * EventBridge patterns of the alert rules: the first filter on what reaches the notifier, so that
 * recurring or unchanged findings cost nothing. What a pattern cannot say (has this finding been
 * notified before, at what severity?) the notifier decides with its state table.
 */

export type EventPattern = Record<string, unknown>;

/** GuardDuty findings at or above the configured severity, not archived. */
export function guardDutyPattern(minimumSeverity: number): EventPattern {
    return {
        "source": ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        "detail": { severity: [{ numeric: [">=", minimumSeverity] }], service: { archived: [false] } },
    };
}

/**
 * HIGH and CRITICAL Security Hub findings, except the copies of GuardDuty and Access Analyzer
 * findings (seen through their own rules), named by their product ARN in each region the aggregator
 * links. Closing updates (workflow NOTIFIED, RESOLVED, SUPPRESSED; archived) match too: the notifier
 * records them without notifying, so that a finding that reopens notifies again.
 */
export function securityHubPattern(regions: readonly string[]): EventPattern {
    return {
        "source": ["aws.securityhub"],
        "detail-type": ["Security Hub Findings - Imported"],
        "detail": {
            findings: {
                Severity: { Label: ["HIGH", "CRITICAL"] },
                ProductArn: [{ "anything-but": regions.flatMap(region => ROUTED_DIRECTLY.map(product => `arn:aws:securityhub:${region}::product/${product}`)) }],
            },
        },
    };
}

/**
 * External-access findings (an organization analyzer reports access from outside it): active ones
 * notify; archived, resolved and deleted ones are recorded, so that a finding that reopens notifies again.
 */
export function accessAnalyzerPattern(): EventPattern {
    return {
        "source": ["aws.access-analyzer"],
        "detail-type": ["Access Analyzer Finding"],
    };
}

/**
 * Console sign-ins of a root user, recorded in us-east-1 whatever the account's regions. AWS's sample
 * events say "Sign In"; its EventBridge event reference spells "Signin": both are matched.
 */
export function rootSignInPattern(): EventPattern {
    return {
        "source": ["aws.signin"],
        "detail-type": ["AWS Console Sign In via CloudTrail", "AWS Console Signin via CloudTrail"],
        "detail": { userIdentity: { type: ["Root"] } },
    };
}

/** What the audit account's other regions forward to its home region. */
export function regionalForwardPattern(): EventPattern {
    return {
        "source": ["aws.guardduty", "aws.access-analyzer"],
        "detail-type": ["GuardDuty Finding", "Access Analyzer Finding"],
    };
}

/** The configured GuardDuty finding types, about an EC2 instance. */
export function responsePattern(findingTypes: readonly string[]): EventPattern {
    return {
        "source": ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        "detail": { type: [...findingTypes], resource: { resourceType: ["Instance"] } },
    };
}
