import { definition as codebuildProjectHardened } from "./codebuild-project-hardened";
import { definition as codebuildProjectNoSecrets } from "./codebuild-project-no-secrets";

/** The codebuild policies: resource policies, then stack policies. */
export const resourcePolicies = [codebuildProjectHardened, codebuildProjectNoSecrets] as const;
export const stackPolicies = [] as const;
