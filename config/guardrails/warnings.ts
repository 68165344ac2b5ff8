import { DEFAULT_GUARDRAIL_MAP, GUARDRAILS } from "../../catalog/guardrails/scp-library";
import type { ConfigWarning } from "../area";
import { keyPath } from "../problems";
import { FOUNDATION_EXEMPT_ROLES, ROOT_TARGET, type GuardrailsConfig } from "./defaults";

/** What each EC2 declarative policy setting stops doing when it is switched off. */
const EC2_SETTING_LOSS: Readonly<Record<string, string>> = {
    requireImdsv2: "new instances default to IMDSv1, whose credentials a server-side request forgery can steal",
    blockPublicImages: "any account may share AMIs publicly",
    blockPublicSnapshots: "any account may share EBS snapshots, and the data in them, publicly",
    disableSerialConsole: "the EC2 serial console, which bypasses network controls, can be turned on in any account",
};

export function guardrailWarnings(guardrails: GuardrailsConfig): ConfigWarning[] {
    const warnings: ConfigWarning[] = [];
    const rootGuardrails = guardrails.serviceControlPolicies[ROOT_TARGET] ?? [];
    for (const name of DEFAULT_GUARDRAIL_MAP[ROOT_TARGET].filter(n => !rootGuardrails.includes(n))) {
        warnings.push({
            path: keyPath("guardrails", ["serviceControlPolicies", ROOT_TARGET]),
            message: `leaves out ${name}, so no member account is kept from: ${GUARDRAILS[name].summary}`,
        });
    }
    guardrails.exemptRoles.slice(FOUNDATION_EXEMPT_ROLES).forEach((role, i) => {
        warnings.push({
            path: keyPath("guardrails", ["exemptRoles", i]),
            message: `exempts ${role} from every guardrail in every member account: check that no account already has such a role with a trust you do not control`,
        });
    });
    if (!guardrails.resourceControlPolicies.secureTransport) {
        warnings.push({
            path: keyPath("guardrails", ["resourceControlPolicies", "secureTransport"]),
            message: "set to false, so member accounts' buckets, keys, queues and secrets accept requests without TLS unless each resource policy refuses them",
        });
    }
    for (const [setting, loss] of Object.entries(EC2_SETTING_LOSS)) {
        if (guardrails.ec2[setting as keyof typeof guardrails.ec2] === false) {
            warnings.push({ path: keyPath("guardrails", ["ec2", setting]), message: `set to false, so ${loss}` });
        }
    }
    if (!guardrails.centralizedRootAccess) {
        warnings.push({
            path: keyPath("guardrails", ["centralizedRootAccess"]),
            message: "set to false, so every member account keeps root credentials that someone must secure with MFA, and deny-root-user blocks the root tasks AWS reserves for root",
        });
    }
    return warnings;
}
