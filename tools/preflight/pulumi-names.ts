/*
 * The names the program gives the resources a preflight finding may have to be imported as, and the
 * `pulumi import` commands that adopt them: `--parent` and `--provider` take `name=URN`
 * (https://www.pulumi.com/docs/iac/cli/commands/pulumi_import/). Regional resources are imported in
 * their region by appending `@<region>` to the id, as @pulumi/aws v7 (Terraform AWS provider v6,
 * per-resource `region`) reads it:
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/enhanced-region-support
 * Names mirror index.ts (`new Foundation("foundation", ...)`) and components/: test/fixtures/urns pins them.
 */
import { MANAGEMENT_ACCOUNT_KEY } from "../../config";

/** The root component's name (index.ts); every child's name starts with it. */
const ROOT = "foundation";
const FOUNDATION_TYPE = "foundation:index:Foundation";

export interface StackNames {
    readonly stack: string;
    readonly project: string;
}

/** A parent or provider as `pulumi import` takes it. */
interface Named {
    readonly name: string;
    readonly urn: string;
}

/** What to import, and where it goes in the stack. */
export interface ImportTarget {
    readonly type: string;
    readonly name: string;
    readonly id: string;
    readonly parent: Named;
    readonly provider: Named;
}

/** A resource's URN: its parents' types from the root, joined by `$`. */
export function urn(names: StackNames, types: readonly string[], name: string): string {
    return `urn:pulumi:${names.stack}::${names.project}::${types.join("$")}::${name}`;
}

/**
 * The area component (components/<area>/<area>.ts) that holds each component below the Foundation: a
 * component's URN carries its area's type.
 */
const AREA_OF: Readonly<Record<string, string>> = {
    "foundation:detection": "foundation:detection:DetectionArea",
    "foundation:organization": "foundation:organization:OrganizationArea",
};

function component(names: StackNames, type: string, name: string): Named {
    const area = AREA_OF[type.slice(0, type.lastIndexOf(":"))];
    return { name, urn: urn(names, [FOUNDATION_TYPE, area, type], name) };
}

/** The provider of an account: the management provider, or the one each MemberAccount creates. */
export function accountProvider(names: StackNames, accountKey: string): Named {
    if (accountKey === MANAGEMENT_ACCOUNT_KEY) {
        return { name: `${ROOT}-management`, urn: urn(names, [FOUNDATION_TYPE, "pulumi:providers:aws"], `${ROOT}-management`) };
    }
    const name = `${ROOT}-${accountKey}-provider`;
    return { name, urn: urn(names, [FOUNDATION_TYPE, AREA_OF["foundation:organization"], "foundation:organization:MemberAccount", "pulumi:providers:aws"], name) };
}

const regional = (id: string, region: string) => `${id}@${region}`;

/** A GuardDuty detector: the management account's, or the audit account's own (components/detection/guardduty.ts). */
export function detectorTarget(names: StackNames, accountKey: string, region: string, detectorId: string): ImportTarget {
    const management = accountKey === MANAGEMENT_ACCOUNT_KEY;
    return {
        type: "aws:guardduty/detector:Detector",
        name: management ? `${ROOT}-guardduty-${region}-management-detector` : `${ROOT}-guardduty-${region}`,
        id: regional(detectorId, region),
        parent: component(names, "foundation:detection:GuardDuty", `${ROOT}-guardduty`),
        provider: accountProvider(names, accountKey),
    };
}

const configRecorderParent = (names: StackNames, accountKey: string) =>
    component(names, "foundation:detection:ConfigRecorder", `${ROOT}-${accountKey}-config-recorder`);

/** An account's AWS Config recorder in one region (components/detection/config-recorder.ts). */
export function recorderTarget(names: StackNames, accountKey: string, region: string, recorderName: string): ImportTarget {
    return {
        type: "aws:cfg/recorder:Recorder",
        name: `${ROOT}-${accountKey}-config-recorder-${region}`,
        id: regional(recorderName, region),
        parent: configRecorderParent(names, accountKey),
        provider: accountProvider(names, accountKey),
    };
}

/** An account's AWS Config delivery channel in one region. */
export function deliveryChannelTarget(names: StackNames, accountKey: string, region: string, channelName: string): ImportTarget {
    return {
        type: "aws:cfg/deliveryChannel:DeliveryChannel",
        name: `${ROOT}-${accountKey}-config-recorder-${region}-delivery`,
        id: regional(channelName, region),
        parent: configRecorderParent(names, accountKey),
        provider: accountProvider(names, accountKey),
    };
}

/** AWS Config's service-linked role, which each account's ConfigRecorder creates. */
export function configRoleTarget(names: StackNames, accountKey: string, roleArn: string): ImportTarget {
    return {
        type: "aws:iam/serviceLinkedRole:ServiceLinkedRole",
        name: `${ROOT}-${accountKey}-config-recorder-service-role`,
        id: roleArn,
        parent: configRecorderParent(names, accountKey),
        provider: accountProvider(names, accountKey),
    };
}

/** IAM Access Analyzer's service-linked role, which the AccessAnalyzer component creates in the management account. */
export function accessAnalyzerRoleTarget(names: StackNames, roleArn: string): ImportTarget {
    return {
        type: "aws:iam/serviceLinkedRole:ServiceLinkedRole",
        name: `${ROOT}-access-analyzer-service-role`,
        id: roleArn,
        parent: component(names, "foundation:detection:AccessAnalyzer", `${ROOT}-access-analyzer`),
        provider: accountProvider(names, MANAGEMENT_ACCOUNT_KEY),
    };
}

/** A registration through Organizations (components/organization/delegated-administrators.ts). */
export function delegatedAdministratorTarget(names: StackNames, servicePrincipal: string, accountId: string): ImportTarget {
    return {
        type: "aws:organizations/delegatedAdministrator:DelegatedAdministrator",
        name: `${ROOT}-delegated-admins-${servicePrincipal.split(".")[0]}`,
        id: `${accountId}/${servicePrincipal}`,
        parent: component(names, "foundation:organization:DelegatedAdministrators", `${ROOT}-delegated-admins`),
        provider: accountProvider(names, MANAGEMENT_ACCOUNT_KEY),
    };
}

/** Security Hub's administrator, registered from the home region. */
export function securityHubAdminTarget(names: StackNames, accountId: string, homeRegion: string): ImportTarget {
    return {
        type: "aws:securityhub/organizationAdminAccount:OrganizationAdminAccount",
        name: `${ROOT}-delegated-admins-securityhub`,
        id: regional(accountId, homeRegion),
        parent: component(names, "foundation:organization:DelegatedAdministrators", `${ROOT}-delegated-admins`),
        provider: accountProvider(names, MANAGEMENT_ACCOUNT_KEY),
    };
}

/** GuardDuty's administrator in one region (components/detection/guardduty.ts). */
export function guardDutyAdminTarget(names: StackNames, accountId: string, region: string): ImportTarget {
    return {
        type: "aws:guardduty/organizationAdminAccount:OrganizationAdminAccount",
        name: `${ROOT}-guardduty-${region}-admin`,
        id: regional(accountId, region),
        parent: component(names, "foundation:detection:GuardDuty", `${ROOT}-guardduty`),
        provider: accountProvider(names, MANAGEMENT_ACCOUNT_KEY),
    };
}

/** The command that adopts `target` into the stack; single quotes keep the URNs' `$` from the shell. */
export function importCommand(names: StackNames, target: ImportTarget): string {
    return `pulumi import --stack ${names.stack} '${target.type}' '${target.name}' '${target.id}' ` +
        `--parent '${target.parent.name}=${target.parent.urn}' --provider '${target.provider.name}=${target.provider.urn}'`;
}

/** What importing before the first run takes: the parent and provider exist in the stack once a `pulumi up` has run. */
export const IMPORT_ORDER =
    "(pulumi import needs the parent and provider in the stack: on a stack never deployed, run pulumi up once, which fails at this resource, then import, then run pulumi up again)";
