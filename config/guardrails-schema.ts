import { z } from "zod";
import { accountId, email } from "./primitives";

/*
 * Shape of `foundation:guardrails` (preventive policies of the organization) and `foundation:baseline`
 * (settings every account gets). Which guardrails exist and what they deny: components/guardrails.
 */

/**
 * A role ARN or ARN pattern (`*` and `?` allowed) exempt from every guardrail: account id or `*`,
 * then `role/` and a path and name.
 */
const ROLE_ARN_PATTERN = /^arn:aws:iam::(\d{12}|\*):role\/[\w+=,.@\-/*?]{1,512}$/;

export const GuardrailsSchema = z.strictObject({
    /**
     * Break-glass roles no guardrail applies to, beyond the foundation's own (the account access role, which
     * is also the break-glass path, and the foundation's deploy role). Default: none.
     */
    exemptRoles: z.array(z.string().regex(ROLE_ARN_PATTERN, "is not an IAM role ARN pattern (arn:aws:iam::<account id or *>:role/<name>)")).optional(),
    /**
     * Guardrails by target: `Root`, an OU path or a member account key, each with the guardrails attached
     * there. Replaces the default map (README "Guardrails").
     */
    serviceControlPolicies: z.record(z.string().min(1, "must not be empty"), z.array(z.string())).optional(),
    /** Resource control policies at the root. */
    resourceControlPolicies: z.strictObject({
        /** Deny requests without TLS to S3, STS, KMS, SQS, Secrets Manager and the other RCP services. Default true. */
        secureTransport: z.boolean().optional(),
        /** Deny principals outside the organization (AWS services acting for it excepted). Default false. */
        organizationOnly: z.boolean().optional(),
        /** Accounts outside the organization that organizationOnly still lets in (a vendor's, a partner's). */
        trustedAccounts: z.array(accountId).optional(),
    }).optional(),
    /** The EC2 declarative policy at the root: settings every account and region gets, the management account included. */
    ec2: z.strictObject({
        /** New instances default to IMDSv2 (session tokens required, hop limit 2). Default true. */
        requireImdsv2: z.boolean().optional(),
        /** No new public sharing of AMIs. Default true. */
        blockPublicImages: z.boolean().optional(),
        /** No public sharing of EBS snapshots. Default true. */
        blockPublicSnapshots: z.boolean().optional(),
        /** No EC2 serial console access. Default true. */
        disableSerialConsole: z.boolean().optional(),
        /**
         * VPC block public access for internet gateways. Default off. The boolean `false` means off too:
         * YAML 1.1 tools (PyYAML, older yq, many formatters) rewrite an unquoted `off` as `false`
         * (yaml.org/type/bool.html), and a stack file that went through one must keep its meaning.
         */
        vpcBlockPublicAccess: z.preprocess(value => (value === false ? "off" : value), z.enum(["off", "block-ingress", "block-bidirectional"])).optional(),
        /** Whether accounts may exclude VPCs or subnets from VPC block public access. Default true. */
        vpcBlockPublicAccessExclusions: z.boolean().optional(),
        /** Shown to people whose request the policy refuses, e.g. where to ask for an exception. */
        exceptionMessage: z.string().min(1, "must not be empty").max(1024, "is too long (at most 1024 characters)").optional(),
    }).optional(),
    /** Member accounts have no root credentials; root tasks run from the management account (IAM centralized root access). Default true. */
    centralizedRootAccess: z.boolean().optional(),
});

export type RawGuardrails = z.infer<typeof GuardrailsSchema>;

/** An alternate contact as the Account Management API takes it. */
const ContactSchema = z.strictObject({
    name: z.string().min(1, "must not be empty").max(64, "is too long (at most 64 characters)"),
    title: z.string().min(1, "must not be empty").max(50, "is too long (at most 50 characters)"),
    email,
    phone: z.string().regex(/^[\s0-9()+-]{1,25}$/, "is not a phone number (digits, spaces, + - ( ), at most 25 characters)"),
});

/** Baseline settings an account may defer while its existing workloads are checked (README "Adopting"). */
export const DEFERRABLE_BASELINE_SETTINGS = ["ebsEncryptionByDefault", "s3PublicAccessBlock"] as const;

export const BaselineSchema = z.strictObject({
    /**
     * Accounts (`management` or a member account key) where some baseline settings are not applied yet,
     * each with the reason every preview shows.
     */
    defer: z.array(z.strictObject({
        account: z.string().min(1, "must not be empty"),
        settings: z.array(z.enum(DEFERRABLE_BASELINE_SETTINGS)).min(1, "must list at least one setting"),
        reason: z.string().min(1, "is empty: say why"),
    })).optional(),
    /** Who AWS contacts about each account besides its root email; set on every account from the management account. */
    alternateContacts: z.strictObject({
        /** Security notices: abuse reports, compromised credentials. Required. */
        security: ContactSchema,
        operations: ContactSchema.optional(),
        billing: ContactSchema.optional(),
    }),
});

export type RawBaseline = z.infer<typeof BaselineSchema>;
export type RawContact = z.infer<typeof ContactSchema>;
