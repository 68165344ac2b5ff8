/** policy/policies/lambda/: lambda-no-secrets-in-environment, lambda-permission-source-restricted, lambda-runtime-not-blocked, lambda-supported-runtime. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as notPublic } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { definition as environment } from "../../../policy/policies/lambda/lambda-no-secrets-in-environment";
import { definition as sourceRestricted } from "../../../policy/policies/lambda/lambda-permission-source-restricted";
import { definition as blocked } from "../../../policy/policies/lambda/lambda-runtime-not-blocked";
import { definition as runtime, definition as supported } from "../../../policy/policies/lambda/lambda-supported-runtime";
import { Props, happy } from "../factories";
import { FAKE } from "../samples";
import { configTable } from "../tables";

const PERMISSION = "aws:lambda/permission:Permission";
const permission = (change: Props): Props => ({ ...happy[PERMISSION]!(), sourceArn: undefined, ...change });
const EVERYONE = (principal: string) => `principal ${JSON.stringify(principal)} with no sourceArn, sourceAccount or principalOrgId (FSBP Lambda.1): anyone can invoke ` +
    "the function; name the service principal and its sourceArn, or the accounts that may call it";
const S3 = 'principal "s3.amazonaws.com" with no sourceAccount (FSBP Lambda.1): a bucket ARN names no account, so after the bucket is deleted a bucket of the same ' +
    "name in another account could invoke the function; set sourceAccount to the bucket owner's account id, next to sourceArn";
const NO_SOURCE = (principal: string) => `principal "${principal}" with no sourceArn or sourceAccount (foundation least-privilege): the service may invoke the ` +
    "function for a resource in any AWS account (the confused deputy); set sourceArn to the rule, topic, API or other resource that invokes it, or sourceAccount to your account id";
const LOOSE_ARN = (arn: string, principal: string) => `sourceArn "${arn}" names no fixed account, and sourceAccount is not set (foundation least-privilege): "${principal}" ` +
    "may invoke the function for matching resources in any AWS account (the confused deputy); put your account id in sourceArn, or set sourceAccount";
const NAME_SERVICE = 'principal "*" is limited only by its source (foundation least-privilege): name the service principal that invokes the function ' +
    '(such as "events.amazonaws.com" or "sns.amazonaws.com") with its sourceArn, so the statement says who may call';

describe("Lambda permissions", () => {
    const cases: Array<[string, Props, string[], string[]]> = [
        // [title, props, resource-policy-not-public, lambda-permission-source-restricted]
        ["EventBridge with its rule (the happy input)", permission({ sourceArn: "arn:aws:events:us-east-1:111111111111:rule/orders" }), [], []],
        ['principal "*" alone', permission({ principal: "*" }), [EVERYONE("*")], []],
        ['principal "arn:aws:iam::*:root"', permission({ principal: "arn:aws:iam::*:root" }), [EVERYONE("arn:aws:iam::*:root")], []],
        ['principal "*" with a sourceArn in any account', permission({ principal: "*", sourceArn: "arn:aws:events:us-east-1:*:rule/x" }), [EVERYONE("*")], []],
        ['principal "*" within an organization (the Lambda guide\'s example)', permission({ principal: "*", principalOrgId: "o-a1b2c3d4e5f" }), [], []],
        ['checkov CKV_AWS_301 fail: principal "*" with an EventBridge rule', permission({ principal: "*", sourceArn: "arn:aws:events:eu-west-1:111122223333:rule/RunDaily" }),
            [], [NAME_SERVICE]],
        ["checkov CKV_AWS_301 pass: a role of another account", permission({ principal: "arn:aws:iam::444455556666:role/example", sourceArn: "arn:aws:events:eu-west-1:111122223333:rule/RunDaily" }),
            [], []],
        ["Amazon S3 with bucket and account", permission({ principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::my-bucket-123456", sourceAccount: "123456789012" }), [], []],
        ["Amazon S3 with the bucket only (FSBP Lambda.1 fails it)", permission({ principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::my-bucket-123456" }), [S3], []],
        ["Amazon S3 with nothing", permission({ principal: "s3.amazonaws.com" }), [S3], []],
        ["Amazon S3, the account unknown at preview", permission({ principal: "s3.amazonaws.com", sourceAccount: UNKNOWN }), [], []],
        ["checkov CKV_AWS_364 fail: API Gateway with no source", permission({ principal: "apigateway.amazonaws.com" }), [], [NO_SOURCE("apigateway.amazonaws.com")]],
        ["checkov CKV_AWS_364 pass: API Gateway with its execution ARN", permission({ principal: "apigateway.amazonaws.com",
            sourceArn: "arn:aws:execute-api:us-east-1:111122223333:abc123/*/*/*" }), [], []],
        ["checkov CKV_AWS_364 pass: API Gateway with a source account", permission({ principal: "apigateway.amazonaws.com", sourceAccount: "901234678" }), [], []],
        ["checkov CKV_AWS_364 unknown: an account id as principal", permission({ principal: "901234678" }), [], []],
        ["API Gateway with an execution ARN in any account", permission({ principal: "apigateway.amazonaws.com", sourceArn: "arn:aws:execute-api:us-east-1:*:abc123/*" }),
            [], [LOOSE_ARN("arn:aws:execute-api:us-east-1:*:abc123/*", "apigateway.amazonaws.com")]],
        ["SNS with no source", permission({ principal: "sns.amazonaws.com" }), [], [NO_SOURCE("sns.amazonaws.com")]],
        ["Alexa with its skill token", permission({ principal: "alexa-appkit.amazon.com", eventSourceToken: "amzn1.ask.skill.1" }), [], []],
        ["Alexa without one", permission({ principal: "alexa-appkit.amazon.com" }), [], [NO_SOURCE("alexa-appkit.amazon.com")]],
        ["the source unknown at preview", permission({ principal: "sns.amazonaws.com", sourceArn: UNKNOWN }), [], []],
        ["the principal unknown", permission({ principal: UNKNOWN }), [], []],
    ];
    for (const [title, props, mandatory, advisory] of cases) {
        it(title, () => {
            assert.deepStrictEqual(notPublic.check(PERMISSION, props), mandatory, "resource-policy-not-public");
            assert.deepStrictEqual(sourceRestricted.check(PERMISSION, props), advisory, "lambda-permission-source-restricted");
        });
    }
});

describe("Lambda permission edges", () => {
    it("trims the principal, and an empty organization id limits nothing", () => {
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: " * " })), [EVERYONE("*")]);
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: "*", principalOrgId: "" })), [EVERYONE("*")]);
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: "*", sourceAccount: "1111*" })), [EVERYONE("*")]);
        assert.deepStrictEqual(notPublic.check(PERMISSION, permission({ principal: "*", sourceAccount: " 111122223333 " })), []);
    });

    it("a function URL's authorization type in any case and spacing", () => {
        const URL = "aws:lambda/functionUrl:FunctionUrl";
        assert.strictEqual(notPublic.check(URL, { functionName: "f", authorizationType: " none " }).length, 1);
        assert.deepStrictEqual(notPublic.check(URL, { functionName: "f", authorizationType: "aws_iam" }), []);
    });

    it("declares lambda-permission-source-restricted", () => {
        assert.deepStrictEqual([sourceRestricted.metadata.name, sourceRestricted.metadata.enforcementLevel, sourceRestricted.metadata.severity, sourceRestricted.metadata.tags,
            sourceRestricted.metadata.resourceTypes], ["lambda-permission-source-restricted", "advisory", "medium", ["foundation:least-privilege"], [PERMISSION]]);
        assert.match(sourceRestricted.metadata.description, /sourceArn or sourceAccount/);
    });
});

const OLD = (r: string, since: string, create: string, update: string, next: string) => `runtime "${r}" is deprecated since ${since} (FSBP Lambda.2): ` +
    `Lambda no longer patches it, and AWS blocks creating functions that use it from ${create} and updating them from ${update}; move to ${next} ` +
    "(AWS's runtime table as read 2026-12-06)";
configTable(runtime, "aws:lambda/function:Function", [
    ["nodejs24.x", {}, []],
    ["nodejs20.x between its deprecation and its block-create date", { runtime: "nodejs20.x" }, [OLD("nodejs20.x", "2026-04-30", "2026-08-31", "2026-09-30", "nodejs24.x")],
        { today: "2026-05-01" }],
    ["python3.10 on its deprecation day", { runtime: "python3.10" }, [OLD("python3.10", "2026-10-31", "2026-11-30", "2027-01-15", "python3.14")], { today: "2026-10-31" }],
    ["nodejs16.x, creation blocked: lambda-runtime-not-blocked reports it", { runtime: "nodejs16.x" }, []],
    ["a container image (no runtime)", { runtime: undefined, packageType: "Image" }, []],
    ["a configured list, for a runtime the table does not know", { runtime: "provided.al2023" },
        ['runtime "provided.al2023" is listed as deprecated (FSBP Lambda.2, policy config deprecatedRuntimes): it gets no security patches; move to a supported runtime'],
        { deprecatedRuntimes: ["provided.al2023"] }],
]);

describe("policy lambda-no-secrets-in-environment: secrets by name", () => {
    const FUNCTION = "aws:lambda/function:Function";
    const FIX = "environment variables are shown to anyone who can read the function's configuration and are kept in the Pulumi state; " +
        "store the secret in Secrets Manager or SSM Parameter Store and pass its name or ARN instead";
    const withVariables = (variables: Record<string, unknown>) => ({ ...happy[FUNCTION]!(), environment: { variables } });
    it("names a variable whose name says secret and whose value is written out", () => {
        assert.deepStrictEqual(environment.check(FUNCTION, withVariables({ TABLE_NAME: "orders", DB_PASSWORD: "hunter22", STRIPE_API_KEY: "sk_test_" + "0".repeat(24) })), [
            `environment.variables.DB_PASSWORD holds a secret in plain text (foundation no-keys): ${FIX}`,
            `environment.variables.STRIPE_API_KEY holds a secret in plain text (foundation no-keys): ${FIX}`,
        ]);
    });
    it("a recognized format is named once, as its kind", () => {
        assert.deepStrictEqual(environment.check(FUNCTION, withVariables({ GITHUB_TOKEN: "ghp_" + "a1".repeat(18) })),
            [`environment.variables.GITHUB_TOKEN contains a GitHub token (foundation no-keys): ${FIX}`]);
    });
    it("accepts references: ARNs, parameter names, variables", () => {
        assert.deepStrictEqual(environment.check(FUNCTION, withVariables({
            DB_PASSWORD_SECRET_ARN: "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf", API_KEY: "/prod/api-key", DB_PASSWORD: "arn:aws:ssm:us-east-1:111111111111:parameter/db",
        })), []);
    });
});

const FUNCTION = "aws:lambda/function:Function";
const fn = (runtime: unknown) => ({ ...happy[FUNCTION]!(), runtime });
const TABLE = "(AWS's runtime table as read 2026-12-06)";

describe("policies lambda-supported-runtime (advisory) and lambda-runtime-not-blocked (mandatory)", () => {
    const DEPRECATED = (runtime: string, since: string, blocks: string, next: string) =>
        `runtime "${runtime}" is deprecated since ${since} (FSBP Lambda.2): Lambda no longer patches it, and ${blocks}; move to ${next} ${TABLE}`;
    const BLOCKED = (runtime: string, since: string, create: string, update: string, next: string) =>
        `runtime "${runtime}" is past end of support (FSBP Lambda.2): deprecated since ${since}, unpatched since; AWS blocks creating functions that use it since ${create}` +
        `${update}; move to ${next} ${TABLE}`;
    const cases: Array<[string, unknown, string, string[], string[]]> = [
        ["nodejs22.x, supported", "nodejs22.x", "2026-12-06", [], []],
        ["nodejs22.x the day it is deprecated", "nodejs22.x", "2027-04-30",
            [DEPRECATED("nodejs22.x", "2027-04-30", "AWS blocks creating functions that use it from 2027-06-01 and updating them from 2027-07-01", "nodejs24.x")], []],
        ["nodejs22.x once creation is blocked", "nodejs22.x", "2027-06-01",
            [], [BLOCKED("nodejs22.x", "2027-04-30", "2027-06-01", ", and will block updating them from 2027-07-01", "nodejs24.x")]],
        ["nodejs20.x today (issue 22: deprecated 2026-04-30)", "nodejs20.x", "2026-12-06",
            [], [BLOCKED("nodejs20.x", "2026-04-30", "2026-08-31", ", and updating them since 2026-09-30", "nodejs24.x")]],
        ["dotnet8, deprecated, creation blocked from February", "dotnet8", "2026-12-06",
            [DEPRECATED("dotnet8", "2026-11-10", "AWS blocks creating functions that use it from 2027-02-01 and updating them from 2027-03-03", "dotnet10")], []],
        ["python3.9, deprecated, no block date in the table", "python3.9", "2026-12-06",
            [DEPRECATED("python3.9", "2025-12-15", "AWS will then block creating and updating functions that use it", "python3.14")], []],
        ["go1.x: the OS-only runtime replaces it", "go1.x", "2026-12-06",
            [], [BLOCKED("go1.x", "2024-01-08", "2024-02-08", ", and updating them since 2025-11-01", "provided.al2023")]],
        ["a runtime with spaces around it", " python3.8 ", "2026-12-06",
            [], [BLOCKED("python3.8", "2024-10-14", "2025-10-01", ", and updating them since 2025-11-01", "python3.14")]],
        ["an OS-only runtime the table does not date", "provided.al2023", "2026-12-06", [], []],
        ["a container image (no runtime)", undefined, "2026-12-06", [], []],
        ["runtime unknown", UNKNOWN, "2026-12-06", [], []],
    ];
    for (const [title, runtime, today, advisory, mandatory] of cases) {
        it(title, () => {
            assert.deepStrictEqual(supported.check(FUNCTION, fn(runtime), { today }), advisory);
            assert.deepStrictEqual(blocked.check(FUNCTION, fn(runtime), { today }), mandatory);
        });
    }

    it("without a configured day, uses today's date (the table's nodejs18.x was blocked long before any run of this test)", () => {
        assert.strictEqual(blocked.check(FUNCTION, fn("nodejs18.x")).length, 1);
        assert.deepStrictEqual(supported.check(FUNCTION, fn("nodejs18.x")), []);
        assert.deepStrictEqual(blocked.check(FUNCTION, fn("nodejs18.x"), { today: "not a day" }).length, 1);
    });

    it("deprecatedRuntimes adds runtimes the table does not date, not twice for those it does", () => {
        const config = { today: "2026-12-06", deprecatedRuntimes: ["provided.al2", "dotnet8", "nodejs24.x"] };
        const LISTED = (r: string) => `runtime "${r}" is listed as deprecated (FSBP Lambda.2, policy config deprecatedRuntimes): it gets no security patches; move to a supported runtime`;
        assert.deepStrictEqual(supported.check(FUNCTION, fn("provided.al2"), config), [LISTED("provided.al2")]);
        assert.deepStrictEqual(supported.check(FUNCTION, fn("nodejs24.x"), config), [LISTED("nodejs24.x")]);
        assert.strictEqual(supported.check(FUNCTION, fn("dotnet8"), config).length, 1);
    });

    it("levels: advisory before the block, mandatory after", () => {
        assert.strictEqual(supported.metadata.enforcementLevel, "advisory");
        assert.strictEqual(blocked.metadata.enforcementLevel, "mandatory");
    });
});

/** checkov tests/terraform/checks/resource/aws/example_DeprecatedLambdaRuntime (inputs only). */
describe("checkov's DeprecatedLambdaRuntime cases", () => {
    const today = "2026-12-06";
    const lambda = (runtime: string) => ({ code: "lambda_function_payload.zip", name: "lambda_function_name", role: "arn:aws:iam::111111111111:role/iam_for_lambda",
        handler: "index.test", runtime, ephemeralStorage: { size: 10240 } });
    it("nodejs22.x passes both; python3.6 and dotnetcore3.1 are blocked (mandatory)", () => {
        assert.deepStrictEqual([supported, blocked].flatMap((d) => d.check(FUNCTION, lambda("nodejs22.x"), { today })), []);
        assert.strictEqual(blocked.check(FUNCTION, lambda("python3.6"), { today }).length, 1);
        assert.strictEqual(blocked.check(FUNCTION, lambda("dotnetcore3.1"), { today }).length, 1);
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
