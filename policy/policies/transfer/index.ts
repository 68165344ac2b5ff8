import { definition as transferServerNoFtp } from "./transfer-server-no-ftp";

/** The transfer policies: resource policies, then stack policies. */
export const resourcePolicies = [transferServerNoFtp] as const;
export const stackPolicies = [] as const;
