import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

export interface AccountBaselineArgs {
    /** The account's own provider. */
    readonly provider: aws.Provider;
    /** Regions where regional settings are applied. */
    readonly regions: readonly string[];
}

/** Account-wide secure settings every account gets, the management account included. */
export class AccountBaseline extends pulumi.ComponentResource {
    constructor(name: string, args: AccountBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:baseline:AccountBaseline", name, {}, opts);
        const options = { parent: this, provider: args.provider };

        new aws.s3.AccountPublicAccessBlock(`${name}-s3-public-access`, {
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        }, options);

        for (const region of args.regions) {
            new aws.ebs.EncryptionByDefault(`${name}-ebs-encryption-${region}`, { enabled: true, region }, options);
        }

        this.registerOutputs({});
    }
}
