import { CONTROL_TOWER_PRINCIPAL, ENABLED_POLICY_TYPES, TRUSTED_SERVICE_PRINCIPALS } from "../catalog/organization/services";
import { keyPath, show, type ConfigProblem } from "./problems";
import type { RawOrganization } from "./schema";
import type { DeepPartial } from "./semantics";

const at = (...segments: (string | number)[]) => keyPath("organization", segments);

/** Why the foundation does not run on an organization AWS Control Tower manages. */
const CONTROL_TOWER_REFUSAL = "the foundation does not run on an organization AWS Control Tower manages: both would own the organization trail, AWS Config recorders, SCPs and account baselines, and Control Tower reports the foundation's changes as drift. Decommission Control Tower first (README \"Adopting an existing organization\")";

/** Meaning checks of adopting an organization: Control Tower refused, nothing the foundation needs disabled. */
export function checkAdoption(organization: DeepPartial<RawOrganization> | undefined): ConfigProblem[] {
    if (!organization) return [];
    const problems: ConfigProblem[] = [];
    if (organization.controlTower === true) problems.push({ path: at("controlTower"), message: CONTROL_TOWER_REFUSAL });
    const existing = organization.existing ?? {};
    const disable = organization.disable ?? {};
    (existing.trustedServices ?? []).forEach((service, i) => {
        if (service === CONTROL_TOWER_PRINCIPAL) problems.push({ path: at("existing", "trustedServices", i), message: CONTROL_TOWER_REFUSAL });
    });
    const needed = { trustedServices: TRUSTED_SERVICE_PRINCIPALS, policyTypes: ENABLED_POLICY_TYPES };
    for (const kind of ["trustedServices", "policyTypes"] as const) {
        (disable[kind] ?? []).forEach((value, i) => {
            if (value === undefined) return;
            if (needed[kind].includes(value)) {
                problems.push({ path: at("disable", kind, i), message: `${show(value)} is one the foundation needs; it cannot be disabled` });
            } else if ((existing[kind] ?? []).includes(value)) {
                problems.push({ path: at("disable", kind, i), message: `${show(value)} is also listed in foundation:organization.existing.${kind}: keep it or disable it, not both` });
            }
        });
    }
    return problems;
}
