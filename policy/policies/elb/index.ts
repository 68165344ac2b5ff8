/** The elb policies: resource policies, then stack policies. */
export const resourcePolicies = [] as const;
export const stackPolicies = [] as const;
