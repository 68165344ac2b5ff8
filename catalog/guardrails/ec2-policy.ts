/*
 * The EC2 declarative policy: account attributes AWS enforces in every account and region it reaches,
 * including ones created later, instead of a setting per account and region. Syntax: AWS Organizations
 * user guide, orgs_manage_policies_declarative_syntax. Unlike SCPs it also applies to the management account.
 */

type Assign = { readonly "@@assign": string };
const assign = (value: string): Assign => ({ "@@assign": value });

/** The EC2 attributes config sets (foundation:guardrails.ec2). */
export interface Ec2PolicySettings {
    readonly requireImdsv2: boolean;
    readonly blockPublicImages: boolean;
    readonly blockPublicSnapshots: boolean;
    readonly disableSerialConsole: boolean;
    readonly vpcBlockPublicAccess: "off" | "block-ingress" | "block-bidirectional";
    readonly vpcBlockPublicAccessExclusions: boolean;
    readonly exceptionMessage?: string;
}

/** Hop limit 2 lets containers on an instance reach IMDSv2, as AWS recommends when tokens are required. */
export const IMDS_HOP_LIMIT = "2";

/** The policy's content for the config, or undefined when it governs nothing. */
export function ec2DeclarativePolicy(ec2: Ec2PolicySettings): { ec2_attributes: Record<string, unknown> } | undefined {
    const attributes: Record<string, unknown> = {
        ...(ec2.requireImdsv2 && {
            instance_metadata_defaults: { http_tokens: assign("required"), http_put_response_hop_limit: assign(IMDS_HOP_LIMIT) },
        }),
        ...(ec2.blockPublicImages && { image_block_public_access: { state: assign("block_new_sharing") } }),
        ...(ec2.blockPublicSnapshots && { snapshot_block_public_access: { state: assign("block_all_sharing") } }),
        ...(ec2.disableSerialConsole && { serial_console_access: { status: assign("disabled") } }),
        ...(ec2.vpcBlockPublicAccess !== "off" && {
            vpc_block_public_access: {
                internet_gateway_block: {
                    mode: assign(ec2.vpcBlockPublicAccess.replace("-", "_")),
                    exclusions_allowed: assign(ec2.vpcBlockPublicAccessExclusions ? "enabled" : "disabled"),
                },
            },
        }),
    };
    if (Object.keys(attributes).length === 0) return undefined;
    return { ec2_attributes: { ...attributes, ...(ec2.exceptionMessage !== undefined && { exception_message: assign(ec2.exceptionMessage) }) } };
}
