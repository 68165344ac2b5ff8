/** policy/policies/ebs/: ebs-encryption-enabled. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition, definition as ebs } from "../../../policy/policies/ebs/ebs-encryption-enabled";
import { Props, happy } from "../factories";
import { titledTable } from "../tables";

const VOLUME = "aws:ebs/volume:Volume";
const OFF = "encrypted must not be false (FSBP EC2.3): the volume's data, snapshots and traffic to the instance would be unencrypted; remove it or set it to true";

describe("policy ebs-encryption-enabled: volumes from snapshots, and checkov's cases", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["restored from a snapshot, encryption not restated (the snapshot's, or the account default, applies)", { encrypted: undefined, snapshotId: "snap-0123456789abcdef0" }, []],
        ["restored from a snapshot not known yet", { encrypted: undefined, snapshotId: UNKNOWN }, []],
        ["checkov EBSEncryption enabled: encrypted true", { encrypted: true }, []],
        ["checkov EBSEncryption default: nothing set (the account's encryption by default decides; not blocked)", { encrypted: undefined }, []],
        ["checkov EBSEncryption disabled: encrypted false", { encrypted: false }, [OFF]],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(VOLUME, { ...happy[VOLUME]!(), ...change }), expected));
    }
});
const DEFAULT = "aws:ebs/encryptionByDefault:EncryptionByDefault";
const INSTANCE = "aws:ec2/instance:Instance";
const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
const off = (path: string) =>
    `${path} must not be false (FSBP EC2.3): the volume's data, snapshots and traffic to the instance would be unencrypted; remove it or set it to true`;
const DEFAULT_OFF = "enabled must not be false (CIS 2.2.1, FSBP EC2.7): new EBS volumes in this account and region could be created unencrypted";

describe("policy ebs-encryption-enabled", () => {
    const cases: Array<[string, string, Props, string[]]> = [
        ["encrypted volume", VOLUME, {}, []],
        ["volume with encrypted false", VOLUME, { encrypted: false }, [off("encrypted")]],
        ['volume with encrypted "false"', VOLUME, { encrypted: "false" }, [off("encrypted")]],
        ["volume without encrypted: the account default applies", VOLUME, { encrypted: undefined }, []],
        ["volume encrypted unknown", VOLUME, { encrypted: UNKNOWN }, []],
        ["encryption by default on", DEFAULT, {}, []],
        ["encryption by default off", DEFAULT, { enabled: false }, [DEFAULT_OFF]],
        ["encryption by default unset (the resource's default is on)", DEFAULT, { enabled: undefined }, []],
        ["instance with an encrypted root volume", INSTANCE, {}, []],
        ["instance root volume unencrypted", INSTANCE, { rootBlockDevice: { encrypted: false } }, [off("rootBlockDevice.encrypted")]],
        ["instance second data volume unencrypted", INSTANCE, {
            ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }, { deviceName: "/dev/sdg", encrypted: false }, UNKNOWN],
        }, [off("ebsBlockDevices[1].encrypted")]],
        ["instance block devices unknown", INSTANCE, { rootBlockDevice: UNKNOWN, ebsBlockDevices: UNKNOWN }, []],
        ["launch template mapping with encrypted \"false\" (a string in launch templates)", TEMPLATE, {
            blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true" } }, { deviceName: "/dev/xvdb", ebs: { encrypted: "false" } }],
        }, [off("blockDeviceMappings[1].ebs.encrypted")]],
        ["launch template mapping without ebs (instance store)", TEMPLATE, { blockDeviceMappings: [{ deviceName: "/dev/sdb", virtualName: "ephemeral0" }] }, []],
    ];
    for (const [title, type, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
    }

    it("remediation turns the account default back on, and never touches a volume (that would replace it)", () => {
        assert.deepStrictEqual(definition.remediate(DEFAULT, { enabled: false }), { enabled: true });
        assert.strictEqual(definition.remediate(VOLUME, { encrypted: false }), undefined);
        assert.strictEqual(definition.remediate(INSTANCE, { rootBlockDevice: { encrypted: false } }), undefined);
    });
});
const CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";

const OFF_AT = (path: string) => `${path} must not be false (FSBP EC2.3): the volume's data, snapshots and traffic to the instance would be unencrypted; remove it or set it to true`;
titledTable("policy ebs-encryption-enabled on launch configurations", ebs, CONFIGURATION, [
    ["encrypted root and data volumes", { rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] }, []],
    ["root volume unencrypted", { rootBlockDevice: { encrypted: false } }, [OFF_AT("rootBlockDevice.encrypted")]],
    ["second data volume unencrypted", { ebsBlockDevices: [{ deviceName: "/dev/sdf" }, { deviceName: "/dev/sdg", encrypted: "false" }] }, [OFF_AT("ebsBlockDevices[1].encrypted")]],
    ["devices unknown", { rootBlockDevice: UNKNOWN, ebsBlockDevices: UNKNOWN }, []],
]);
