import type { ConfigWarning } from "../area";
import { MANAGEMENT_ACCOUNT_KEY } from "../organization/targets";
import { keyPath } from "../problems";
import type { IdentityConfig } from "./defaults";
import { DEFAULT_SESSION_DURATION } from "./permission-sets";

export function identityWarnings(identity: IdentityConfig | undefined): ConfigWarning[] {
    if (!identity) return [];
    const warnings: ConfigWarning[] = [];
    const admin = identity.permissionSets.find(set => set.name === "AdministratorAccess");
    if (admin && admin.sessionDuration !== DEFAULT_SESSION_DURATION) {
        warnings.push({
            path: keyPath("identity", ["permissionSets"]),
            message: `sets AdministratorAccess's sessionDuration to ${admin.sessionDuration}: an administrator's session, or a stolen one, stays valid longer than 1 hour`,
        });
    }
    identity.assignments.forEach((assignment, i) => {
        const j = assignment.targets.indexOf(MANAGEMENT_ACCOUNT_KEY);
        if (j >= 0) {
            warnings.push({
                path: keyPath("identity", ["assignments", i, "targets", j]),
                message: `gives group ${assignment.group} ${assignment.permissionSet} in the management account, which controls the whole organization and which no SCP restricts`,
            });
        }
    });
    return warnings;
}
