import { UNKNOWN, asBool, asList, asRecord, defineResourcePolicy } from "../../lib";

export const VOLUME = "aws:ebs/volume:Volume";
export const ENCRYPTION_BY_DEFAULT = "aws:ebs/encryptionByDefault:EncryptionByDefault";
export const INSTANCE = "aws:ec2/instance:Instance";
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
export const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";

const WHY = "the volume's data, snapshots and traffic to the instance would be unencrypted";
const unencrypted = (path: string, controls: string) => `${path} must not be false (${controls}): ${WHY}; remove it or set it to true`;

const isFalse = (value: unknown) => asBool(value) === false;

/** Volumes: `encrypted: false` is refused; left unset, the account's encryption by default applies. */
function checkVolume(props: Record<string, unknown>): string[] {
    return isFalse(props["encrypted"]) ? [unencrypted("encrypted", "FSBP EC2.3")] : [];
}

function checkEncryptionByDefault(props: Record<string, unknown>): string[] {
    return isFalse(props["enabled"])
        ? ["enabled must not be false (CIS 2.2.1, FSBP EC2.7): new EBS volumes in this account and region could be created unencrypted"]
        : [];
}

function listEntries(value: unknown): Array<[number, Record<string, unknown>]> {
    const list = asList(value);
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry, i) => {
        const r = asRecord(entry);
        return r === undefined || r === UNKNOWN ? [] : [[i, r] as [number, Record<string, unknown>]];
    });
}

/** Instances and launch configurations: `rootBlockDevice` and `ebsBlockDevices` (a launch configuration's are the Auto Scaling group's instances'). */
export function checkInstance(props: Record<string, unknown>): string[] {
    const root = asRecord(props["rootBlockDevice"]);
    return [
        ...(root !== undefined && root !== UNKNOWN && isFalse(root["encrypted"]) ? [unencrypted("rootBlockDevice.encrypted", "FSBP EC2.3")] : []),
        ...listEntries(props["ebsBlockDevices"])
            .filter(([, device]) => isFalse(device["encrypted"]))
            .map(([i]) => unencrypted(`ebsBlockDevices[${i}].encrypted`, "FSBP EC2.3")),
    ];
}

export function checkLaunchTemplate(props: Record<string, unknown>): string[] {
    return listEntries(props["blockDeviceMappings"]).flatMap(([i, mapping]) => {
        const ebs = asRecord(mapping["ebs"]);
        return ebs !== undefined && ebs !== UNKNOWN && isFalse(ebs["encrypted"])
            ? [unencrypted(`blockDeviceMappings[${i}].ebs.encrypted`, "FSBP EC2.3")]
            : [];
    });
}

export const definition = defineResourcePolicy({
    name: "ebs-encryption-enabled",
    description:
        "EBS encryption by default stays on, and no volume, instance or launch configuration block device, or launch template mapping turns encryption off.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["2.2.1"], fsbp: ["EC2.3", "EC2.7"] },
    checks: {
        [VOLUME]: checkVolume,
        [ENCRYPTION_BY_DEFAULT]: checkEncryptionByDefault,
        [INSTANCE]: checkInstance,
        [LAUNCH_TEMPLATE]: checkLaunchTemplate,
        [LAUNCH_CONFIGURATION]: checkInstance,
    },
    // Only the account setting: encrypting an existing volume or device replaces it, data included.
    remediations: { [ENCRYPTION_BY_DEFAULT]: () => ({ enabled: true }) },
});
