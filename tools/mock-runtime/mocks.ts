import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { isDeepStrictEqual } from "util";

/** How the engine writes an unknown value on the wire. */
export const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/*
 * Mocks for the offline preview and the tests: deterministic, realistic ids and ARNs, so what the
 * preview prints looks like what AWS would return. Each resource's ARN names the account and region
 * of the provider it uses. Invokes the program makes are answered like AWS would; any other throws.
 */

function digest(text: string): string {
    return createHash("sha256").update(text).digest("hex");
}

/** A stable fake 12-digit account id for a name (never starting with 0). */
export function fakeAccountId(name: string): string {
    const n = BigInt(`0x${digest(`account:${name}`).slice(0, 15)}`) % 900_000_000_000n + 100_000_000_000n;
    return n.toString();
}

function fakeSuffix(name: string, length: number): string {
    // Base-36 lowercase, like Organizations ids.
    return BigInt(`0x${digest(name).slice(0, 24)}`).toString(36).padStart(length, "0").slice(0, length);
}

function fakeUuid(name: string): string {
    const hash = digest(name);
    return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-8${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

/** Where a provider acts: its pinned account and its region. */
interface Place { readonly account: string; readonly region: string }

type Inputs = Record<string, unknown>;
type Made = { id: string; state: Inputs };

/** The names AWS gives the service-linked roles the program creates (IAM user guide, each service's page). */
const SERVICE_LINKED_ROLE_NAMES: Record<string, string> = {
    "config.amazonaws.com": "AWSServiceRoleForConfig",
    "access-analyzer.amazonaws.com": "AWSServiceRoleForAccessAnalyzer",
};

/** Ids and ARNs AWS gives each resource type, from its inputs, its name and where it is created. */
const AWS_RESOURCES: Record<string, (inputs: Inputs, name: string, at: Place) => Made> = {
    "aws:kms/key:Key": (inputs, name, at) => {
        const id = fakeUuid(`key:${name}`);
        return { id, state: { ...inputs, keyId: id, arn: `arn:aws:kms:${at.region}:${at.account}:key/${id}` } };
    },
    "aws:kms/alias:Alias": (inputs, _name, at) => ({
        id: String(inputs.name),
        state: { ...inputs, arn: `arn:aws:kms:${at.region}:${at.account}:${inputs.name}` },
    }),
    "aws:s3/bucket:Bucket": (inputs, name) => {
        const bucket = String(inputs.bucket ?? `${name}-${fakeSuffix(name, 7)}`);
        return { id: bucket, state: { ...inputs, bucket, arn: `arn:aws:s3:::${bucket}` } };
    },
    "aws:cloudwatch/logGroup:LogGroup": (inputs, _name, at) => ({
        id: String(inputs.name),
        state: { ...inputs, arn: `arn:aws:logs:${at.region}:${at.account}:log-group:${inputs.name}` },
    }),
    "aws:iam/role:Role": (inputs, name, at) => {
        const roleName = String(inputs.name ?? `${name}-${fakeSuffix(name, 7)}`);
        return { id: roleName, state: { ...inputs, name: roleName, arn: `arn:aws:iam::${at.account}:role/${roleName}` } };
    },
    "aws:iam/serviceLinkedRole:ServiceLinkedRole": (inputs, _name, at) => {
        const service = String(inputs.awsServiceName);
        const roleName = SERVICE_LINKED_ROLE_NAMES[service] ?? `AWSServiceRoleFor${service.split(".")[0]}`;
        const arn = `arn:aws:iam::${at.account}:role/aws-service-role/${service}/${roleName}`;
        return { id: arn, state: { ...inputs, name: roleName, arn } };
    },
    "aws:cloudtrail/trail:Trail": (inputs, _name, at) => ({
        id: String(inputs.name),
        state: { ...inputs, arn: `arn:aws:cloudtrail:${at.region}:${at.account}:trail/${inputs.name}` },
    }),
    "aws:guardduty/detector:Detector": (inputs, name, at) => {
        const id = digest(`detector:${name}`).slice(0, 32);
        return { id, state: { ...inputs, accountId: at.account, arn: `arn:aws:guardduty:${at.region}:${at.account}:detector/${id}` } };
    },
    "aws:securityhub/configurationPolicy:ConfigurationPolicy": (inputs, name, at) => {
        const id = fakeUuid(`policy:${name}`);
        return { id, state: { ...inputs, arn: `arn:aws:securityhub:${at.region}:${at.account}:configuration-policy/${id}` } };
    },
    "aws:cfg/configurationAggregator:ConfigurationAggregator": (inputs, name, at) => ({
        id: String(inputs.name),
        state: { ...inputs, arn: `arn:aws:config:${at.region}:${at.account}:config-aggregator/config-aggregator-${fakeSuffix(name, 8)}` },
    }),
    "aws:cfg/recorder:Recorder": inputs => ({ id: String(inputs.name), state: inputs }),
    "aws:iam/openIdConnectProvider:OpenIdConnectProvider": (inputs, _name, at) => {
        const arn = `arn:aws:iam::${at.account}:oidc-provider/${String(inputs.url).replace(/^https:\/\//, "")}`;
        return { id: arn, state: { ...inputs, arn } };
    },
    "aws:identitystore/group:Group": (inputs, name) => {
        const groupId = fakeUuid(`group:${name}`);
        return { id: `${inputs.identityStoreId}/${groupId}`, state: { ...inputs, groupId } };
    },
    "aws:identitystore/user:User": (inputs, name) => {
        const userId = fakeUuid(`user:${name}`);
        return { id: `${inputs.identityStoreId}/${userId}`, state: { ...inputs, userId } };
    },
    "aws:ssoadmin/permissionSet:PermissionSet": (inputs, name) => {
        const instance = String(inputs.instanceArn).split("/").pop();
        const arn = `arn:aws:sso:::permissionSet/${instance}/ps-${digest(`ps:${name}`).slice(0, 16)}`;
        return { id: `${arn},${inputs.instanceArn}`, state: { ...inputs, arn } };
    },
    "aws:sns/topic:Topic": (inputs, _name, at) => {
        const arn = `arn:aws:sns:${at.region}:${at.account}:${inputs.name}`;
        return { id: arn, state: { ...inputs, arn } };
    },
    "aws:sns/topicSubscription:TopicSubscription": (inputs, name) => {
        const arn = `${inputs.topic}:${fakeUuid(`subscription:${name}`)}`;
        return { id: arn, state: { ...inputs, arn } };
    },
    "aws:sqs/queue:Queue": (inputs, _name, at) => ({
        id: `https://sqs.${at.region}.amazonaws.com/${at.account}/${inputs.name}`,
        state: { ...inputs, arn: `arn:aws:sqs:${at.region}:${at.account}:${inputs.name}`, url: `https://sqs.${at.region}.amazonaws.com/${at.account}/${inputs.name}` },
    }),
    "aws:dynamodb/table:Table": (inputs, _name, at) => ({
        id: String(inputs.name),
        state: { ...inputs, arn: `arn:aws:dynamodb:${at.region}:${at.account}:table/${inputs.name}` },
    }),
    "aws:lambda/function:Function": (inputs, _name, at) => ({
        id: String(inputs.name),
        state: { ...inputs, arn: `arn:aws:lambda:${at.region}:${at.account}:function:${inputs.name}` },
    }),
    "aws:cloudwatch/eventRule:EventRule": (inputs, _name, at) => ({
        id: `default/${inputs.name}`,
        state: { ...inputs, arn: `arn:aws:events:${at.region}:${at.account}:rule/${inputs.name}` },
    }),
    "aws:cloudwatch/metricAlarm:MetricAlarm": (inputs, _name, at) => ({
        id: String(inputs.name),
        state: { ...inputs, arn: `arn:aws:cloudwatch:${at.region}:${at.account}:alarm:${inputs.name}` },
    }),
    "aws:accessanalyzer/analyzer:Analyzer": (inputs, _name, at) => ({
        id: String(inputs.analyzerName),
        state: { ...inputs, arn: `arn:aws:access-analyzer:${at.region}:${at.account}:analyzer/${inputs.analyzerName}` },
    }),
};

/** Provider inputs arrive as the engine sends them: lists as JSON text. */
/** A provider's list input (`allowedAccountIds`, `assumeRoles`): JSON text as the engine passes it, or a plain list; [] otherwise. */
export function listInput(value: unknown): unknown[] {
    if (Array.isArray(value)) return value;
    if (typeof value !== "string") return [];
    try {
        const parsed: unknown = JSON.parse(value);
        return Array.isArray(parsed) ? parsed : [];
    } catch {
        return [];
    }
}

function firstAllowedAccount(value: unknown): string | undefined {
    const first = listInput(value)[0];
    return typeof first === "string" ? first : undefined;
}

export interface MockOptions {
    /** false: answers like an organization where IAM Identity Center was never enabled. */
    readonly identityCenter?: boolean;
    /** The one region the Identity Center instance lives in: asked in another region, getInstances finds none. Default: any region. */
    readonly identityCenterRegion?: string;
    /**
     * Answer like the engine in a stack's first `pulumi preview`: every id and every output the provider
     * computes is unknown; only the inputs the program set are known. Invokes still answer (the CLI runs them).
     */
    readonly firstPreview?: boolean;
    /** What an adopted organization already uses, as getOrganization reports it. Default: nothing. */
    readonly liveOrganization?: { readonly trustedServices: readonly string[]; readonly policyTypes: readonly string[] };
    /** getInstances fails with this message (an AccessDenied, a throttled call). */
    readonly identityCenterLookupError?: string;
    /**
     * The stack's state from an earlier run: inputs by resource name. A resource registered with
     * `ignoreChanges` keeps these values for the properties it ignores, as the engine does; the state it
     * returns shows them.
     */
    readonly priorState?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A monitor that tells the mocks each registration's `ignoreChanges`, which MockResourceArgs does not carry. */
export interface IgnoreChangesListener {
    ignoresChanges(name: string, properties: readonly string[]): void;
}

export class FoundationMocks implements pulumi.runtime.Mocks, IgnoreChangesListener {
    readonly organizationId: string;
    readonly rootId: string;
    /** Providers by id, with the account and region they act in. */
    private readonly providers = new Map<string, Place>();
    /** Every invoke the program made, in order: its token, the provider reference it went through ("urn::id") and its arguments. */
    readonly invokes: { readonly token: string; readonly provider: string | undefined; readonly inputs: Record<string, unknown> }[] = [];

    constructor(readonly managementAccountId: string, organizationName = "organization", private readonly options: MockOptions = {}) {
        this.organizationId = `o-${fakeSuffix(`org:${organizationName}`, 10)}`;
        this.rootId = `r-${fakeSuffix(`root:${organizationName}`, 4)}`;
    }

    /** The account and region a resource is created in: its provider's, its own `region` first. */
    private placeOf(args: Pick<pulumi.runtime.MockResourceArgs, "provider" | "inputs">): Place {
        const provider = args.provider ? this.providers.get(args.provider.slice(args.provider.lastIndexOf("::") + 2)) : undefined;
        const region = (args.inputs as Inputs).region;
        return {
            account: provider?.account ?? this.managementAccountId,
            region: typeof region === "string" ? region : provider?.region ?? "us-east-1",
        };
    }

    /** Properties each resource (by name) registered with ignoreChanges, as the runtime recorder reports them. */
    private readonly ignored = new Map<string, readonly string[]>();

    ignoresChanges(name: string, properties: readonly string[]): void {
        this.ignored.set(name, properties);
    }

    newResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
        const prior = this.options.priorState?.[args.name];
        const ignored = this.ignored.get(args.name) ?? [];
        if (prior && ignored.length > 0) {
            args = { ...args, inputs: { ...args.inputs, ...Object.fromEntries(ignored.filter(key => key in prior).map(key => [key, prior[key]])) } };
        }
        const made = this.made(args);
        if (!this.options.firstPreview || !args.custom || args.type.startsWith("pulumi:providers:")) return made;
        // What the provider would compute is unknown: the id (an empty id is unknown in a preview) and every
        // output that is not one of the inputs as given.
        const inputs = args.inputs as Inputs;
        const state = Object.fromEntries(Object.entries(made.state).map(([key, value]) =>
            [key, key in inputs && isDeepStrictEqual(inputs[key], value) ? value : UNKNOWN_SENTINEL]));
        return { id: "", state };
    }

    private made(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
        const inputs = args.inputs as Inputs;
        const org = `arn:aws:organizations::${this.managementAccountId}`;
        switch (args.type) {
            case "pulumi:providers:aws": {
                const id = fakeUuid(`provider:${args.name}`);
                this.providers.set(id, {
                    account: firstAllowedAccount(inputs.allowedAccountIds) ?? this.managementAccountId,
                    region: String(inputs.region ?? "us-east-1"),
                });
                return { id, state: inputs };
            }
            case "aws:organizations/organization:Organization":
                return {
                    id: this.organizationId,
                    state: {
                        ...inputs,
                        arn: `${org}:organization/${this.organizationId}`,
                        masterAccountId: this.managementAccountId,
                        masterAccountArn: `${org}:account/${this.organizationId}/${this.managementAccountId}`,
                        roots: [{
                            id: this.rootId,
                            arn: `${org}:root/${this.organizationId}/${this.rootId}`,
                            name: "Root",
                            policyTypes: (Array.isArray(inputs.enabledPolicyTypes) ? inputs.enabledPolicyTypes : []).map(type => ({ type, status: "ENABLED" })),
                        }],
                    },
                };
            // An adopted OU or account keeps the id it is imported with, as the engine reads it.
            case "aws:organizations/organizationalUnit:OrganizationalUnit": {
                const id = args.id || `ou-${this.rootId.slice(2)}-${fakeSuffix(`ou:${args.name}`, 8)}`;
                return { id, state: { ...inputs, arn: `${org}:ou/${this.organizationId}/${id}` } };
            }
            case "aws:organizations/account:Account": {
                const id = args.id || fakeAccountId(args.name);
                return { id, state: { ...inputs, arn: `${org}:account/${this.organizationId}/${id}`, status: "ACTIVE" } };
            }
            case "aws:organizations/policy:Policy": {
                const id = `p-${fakeSuffix(`policy:${args.name}`, 8)}`;
                const type = String(inputs.type ?? "SERVICE_CONTROL_POLICY").toLowerCase();
                return { id, state: { ...inputs, arn: `${org}:policy/${this.organizationId}/${type}/${id}` } };
            }
            case "time:index/sleep:Sleep":
            case "time:index/static:Static":
                return { id: "2026-01-01T00:00:00Z", state: inputs };
            default: {
                const make = AWS_RESOURCES[args.type];
                return make ? make(inputs, args.name, this.placeOf(args)) : { id: args.id || `${args.name}-id`, state: inputs };
            }
        }
    }

    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        this.invokes.push({ token: args.token, provider: args.provider, inputs: args.inputs });
        try {
            return this.answer(args);
        } catch (error) {
            // As a failed invoke reaches the program from the engine: gRPC's `details` holds the message.
            const message = (error as Error).message;
            throw Object.assign(new Error(message), { details: message });
        }
    }

    private answer(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        if (args.token === "aws:organizations/getOrganization:getOrganization") {
            const live = this.options.liveOrganization ?? { trustedServices: [], policyTypes: [] };
            return {
                id: this.organizationId,
                arn: `arn:aws:organizations::${this.managementAccountId}:organization/${this.organizationId}`,
                featureSet: "ALL",
                masterAccountId: this.managementAccountId,
                awsServiceAccessPrincipals: [...live.trustedServices],
                enabledPolicyTypes: [...live.policyTypes],
                roots: [{ id: this.rootId, name: "Root", policyTypes: live.policyTypes.map(type => ({ type, status: "ENABLED" })) }],
                accounts: [], nonMasterAccounts: [],
            };
        }
        if (args.token === "aws:ssoadmin/getInstances:getInstances") {
            if (this.options.identityCenterLookupError) throw new Error(this.options.identityCenterLookupError);
            const asked = this.placeOf(args).region;
            const enabled = (this.options.identityCenter ?? true) && (this.options.identityCenterRegion ?? asked) === asked;
            const suffix = digest(`instance:${this.organizationId}`);
            return {
                arns: enabled ? [`arn:aws:sso:::instance/ssoins-${suffix.slice(0, 16)}`] : [],
                identityStoreIds: enabled ? [`d-${suffix.slice(16, 26)}`] : [],
                region: args.inputs.region ?? "us-east-1",
                id: args.inputs.region ?? "us-east-1",
            };
        }
        throw new Error(`the offline preview does not mock the invoke ${args.token}; add it to tools/mock-runtime/mocks.ts`);
    }
}
