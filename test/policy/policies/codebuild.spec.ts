/** policy/policies/codebuild/: codebuild-project-hardened, codebuild-project-no-secrets. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as hardened } from "../../../policy/policies/codebuild/codebuild-project-hardened";
import { definition as noSecrets } from "../../../policy/policies/codebuild/codebuild-project-no-secrets";
import { Props, happy } from "../factories";

const T = "aws:codebuild/project:Project";
const env = (...environmentVariables: unknown[]) => ({ environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", environmentVariables } });
const KEYS = (i: number, name: string) => `environment.environmentVariables[${i}] ("${name}") holds static AWS credentials in PLAINTEXT (FSBP CodeBuild.2): anyone who can read ` +
    "the project sees them, and a key works until someone deletes it; give the project's service role the permissions instead";
const URL = (where: string) => `${where} embeds a user name and password or token (FSBP CodeBuild.1): connect the repository with a CodeConnections connection instead`;
const NO_LOGS = 'logsConfig should keep cloudwatchLogs or s3Logs "ENABLED" (FSBP CodeBuild.4): with both off there is no record of what a build ran or printed';
const S3_LOGS = "logsConfig.s3Logs.encryptionDisabled should not be true (FSBP CodeBuild.3): build logs, which print environment values and errors, would be stored unencrypted";
const ARTIFACTS = (where: string) => `${where}.encryptionDisabled should not be true (foundation encrypted-at-rest): build outputs would be stored in S3 unencrypted`;
const PRIVILEGED = "environment.privilegedMode is true (FSBP CodeBuild.5): the build's Docker daemon gets root on the build host; keep it only for projects that build Docker images";

describe("policy codebuild-project-no-secrets", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["parameter store and secrets manager references", {}, []],
        ["AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in plaintext, whatever their value", env(
            { name: "AWS_ACCESS_KEY_ID", value: "placeholder-id" }, { name: "aws_secret_access_key", value: "placeholder-secret", type: "PLAINTEXT" }),
        [KEYS(0, "AWS_ACCESS_KEY_ID"), KEYS(1, "aws_secret_access_key")]],
        ["AWS_SECRET_ACCESS_KEY from Secrets Manager", env({ name: "AWS_SECRET_ACCESS_KEY", value: "ci/aws:secret", type: "SECRETS_MANAGER" }), []],
        ["an empty AWS_ACCESS_KEY_ID", env({ name: "AWS_ACCESS_KEY_ID", value: "" }), []],
        ["the variable's type not known yet", env({ name: "AWS_ACCESS_KEY_ID", value: "x", type: UNKNOWN }), []],
        ["credentials in a secondary source's URL", { secondarySources: [{ sourceIdentifier: "lib", type: "BITBUCKET", location: "https://user:app-password@bitbucket.org/acme/lib.git" }] },
            [URL("secondarySources[0].location")]],
        ["a token alone in the URL", { source: { type: "GITHUB", location: "https://" + "ghp_" + "a1".repeat(18) + "@github.com/acme/app.git" } }, [URL("source.location")]],
        ["a user name alone in the URL (Bitbucket's clone form)", { source: { type: "BITBUCKET", location: "https://alice@bitbucket.org/acme/app.git" } }, []],
        ["a password by its name, written out", env({ name: "STAGE", value: "prod" }, { name: "DB_PASSWORD", value: "hunter2-but-longer" }),
            ['environment.environmentVariables[1] ("DB_PASSWORD") is a secret by its name, written out in PLAINTEXT (foundation no-keys): anyone who can read the project ' +
                'sees it; set type "SECRETS_MANAGER" or "PARAMETER_STORE" and put the secret\'s name in value']],
        ["a secret name holding a reference", env({ name: "DB_PASSWORD", value: "/prod/db/password" }), []],
        ["a name that points at the secret", env({ name: "DB_PASSWORD_ARN", value: "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf" }), []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(noSecrets.check(T, { ...happy[T]!(), ...change }), expected));
    }
});

describe("policy codebuild-project-hardened", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["defaults: CloudWatch Logs on, S3 logs off", {}, []],
        ["both logs off", { logsConfig: { cloudwatchLogs: { status: "DISABLED" } } }, [NO_LOGS]],
        ["CloudWatch Logs off, S3 logs on", { logsConfig: { cloudwatchLogs: { status: "disabled" }, s3Logs: { status: "ENABLED", location: "logs/build" } } }, []],
        ["CloudWatch Logs off, S3 status unknown", { logsConfig: { cloudwatchLogs: { status: "DISABLED" }, s3Logs: { status: UNKNOWN } } }, []],
        ["unencrypted S3 logs", { logsConfig: { s3Logs: { status: "ENABLED", location: "logs/build", encryptionDisabled: true } } }, [S3_LOGS]],
        ["unencrypted S3 artifacts", { artifacts: { type: "S3", location: "acme-artifacts", encryptionDisabled: true } }, [ARTIFACTS("artifacts")]],
        ["NO_ARTIFACTS ignores the flag", { artifacts: { type: "NO_ARTIFACTS", encryptionDisabled: true } }, []],
        ["an unencrypted secondary artifact", { secondaryArtifacts: [{ artifactIdentifier: "a", type: "S3", location: "b" }, { artifactIdentifier: "c", type: "S3", location: "d", encryptionDisabled: "true" }] },
            [ARTIFACTS("secondaryArtifacts[1]")]],
        ["a public build project", { projectVisibility: "PUBLIC_READ" }, ['projectVisibility is "PUBLIC_READ" (foundation least-privilege): every build\'s results, logs and ' +
            'artifacts, earlier private builds included, are readable by anyone, with whatever the builds printed; keep "PRIVATE" unless the project is a public open-source build']],
        ["a private one", { projectVisibility: "PRIVATE" }, []],
        ["privileged mode", { environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER", privilegedMode: true } }, [PRIVILEGED]],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(hardened.check(T, { ...happy[T]!(), ...change }), expected));
    }
});

describe("checkov's CodeBuild cases, as @pulumi/aws inputs", () => {
    const base = { name: "example", serviceRole: "arn:aws:iam::111111111111:role/example", artifacts: { type: "S3" }, source: { type: "NO_SOURCE" },
        environment: { computeType: "BUILD_GENERAL1_SMALL", image: "docker:dind", type: "LINUX_CONTAINER" } };
    it("CKV_AWS_316 privileged mode: true is flagged, false or left out is not", () => {
        assert.deepStrictEqual(hardened.check(T, { ...base, environment: { ...base.environment, privilegedMode: true } }), [PRIVILEGED]);
        assert.deepStrictEqual(hardened.check(T, { ...base, environment: { ...base.environment, privilegedMode: false } }), []);
        assert.deepStrictEqual(hardened.check(T, base), []);
    });
    it("CKV_AWS_311 S3 logs encryption: disabled is flagged, enabled or left out is not", () => {
        assert.deepStrictEqual(hardened.check(T, { ...base, logsConfig: { s3Logs: { status: "ENABLED", location: "l", encryptionDisabled: true } } }), [S3_LOGS]);
        assert.deepStrictEqual(hardened.check(T, { ...base, logsConfig: { s3Logs: { status: "ENABLED", location: "l", encryptionDisabled: false } } }), []);
        assert.deepStrictEqual(hardened.check(T, { ...base, logsConfig: { s3Logs: { status: "ENABLED", location: "l" } } }), []);
    });
    it("CKV_AWS_78 artifact encryption: S3 with encryption disabled is flagged; NO_ARTIFACTS and the default are not", () => {
        assert.deepStrictEqual(hardened.check(T, { ...base, artifacts: { type: "S3", encryptionDisabled: true } }), [ARTIFACTS("artifacts")]);
        assert.deepStrictEqual(hardened.check(T, { ...base, artifacts: { type: "NO_ARTIFACTS", encryptionDisabled: true } }), []);
        assert.deepStrictEqual(hardened.check(T, { ...base, artifacts: { type: "S3" } }), []);
    });
    it("CKV_AWS_314 logs: CloudWatch Logs are on unless disabled (AWS's default), so a project without logsConfig passes", () => {
        assert.deepStrictEqual(hardened.check(T, base), []);
        assert.deepStrictEqual(hardened.check(T, { ...base, logsConfig: { cloudwatchLogs: { status: "DISABLED" }, s3Logs: { status: "DISABLED" } } }), [NO_LOGS]);
    });
});

describe("policy codebuild-project-no-secrets", () => {
    const T = "aws:codebuild/project:Project";
    it("parameter store references and plain settings pass", () => assert.deepStrictEqual(noSecrets.check(T, happy[T]!()), []));
    it("a key in a plaintext variable and credentials in the source URL are reported", () => {
        const props = { ...happy[T]!(), environment: { environmentVariables: [{ name: "AWS_KEY", value: "AKIA" + "IOSFODNN7EXAMPLE" }] },
            source: { type: "GITHUB", location: "https://ci:" + "ghp_" + "a1".repeat(18) + "@github.com/example/app.git" } };
        assert.deepStrictEqual(noSecrets.check(T, props), [
            'environment.environmentVariables[0] ("AWS_KEY") holds an AWS access key id in PLAINTEXT (FSBP CodeBuild.2): anyone who can read the project sees it; ' +
                'set type "SECRETS_MANAGER" or "PARAMETER_STORE" and put the secret\'s name in value',
            "source.location embeds a user name and password or token (FSBP CodeBuild.1): connect the repository with a CodeConnections connection instead",
        ]);
    });
});
