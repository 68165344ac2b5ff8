import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { EventForwarderRole, forwardTo } from "./alert-path";
import { rootSignInPattern } from "./patterns";

/** CloudTrail records root sign-ins in us-east-1, whichever regions the account uses. */
export const SIGN_IN_REGION = "us-east-1";

export interface SignInForwarderArgs {
    readonly organizationName: string;
    readonly busArn: pulumi.Input<string>;
    readonly provider: aws.Provider;
}

/** Forwards the account's root user console sign-ins to the audit account's alert bus. */
export class SignInForwarder extends pulumi.ComponentResource {
    constructor(name: string, args: SignInForwarderArgs, opts?: pulumi.ComponentResourceOptions) {
        super("foundation:alerting:SignInForwarder", name, {}, opts);
        const org = args.organizationName;
        const role = new EventForwarderRole(`${name}-role`, { roleName: `${org}-sign-in-forwarder`, busArn: args.busArn, provider: args.provider }, { parent: this });
        forwardTo(`${name}-rule`, {
            ruleName: `${org}-root-sign-in-forward`,
            description: "Root user console sign-ins, to the audit account's alert bus",
            region: SIGN_IN_REGION,
            pattern: rootSignInPattern(),
            busArn: args.busArn,
            roleArn: role.roleArn,
        }, { parent: this, provider: args.provider });
        this.registerOutputs({});
    }
}
