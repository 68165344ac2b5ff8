import * as fs from "fs";
import * as path from "path";

/* AWS's published sample events (test/fixtures/events/SOURCES.md), and variants derived in code. */

const dir = path.join(__dirname, "..", "fixtures", "events");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));

/** The GuardDuty guide's envelope around the published finding (severity 5, count 1). */
export function guardDutyEvent(changes: { severity?: number; count?: number; archived?: boolean; type?: string } = {}) {
    const detail = read("guardduty-finding-detail.json");
    if (changes.severity !== undefined) detail.severity = changes.severity;
    if (changes.count !== undefined) detail.service.count = changes.count;
    if (changes.archived !== undefined) detail.service.archived = changes.archived;
    if (changes.type !== undefined) detail.type = changes.type;
    return {
        "version": "0", "id": "cd2d702e-ab31-411b-9344-793ce56b1bc7", "detail-type": "GuardDuty Finding", "source": "aws.guardduty",
        "account": "111122223333", "time": "1970-01-01T00:00:00Z", "region": "us-east-1", "resources": [], detail,
    };
}

/**
 * The GuardDuty guide's ASFF finding in a Security Hub "Findings - Imported" event, its ARNs' typo
 * (`arn:aws::`) corrected. `asControlFinding` turns it into a finding of Security Hub's own checks.
 */
export function securityHubEvent(changes: { label?: string; workflow?: string; recordState?: string; asControlFinding?: boolean; updatedAt?: string } = {}) {
    const finding = JSON.parse(JSON.stringify(read("securityhub-asff-guardduty-finding.json")).replace(/arn:aws::/g, "arn:aws:"));
    if (changes.label !== undefined) finding.Severity.Label = changes.label;
    if (changes.workflow !== undefined) finding.Workflow.Status = changes.workflow;
    if (changes.recordState !== undefined) finding.RecordState = changes.recordState;
    if (changes.updatedAt !== undefined) finding.UpdatedAt = changes.updatedAt;
    if (changes.asControlFinding) {
        finding.ProductArn = "arn:aws:securityhub:us-east-1::product/aws/securityhub";
        finding.ProductName = "Security Hub";
        finding.ProductFields = { "aws/securityhub/ProductName": "Security Hub" };
        finding.Id = "arn:aws:securityhub:us-east-1:193043430472:security-control/EC2.19/finding/0f2f5c5e-8f5b-4c39-8d5c-000000000001";
        finding.Title = "Security groups should not allow unrestricted access to ports with high risk";
        finding.Compliance = { Status: "FAILED", SecurityControlId: "EC2.19" };
    }
    return {
        "version": "0", "id": "0f7c1b2e-0000-4000-8000-000000000001", "detail-type": "Security Hub Findings - Imported", "source": "aws.securityhub",
        "account": "193043430472", "time": "2020-09-30T12:00:00Z", "region": "us-east-1", "resources": [finding.Id], "detail": { findings: [finding] },
    };
}

export function accessAnalyzerEvent(changes: { status?: string; isPublic?: boolean } = {}) {
    const event = read("access-analyzer-finding.json");
    if (changes.status !== undefined) event.detail.status = changes.status;
    if (changes.isPublic !== undefined) event.detail.isPublic = changes.isPublic;
    return event;
}

export function rootSignInEvent(changes: { identityType?: string; eventID?: string } = {}) {
    const event = read("console-signin-root.json");
    if (changes.identityType !== undefined) event.detail.userIdentity.type = changes.identityType;
    if (changes.eventID !== undefined) event.detail.eventID = changes.eventID;
    return event;
}
