import { CONTROL_TOWER_PRINCIPAL, ENABLED_POLICY_TYPES, TRUSTED_SERVICE_PRINCIPALS } from "../../catalog/organization/services";
import type { ConfigWarning, Written } from "../area";
import { keyPath, show, type ConfigProblem } from "../problems";
import type { OrganizationConfig } from "./defaults";
import type { OrganizationSchema } from "./schema";

const at = (...segments: (string | number)[]) => keyPath("organization", segments);

/** Why the foundation does not run on an organization AWS Control Tower manages. */
const CONTROL_TOWER_REFUSAL = "the foundation does not run on an organization AWS Control Tower manages: both would own the organization trail, AWS Config recorders, SCPs and account baselines, and Control Tower reports the foundation's changes as drift. Decommission Control Tower first (docs/first-run.md, \"Adopting an existing organization or accounts\")";

/** Meaning checks of adopting an organization: Control Tower refused, nothing the foundation needs disabled. */
export function checkAdoption(organization: Written<typeof OrganizationSchema> | undefined): ConfigProblem[] {
    if (!organization) return [];
    const problems: ConfigProblem[] = [];
    if (organization.controlTower === true) problems.push({ path: at("controlTower"), message: CONTROL_TOWER_REFUSAL });
    const existing = organization.existing ?? {};
    const disable = organization.disable ?? {};
    (existing.trustedServices ?? []).forEach((service, i) => {
        if (service === CONTROL_TOWER_PRINCIPAL) problems.push({ path: at("existing", "trustedServices", i), message: CONTROL_TOWER_REFUSAL });
    });
    const needed: Record<"trustedServices" | "policyTypes", readonly string[]> = { trustedServices: TRUSTED_SERVICE_PRINCIPALS, policyTypes: ENABLED_POLICY_TYPES };
    for (const kind of ["trustedServices", "policyTypes"] as const) {
        (disable[kind] ?? []).forEach((value, i) => {
            if (value === undefined) return;
            if (needed[kind].includes(value)) {
                problems.push({ path: at("disable", kind, i), message: `${show(value)} is one the foundation needs; it cannot be disabled` });
            } else if ((existing[kind] as (string | undefined)[] | undefined ?? []).includes(value)) {
                problems.push({ path: at("disable", kind, i), message: `${show(value)} is also listed in foundation:organization.existing.${kind}: keep it or disable it, not both` });
            }
        });
    }
    return problems;
}

/** Every trusted service and policy type config turns off. */
export function adoptionWarnings(organization: OrganizationConfig): ConfigWarning[] {
    return [
        ...organization.disable.trustedServices.map((service, i) => ({
            path: at("disable", "trustedServices", i),
            message: `turns off trusted access for ${service}: what that service does across the organization stops`,
        })),
        ...organization.disable.policyTypes.map((type, i) => ({
            path: at("disable", "policyTypes", i),
            message: `disables ${type}: AWS detaches every policy of that type from the root, OUs and accounts`,
        })),
    ];
}
