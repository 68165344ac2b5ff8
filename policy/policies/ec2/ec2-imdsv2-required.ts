import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

export const INSTANCE = "aws:ec2/instance:Instance";
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
export const METADATA_DEFAULTS = "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults";
const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";

const WHY = "with IMDSv1 a server-side request forgery in any application on the instance can read its role's credentials";

const lower = (value: unknown) => {
    const s = asString(value);
    return typeof s === "string" ? s.trim().toLowerCase() : s;
};

/** `metadataOptions` of an Instance or LaunchTemplate: tokens required, or the endpoint off. */
function checkMetadataOptions(props: Record<string, unknown>, controls: string): string[] {
    const options = asRecord(props["metadataOptions"]);
    if (options === UNKNOWN) return [];
    const endpoint = lower(options?.["httpEndpoint"]);
    const tokens = lower(options?.["httpTokens"]);
    if (endpoint === "disabled" || tokens === "required" || tokens === UNKNOWN || endpoint === UNKNOWN) return [];
    const got = tokens === undefined ? "not set (the AMI or account default applies, often optional)" : `"${tokens}"`;
    return [`metadataOptions.httpTokens must be "required" (${controls}), got ${got}: ${WHY}`];
}

/** The account's default for new instances (ec2.InstanceMetadataDefaults). */
function checkMetadataDefaults(props: Record<string, unknown>): string[] {
    const tokens = lower(props["httpTokens"]);
    if (tokens === "required" || tokens === UNKNOWN) return [];
    const got = tokens === undefined ? "not set (no preference: each AMI decides)" : `"${tokens}"`;
    return [`httpTokens must be "required" (FSBP EC2.8, CIS 5.6), got ${got}: new instances in this account and region would accept IMDSv1, and ${WHY}`];
}

function requireTokens(props: Record<string, unknown>): Record<string, unknown> | undefined {
    const options = asRecord(props["metadataOptions"]);
    if (options === UNKNOWN) return undefined;
    return { metadataOptions: { ...(options ?? {}), httpTokens: "required" } };
}

/**
 * An instance launched from a launch template takes the template's metadata options unless it sets
 * its own ("Launch an instance from a launch template": parameters given at launch override the
 * template's, https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/launch-instances-from-launch-template.html,
 * read 2026-12-06): then the template is judged, not the instance. Options the instance sets are
 * still judged, since they override the template.
 */
function checkInstance(props: Record<string, unknown>): string[] {
    const template = props["launchTemplate"];
    if (props["metadataOptions"] === undefined && template !== undefined && template !== null) return [];
    return checkMetadataOptions(props, "FSBP EC2.8, CIS 5.6");
}

export const definition = defineResourcePolicy({
    name: "ec2-imdsv2-required",
    description: "EC2 instances, launch templates, launch configurations and the account's instance metadata defaults require IMDSv2 (session tokens).",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { cis: ["5.6"], fsbp: ["EC2.8", "EC2.170", "AutoScaling.3"] },
    checks: {
        [INSTANCE]: checkInstance,
        [LAUNCH_TEMPLATE]: (props) => checkMetadataOptions(props, "FSBP EC2.170, CIS 5.6"),
        [METADATA_DEFAULTS]: checkMetadataDefaults,
        [LAUNCH_CONFIGURATION]: (props) => checkMetadataOptions(props, "FSBP AutoScaling.3, CIS 5.6"),
    },
    remediations: {
        [INSTANCE]: requireTokens,
        [LAUNCH_TEMPLATE]: requireTokens,
        [METADATA_DEFAULTS]: () => ({ httpTokens: "required" }),
        [LAUNCH_CONFIGURATION]: requireTokens,
    },
});
