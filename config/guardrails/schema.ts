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
        "Break-glass roles exempt from every service control policy deny, beyond the foundation's own (the account access role, which is also the " +
        "break-glass path, and the foundation's deploy role); each one warns. `*` and `?` only after a literal start of the role name, never in its " +
        "path. Default: none.",
    ),
    serviceControlPolicies: z.record(z.string().min(1, "must not be empty"), z.array(z.string())).optional().describe(
        "Guardrails by target: `Root`, an OU path or a member account key, each with the guardrails attached there. " +
        "Replaces the default map (docs/design/guardrails.md), which attaches on the OUs of those names the tree declares. `management` is refused " +
        "(no SCP applies there); `protect-foundation-roles` must stay on Root, `deny-all` cannot go there, each target must fit in 4 policies of " +
        "5,120 characters, and leaving out a default Root guardrail warns.",
    ),
    resourceControlPolicies: z.strictObject({
        secureTransport: z.boolean().default(true).describe("Deny requests without TLS to S3, STS, KMS, SQS, Secrets Manager and the other RCP services; false warns."),
        organizationOnly: z.boolean().default(false).describe("Deny principals outside the organization (AWS services acting for it excepted)."),
        trustedAccounts: z.array(accountId).default([]).describe("Accounts outside the organization that organizationOnly still lets in (a vendor's, a partner's); the policy must fit in 5,120 characters (about 280 accounts)."),
    }).prefault({}).describe("Resource control policies at the root; with both settings off the policy is removed."),
    ec2: z.strictObject({
        requireImdsv2: z.boolean().default(true).describe("New instances default to IMDSv2 (session tokens required, hop limit 2); false warns."),
        blockPublicImages: z.boolean().default(true).describe("No new public sharing of AMIs; false warns."),
        blockPublicSnapshots: z.boolean().default(true).describe("No public sharing of EBS snapshots; false warns."),
        disableSerialConsole: z.boolean().default(true).describe("No EC2 serial console access; false warns."),
        // YAML 1.1 tools (PyYAML, older yq, many formatters) rewrite an unquoted `off` as `false` (yaml.org/type/bool.html):
        // a stack file that went through one must keep its meaning.
        vpcBlockPublicAccess: z.preprocess(value => (value === false ? "off" : value), z.enum(VPC_BLOCK_PUBLIC_ACCESS_MODES).default("off"))
            .describe("VPC block public access for internet gateways. The boolean `false` means off too: YAML 1.1 tools (PyYAML) rewrite a bare `off` as `false`."),
        vpcBlockPublicAccessExclusions: z.boolean().default(true).describe("Whether accounts may exclude the VPCs or subnets that must stay public from VPC block public access (false: no exclusion anywhere); only when it is on."),
        exceptionMessage: z.string().min(1, "must not be empty").max(1024, "is too long (at most 1024 characters)").optional()
            .describe("Shown to people whose request the policy refuses, e.g. where to ask for an exception."),
    }).prefault({}).describe("The EC2 declarative policy at the root: settings every account and region gets, the management account included. With every setting off the policy is removed."),
    centralizedRootAccess: z.boolean().default(true)
        .describe("Member accounts have no root credentials; root tasks run from the management account (IAM centralized root access); false warns."),
}).prefault({}).describe(
    "Service and resource control policies, the EC2 declarative policy and root access: every guardrail on by default (docs/design/guardrails.md " +
    "explains each). The three policy types stay enabled even with no policy of a type: disabling a type would detach every policy of that type.",
);

export type RawGuardrails = z.input<typeof GuardrailsSchema>;
