import { ConfigServiceClient } from "@aws-sdk/client-config-service";
import { EC2Client } from "@aws-sdk/client-ec2";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { GuardDutyClient } from "@aws-sdk/client-guardduty";
import { IAMClient } from "@aws-sdk/client-iam";
import { OrganizationsClient } from "@aws-sdk/client-organizations";
import { ServiceQuotasClient } from "@aws-sdk/client-service-quotas";
import { SSOAdminClient } from "@aws-sdk/client-sso-admin";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { call, CouldNotCheck } from "./aws-errors";

/**
 * SDK clients acting in one account. Global services get one client (Organizations, IAM and Service
 * Quotas in us-east-1); regional ones are made per region on first use.
 */
export interface AccountClients {
    readonly sts: STSClient;
    readonly organizations: OrganizationsClient;
    readonly iam: IAMClient;
    /** In us-east-1, where Organizations' quotas live. */
    readonly serviceQuotas: ServiceQuotasClient;
    ec2(region: string): EC2Client;
    guardDuty(region: string): GuardDutyClient;
    configService(region: string): ConfigServiceClient;
    eventBridge(region: string): EventBridgeClient;
    ssoAdmin(region: string): SSOAdminClient;
}

/**
 * The caller's clients (no account id), or clients in another account of the organization through
 * its account access role. Rejects with CouldNotCheck (action sts:AssumeRole) when the role cannot be
 * assumed.
 */
export type ClientsFor = (accountId?: string) => Promise<AccountClients>;

export interface ClientSettings {
    /** Region of STS and of the regional clients' defaults: foundation:organization.homeRegion. */
    readonly homeRegion: string;
    /** foundation:organization.accountAccessRoleName: the role the program's member providers assume. */
    readonly accessRoleName: string;
    /** The session name member accounts' CloudTrail shows. */
    readonly sessionName: string;
    /** aws:profile of the stack config, which the program's providers honour too. */
    readonly profile?: string;
}

/** Organizations, IAM and Service Quotas' Organizations quotas are served from us-east-1. */
const GLOBAL_REGION = "us-east-1";

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * Clients on the SDK's default credential chain (AWS_PROFILE, environment, SSO, web identity), with
 * the endpoint the SDK reads from AWS_ENDPOINT_URL when set. Read-only calls only.
 */
export function awsClientsFor(settings: ClientSettings): ClientsFor {
    const caller = accountClients(settings.homeRegion, settings.profile !== undefined ? { profile: settings.profile } : {});
    const assumed = new Map<string, Promise<AccountClients>>();
    return accountId => {
        if (accountId === undefined) return Promise.resolve(caller);
        let clients = assumed.get(accountId);
        if (!clients) {
            clients = assumeAccessRole(caller.sts, accountId, settings).then(credentials => accountClients(settings.homeRegion, { credentials }));
            assumed.set(accountId, clients);
        }
        return clients;
    };
}

async function assumeAccessRole(sts: STSClient, accountId: string, settings: ClientSettings): Promise<Credentials> {
    const roleArn = `arn:aws:iam::${accountId}:role/${settings.accessRoleName}`;
    const { Credentials: k } = await call("sts:AssumeRole", () => sts.send(new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: settings.sessionName.slice(0, 64),
        DurationSeconds: 900,
    })));
    if (!k?.AccessKeyId || !k.SecretAccessKey) throw new CouldNotCheck("sts:AssumeRole", new Error(`STS returned no credentials for ${roleArn}`));
    return { accessKeyId: k.AccessKeyId, secretAccessKey: k.SecretAccessKey, ...(k.SessionToken !== undefined && { sessionToken: k.SessionToken }) };
}

function accountClients(homeRegion: string, auth: { profile?: string; credentials?: Credentials }): AccountClients {
    const perRegion = <T>(make: (region: string) => T) => {
        const made = new Map<string, T>();
        return (region: string) => {
            if (!made.has(region)) made.set(region, make(region));
            return made.get(region)!;
        };
    };
    return {
        sts: new STSClient({ region: homeRegion, ...auth }),
        organizations: new OrganizationsClient({ region: GLOBAL_REGION, ...auth }),
        iam: new IAMClient({ region: GLOBAL_REGION, ...auth }),
        serviceQuotas: new ServiceQuotasClient({ region: GLOBAL_REGION, ...auth }),
        ec2: perRegion(region => new EC2Client({ region, ...auth })),
        guardDuty: perRegion(region => new GuardDutyClient({ region, ...auth })),
        configService: perRegion(region => new ConfigServiceClient({ region, ...auth })),
        eventBridge: perRegion(region => new EventBridgeClient({ region, ...auth })),
        ssoAdmin: perRegion(region => new SSOAdminClient({ region, ...auth })),
    };
}
