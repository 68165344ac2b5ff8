import { UNKNOWN, asRecord, credentialKinds, defineResourcePolicy, valueAt } from "../../lib";

const DEPLOYMENT_SETTINGS = "pulumiservice:index:DeploymentSettings";

/** The variables the AWS SDKs and CLI read static credentials from. */
const STATIC_CREDENTIAL_VARIABLES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

const FIX = "a stored key never expires and works from anywhere it leaks to; set operationContext.oidc.aws.roleARN to a role that trusts " +
    "Pulumi's OIDC tokens (foundation:pipelines creates one) and remove the variable";

function checkDeploymentSettings(props: Record<string, unknown>): string[] {
    const variables = asRecord(valueAt(props, ["operationContext", "environmentVariables"]));
    if (variables === undefined || variables === UNKNOWN) return [];
    return Object.entries(variables).flatMap(([name, value]) => {
        const where = `operationContext.environmentVariables.${name}`;
        if (STATIC_CREDENTIAL_VARIABLES.includes(name.trim().toUpperCase())) return [`${where} holds static AWS credentials (foundation no-keys): ${FIX}`];
        return typeof value === "string" ? credentialKinds(value).map((kind) => `${where} contains ${kind} (foundation no-keys): ${FIX}`) : [];
    });
}

export const definition = defineResourcePolicy({
    name: "pulumiservice-deployments-oidc",
    description: "Pulumi Deployments settings reach AWS through OIDC, never with static AWS keys in environment variables.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["no-keys"] },
    checks: { [DEPLOYMENT_SETTINGS]: checkDeploymentSettings },
});
