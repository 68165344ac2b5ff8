import * as path from "path";
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeDeliveryChannelsCommand } from "@aws-sdk/client-config-service";
import { DescribeRegionsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { DescribeEventBusCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { GuardDutyClient, ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { GetRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { DescribeOrganizationCommand, ListAccountsCommand, ListDelegatedAdministratorsCommand, OrganizationsClient } from "@aws-sdk/client-organizations";
import { ListServiceQuotasCommand, ServiceQuotasClient } from "@aws-sdk/client-service-quotas";
import { ListInstancesCommand, SSOAdminClient } from "@aws-sdk/client-sso-admin";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { type AwsClientStub, mockClient } from "aws-sdk-client-mock";
import { type FoundationConfig, parseFoundationConfig, readStackConfigFile } from "../../../config";
import { CouldNotCheck } from "../../../tools/preflight/aws-errors";
import type { AccountClients, ClientsFor } from "../../../tools/preflight/clients";
import type { Caller, LiveOrganization, PreflightContext } from "../../../tools/preflight/context";

/*
 * Fakes for the preflight's checks: SDK clients of one account, each instance mocked with
 * aws-sdk-client-mock (instances, never the classes: other specs mock the classes' prototypes), with
 * the answers of a fresh account by default; and the fixture stack's config, one field changed per case.
 */

/** An error as the SDK raises it for a call: a name and `$metadata`. */
export function awsError(name: string, message: string, httpStatusCode = 400): Error {
    return Object.assign(new Error(message), { name, $metadata: { httpStatusCode }, $fault: httpStatusCode >= 500 ? "server" : "client" });
}

export const accessDenied = (action: string) =>
    awsError("AccessDeniedException", `User: arn:aws:sts::123456789012:assumed-role/Auditor/alice is not authorized to perform: ${action}`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fixture's structured values, edited freely per case
export type ConfigDoc = Record<string, any>;

const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "preflight", "Pulumi.moto-new.yaml");

/** The fixture stack's config values after `change` edited the structured ones. */
export function fixtureValues(change: (doc: ConfigDoc) => void = () => undefined): Record<string, string> {
    const values = readStackConfigFile(FIXTURE);
    const doc: ConfigDoc = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.parse(v)]));
    change(doc);
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** The fixture stack's validated config (management account 123456789012, regions us-east-1 and eu-west-1). */
export function fixtureConfig(change?: (doc: ConfigDoc) => void): FoundationConfig {
    return parseFoundationConfig(fixtureValues(change));
}

const OPTIONS = { region: "us-east-1", credentials: { accessKeyId: "AKIAFAKE", secretAccessKey: "fake" } };

/** Regions EC2 answers with: the defaults and two opt-in regions, one of them enabled. */
export const REGIONS = [
    { RegionName: "us-east-1", OptInStatus: "opt-in-not-required" },
    { RegionName: "eu-west-1", OptInStatus: "opt-in-not-required" },
    { RegionName: "eu-central-1", OptInStatus: "opt-in-not-required" },
    { RegionName: "af-south-1", OptInStatus: "opted-in" },
    { RegionName: "me-south-1", OptInStatus: "not-opted-in" },
];

/** One account's clients, every instance mocked, with the answers of an account nobody has set up anything in. */
export class FakeAccount {
    readonly sts: AwsClientStub<STSClient>;
    readonly organizations: AwsClientStub<OrganizationsClient>;
    readonly iam: AwsClientStub<IAMClient>;
    readonly serviceQuotas: AwsClientStub<ServiceQuotasClient>;
    readonly clients: AccountClients;
    private readonly regional = new Map<string, { client: unknown; stub: unknown }>();

    constructor(readonly accountId = "123456789012") {
        const sts = new STSClient(OPTIONS);
        const organizations = new OrganizationsClient(OPTIONS);
        const iam = new IAMClient(OPTIONS);
        const serviceQuotas = new ServiceQuotasClient(OPTIONS);
        this.sts = mockClient(sts);
        this.sts.on(GetCallerIdentityCommand).resolves({ Account: accountId, Arn: `arn:aws:sts::${accountId}:assumed-role/Admin/alice` });
        this.organizations = mockClient(organizations);
        this.organizations.on(DescribeOrganizationCommand).rejects(awsError("AWSOrganizationsNotInUseException", "Your account is not a member of an organization."));
        this.organizations.on(ListAccountsCommand).resolves({ Accounts: [] });
        this.organizations.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [] });
        this.iam = mockClient(iam);
        this.iam.on(GetRoleCommand).callsFake(input => { throw awsError("NoSuchEntityException", `The role with name ${input.RoleName} cannot be found.`, 404); });
        this.serviceQuotas = mockClient(serviceQuotas);
        this.serviceQuotas.on(ListServiceQuotasCommand).resolves({ Quotas: [{ QuotaName: "Default maximum number of accounts", QuotaCode: "L-29A0C5DF", Value: 10 }] });
        this.clients = {
            sts, organizations, iam, serviceQuotas,
            ec2: region => this.client("ec2", region, () => new EC2Client(OPTIONS), stub => stub.on(DescribeRegionsCommand).resolves({ Regions: REGIONS })),
            guardDuty: region => this.client("guardDuty", region, () => new GuardDutyClient(OPTIONS), stub => stub.on(ListDetectorsCommand).resolves({ DetectorIds: [] })),
            configService: region => this.client("configService", region, () => new ConfigServiceClient(OPTIONS), stub => {
                stub.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
                stub.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] });
            }),
            eventBridge: region => this.client("eventBridge", region, () => new EventBridgeClient(OPTIONS), stub =>
                stub.on(DescribeEventBusCommand).resolves({ Name: "default", Arn: `arn:aws:events:${region}:${accountId}:event-bus/default` })),
            ssoAdmin: region => this.client("ssoAdmin", region, () => new SSOAdminClient(OPTIONS), stub => stub.on(ListInstancesCommand).resolves({ Instances: [] })),
        };
    }

    private client<C>(kind: string, region: string, make: () => C, defaults: (stub: AwsClientStub<C>) => void): C {
        const key = `${kind}/${region}`;
        if (!this.regional.has(key)) {
            const client = make();
            const stub = mockClient(client as never) as unknown as AwsClientStub<C>;
            defaults(stub);
            this.regional.set(key, { client, stub });
        }
        return this.regional.get(key)!.client as C;
    }

    /** The stub of a regional client, to change its answers. */
    private regionalStub<C>(kind: string, region: string, of: (region: string) => C): AwsClientStub<C> {
        of(region);
        return this.regional.get(`${kind}/${region}`)!.stub as AwsClientStub<C>;
    }

    ec2(region: string): AwsClientStub<EC2Client> {
        return this.regionalStub("ec2", region, this.clients.ec2);
    }

    guardDuty(region: string): AwsClientStub<GuardDutyClient> {
        return this.regionalStub("guardDuty", region, this.clients.guardDuty);
    }

    configService(region: string): AwsClientStub<ConfigServiceClient> {
        return this.regionalStub("configService", region, this.clients.configService);
    }

    eventBridge(region: string): AwsClientStub<EventBridgeClient> {
        return this.regionalStub("eventBridge", region, this.clients.eventBridge);
    }

    ssoAdmin(region: string): AwsClientStub<SSOAdminClient> {
        return this.regionalStub("ssoAdmin", region, this.clients.ssoAdmin);
    }
}

/**
 * clientsFor over fake accounts: the caller's, other accounts by id, and accounts whose access role
 * cannot be assumed (what awsClientsFor reports then: CouldNotCheck of sts:AssumeRole).
 */
export function fakeClientsFor(caller: FakeAccount, others: readonly FakeAccount[] = [], unreachable: Readonly<Record<string, Error>> = {}): ClientsFor {
    return async accountId => {
        if (accountId === undefined) return caller.clients;
        if (unreachable[accountId]) throw new CouldNotCheck("sts:AssumeRole", unreachable[accountId]);
        const account = others.find(a => a.accountId === accountId);
        if (!account) throw new Error(`test: no fake account ${accountId}`);
        return account.clients;
    };
}

export const CALLER: Caller = { account: "123456789012", arn: "arn:aws:sts::123456789012:assumed-role/Admin/alice" };

export const NO_ORGANIZATION: LiveOrganization = { kind: "none" };

export const ORGANIZATION: LiveOrganization = { kind: "exists", id: "o-a1b2c3d4e5", managementAccountId: "123456789012", featureSet: "ALL" };

/** A context for one check: the fixture's config unless given, stack `prod`, the caller's fake account. */
export function contextWith(options: {
    config?: FoundationConfig;
    organization?: LiveOrganization;
    caller?: FakeAccount;
    others?: readonly FakeAccount[];
    unreachable?: Readonly<Record<string, Error>>;
} = {}): PreflightContext {
    return {
        config: options.config ?? fixtureConfig(),
        stack: "prod",
        project: "aws-secure-foundation",
        caller: CALLER,
        organization: options.organization ?? NO_ORGANIZATION,
        clientsFor: fakeClientsFor(options.caller ?? new FakeAccount(), options.others, options.unreachable),
    };
}
