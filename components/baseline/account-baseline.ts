import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { BaselineConfig, DeferrableBaselineSetting } from "../../config";

export interface AccountBaselineArgs {
    /** The account's own provider. */
    readonly provider: aws.Provider;
    /** Regions where regional settings are applied. */
    readonly regions: readonly string[];
    readonly config: BaselineConfig;
    /** The member account's id, for the settings made from the management account; absent for the management account. */
    readonly accountId?: pulumi.Input<string>;
    /** The management account's provider: alternate contacts are set through it (Account Management API). */
    readonly managementProvider: aws.Provider;
    /** Settings config defers in this account while its workloads are checked. */
    readonly deferred?: readonly DeferrableBaselineSetting[];
}

/**
 * The IAM password policy CIS AWS Foundations v3.0 asks for (1.8 length at least 14, 1.9 no reuse of
 * the last 24). No IAM user should exist (deny-iam-users); the policy covers any that slips through.
 */
export const PASSWORD_POLICY = {
    minimumPasswordLength: 14,
    passwordReusePrevention: 24,
    requireLowercaseCharacters: true,
    requireUppercaseCharacters: true,
    requireNumbers: true,
    requireSymbols: true,
    allowUsersToChangePassword: true,
} as const;

const CONTACT_TYPES = { security: "SECURITY", operations: "OPERATIONS", billing: "BILLING" } as const;

/**
 * Account-wide secure settings every account gets, the management account included. IMDSv2 defaults,
 * snapshot and AMI sharing are the EC2 declarative policy's (guardrails), not a resource per region.
 */
export class AccountBaseline extends pulumi.ComponentResource {
    constructor(name: string, args: AccountBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:baseline:AccountBaseline", name, {}, opts);
        const options = { parent: this, provider: args.provider };

        const deferred = args.deferred ?? [];
        if (!deferred.includes("s3PublicAccessBlock")) {
            new aws.s3.AccountPublicAccessBlock(`${name}-s3-public-access`, {
                blockPublicAcls: true,
                blockPublicPolicy: true,
                ignorePublicAcls: true,
                restrictPublicBuckets: true,
            }, options);
        }
        if (!deferred.includes("ebsEncryptionByDefault")) {
            for (const region of args.regions) {
                new aws.ebs.EncryptionByDefault(`${name}-ebs-encryption-${region}`, { enabled: true, region }, options);
            }
        }

        new aws.iam.AccountPasswordPolicy(`${name}-password-policy`, { ...PASSWORD_POLICY }, options);

        for (const [purpose, type] of Object.entries(CONTACT_TYPES)) {
            const contact = args.config.alternateContacts[purpose as keyof typeof CONTACT_TYPES];
            if (!contact) continue;
            new aws.account.AlternativeContact(`${name}-contact-${purpose}`, {
                // The management account cannot name itself: it sets its own contacts without an account id.
                ...(args.accountId !== undefined && { accountId: args.accountId }),
                alternateContactType: type,
                name: contact.name,
                title: contact.title,
                emailAddress: contact.email,
                phoneNumber: contact.phone,
            }, { parent: this, provider: args.managementProvider });
        }

        this.registerOutputs({});
    }
}
