/** policy/policies/ecs/: ecs-service-no-public-ip, ecs-task-definition-secure. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as service } from "../../../policy/policies/ecs/ecs-service-no-public-ip";
import { definition as taskDefinition } from "../../../policy/policies/ecs/ecs-task-definition-secure";
import { Props, happy } from "../factories";
import { SENTINEL } from "../samples";
import { configTable } from "../tables";

const SERVICE = "aws:ecs/service:Service";
const TASK = "aws:ecs/taskDefinition:TaskDefinition";
const PUBLIC = "networkConfiguration.assignPublicIp must not be true (FSBP ECS.2): every task of the service gets a public address and is reachable from the internet " +
    "as soon as a security group rule allows it; run tasks in private subnets and reach ECR and other services through a NAT gateway or VPC endpoints";

describe("policy ecs-service-no-public-ip", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["private tasks", {}, []],
        ["assignPublicIp true", { networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: true } }, [PUBLIC]],
        ['assignPublicIp "true"', { networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: "true" } }, [PUBLIC]],
        ["assignPublicIp not set (AWS's default is off)", { networkConfiguration: { subnets: ["subnet-1"] } }, []],
        ["no network configuration (bridge or host networking)", { networkConfiguration: undefined }, []],
        ["network configuration unknown", { networkConfiguration: UNKNOWN }, []],
        ["assignPublicIp unknown", { networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: UNKNOWN } }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(service.check(SERVICE, { ...happy[SERVICE]!(), ...change }), expected));
    }
    it("offers no remediation: a task in a public subnet without NAT could no longer pull its image", () => {
        assert.strictEqual(service.remediate(SERVICE, { ...happy[SERVICE]!(), networkConfiguration: { subnets: ["subnet-1"], assignPublicIp: true } }), undefined);
    });
});

const SECRET = (container: string, name: string) => `${container}.environment ${JSON.stringify(name)} holds a credential (FSBP ECS.8): environment values are visible to anyone ` +
    "who can describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store";
const env = (...variables: Array<[string, unknown]>) => ({
    containerDefinitions: JSON.stringify([{ name: "api", image: "app:1", environment: variables.map(([name, value]) => ({ name, value })) }]),
});

describe("policy ecs-task-definition-secure: secrets by name (ECS.8)", () => {
    const API = 'containerDefinitions[0] ("api")';
    const cases: Array<[string, Props, string[]]> = [
        ["a database password", env(["DB_PASSWORD", "hunter22"]), [SECRET(API, "DB_PASSWORD")]],
        ["a JWT secret and a GitHub token by name", env(["JWT_SECRET", "s3cr3t-signing"], ["REGION", "us-east-1"], ["GITHUB_TOKEN", "not-a-real-token"]),
            [SECRET(API, "JWT_SECRET"), SECRET(API, "GITHUB_TOKEN")]],
        ["camelCase names", env(["dbPassword", "hunter22"]), [SECRET(API, "dbPassword")]],
        ["the secret's ARN, name, URL or policy are not secrets", env(["DB_PASSWORD_ARN", "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf"],
            ["SECRET_NAME", "prod/db"], ["TOKEN_URL", "https://auth.example.com/oauth2/token"], ["PASSWORD_MIN_LENGTH", "14"]), []],
        ["a password that is a reference or a placeholder", env(["DB_PASSWORD", "${DB_PASSWORD}"], ["ADMIN_PASSWORD", "<set-me>"], ["API_KEY", ""]), []],
        ["publishable keys are public by design", env(["STRIPE_PUBLISHABLE_KEY", "pk_live_0123456789"], ["NEXT_PUBLIC_API_KEY", "public-demo-key"]), []],
        ["a password in a connection URL", env(["DATABASE_URL", "postgres://app:hunter22@db.internal:5432/orders"]),
            [`${API}.environment "DATABASE_URL" contains a password in a URL (FSBP ECS.8): environment values are visible to anyone ` +
                "who can describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store"]],
        ["a value not known yet", env(["DB_PASSWORD", "04da6b54-80e4-46f7-96ec-b56ff0331ba9"]), []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(taskDefinition.check(TASK, { ...happy[TASK]!(), ...change }), expected));
    }
});

/** checkov tests/terraform/checks/resource/aws/example_ECSServicePublicIP (inputs only), and tfsec's no-plaintext-secrets example. */
describe("scanners' cases for ECS", () => {
    it("ECSServicePublicIP: pass, pass2 get nothing; fail is flagged", () => {
        const base = { name: "example", cluster: "arn:aws:ecs:us-east-1:111111111111:cluster/example", alarms: { enable: true, rollback: true, alarmNames: ["example"] } };
        assert.deepStrictEqual(service.check(SERVICE, base), []);
        assert.deepStrictEqual(service.check(SERVICE, { ...base, networkConfiguration: { subnets: [], assignPublicIp: false } }), []);
        assert.deepStrictEqual(service.check(SERVICE, { ...base, networkConfiguration: { subnets: [], assignPublicIp: true } }), [PUBLIC]);
    });
    it("tfsec aws-ecs-no-plaintext-secrets: DATABASE_PASSWORD is flagged, ENVIRONMENT alone is not", () => {
        const td = (environment: unknown[]) => ({ family: "service", containerDefinitions: JSON.stringify([{ name: "my_service", essential: true, memory: 256, environment }]) });
        assert.deepStrictEqual(taskDefinition.check(TASK, td([{ name: "ENVIRONMENT", value: "development" }, { name: "DATABASE_PASSWORD", value: "oh no D:" }])),
            [SECRET('containerDefinitions[0] ("my_service")', "DATABASE_PASSWORD")]);
        assert.deepStrictEqual(taskDefinition.check(TASK, td([{ name: "ENVIRONMENT", value: "development" }])), []);
    });
});

const containers = (...defs: unknown[]) => ({ containerDefinitions: JSON.stringify(defs) });
configTable(taskDefinition, "aws:ecs/taskDefinition:TaskDefinition", [
    ["secrets from Secrets Manager", {}, []],
    ["privileged", containers({ name: "agent", image: "x", privileged: true }),
        ['containerDefinitions[0] ("agent").privileged must not be true (FSBP ECS.4): a privileged container has root on the host and every other task on it']],
    ["a key in the environment", containers({ name: "api", image: "x" }, { name: "worker", image: "x", environment: [{ name: "AWS_ACCESS_KEY_ID", value: "AKIA" + "IOSFODNN7EXAMPLE" }] }),
        ['containerDefinitions[1] ("worker").environment "AWS_ACCESS_KEY_ID" contains an AWS access key id (FSBP ECS.8): environment values are visible to anyone ' +
            "who can describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store"]],
    ["an image not known yet, privileged", containers({ name: "api", image: SENTINEL, privileged: true }),
        ['containerDefinitions[0] ("api").privileged must not be true (FSBP ECS.4): a privileged container has root on the host and every other task on it']],
    ["privileged unknown", containers({ name: "api", image: "x", privileged: SENTINEL }), []],
    ["not JSON", { containerDefinitions: "[" }, []],
]);

describe("review regressions", () => {
    it("ecs-task-definition-secure: the variable names Security Hub ECS.8 looks for", () => {
        const td = (name: string, value: string) => ({ containerDefinitions: JSON.stringify([{ name: "api", image: "x", environment: [{ name, value }] }]) });
        assert.deepStrictEqual(taskDefinition.check("aws:ecs/taskDefinition:TaskDefinition", td("AWS_SECRET_ACCESS_KEY", "not-a-pattern-but-a-secret")), [
            'containerDefinitions[0] ("api").environment "AWS_SECRET_ACCESS_KEY" holds a credential (FSBP ECS.8): environment values are visible to anyone who can ' +
                "describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store",
        ]);
        assert.deepStrictEqual(taskDefinition.check("aws:ecs/taskDefinition:TaskDefinition", td("AWS_REGION", "us-east-1")), []);
    });
});
