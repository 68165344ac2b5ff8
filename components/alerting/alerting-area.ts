import type * as pulumi from "@pulumi/pulumi";
import type { FoundationConfig } from "../../config";
import { Area } from "../area";
import { type AccountDirectory, allAccounts } from "../organization/account-directory";
import { AlertPath } from "./alert-path";
import { CisAlarms } from "./cis-alarms";
import { IncidentResponse } from "./incident-response";
import { SIGN_IN_REGION, SignInForwarder } from "./sign-in-forwarder";

export interface AlertingAreaArgs {
    readonly config: NonNullable<FoundationConfig["alerting"]>;
    readonly organization: Pick<FoundationConfig["organization"], "name" | "homeRegion" | "allowedRegions">;
    readonly organizationId: pulumi.Input<string>;
    readonly accounts: AccountDirectory;
    /** The organization trail's log group, which the CIS metric filters read. */
    readonly trailLogGroupName: pulumi.Input<string>;
    /** The detection services whose findings the alert rules route: the rules wait for them. */
    readonly findingSources: pulumi.Resource[];
    /** GuardDuty, whose findings the responder acts on. */
    readonly guardDuty: pulumi.Resource;
}

/** Alerting: findings and alarms to people, once each, and the automatic response. */
export class AlertingArea extends Area {
    public readonly alertPath: AlertPath;

    constructor(name: string, args: AlertingAreaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:alerting:AlertingArea", name, opts);
        const { config, organization: org, accounts } = args;
        const audit = accounts.audit;
        const alarmPrefix = `${org.name}-cis-`;

        this.alertPath = new AlertPath(`${name}-alerts`, {
            organizationName: org.name,
            homeRegion: org.homeRegion,
            regions: org.allowedRegions,
            auditAccountId: audit.id,
            organizationId: args.organizationId,
            config,
            accounts: allAccounts(accounts).map(({ key, id, name: accountName, ouPath }) => ({ key, id, name: accountName, ouPath })),
            alarmPrefix,
            detection: args.findingSources,
            auditProvider: audit.provider,
        }, this.part());

        if (config.cisAlarms) {
            new CisAlarms(`${name}-cis-alarms`, {
                organizationName: org.name,
                region: org.homeRegion,
                managementAccountId: accounts.management.id,
                auditAccountId: audit.id,
                logGroupName: args.trailLogGroupName,
                alarmPrefix,
                notifierArn: this.alertPath.notifierArn,
                notifierName: this.alertPath.notifierName,
                managementProvider: accounts.management.provider,
                auditProvider: audit.provider,
            }, this.part());
        }
        if (config.response.enabled) {
            new IncidentResponse(`${name}-incident-response`, {
                organizationName: org.name,
                region: org.homeRegion,
                config: config.response,
                deduplicationDays: config.deduplicationDays,
                reserveConcurrency: config.reserveConcurrency,
                runbookBaseUrl: config.runbookBaseUrl,
                tableName: this.alertPath.tableName,
                tableArn: this.alertPath.tableArn,
                topicArn: this.alertPath.topicArn,
                keyArn: this.alertPath.keyArn,
                memberProviders: Object.fromEntries(Object.values(accounts.members).map(account => [account.key, account.provider])),
                detection: [args.guardDuty],
                auditProvider: audit.provider,
            }, this.part());
        }
        for (const account of allAccounts(accounts)) {
            // Root sign-ins are only seen in us-east-1: the audit account's own reach its alert bus directly when it is there.
            if (account === audit && org.homeRegion === SIGN_IN_REGION) continue;
            new SignInForwarder(`${name}-${account.key}-sign-in-forwarder`, { organizationName: org.name, busArn: this.alertPath.busArn, provider: account.provider }, this.part());
        }

        this.registerOutputs({ topicArn: this.alertPath.topicArn });
    }
}
