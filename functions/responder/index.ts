import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EC2Client } from "@aws-sdk/client-ec2";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { guardDutySeverity, type Alert } from "../shared/alert";
import { forget, lookUpAccount, recordIfNew } from "../shared/state";
import { requiredSetting } from "../shared/environment";
import { log } from "../shared/log";
import { formatAlert } from "../notifier/format";
import { describeInstance, isolate, type AccountClients } from "./ec2";
import { inActionScope, planSteps } from "./plan";
import { withRetry } from "./retry";

/*
 * First response to a GuardDuty finding of a compromised EC2 instance: in the affected account,
 * through its narrow response role, snapshot the volumes, tag, detach from Auto Scaling and move
 * the instance to a security group with no ingress and no egress. Dry-run unless the account is in
 * an OU config lists; either way the alert topic hears exactly what was or would be done.
 */

export interface ResponderSettings {
    readonly tableName: string;
    readonly topicArn: string;
    readonly responseRoleName: string;
    readonly isolationGroupName: string;
    readonly actOn: readonly string[];
    readonly findingTypes: readonly string[];
    readonly deduplicationDays: number;
    readonly runbookBaseUrl?: string;
}

export function settingsFromEnvironment(env: NodeJS.ProcessEnv): ResponderSettings {
    const required = (name: string) => requiredSetting(env, name);
    return {
        tableName: required("TABLE_NAME"),
        topicArn: required("TOPIC_ARN"),
        responseRoleName: required("RESPONSE_ROLE_NAME"),
        isolationGroupName: required("ISOLATION_GROUP_NAME"),
        actOn: JSON.parse(required("ACT_ON_OUS")),
        findingTypes: JSON.parse(required("FINDING_TYPES")),
        deduplicationDays: Number(required("DEDUPLICATION_DAYS")),
        ...env.RUNBOOK_BASE_URL && { runbookBaseUrl: env.RUNBOOK_BASE_URL },
    };
}

export type Outcome = "acted" | "dry-run" | "already-isolated" | "instance-missing" | "no-access" | "ignored" | "duplicate";

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sns = new SNSClient({});
const sts = new STSClient({});

interface Finding {
    readonly id?: string;
    readonly type?: string;
    readonly severity?: number;
    readonly accountId?: string;
    readonly region?: string;
    readonly resource?: { resourceType?: string; instanceDetails?: { instanceId?: string } };
    /** GuardDuty marks the findings CreateSampleFindings makes (drills) in additionalInfo: `sample`, or inside the JSON of `value`. */
    readonly service?: { additionalInfo?: { sample?: boolean; value?: string } };
}

export async function handler(event: { detail?: Finding }): Promise<{ outcome: Outcome }> {
    const settings = settingsFromEnvironment(process.env);
    const finding = event.detail ?? {};
    const instanceId = finding.resource?.instanceDetails?.instanceId;
    const { id, accountId, region } = finding;
    if (!id || !accountId || !region || !instanceId || !settings.findingTypes.includes(String(finding.type))) {
        log({ outcome: "ignored", findingId: id, type: finding.type });
        return { outcome: "ignored" };
    }
    const key = `response#${id}`;
    if (!(await recordIfNew(db, settings.tableName, { key, rank: 0, state: "handled" }, settings.deduplicationDays, new Date()))) {
        log({ outcome: "duplicate", findingId: id });
        return { outcome: "duplicate" };
    }
    try {
        const sample = isSample(finding.service?.additionalInfo);
        return await respond({ id, type: String(finding.type), severity: Number(finding.severity), accountId, region, instanceId, sample }, settings);
    } catch (error) {
        await forget(db, settings.tableName, key);
        throw error;
    }
}

interface Case {
    readonly id: string;
    readonly type: string;
    readonly severity: number;
    readonly accountId: string;
    readonly region: string;
    readonly instanceId: string;
    /** A drill's sample finding: never acted on. */
    readonly sample: boolean;
}

async function respond(c: Case, settings: ResponderSettings): Promise<{ outcome: Outcome }> {
    const account = await lookUpAccount(db, settings.tableName, c.accountId);
    const acting = inActionScope(account?.ouPath, settings.actOn) && !c.sample;
    const scope = c.sample ? "a sample finding (a drill): never acted on"
        : account
            ? `${account.name} is in OU ${account.ouPath || "(the root)"}, ${acting ? "where the response acts" : `outside the OUs the response acts in (${settings.actOn.join(", ") || "none"})`}`
            : `account ${c.accountId} is not an account of this foundation`;

    let clients: AccountClients;
    try {
        clients = await assumeResponseRole(c, settings.responseRoleName);
    } catch (error) {
        const reason = `could not assume ${settings.responseRoleName} in ${c.accountId}: ${(error as Error).message}`;
        await report(c, settings, account, "no-access", "Incident response could not reach", [reason, scope]);
        return { outcome: "no-access" };
    }
    const facts = await describeInstance(clients, c.instanceId);
    if (!facts) {
        await report(c, settings, account, "instance-missing", "Incident response found no instance", [`${c.instanceId} does not exist any more (terminated?)`, scope]);
        return { outcome: "instance-missing" };
    }
    if (facts.isolated) {
        await report(c, settings, account, "already-isolated", "Already isolated", [`${c.instanceId} was isolated by an earlier response: nothing to do`, scope]);
        return { outcome: "already-isolated" };
    }
    const steps = planSteps(facts, settings.isolationGroupName, c.id);
    if (!acting) {
        await report(c, settings, account, "dry-run", "DRY-RUN, would isolate", [scope, "Would:", ...steps.map(s => `- ${s}`)]);
        return { outcome: "dry-run" };
    }
    const done = await isolate(clients, facts, c.id, settings.isolationGroupName, new Date());
    await report(c, settings, account, "acted", "Isolated", [scope, "Done:", ...done.map(s => `- ${s}`)]);
    return { outcome: "acted" };
}

async function assumeResponseRole(c: Case, roleName: string): Promise<AccountClients> {
    const { Credentials: k } = await withRetry("AssumeRole", () => sts.send(new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${c.accountId}:role/${roleName}`,
        RoleSessionName: `incident-${c.id}`.slice(0, 64),
        DurationSeconds: 900,
    })));
    if (!k?.AccessKeyId || !k.SecretAccessKey) throw new Error("STS returned no credentials");
    const credentials = { accessKeyId: k.AccessKeyId, secretAccessKey: k.SecretAccessKey, sessionToken: k.SessionToken };
    return { ec2: new EC2Client({ region: c.region, credentials }), autoScaling: new AutoScalingClient({ region: c.region, credentials }) };
}

async function report(
    c: Case,
    settings: ResponderSettings,
    account: Awaited<ReturnType<typeof lookUpAccount>>,
    outcome: Outcome,
    headline: string,
    lines: string[],
): Promise<void> {
    const alert: Alert = {
        key: `response#${c.id}`,
        source: "Incident response",
        runbook: "incident-response",
        title: `${headline} ${c.instanceId} (${c.type})`,
        severity: guardDutySeverity(c.severity),
        rank: c.severity,
        state: outcome,
        accountId: c.accountId,
        region: c.region,
        resource: `Instance ${c.instanceId}`,
        detail: `finding ${c.id}`,
    };
    const { subject, message } = formatAlert(alert, account, settings.runbookBaseUrl);
    await sns.send(new PublishCommand({ TopicArn: settings.topicArn, Subject: subject, Message: `${message}\n\n${lines.join("\n")}` }));
    log({ outcome, findingId: c.id, accountId: c.accountId, instanceId: c.instanceId, lines });
}

function isSample(info: { sample?: boolean; value?: string } | undefined): boolean {
    if (info?.sample === true) return true;
    try {
        return JSON.parse(info?.value ?? "{}")?.sample === true;
    } catch {
        return false;
    }
}
