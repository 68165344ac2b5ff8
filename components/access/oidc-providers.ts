import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { GITHUB_AUDIENCE, GITHUB_ISSUER, PULUMI_ISSUER } from "../../catalog/access/trust";

export interface OidcProvidersArgs {
    /** Pulumi Cloud organization whose Deployments may sign in; none when absent. */
    readonly pulumiOrganization?: string;
    /** Whether GitHub Actions may sign in. */
    readonly github: boolean;
    /** The account's provider. */
    readonly provider: aws.Provider;
}

/**
 * The OpenID Connect identity providers of one account: IAM allows one per issuer and account, so
 * every pipeline role of the account shares them. No thumbprint: IAM verifies these issuers' TLS
 * certificates through its own trusted CAs.
 */
export class OidcProviders extends pulumi.ComponentResource {
    public readonly pulumiArn?: pulumi.Output<string>;
    public readonly githubArn?: pulumi.Output<string>;

    constructor(name: string, args: OidcProvidersArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:access:OidcProviders", name, {}, opts);
        const childOpts = { parent: this, provider: args.provider };
        if (args.pulumiOrganization !== undefined) {
            this.pulumiArn = new aws.iam.OpenIdConnectProvider(`${name}-pulumi`, {
                url: `https://${PULUMI_ISSUER}`,
                clientIdLists: [args.pulumiOrganization],
            }, childOpts).arn;
        }
        if (args.github) {
            this.githubArn = new aws.iam.OpenIdConnectProvider(`${name}-github`, {
                url: `https://${GITHUB_ISSUER}`,
                clientIdLists: [GITHUB_AUDIENCE],
            }, childOpts).arn;
        }
        this.registerOutputs({ pulumiArn: this.pulumiArn, githubArn: this.githubArn });
    }
}
