import { z } from "zod";
import { accountId } from "../primitives";

/*
 * Shape of `foundation:guardrails`: the preventive policies of the organization, with the defaults
 * (every guardrail on). Which guardrails exist and what they deny: catalog/guardrails and
 * docs/design/guardrails.md.
 */

/**
 * A role ARN or ARN pattern (`*` and `?` allowed) exempt from every guardrail: account id or `*`,
 * then `role/` and a path and name.
 */
const ROLE_ARN_PATTERN = /^arn:aws:iam::(\d{12}|\*):role\/[\w+=,.@\-/*?]{1,512}$/;

export const VPC_BLOCK_PUBLIC_ACCESS_MODES = ["off", "block-ingress", "block-bidirectional"] as const;

export const GuardrailsSchema = z.strictObject({
    exemptRoles: z.array(z.string().regex(ROLE_ARN_PATTERN, "is not an IAM role ARN pattern (arn:aws:iam::<account id or *>:role/<name>)")).optional().describe(
        "Break-glass roles no guardrail applies to, beyond the foundation's own (the account access role, which is also the break-glass path, " +
        "and the foundation's deploy role). Default: none.",
    ),
    serviceControlPolicies: z.record(z.string().min(1, "must not be empty"), z.array(z.string())).optional().describe(
        "Guardrails by target: `Root`, an OU path or a member account key, each with the guardrails attached there. " +
        "Replaces the default map (docs/design/guardrails.md), which attaches on the OUs of those names the tree declares.",
    ),
    resourceControlPolicies: z.strictObject({
        secureTransport: z.boolean().default(true).describe("Deny requests without TLS to S3, STS, KMS, SQS, Secrets Manager and the other RCP services."),
        organizationOnly: z.boolean().default(false).describe("Deny principals outside the organization (AWS services acting for it excepted)."),
        trustedAccounts: z.array(accountId).default([]).describe("Accounts outside the organization that organizationOnly still lets in (a vendor's, a partner's)."),
    }).prefault({}).describe("Resource control policies at the root."),
    ec2: z.strictObject({
        requireImdsv2: z.boolean().default(true).describe("New instances default to IMDSv2 (session tokens required, hop limit 2)."),
        blockPublicImages: z.boolean().default(true).describe("No new public sharing of AMIs."),
        blockPublicSnapshots: z.boolean().default(true).describe("No public sharing of EBS snapshots."),
        disableSerialConsole: z.boolean().default(true).describe("No EC2 serial console access."),
        // YAML 1.1 tools (PyYAML, older yq, many formatters) rewrite an unquoted `off` as `false` (yaml.org/type/bool.html):
        // a stack file that went through one must keep its meaning.
        vpcBlockPublicAccess: z.preprocess(value => (value === false ? "off" : value), z.enum(VPC_BLOCK_PUBLIC_ACCESS_MODES).default("off"))
            .describe("VPC block public access for internet gateways. The boolean `false` means off too."),
        vpcBlockPublicAccessExclusions: z.boolean().default(true).describe("Whether accounts may exclude VPCs or subnets from VPC block public access."),
        exceptionMessage: z.string().min(1, "must not be empty").max(1024, "is too long (at most 1024 characters)").optional()
            .describe("Shown to people whose request the policy refuses, e.g. where to ask for an exception."),
    }).prefault({}).describe("The EC2 declarative policy at the root: settings every account and region gets, the management account included."),
    centralizedRootAccess: z.boolean().default(true)
        .describe("Member accounts have no root credentials; root tasks run from the management account (IAM centralized root access)."),
}).prefault({}).describe("Service and resource control policies, the EC2 declarative policy and root access: every guardrail on by default.");

export type RawGuardrails = z.input<typeof GuardrailsSchema>;
