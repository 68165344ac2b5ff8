import type { ConfigWarning } from "../area";
import { keyPath } from "../problems";
import type { LoggingConfig } from "./defaults";

export function loggingWarnings({ archive, trail }: LoggingConfig): ConfigWarning[] {
    const warnings: ConfigWarning[] = [];
    if (!archive.objectLock.enabled) {
        warnings.push({
            path: keyPath("logging", ["archive", "objectLock", "enabled"]),
            message: "set to false, so new CloudTrail logs and GuardDuty findings get no Object Lock retention; anyone who may change the bucket policy can delete them",
        });
    }
    if (!trail.cloudWatchLogs.kmsEncrypted) {
        warnings.push({
            path: keyPath("logging", ["trail", "cloudWatchLogs", "kmsEncrypted"]),
            message: "set to false, so the trail's CloudWatch Logs group is encrypted with a key AWS manages, whose use no key policy of yours restricts",
        });
    }
    return warnings;
}
