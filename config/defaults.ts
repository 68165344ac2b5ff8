import { AWS_MANAGED_POLICY, DATA_READ_ACTIONS, NO_DATA_READS, READ_ONLY_ACCESS } from "../catalog/iam-lists";
import type { GitHubTrustConfig, PulumiTrustConfig } from "../catalog/access/trust";
import type { OrganizationFeatures } from "../catalog/organization/services";
import { GUARDDUTY_RUNTIME_AGENTS, type GuardDutyFeature, type SecurityHubStandard, type TransitionStorageClass } from "../catalog/aws-values";
import type { RawDetection } from "./detection-schema";
import { alertingWithDefaults, type AlertingConfig } from "./alerting-defaults";
import { ouPaths } from "./identity-targets";
import { baselineWithDefaults, guardrailsWithDefaults, type BaselineConfig, type GuardrailsConfig } from "./guardrails-defaults";
import type { RawIdentity } from "./identity-schema";
import type { RawPipelines } from "./pipelines-schema";
import type { RawPulumiCloud } from "./pulumi-cloud-schema";
import type { RawLifecycle, RawLogging } from "./logging-schema";
import type { RawFoundationConfig, RawOrganization, RawOrganizationalUnit } from "./schema";
export const DEFAULT_LOG_ARCHIVE_ACCOUNT = "log-archive";
export const DEFAULT_AUDIT_ACCOUNT = "audit";
export const DEFAULT_ACCOUNT_ACCESS_ROLE = "OrganizationAccountAccessRole";

/** The log-archive and audit account keys: config's, or the defaults. Validation and the program both use this. */
export function securityAccountKeys(organization: { readonly logArchiveAccount?: string; readonly auditAccount?: string }): { logArchive: string; audit: string } {
    return {
        logArchive: organization.logArchiveAccount ?? DEFAULT_LOG_ARCHIVE_ACCOUNT,
        audit: organization.auditAccount ?? DEFAULT_AUDIT_ACCOUNT,
    };
}

export interface OrganizationConfig {
    readonly name: string;
    readonly managementAccount: { readonly email: string; readonly id: string };
    readonly homeRegion: string;
    readonly allowedRegions: readonly string[];
    readonly logArchiveAccount: string;
    readonly auditAccount: string;
    readonly accountAccessRoleName: string;
    readonly importId?: string;
    readonly controlTower: boolean;
    /** What the organization uses besides the foundation (kept), and what config turns off. */
    readonly existing: OrganizationFeatures;
    readonly disable: OrganizationFeatures;
}

export interface OrganizationalUnitConfig {
    readonly name: string;
    /** Slash-separated path from the root, e.g. `Workloads/Prod`. Stable identity of the OU. */
    readonly path: string;
    readonly importId?: string;
    readonly children: readonly OrganizationalUnitConfig[];
}

export interface AccountConfig {
    readonly key: string;
    readonly name: string;
    readonly email: string;
    readonly ou: string;
    readonly closeOnDeletion: boolean;
    readonly importId?: string;
}

export interface LifecycleConfig {
    readonly transitions: readonly { readonly days: number; readonly storageClass: TransitionStorageClass }[];
    readonly expirationDays: number | "never";
    readonly noncurrentVersionExpirationDays: number;
}

export interface LoggingConfig {
    readonly trail: {
        readonly name: string;
        readonly dataEvents: { readonly s3: boolean; readonly lambda: boolean };
        readonly cloudWatchLogs: { readonly retentionDays: number; readonly kmsEncrypted: boolean };
    };
    readonly archive: {
        readonly objectLock: { readonly enabled: boolean; readonly mode: "GOVERNANCE" | "COMPLIANCE"; readonly days: number };
        readonly lifecycle: LifecycleConfig;
    };
    readonly accessLogs: { readonly lifecycle: LifecycleConfig };
}

export interface DetectionConfig {
    readonly guardDuty: {
        readonly findingPublishingFrequency: string;
        /** Every managed feature, on or off; features absent here are left as AWS has them. */
        readonly features: Readonly<Partial<Record<GuardDutyFeature, boolean>>>;
        readonly runtimeMonitoringAgents: readonly string[];
        readonly exportFindings: boolean;
    };
    readonly securityHub: {
        readonly standards: readonly SecurityHubStandard[];
        readonly disabledControls: readonly { readonly id: string; readonly reason: string }[];
    };
    readonly config: {
        readonly recordingFrequency: "CONTINUOUS" | "DAILY";
        readonly excludedResourceTypes: readonly string[];
        readonly recordingFrequencyOverride?: {
            readonly recordingFrequency: "CONTINUOUS" | "DAILY";
            readonly resourceTypes: readonly string[];
            readonly description?: string;
        };
    };
    readonly accessAnalyzer: {
        readonly unusedAccess: { readonly enabled: boolean; readonly unusedAccessAgeDays: number };
    };
}

/** An IAM policy document as written in config (YAML), passed to AWS as JSON. */
export type PolicyDocumentConfig = { readonly Version: "2012-10-17"; readonly Statement: readonly Record<string, unknown>[] };

export interface PermissionSetConfig {
    readonly name: string;
    readonly description: string;
    readonly sessionDuration: string;
    readonly managedPolicies: readonly string[];
    readonly customerManagedPolicies: readonly { readonly name: string; readonly path?: string }[];
    readonly inlinePolicy?: PolicyDocumentConfig;
}

export interface IdentityConfig {
    readonly region: string;
    readonly manageUsers: boolean;
    readonly groups: readonly { readonly name: string; readonly description?: string }[];
    readonly users: readonly {
        readonly userName: string;
        readonly givenName: string;
        readonly familyName: string;
        readonly email: string;
        readonly groups: readonly string[];
    }[];
    /** The built-in permission sets (with config's changes) and config's own. */
    readonly permissionSets: readonly PermissionSetConfig[];
    readonly assignments: readonly { readonly group: string; readonly permissionSet: string; readonly targets: readonly string[] }[];
}

export interface PipelinesConfig {
    readonly pulumiOrganization?: string;
    /** Roles for this program's stacks; `project` absent means this program's own project name. */
    readonly foundation?: { readonly project?: string; readonly stacks: readonly string[]; readonly github?: GitHubTrustConfig };
    readonly workloads: readonly {
        readonly name: string;
        readonly account: string;
        readonly pulumi: readonly PulumiTrustConfig[];
        readonly github?: GitHubTrustConfig;
        readonly deployPolicies: readonly string[];
    }[];
}

/** foundation:pulumiCloud with its defaults and what it takes from foundation:pipelines. */
export interface PulumiCloudConfig {
    readonly pulumiOrganization: string;
    readonly repository: string;
    readonly branch: string;
    readonly repoDir: string;
    /** The foundation's project as the deploy role trusts it; undefined: the project in Pulumi.yaml. */
    readonly project?: string;
    readonly stacks: readonly string[];
    readonly deployCommits: boolean;
    readonly policies: { readonly mode: "preventative" | "audit"; readonly configFile?: string; readonly includeWorkloadStacks: boolean };
    readonly driftDetection: { readonly enabled: boolean; readonly schedule: string; readonly autoRemediate: boolean };
}

/** Drift detection runs daily at 06:00 UTC unless configured. */
export const DEFAULT_DRIFT_SCHEDULE = "0 6 * * *";

/** The validated config with every default filled in: what the components consume. */
export interface FoundationConfig {
    readonly organization: OrganizationConfig;
    readonly organizationalUnits: readonly OrganizationalUnitConfig[];
    readonly accounts: readonly AccountConfig[];
    readonly logging: LoggingConfig;
    readonly detection: DetectionConfig;
    /** Absent when the stack config has no foundation:alerting: findings reach nobody (a warning says so). */
    readonly alerting?: AlertingConfig;
    /** Absent when the stack config has no foundation:identity: Identity Center is left alone. */
    readonly identity?: IdentityConfig;
    /** Absent when the stack config has no foundation:pipelines. */
    readonly pipelines?: PipelinesConfig;
    /** Absent when the stack config has no foundation:pulumiCloud: nothing in Pulumi Cloud is managed (by the pulumi-cloud project). */
    readonly pulumiCloud?: PulumiCloudConfig;
    /** Service and resource control policies, the EC2 declarative policy, root access: on by default. */
    readonly guardrails: GuardrailsConfig;
    readonly baseline: BaselineConfig;
}

/*
 * Defaults of foundation:logging and foundation:detection: the strict choice everywhere. The README's
 * config reference lists them; a config value that weakens one is reported by warnings.ts.
 */

export const DEFAULT_LIFECYCLE: LifecycleConfig = {
    transitions: [{ days: 90, storageClass: "GLACIER_IR" }],
    expirationDays: 730,
    noncurrentVersionExpirationDays: 365,
};

export const DEFAULT_OBJECT_LOCK: LoggingConfig["archive"]["objectLock"] = { enabled: true, mode: "GOVERNANCE", days: 365 };

export const DEFAULT_CLOUDWATCH_LOGS: LoggingConfig["trail"]["cloudWatchLogs"] = { retentionDays: 365, kmsEncrypted: true };

/** Protection plans on by default: the ones that need no agent in the accounts' workloads. */
export const DEFAULT_GUARDDUTY_FEATURES: Readonly<Partial<Record<GuardDutyFeature, boolean>>> = {
    S3_DATA_EVENTS: true,
    EKS_AUDIT_LOGS: true,
    EBS_MALWARE_PROTECTION: true,
    RDS_LOGIN_EVENTS: true,
    LAMBDA_NETWORK_LOGS: true,
    RUNTIME_MONITORING: false,
};

export const DEFAULT_FINDING_PUBLISHING_FREQUENCY = "FIFTEEN_MINUTES";

export const DEFAULT_SECURITY_HUB_STANDARDS: readonly SecurityHubStandard[] = [
    "aws-foundational-security-best-practices/v/1.0.0",
    "cis-aws-foundations-benchmark/v/3.0.0",
];

export const DEFAULT_UNUSED_ACCESS_AGE_DAYS = 90;

export const DEFAULT_SESSION_DURATION = "PT1H";

/** The permission sets every identity config starts from; config may change any field of them. */
export const BUILT_IN_PERMISSION_SETS: readonly PermissionSetConfig[] = ([
    {
        name: "AdministratorAccess",
        description: "Full access to the account: for administrators, through short sessions",
        managedPolicies: [`${AWS_MANAGED_POLICY}/AdministratorAccess`],
    },
    {
        name: "PowerUserAccess",
        description: "Every service except IAM and Organizations administration: for developers",
        managedPolicies: [`${AWS_MANAGED_POLICY}/PowerUserAccess`],
    },
    {
        name: "ReadOnlyAccess",
        description: "Reads configuration and metadata of every service, but no stored data (objects, items, parameters, secrets)",
        managedPolicies: [READ_ONLY_ACCESS],
        inlinePolicy: { Version: "2012-10-17", Statement: [NO_DATA_READS] },
    },
    {
        name: "Billing",
        description: "Billing, cost and budget management",
        managedPolicies: [`${AWS_MANAGED_POLICY}/job-function/Billing`],
    },
    {
        name: "SecurityAudit",
        description: "Reads security configuration of every service: for security reviews",
        managedPolicies: [`${AWS_MANAGED_POLICY}/SecurityAudit`],
    },
] satisfies Omit<PermissionSetConfig, "sessionDuration" | "customerManagedPolicies">[])
    .map(set => ({ sessionDuration: DEFAULT_SESSION_DURATION, customerManagedPolicies: [], ...set }));

/** The deploy role of a workload pipeline, unless config lists its policies. */
export const DEFAULT_WORKLOAD_DEPLOY_POLICIES: readonly string[] = [`${AWS_MANAGED_POLICY}/PowerUserAccess`];

function permissionSetsWithDefaults(raw: RawIdentity["permissionSets"]): PermissionSetConfig[] {
    const configured = raw ?? [];
    const withDefaults = (set: NonNullable<RawIdentity["permissionSets"]>[number], base?: PermissionSetConfig): PermissionSetConfig => ({
        name: set.name,
        description: set.description ?? base?.description ?? `${set.name}, declared in foundation:identity`,
        sessionDuration: set.sessionDuration ?? base?.sessionDuration ?? DEFAULT_SESSION_DURATION,
        managedPolicies: set.managedPolicies ?? base?.managedPolicies ?? [],
        customerManagedPolicies: set.customerManagedPolicies ?? base?.customerManagedPolicies ?? [],
        ...(set.inlinePolicy ? { inlinePolicy: set.inlinePolicy } : base?.inlinePolicy && { inlinePolicy: base.inlinePolicy }),
    });
    const builtIn = BUILT_IN_PERMISSION_SETS.map(base => {
        const changes = configured.find(set => set.name === base.name);
        return changes ? withDefaults(changes, base) : base;
    });
    const own = configured.filter(set => !BUILT_IN_PERMISSION_SETS.some(base => base.name === set.name)).map(set => withDefaults(set));
    return [...builtIn, ...own];
}

function identityWithDefaults(raw: RawIdentity | undefined, homeRegion: string): IdentityConfig | undefined {
    if (raw === undefined) return undefined;
    return {
        region: raw.region ?? homeRegion,
        manageUsers: raw.manageUsers ?? true,
        groups: raw.groups ?? [],
        users: (raw.users ?? []).map(user => ({ ...user, groups: user.groups ?? [] })),
        permissionSets: permissionSetsWithDefaults(raw.permissionSets),
        assignments: raw.assignments ?? [],
    };
}

function pipelinesWithDefaults(raw: RawPipelines | undefined): PipelinesConfig | undefined {
    if (raw === undefined) return undefined;
    return {
        ...(raw.pulumiOrganization !== undefined && { pulumiOrganization: raw.pulumiOrganization }),
        ...(raw.foundation && { foundation: raw.foundation }),
        workloads: (raw.workloads ?? []).map(workload => ({
            ...workload,
            pulumi: workload.pulumi ?? [],
            deployPolicies: workload.deployPolicies ?? DEFAULT_WORKLOAD_DEPLOY_POLICIES,
        })),
    };
}

/** Called only on a validated config: what foundation:pulumiCloud takes from foundation:pipelines is there. */
function pulumiCloudWithDefaults(raw: RawPulumiCloud | undefined, pipelines: RawPipelines | undefined): PulumiCloudConfig | undefined {
    if (raw === undefined) return undefined;
    const foundation = pipelines?.foundation;
    return {
        pulumiOrganization: (raw.pulumiOrganization ?? pipelines?.pulumiOrganization)!,
        repository: (raw.repository ?? foundation?.github?.repository)!,
        branch: raw.branch ?? "main",
        repoDir: raw.repoDir ?? ".",
        ...(foundation?.project !== undefined && { project: foundation.project }),
        stacks: raw.stacks ?? foundation?.stacks ?? [],
        deployCommits: raw.deployments?.deployCommits ?? true,
        policies: {
            mode: raw.policies?.mode ?? "preventative",
            ...(raw.policies?.configFile !== undefined && { configFile: raw.policies.configFile }),
            includeWorkloadStacks: raw.policies?.includeWorkloadStacks ?? true,
        },
        driftDetection: {
            enabled: raw.driftDetection?.enabled ?? true,
            schedule: raw.driftDetection?.schedule ?? DEFAULT_DRIFT_SCHEDULE,
            autoRemediate: raw.driftDetection?.autoRemediate ?? false,
        },
    };
}

function lifecycleWithDefaults(raw: RawLifecycle | undefined): LifecycleConfig {
    return {
        transitions: raw?.transitions ?? DEFAULT_LIFECYCLE.transitions,
        expirationDays: raw?.expirationDays ?? DEFAULT_LIFECYCLE.expirationDays,
        noncurrentVersionExpirationDays: raw?.noncurrentVersionExpirationDays ?? DEFAULT_LIFECYCLE.noncurrentVersionExpirationDays,
    };
}

function loggingWithDefaults(raw: RawLogging | undefined, organizationName: string): LoggingConfig {
    return {
        trail: {
            name: raw?.trail?.name ?? `${organizationName}-organization-trail`,
            dataEvents: { s3: raw?.trail?.dataEvents?.s3 ?? false, lambda: raw?.trail?.dataEvents?.lambda ?? false },
            cloudWatchLogs: { ...DEFAULT_CLOUDWATCH_LOGS, ...raw?.trail?.cloudWatchLogs },
        },
        archive: {
            objectLock: { ...DEFAULT_OBJECT_LOCK, ...raw?.archive?.objectLock },
            lifecycle: lifecycleWithDefaults(raw?.archive?.lifecycle),
        },
        accessLogs: { lifecycle: lifecycleWithDefaults(raw?.accessLogs?.lifecycle) },
    };
}

function detectionWithDefaults(raw: RawDetection | undefined): DetectionConfig {
    const override = raw?.config?.recordingFrequencyOverride;
    return {
        guardDuty: {
            findingPublishingFrequency: raw?.guardDuty?.findingPublishingFrequency ?? DEFAULT_FINDING_PUBLISHING_FREQUENCY,
            features: { ...DEFAULT_GUARDDUTY_FEATURES, ...raw?.guardDuty?.features },
            runtimeMonitoringAgents: raw?.guardDuty?.runtimeMonitoringAgents ?? [...GUARDDUTY_RUNTIME_AGENTS],
            exportFindings: raw?.guardDuty?.exportFindings ?? true,
        },
        securityHub: {
            standards: raw?.securityHub?.standards ?? DEFAULT_SECURITY_HUB_STANDARDS,
            disabledControls: raw?.securityHub?.disabledControls ?? [],
        },
        config: {
            recordingFrequency: raw?.config?.recordingFrequency ?? "CONTINUOUS",
            excludedResourceTypes: raw?.config?.excludedResourceTypes ?? [],
            ...(override && { recordingFrequencyOverride: override }),
        },
        accessAnalyzer: {
            unusedAccess: {
                enabled: raw?.accessAnalyzer?.unusedAccess?.enabled ?? false,
                unusedAccessAgeDays: raw?.accessAnalyzer?.unusedAccess?.unusedAccessAgeDays ?? DEFAULT_UNUSED_ACCESS_AGE_DAYS,
            },
        },
    };
}

function unitWithPath(unit: RawOrganizationalUnit, parentPath: string): OrganizationalUnitConfig {
    const path = parentPath ? `${parentPath}/${unit.name}` : unit.name;
    return {
        name: unit.name,
        path,
        ...(unit.importId !== undefined && { importId: unit.importId }),
        children: (unit.children ?? []).map(child => unitWithPath(child, path)),
    };
}

/** Fills every default. Pure: the same raw config always gives the same result. */
export function withDefaults(raw: RawFoundationConfig): FoundationConfig {
    const organizationalUnits = raw.organizationalUnits.map(unit => unitWithPath(unit, ""));
    const accountAccessRoleName = raw.organization.accountAccessRoleName ?? DEFAULT_ACCOUNT_ACCESS_ROLE;
    return {
        organization: {
            ...raw.organization,
            logArchiveAccount: securityAccountKeys(raw.organization).logArchive,
            auditAccount: securityAccountKeys(raw.organization).audit,
            accountAccessRoleName,
            controlTower: raw.organization.controlTower ?? false,
            existing: featuresWithDefaults(raw.organization.existing),
            disable: featuresWithDefaults(raw.organization.disable),
        },
        organizationalUnits,
        accounts: raw.accounts.map(account => ({ ...account, closeOnDeletion: account.closeOnDeletion ?? false })),
        logging: loggingWithDefaults(raw.logging, raw.organization.name),
        detection: detectionWithDefaults(raw.detection),
        ...optional("alerting", alertingWithDefaults(raw.alerting)),
        ...optional("identity", identityWithDefaults(raw.identity, raw.organization.homeRegion)),
        ...optional("pipelines", pipelinesWithDefaults(raw.pipelines)),
        ...optional("pulumiCloud", pulumiCloudWithDefaults(raw.pulumiCloud, raw.pipelines)),
        guardrails: guardrailsWithDefaults(raw.guardrails, {
            organizationName: raw.organization.name,
            managementAccountId: raw.organization.managementAccount.id,
            accountAccessRoleName,
            ouPaths: ouPaths(organizationalUnits),
        }),
        baseline: baselineWithDefaults(raw.baseline),
    };
}

function featuresWithDefaults(raw: RawOrganization["existing"]): OrganizationFeatures {
    return { trustedServices: raw?.trustedServices ?? [], policyTypes: raw?.policyTypes ?? [] };
}

/** `{ [key]: value }`, or nothing when value is undefined (so the key is absent, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
    return value === undefined ? {} : { [key]: value } as Record<K, V>;
}

export type { GitHubTrustConfig, OrganizationFeatures, PulumiTrustConfig };
export { AWS_MANAGED_POLICY, DATA_READ_ACTIONS, NO_DATA_READS, READ_ONLY_ACCESS };
