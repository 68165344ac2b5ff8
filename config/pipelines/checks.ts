import { pipelineTrustPolicy, type GitHubTrust, type PipelineTrust, type PulumiTrust } from "../../catalog/access/trust";
import { MAX_IAM_ROLE_NAME, MAX_TRUST_POLICY_CHARACTERS } from "../../catalog/aws-values";
import type { DeepPartial, Written } from "../area";
import { declaredNames, type WrittenOrganizationTree } from "../organization/declared";
import type { OrganizationSchema } from "../organization/schema";
import { MANAGEMENT_ACCOUNT_KEY } from "../organization/targets";
import { keyPath, listedTwice, show, type ConfigProblem } from "../problems";
import type { PulumiCloudSchema } from "../pulumi-cloud/schema";
import { driftDetectedStacks, FOUNDATION_PIPELINE, foundationPulumiTrust, pipelineRoleNames } from "./roles";
import type { PipelinesSchema, RawPipelines } from "./schema";

const at = (...segments: (string | number)[]) => keyPath("pipelines", segments);

type PartialGitHub = DeepPartial<NonNullable<NonNullable<NonNullable<RawPipelines>["foundation"]>["github"]>>;

function checkGitHub(github: PartialGitHub | undefined, where: (...s: (string | number)[]) => string): ConfigProblem[] {
    if (!github) return [];
    const problems: ConfigProblem[] = [];
    if (github.environment !== undefined && github.branch !== undefined) {
        problems.push({ path: where("github", "branch"), message: "cannot be given together with environment: a job in an environment is identified by it, not by its branch (GitHub's OIDC subject)" });
    }
    // A malformed value is removed but its key kept: it was reported already.
    if (!("environment" in github) && !("branch" in github) && github.repository !== undefined) {
        problems.push({ path: where("github"), message: "needs environment (recommended: GitHub can require reviewers for it) or branch: the deploy role trusts only jobs there" });
    }
    if ((github.ownerId === undefined) !== (github.repositoryId === undefined)) {
        problems.push({ path: where("github", github.ownerId === undefined ? "ownerId" : "repositoryId"), message: "is required with the other numeric id: subjects by id name both owner and repository" });
    }
    return problems;
}

/** OIDC provider ARNs as long as every real one (12-digit account ids), to measure trust policies before they exist. */
const SAMPLE_PROVIDERS = {
    pulumi: "arn:aws:iam::000000000000:oidc-provider/api.pulumi.com/oidc",
    github: "arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com",
};

/** The trust policy of the pipeline's larger role is within IAM's default size limit; undefined when it is. */
function trustTooLarge(trust: DeepPartial<PipelineTrust>, where: string, remedy: string): ConfigProblem | undefined {
    const projects = trust.pulumi ?? [];
    // Malformed parts were reported already and cannot be measured.
    if (projects.some(p => p?.project === undefined || !p.stacks || p.stacks.includes(undefined))) return undefined;
    const github = trust.github?.repository?.includes("/") && (trust.github.environment ?? trust.github.branch) !== undefined ? trust.github : undefined;
    const size = JSON.stringify(pipelineTrustPolicy({
        pulumiOrganization: trust.pulumiOrganization,
        pulumi: projects as PulumiTrust[],
        github: github as GitHubTrust | undefined,
    }, "deploy", SAMPLE_PROVIDERS)).length;
    return size > MAX_TRUST_POLICY_CHARACTERS
        ? { path: where, message: `trusts so many stacks that the deploy role's trust policy would be ${size} characters; IAM allows ${MAX_TRUST_POLICY_CHARACTERS} unless its "Role trust policy length" quota is raised (to at most 4096): ${remedy}` }
        : undefined;
}

/** Meaning checks of foundation:pipelines. */
export function checkPipelines(config: WrittenOrganizationTree & {
    readonly organization?: Written<typeof OrganizationSchema>;
    readonly pipelines?: Written<typeof PipelinesSchema>;
    readonly pulumiCloud?: Written<typeof PulumiCloudSchema>;
}): ConfigProblem[] {
    const { pipelines, pulumiCloud } = config;
    if (!pipelines) return [];
    const organizationName = config.organization?.name;
    const accountKeys = declaredNames(config).accountKeys;
    const problems: ConfigProblem[] = [];
    const workloads = pipelines.workloads ?? [];
    const usesPulumi = pipelines.foundation !== undefined || workloads.some(w => (w?.pulumi ?? []).length > 0);
    // A malformed organization name is removed but its key kept: it was reported already.
    if (usesPulumi && !("pulumiOrganization" in pipelines)) {
        problems.push({ path: at("pulumiOrganization"), message: "is required: Pulumi's OIDC tokens name it as their audience, and the roles trust only that audience" });
    }
    if (pipelines.foundation) {
        problems.push(...listedTwice(pipelines.foundation.stacks ?? [], i => at("foundation", "stacks", i)));
        problems.push(...checkGitHub(pipelines.foundation.github, (...s) => at("foundation", ...s)));
        const tooLarge = pipelines.pulumiOrganization !== undefined && trustTooLarge({
            pulumiOrganization: pipelines.pulumiOrganization,
            // The project name in Pulumi.yaml is not known here; the example's stands in for it.
            pulumi: foundationPulumiTrust(
                pipelines.foundation.project ?? "aws-secure-foundation",
                (pipelines.foundation.stacks ?? []) as string[],
                driftDetectedStacks(pulumiCloud, pipelines.foundation.stacks ?? []),
            ),
            github: pipelines.foundation.github,
        }, at("foundation", "stacks"), "trust fewer stacks, or run drift detection on fewer of them (foundation:pulumiCloud.stacks, driftDetection.enabled): each stack with drift runs takes five subjects instead of three");
        if (tooLarge) problems.push(tooLarge);
    }
    problems.push(...listedTwice(workloads.map(w => w?.name), i => at("workloads", i, "name")));
    workloads.forEach((workload, i) => {
        if (!workload) return;
        const where = (...s: (string | number)[]) => at("workloads", i, ...s);
        if (workload.account === MANAGEMENT_ACCOUNT_KEY) {
            problems.push({ path: where("account"), message: "cannot be the management account: workloads run in member accounts, and the foundation's own roles live in management" });
        } else if (workload.account !== undefined && accountKeys && !accountKeys.has(workload.account)) {
            problems.push({ path: where("account"), message: `${show(workload.account)} is not an account key declared in foundation:accounts` });
        }
        if (workload.name === FOUNDATION_PIPELINE) {
            problems.push({ path: where("name"), message: `"${FOUNDATION_PIPELINE}" is reserved: the foundation's preview role has that name in every member account` });
        } else if (workload.name !== undefined && organizationName !== undefined) {
            const { preview } = pipelineRoleNames(organizationName, workload.name);
            if (preview.length > MAX_IAM_ROLE_NAME) {
                problems.push({ path: where("name"), message: `makes the role name "${preview}" ${preview.length} characters long; IAM allows ${MAX_IAM_ROLE_NAME}: shorten the pipeline name` });
            }
        }
        const projects = workload.pulumi ?? [];
        if (projects.length === 0 && workload.github === undefined) {
            problems.push({ path: where(), message: "trusts nobody: name Pulumi projects (pulumi) or a GitHub repository (github)" });
        }
        problems.push(...listedTwice(projects.map(p => p?.project), j => where("pulumi", j, "project")));
        projects.forEach((project, j) => problems.push(...listedTwice(project?.stacks ?? [], k => where("pulumi", j, "stacks", k))));
        problems.push(...listedTwice(workload.deployPolicies ?? [], j => where("deployPolicies", j)));
        problems.push(...checkGitHub(workload.github, where));
        const tooLarge = trustTooLarge({ pulumiOrganization: pipelines.pulumiOrganization ?? "", pulumi: projects, github: workload.github }, where(), "split the stacks across pipelines");
        if (tooLarge) problems.push(tooLarge);
    });
    return problems;
}
