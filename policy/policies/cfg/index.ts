import { definition as configRecorderComplete } from "./config-recorder-complete";

/** The cfg policies: resource policies, then stack policies. */
export const resourcePolicies = [configRecorderComplete] as const;
export const stackPolicies = [] as const;
