import { definition as cloudfrontDefaultRootObject } from "./cloudfront-default-root-object";
import { definition as cloudfrontHttpsOnly } from "./cloudfront-https-only";
import { definition as cloudfrontLoggingEnabled } from "./cloudfront-logging-enabled";
import { definition as cloudfrontTlsRecommended } from "./cloudfront-tls-recommended";
import { definition as cloudfrontWafEnabled } from "./cloudfront-waf-enabled";

/** The cloudfront policies: resource policies, then stack policies. */
export const resourcePolicies = [cloudfrontDefaultRootObject, cloudfrontHttpsOnly, cloudfrontTlsRecommended, cloudfrontWafEnabled] as const;
export const stackPolicies = [cloudfrontLoggingEnabled] as const;
