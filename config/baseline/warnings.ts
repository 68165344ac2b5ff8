import type { ConfigWarning } from "../area";
import { keyPath } from "../problems";
import type { BaselineConfig } from "./schema";

/** What a deferred baseline setting leaves open in that account. */
const DEFERRAL_LOSS: Readonly<Record<string, string>> = {
    ebsEncryptionByDefault: "new EBS volumes and snapshot copies are not encrypted unless each asks for it",
    s3PublicAccessBlock: "a bucket policy or ACL can still make a bucket public",
};

export function baselineWarnings(baseline: BaselineConfig): ConfigWarning[] {
    return baseline.defer.flatMap((entry, i) => entry.settings.map(setting => ({
        path: keyPath("baseline", ["defer", i]),
        message: `defers ${setting} in ${entry.account} (${entry.reason}): ${DEFERRAL_LOSS[setting]}`,
    })));
}
