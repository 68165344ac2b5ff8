/** Cases a review of the pack found wrong, each pinned where its policy would have failed it. */
import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { definition as routes } from "../../../policy/policies/apigateway/apigateway-routes-authorized";
import { definition as recorder } from "../../../policy/policies/cfg/config-recorder-complete";
import { definition as trailBucket } from "../../../policy/policies/cloudtrail/cloudtrail-bucket-not-public";
import { definition as publicPolicies } from "../../../policy/policies/cross-service/resource-policy-not-public";
import { definition as ecs } from "../../../policy/policies/ecs/ecs-task-definition-secure";
import { definition as eks } from "../../../policy/policies/eks/eks-endpoint-not-public";
import { definition as escalation } from "../../../policy/policies/iam/iam-no-privilege-escalation";
import { definition as trust } from "../../../policy/policies/iam/iam-role-trust-restricted";
import { definition as listener } from "../../../policy/policies/lb/lb-listener-encrypted";
import { definition as rds } from "../../../policy/policies/rds/rds-instance-resilient";
import { definition as versioning } from "../../../policy/policies/s3/s3-bucket-versioning-enabled";

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });

describe("review regressions", () => {
    it("config-recorder-complete: allSupported unset means everything (the home-region-only global types setup)", () => {
        assert.deepStrictEqual(recorder.check("aws:cfg/recorder:Recorder", { recordingGroup: { includeGlobalResourceTypes: false } }), []);
        assert.strictEqual(recorder.check("aws:cfg/recorder:Recorder", { recordingGroup: { resourceTypes: ["AWS::S3::Bucket"] } }).length, 1);
    });

    it("cloudtrail-bucket-not-public: a public bucket the trail only watches (event selectors) is not its log bucket", () => {
        const site: StackResource = { urn: "u:site", type: "aws:s3/bucket:Bucket", name: "site", props: { bucket: UNKNOWN, acl: "public-read" }, dependencies: [] };
        const logs: StackResource = { urn: "u:logs", type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: UNKNOWN }, dependencies: [] };
        const trail: StackResource = {
            urn: "u:trail", type: "aws:cloudtrail/trail:Trail", name: "trail", props: { s3BucketName: UNKNOWN },
            dependencies: [site.urn, logs.urn], propertyDependencies: { s3BucketName: [logs.urn], eventSelectors: [site.urn] },
        };
        assert.deepStrictEqual(trailBucket.check([site, logs, trail]), []);
    });

    it("eks-endpoint-not-public: a CIDR not known yet is not the whole internet", () => {
        assert.deepStrictEqual(eks.check("aws:eks/cluster:Cluster", { vpcConfig: { endpointPublicAccess: true, publicAccessCidrs: [UNKNOWN] } }), []);
    });

    it("lb-listener-encrypted: a listener without a protocol is HTTP", () => {
        assert.strictEqual(listener.check("aws:lb/listener:Listener", { port: 80, defaultActions: [{ type: "forward", targetGroupArn: "tg" }] }).length, 1);
        assert.deepStrictEqual(listener.check("aws:lb/listener:Listener", { port: 443, certificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06", defaultActions: [] }), []);
    });

    it("iam-no-privilege-escalation: PassRole on every role with code-running actions scoped to some functions; an account-wide IAM wildcard", () => {
        const check = (policy: string) => escalation.check("aws:iam/policy:Policy", { policy }, undefined, "app");
        assert.strictEqual(check(doc({ Effect: "Allow", Action: "iam:PassRole", Resource: "*" },
            { Effect: "Allow", Action: "lambda:CreateFunction", Resource: "arn:aws:lambda:us-east-1:111111111111:function:*" })).length, 1);
        assert.strictEqual(check(doc({ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "arn:aws:iam::111111111111:*" })).length, 1);
    });

    it("apigateway-routes-authorized: WebSocket routes other than $connect cannot have an authorizer", () => {
        // A custom route key ("sendMessage") is a WebSocket route too: AWS accepts an authorizer on $connect only.
        for (const routeKey of ["$default", "$disconnect", "sendMessage"]) {
            assert.strictEqual(routes.check("aws:apigatewayv2/route:Route", { apiId: "a", routeKey, authorizationType: "NONE" }).length, 0, routeKey);
        }
        assert.strictEqual(routes.check("aws:apigatewayv2/route:Route", { apiId: "a", routeKey: "POST /messages", authorizationType: "NONE" }).length, 1);
        assert.strictEqual(routes.check("aws:apigatewayv2/route:Route", { apiId: "a", routeKey: "$connect", authorizationType: "NONE" }).length, 1);
    });

    it('iam-role-trust-restricted: a condition with the value "*" limits nothing', () => {
        assert.strictEqual(trust.check("aws:iam/role:Role", { assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole",
            Condition: { StringLike: { "aws:PrincipalOrgID": "*" } } }) }).length, 1);
    });

    it("resource-policy-not-public: Allow with NotPrincipal grants everyone else", () => {
        assert.strictEqual(publicPolicies.check("aws:s3/bucketPolicy:BucketPolicy", { bucket: "b",
            policy: doc({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111111111111:root" }, Action: "s3:GetObject", Resource: "*" }) }).length, 1);
    });

    it("ecs-task-definition-secure: the variable names Security Hub ECS.8 looks for", () => {
        const td = (name: string, value: string) => ({ containerDefinitions: JSON.stringify([{ name: "api", image: "x", environment: [{ name, value }] }]) });
        assert.deepStrictEqual(ecs.check("aws:ecs/taskDefinition:TaskDefinition", td("AWS_SECRET_ACCESS_KEY", "not-a-pattern-but-a-secret")), [
            'containerDefinitions[0] ("api").environment "AWS_SECRET_ACCESS_KEY" holds a credential (FSBP ECS.8): environment values are visible to anyone who can ' +
                "describe the task definition; pass it through the container's secrets from Secrets Manager or SSM Parameter Store",
        ]);
        assert.deepStrictEqual(ecs.check("aws:ecs/taskDefinition:TaskDefinition", td("AWS_REGION", "us-east-1")), []);
    });

    it("s3-bucket-versioning-enabled: the V2 resource too", () => {
        assert.strictEqual(versioning.check("aws:s3/bucketVersioningV2:BucketVersioningV2", { bucket: "b", versioningConfiguration: { status: "Suspended" } }).length, 1);
    });

    it("rds-instance-resilient: no remediation when deletion protection is already on", () => {
        assert.strictEqual(rds.remediate("aws:rds/instance:Instance", { deletionProtection: true, backupRetentionPeriod: 0 }), undefined);
    });
});
