/** ebs (issue 22): volumes restored from snapshots are not asked to repeat what they inherit; checkov's EBSEncryption cases. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition } from "../../../policy/policies/ebs/ebs-encryption-enabled";
import { Props, happy } from "../factories";

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
