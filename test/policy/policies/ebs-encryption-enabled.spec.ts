import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition } from "../../../policy/policies/ebs/ebs-encryption-enabled";
import { Props, happy } from "../factories";

const VOLUME = "aws:ebs/volume:Volume";
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
