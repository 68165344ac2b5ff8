import { definition as dmsHardened } from "./dms-hardened";
import { definition as dmsReplicationInstanceNotPublic } from "./dms-replication-instance-not-public";

/** The dms policies: resource policies, then stack policies. */
export const resourcePolicies = [dmsHardened, dmsReplicationInstanceNotPublic] as const;
export const stackPolicies = [] as const;
