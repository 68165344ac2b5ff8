import { definition as codebuildProjectNoSecrets } from "./codebuild-project-no-secrets";

/** The codebuild policies: resource policies, then stack policies. */
export const resourcePolicies = [codebuildProjectNoSecrets] as const;
export const stackPolicies = [] as const;
