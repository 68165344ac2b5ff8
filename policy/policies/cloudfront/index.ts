import { definition as cloudfrontDefaultRootObject } from "./cloudfront-default-root-object";
import { definition as cloudfrontHttpsOnly } from "./cloudfront-https-only";

/** The cloudfront policies: resource policies, then stack policies. */
export const resourcePolicies = [cloudfrontDefaultRootObject, cloudfrontHttpsOnly] as const;
export const stackPolicies = [] as const;
