import { definition as dmsReplicationInstanceNotPublic } from "./dms-replication-instance-not-public";

/** The dms policies: resource policies, then stack policies. */
export const resourcePolicies = [dmsReplicationInstanceNotPublic] as const;
export const stackPolicies = [] as const;
