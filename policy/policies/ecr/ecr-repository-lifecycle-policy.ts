import { StackResource, StackViolation, companionsOf, defineStackPolicy } from "../../lib";
import { REPOSITORY } from "./ecr-repository-scanned-immutable";

export const LIFECYCLE_POLICY = "aws:ecr/lifecyclePolicy:LifecyclePolicy";

/**
 * FSBP ECR.3 (https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html, read 2026-12-06): every
 * repository in the stack has a lifecycle policy (an aws.ecr.LifecyclePolicy whose repository is it).
 */
function checkRepositories(resources: readonly StackResource[]): StackViolation[] {
    const policies = resources.filter((r) => r.type === LIFECYCLE_POLICY);
    return resources
        .filter((r) => r.type === REPOSITORY && companionsOf(r, policies, "repository").length === 0)
        .map((repository) => ({
            urn: repository.urn,
            message: "no ecr.LifecyclePolicy expires this repository's images (FSBP ECR.3): old images, with the vulnerabilities found in them since, " +
                "stay pullable and deployable, and storage grows without end; add a lifecycle policy that expires untagged and old images",
        }));
}

export const definition = defineStackPolicy({
    name: "ecr-repository-lifecycle-policy",
    description: "Every ECR repository in the stack has a lifecycle policy that expires old images.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { fsbp: ["ECR.3"] },
    resourceTypes: [REPOSITORY, LIFECYCLE_POLICY],
    check: checkRepositories,
});
