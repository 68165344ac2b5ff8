import { definition as ecrRepositoryLifecyclePolicy } from "./ecr-repository-lifecycle-policy";
import { definition as ecrRepositoryScannedImmutable } from "./ecr-repository-scanned-immutable";

/** The ecr policies: resource policies, then stack policies. */
export const resourcePolicies = [ecrRepositoryScannedImmutable] as const;
export const stackPolicies = [ecrRepositoryLifecyclePolicy] as const;
