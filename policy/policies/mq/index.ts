import { definition as mqBrokerHardened } from "./mq-broker-hardened";
import { definition as mqBrokerNotPublic } from "./mq-broker-not-public";

/** The mq policies: resource policies, then stack policies. */
export const resourcePolicies = [mqBrokerHardened, mqBrokerNotPublic] as const;
export const stackPolicies = [] as const;
