/** policy/policies/pulumiservice/: pulumiservice-deployments-oidc. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as deployments } from "../../../policy/policies/pulumiservice/pulumiservice-deployments-oidc";
import { happy } from "../factories";

describe("policy pulumiservice-deployments-oidc", () => {
    const T = "pulumiservice:index:DeploymentSettings";
    const FIX = "a stored key never expires and works from anywhere it leaks to; set operationContext.oidc.aws.roleARN to a role that trusts " +
        "Pulumi's OIDC tokens (foundation:pipelines creates one) and remove the variable";
    it("OIDC settings pass; static AWS credentials in environment variables are reported by name and by value", () => {
        assert.deepStrictEqual(deployments.check(T, happy[T]!()), []);
        assert.deepStrictEqual(deployments.check(T, { organization: "acme", project: "app", stack: "prod" }), []);
        assert.deepStrictEqual(deployments.check(T, { operationContext: { environmentVariables: {
            AWS_ACCESS_KEY_ID: "from-the-secret-store", aws_secret_access_key: UNKNOWN, AWS_REGION: "us-east-1", LEGACY: "AKIA" + "IOSFODNN7EXAMPLE",
        } } }), [
            `operationContext.environmentVariables.AWS_ACCESS_KEY_ID holds static AWS credentials (foundation no-keys): ${FIX}`,
            `operationContext.environmentVariables.aws_secret_access_key holds static AWS credentials (foundation no-keys): ${FIX}`,
            `operationContext.environmentVariables.LEGACY contains an AWS access key id (foundation no-keys): ${FIX}`,
        ]);
        assert.deepStrictEqual(deployments.check(T, { operationContext: { environmentVariables: UNKNOWN } }), []);
    });
});
