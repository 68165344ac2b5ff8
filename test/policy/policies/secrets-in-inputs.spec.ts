/** ec2-no-secrets-in-user-data, lambda-no-secrets-in-environment and the credential patterns they share. */
import * as assert from "assert";
import { UNKNOWN, credentialKinds, decodeBase64 } from "../../../policy/lib";
import { definition as userData } from "../../../policy/policies/ec2/ec2-no-secrets-in-user-data";
import { definition as environment } from "../../../policy/policies/lambda/lambda-no-secrets-in-environment";
import { happy } from "../factories";

// Built at run time, so no credential-shaped literal sits in the repository.
const FAKE = {
    accessKeyId: "AKIA" + "IOSFODNN7EXAMPLE",
    secretLine: "aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
    privateKey: "-----BEGIN " + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----",
    github: "ghp_" + "a1".repeat(18),
    slack: "xoxb-" + "1234567890-abcdef",
    stripe: "sk_live_" + "0".repeat(24),
    pulumi: "pul-" + "ab".repeat(20),
};
const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("credential patterns", () => {
    it("recognizes each kind, and only real formats", () => {
        assert.deepStrictEqual(credentialKinds(FAKE.accessKeyId), ["an AWS access key id"]);
        assert.deepStrictEqual(credentialKinds(FAKE.secretLine), ["an AWS secret access key"]);
        assert.deepStrictEqual(credentialKinds(FAKE.privateKey), ["a private key"]);
        assert.deepStrictEqual(credentialKinds(FAKE.github), ["a GitHub token"]);
        assert.deepStrictEqual(credentialKinds(FAKE.slack), ["a Slack token"]);
        assert.deepStrictEqual(credentialKinds(FAKE.stripe), ["a Stripe live secret key"]);
        assert.deepStrictEqual(credentialKinds(FAKE.pulumi), ["a Pulumi access token"]);
        assert.deepStrictEqual(credentialKinds(`export ${FAKE.secretLine}\nexport KEY=${FAKE.accessKeyId}`), ["an AWS access key id", "an AWS secret access key"]);
        for (const harmless of ["AKIA-not-a-key", "password=$(aws secretsmanager get-secret-value --secret-id db)", "sk_test_" + "0".repeat(24), "arn:aws:iam::111111111111:role/x", ""]) {
            assert.deepStrictEqual(credentialKinds(harmless), [], harmless);
        }
    });

    it("decodes base64 only when the text is base64", () => {
        assert.strictEqual(decodeBase64(base64("#!/bin/bash\necho hi\n")), "#!/bin/bash\necho hi\n");
        assert.strictEqual(decodeBase64("#!/bin/bash\necho hi"), undefined);
        assert.strictEqual(decodeBase64("abc"), undefined);
        assert.strictEqual(decodeBase64(""), undefined);
    });
});

describe("policy ec2-no-secrets-in-user-data", () => {
    const INSTANCE = "aws:ec2/instance:Instance";
    const TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    const FIX = "user data is readable by anyone who can describe the instance and is kept in the Pulumi state; " +
        "give the instance a role and read the secret from Secrets Manager or SSM Parameter Store at boot";
    const script = (line: string) => `#!/bin/bash\nexport ${line}\n/opt/app/start\n`;

    it("accepts user data without credentials", () => {
        assert.deepStrictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: script("REGION=us-east-1") }), []);
        assert.deepStrictEqual(userData.check(TEMPLATE, { ...happy[TEMPLATE]!(), userData: base64(script("REGION=us-east-1")) }), []);
    });

    it("finds keys in plain userData, without repeating them", () => {
        const messages = userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: script(`AWS_ACCESS_KEY_ID=${FAKE.accessKeyId}\nexport ${FAKE.secretLine}`) });
        assert.deepStrictEqual(messages, [
            `userData contains an AWS access key id (foundation no-keys): ${FIX}`,
            `userData contains an AWS secret access key (foundation no-keys): ${FIX}`,
        ]);
        assert.ok(messages.every((m) => !m.includes(FAKE.accessKeyId)));
    });

    it("decodes userDataBase64 and launch template user data", () => {
        assert.deepStrictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userDataBase64: base64(FAKE.privateKey) }),
            [`userDataBase64 contains a private key (foundation no-keys): ${FIX}`]);
        assert.deepStrictEqual(userData.check(TEMPLATE, { ...happy[TEMPLATE]!(), userData: base64(script(`TOKEN=${FAKE.github}`)) }),
            [`userData contains a GitHub token (foundation no-keys): ${FIX}`]);
    });

    it("skips unknown user data", () => {
        assert.deepStrictEqual(userData.check(INSTANCE, { ...happy[INSTANCE]!(), userData: UNKNOWN, userDataBase64: UNKNOWN }), []);
    });
});

describe("policy lambda-no-secrets-in-environment", () => {
    const FUNCTION = "aws:lambda/function:Function";
    const FIX = "environment variables are shown to anyone who can read the function's configuration and are kept in the Pulumi state; " +
        "store the secret in Secrets Manager or SSM Parameter Store and pass its name or ARN instead";
    const withVariables = (variables: unknown) => ({ ...happy[FUNCTION]!(), environment: { variables } });

    it("accepts names, ARNs and settings", () => {
        assert.deepStrictEqual(environment.check(FUNCTION, happy[FUNCTION]!()), []);
    });

    it("names each variable holding a credential", () => {
        assert.deepStrictEqual(environment.check(FUNCTION, withVariables({ TABLE: "orders", STRIPE_KEY: FAKE.stripe, DEPLOY: FAKE.pulumi, HOOK: FAKE.slack })), [
            `environment.variables.STRIPE_KEY contains a Stripe live secret key (foundation no-keys): ${FIX}`,
            `environment.variables.DEPLOY contains a Pulumi access token (foundation no-keys): ${FIX}`,
            `environment.variables.HOOK contains a Slack token (foundation no-keys): ${FIX}`,
        ]);
    });

    it("skips unknown values and odd shapes", () => {
        assert.deepStrictEqual(environment.check(FUNCTION, withVariables({ KEY: UNKNOWN, N: 3 })), []);
        assert.deepStrictEqual(environment.check(FUNCTION, withVariables(UNKNOWN)), []);
        assert.deepStrictEqual(environment.check(FUNCTION, { ...happy[FUNCTION]!(), environment: UNKNOWN }), []);
        assert.deepStrictEqual(environment.check(FUNCTION, { ...happy[FUNCTION]!(), environment: undefined }), []);
    });
});
