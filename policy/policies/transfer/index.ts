import { definition as transferServerNoFtp } from "./transfer-server-no-ftp";
import { definition as transferServerSecurityPolicy } from "./transfer-server-security-policy";

/** The transfer policies: resource policies, then stack policies. */
export const resourcePolicies = [transferServerNoFtp, transferServerSecurityPolicy] as const;
export const stackPolicies = [] as const;
