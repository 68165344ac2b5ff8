import { definition as organizationsAccountNoCloseOnDeletion } from "./organizations-account-no-close-on-deletion";
import { definition as organizationsGuardrailsEnabled } from "./organizations-guardrails-enabled";

/** The organizations policies: resource policies, then stack policies. */
export const resourcePolicies = [organizationsAccountNoCloseOnDeletion, organizationsGuardrailsEnabled] as const;
export const stackPolicies = [] as const;
