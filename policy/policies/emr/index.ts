import { definition as emrBlockPublicAccess } from "./emr-block-public-access";
import { definition as emrPublicPortExceptions } from "./emr-public-port-exceptions";

/** The emr policies: resource policies, then stack policies. */
export const resourcePolicies = [emrBlockPublicAccess, emrPublicPortExceptions] as const;
export const stackPolicies = [] as const;
