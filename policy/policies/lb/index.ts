import { definition as lbListenerEncrypted } from "./lb-listener-encrypted";
import { definition as lbListenerTlsPolicyRecommended } from "./lb-listener-tls-policy-recommended";
import { definition as lbLoadBalancerHardened } from "./lb-load-balancer-hardened";

/** The lb policies: resource policies, then stack policies. */
export const resourcePolicies = [lbListenerEncrypted, lbListenerTlsPolicyRecommended, lbLoadBalancerHardened] as const;
export const stackPolicies = [] as const;
