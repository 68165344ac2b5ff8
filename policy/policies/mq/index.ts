import { definition as mqBrokerNotPublic } from "./mq-broker-not-public";

/** The mq policies: resource policies, then stack policies. */
export const resourcePolicies = [mqBrokerNotPublic] as const;
export const stackPolicies = [] as const;
