import { definition as elbAccessLogsEnabled } from "./elb-access-logs-enabled";
import { definition as elbListenersEncrypted } from "./elb-listeners-encrypted";

/** The elb policies (Classic Load Balancers): resource policies, then stack policies. */
export const resourcePolicies = [elbAccessLogsEnabled, elbListenersEncrypted] as const;
export const stackPolicies = [] as const;
