import * as assert from "assert";
import type * as pulumi from "@pulumi/pulumi";
import { ScanMocks } from "../../../tools/scan/mocks";
import { renderPolicyDocument } from "../../../tools/scan/policy-document";

type Answer = Record<string, unknown>;

function invoke(mocks: ScanMocks, token: string, inputs: Record<string, unknown> = {}, provider?: string): Answer {
    return mocks.call({ token, inputs, provider } as pulumi.runtime.MockCallArgs);
}

function make(mocks: ScanMocks, type: string, name: string, inputs: Record<string, unknown> = {}, custom = true) {
    return mocks.newResource({ type, name, inputs, custom } as pulumi.runtime.MockResourceArgs);
}

describe("scan mocks (tools/scan/mocks.ts)", () => {
    describe("invokes real programs call", () => {
        const mocks = new ScanMocks({ region: "eu-west-1" });

        it("getCallerIdentity: AWS's documentation account, an assumed role", () => {
            assert.deepStrictEqual(invoke(mocks, "aws:index/getCallerIdentity:getCallerIdentity"), {
                accountId: "123456789012",
                arn: "arn:aws:sts::123456789012:assumed-role/offline-scan/offline-scan",
                userId: "AROATBYRUY4GUO6E2D7GI:offline-scan",
                id: "123456789012",
            });
        });

        it("getRegion and getAvailabilityZones: the Region of the stack, zones with AWS's zone ids", () => {
            assert.deepStrictEqual(invoke(mocks, "aws:index/getRegion:getRegion"), {
                name: "eu-west-1", region: "eu-west-1", id: "eu-west-1", description: "eu-west-1", endpoint: "ec2.eu-west-1.amazonaws.com",
            });
            assert.deepStrictEqual(invoke(mocks, "aws:index/getAvailabilityZones:getAvailabilityZones"), {
                names: ["eu-west-1a", "eu-west-1b", "eu-west-1c"], zoneIds: ["euw1-az1", "euw1-az2", "euw1-az3"],
                groupNames: ["eu-west-1", "eu-west-1", "eu-west-1"], id: "eu-west-1", region: "eu-west-1",
            });
            assert.deepStrictEqual(invoke(new ScanMocks(), "aws:index/getAvailabilityZones:getAvailabilityZones", { excludeNames: ["us-east-1e"] }).zoneIds,
                ["use1-az1", "use1-az2", "use1-az3", "use1-az4", "use1-az6"]);
        });

        it("getPartition: aws", () => {
            assert.deepStrictEqual(invoke(mocks, "aws:index/getPartition:getPartition"), { partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws", id: "aws" });
        });

        it("getVpc({ default: true }): the default VPC, 172.31.0.0/16; getSubnets of it: three subnets; getSubnet: one that maps public IPs, as default subnets do", () => {
            const vpc = invoke(mocks, "aws:ec2/getVpc:getVpc", { default: true });
            assert.strictEqual(vpc.id, "vpc-ce2a8c0d8dafa0f2b");
            assert.strictEqual(vpc.cidrBlock, "172.31.0.0/16");
            assert.strictEqual(vpc.default, true);
            assert.strictEqual(vpc.arn, "arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-ce2a8c0d8dafa0f2b");
            const subnets = ["subnet-b07e9cb110ed91abb", "subnet-975ad5b6fa1fec445", "subnet-189c9b202d81a45bd"];
            assert.deepStrictEqual(invoke(mocks, "aws:ec2/getSubnets:getSubnets", { filters: [{ name: "vpc-id", values: ["vpc-ce2a8c0d8dafa0f2b"] }] }).ids, subnets);
            assert.deepStrictEqual(invoke(mocks, "aws:ec2/getSubnets:getSubnets").ids, subnets, "no filter: the default VPC's");
            const subnet = invoke(mocks, "aws:ec2/getSubnet:getSubnet", { id: "subnet-0123456789abcdef0" });
            assert.deepStrictEqual([subnet.vpcId, subnet.mapPublicIpOnLaunch, subnet.availabilityZoneId], ["vpc-ce2a8c0d8dafa0f2b", true, "euw1-az1"]);
            const own = invoke(mocks, "aws:ec2/getVpc:getVpc", { tags: { Name: "prod" } });
            assert.deepStrictEqual([own.default, own.cidrBlock], [false, "10.0.0.0/16"]);
        });

        it("getAmi: an image owned by the owner asked for, named after the name filter", () => {
            const ami = invoke(mocks, "aws:ec2/getAmi:getAmi", { owners: ["137112412989"], mostRecent: true, filters: [{ name: "name", values: ["al2023-ami-*-x86_64"] }] });
            assert.match(String(ami.id), /^ami-[0-9a-f]{17}$/);
            assert.deepStrictEqual([ami.imageId, ami.name, ami.ownerId, ami.architecture], [ami.id, "al2023-ami-2026-x86_64", "137112412989", "x86_64"]);
        });

        it("elb.getServiceAccount: the Elastic Load Balancing account AWS documents for the Region; none for Regions opened since August 2022", () => {
            assert.deepStrictEqual(invoke(mocks, "aws:elb/getServiceAccount:getServiceAccount"), { id: "156460612806", arn: "arn:aws:iam::156460612806:root", region: "eu-west-1" });
            assert.strictEqual(invoke(mocks, "aws:elb/getServiceAccount:getServiceAccount", { region: "us-east-1" }).arn, "arn:aws:iam::127311923021:root");
            assert.throws(() => invoke(mocks, "aws:elb/getServiceAccount:getServiceAccount", { region: "eu-south-2" }),
                { message: "getServiceAccount: Elastic Load Balancing has no account in eu-south-2: use the logdelivery.elasticloadbalancing.amazonaws.com service principal" });
        });

        it("ssm.getParameter: AWS's public AMI parameters as AWS publishes them (the ECS-optimized one is JSON), anything else a placeholder it notes", () => {
            const ecs = invoke(mocks, "aws:ssm/getParameter:getParameter", { name: "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended" });
            assert.deepStrictEqual(JSON.parse(String(ecs.value)), { image_id: "ami-e51f4386ead205531", image_name: "amazon-linux-2023", os: "Amazon Linux", schema_version: 1 });
            assert.match(String(invoke(mocks, "aws:ssm/getParameter:getParameter", { name: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64" }).value), /^ami-[0-9a-f]{17}$/);
            const own = new ScanMocks();
            assert.strictEqual(invoke(own, "aws:ssm/getParameter:getParameter", { name: "/app/db-host" }).value, "offline-scan-placeholder");
            assert.deepStrictEqual(own.notes, ["the SSM parameter /app/db-host reads as \"offline-scan-placeholder\": the scan never reads your account"]);
        });

        it("an invoke it cannot answer fails naming the token, once in `unanswered` however often it is called", () => {
            const own = new ScanMocks();
            const message = "the offline scan cannot answer the invoke aws:ec2/getInstance:getInstance: its result depends on your AWS account or another cloud, which the scan never calls";
            assert.throws(() => invoke(own, "aws:ec2/getInstance:getInstance", { instanceId: "i-1" }), (e: Error & { details?: string }) => e.message === message && e.details === message);
            assert.throws(() => invoke(own, "aws:ec2/getInstance:getInstance", { instanceId: "i-2" }));
            assert.deepStrictEqual(own.unanswered, ["aws:ec2/getInstance:getInstance"]);
        });

        it("an explicit provider: invokes answer in its Region and account", () => {
            const own = new ScanMocks();
            const provider = make(own, "pulumi:providers:aws", "west", { region: "us-west-2", allowedAccountIds: "[\"210987654321\"]" });
            const ref = `urn:pulumi:dev::p::pulumi:providers:aws::west::${provider.id}`;
            assert.strictEqual(invoke(own, "aws:index/getRegion:getRegion", {}, ref).name, "us-west-2");
            assert.strictEqual(invoke(own, "aws:index/getCallerIdentity:getCallerIdentity", {}, ref).accountId, "210987654321");
        });
    });

    describe("resources", () => {
        it("gives a bucket the name the provider would generate (lowercase), its ARN and endpoints in the stack's Region", () => {
            const mocks = new ScanMocks({ region: "eu-west-1" });
            assert.deepStrictEqual(make(mocks, "aws:s3/bucket:Bucket", "Site"), {
                id: "site-16afbdt",
                state: {
                    bucket: "site-16afbdt", arn: "arn:aws:s3:::site-16afbdt", bucketDomainName: "site-16afbdt.s3.amazonaws.com",
                    bucketRegionalDomainName: "site-16afbdt.s3.eu-west-1.amazonaws.com", hostedZoneId: "Z3AQBSTGFYJSTF", region: "eu-west-1",
                    websiteEndpoint: "site-16afbdt.s3-website-eu-west-1.amazonaws.com", websiteDomain: "s3-website-eu-west-1.amazonaws.com",
                },
            });
        });

        it("replaces a resource passed as an input by its id, and builds ARNs from generated names", () => {
            const mocks = new ScanMocks({ region: "eu-west-1" });
            make(mocks, "aws:iam/role:Role", "fn-role", { assumeRolePolicy: "{}" });
            const fn = make(mocks, "aws:lambda/function:Function", "fn", { role: { __pulumiType: "aws:iam/role:Role", __name: "fn-role" }, runtime: "nodejs22.x" });
            assert.strictEqual(fn.state.role, "fn-role-24626u1");
            assert.strictEqual(fn.state.arn, "arn:aws:lambda:eu-west-1:123456789012:function:fn-nrhhbge");
            assert.strictEqual(fn.state.invokeArn, "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:fn-nrhhbge/invocations");
        });

        it("gives EC2 resources EC2-style ids, and any other AWS type an id and an ARN", () => {
            const mocks = new ScanMocks({ region: "eu-west-1" });
            assert.deepStrictEqual(make(mocks, "aws:ec2/securityGroup:SecurityGroup", "web"), {
                id: "sg-f0ee7094f7890df58",
                state: { name: "web-vikvb10", arn: "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-f0ee7094f7890df58", ownerId: "123456789012", id: "sg-f0ee7094f7890df58" },
            });
            assert.deepStrictEqual(make(mocks, "aws:appmesh/mesh:Mesh", "mesh", { name: "m1" }), { id: "m1", state: { name: "m1", arn: "arn:aws:appmesh:eu-west-1:123456789012:mesh/m1", id: "m1" } });
        });

        it("answers what programs read from other packages and from awsx components (a password's result, an image's URI)", () => {
            const mocks = new ScanMocks({ region: "eu-west-1" });
            assert.strictEqual(String(make(mocks, "random:index/randomPassword:RandomPassword", "pw", { length: 12 }).state.result).length, 12);
            assert.strictEqual(make(mocks, "awsx:ecr:Image", "img", { repositoryUrl: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app" }, false).state.imageUri,
                "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:ec945961027ed5be47adf4b506315f8c361df7b73d866f7c8bf48a9a1f0a559b");
        });
    });

    describe("iam.getPolicyDocument, rendered as the AWS provider renders it", () => {
        it("one element as a string, several in reverse order; principals by type; conditions by test and variable", () => {
            const rendered = renderPolicyDocument({
                statements: [{
                    sid: "Read",
                    actions: ["s3:GetObject", "s3:ListBucket"],
                    resources: ["arn:aws:s3:::b/*"],
                    principals: [{ type: "AWS", identifiers: ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"] }],
                    conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: ["true"] }],
                }],
            });
            assert.deepStrictEqual(JSON.parse(rendered.json), {
                Version: "2012-10-17",
                Statement: [{
                    Sid: "Read",
                    Effect: "Allow",
                    Action: ["s3:ListBucket", "s3:GetObject"],
                    Resource: "arn:aws:s3:::b/*",
                    Principal: { AWS: ["arn:aws:iam::444455556666:root", "arn:aws:iam::111122223333:root"] },
                    Condition: { Bool: { "aws:SecureTransport": "true" } },
                }],
            });
            assert.strictEqual(rendered.minifiedJson, JSON.stringify(JSON.parse(rendered.json)));
            assert.match(rendered.json, /^\{\n {2}"Version": "2012-10-17",\n {2}"Statement": \[/);
        });

        it("the * principal type as \"*\", Effect Allow by default, &{...} as a policy variable", () => {
            const doc = JSON.parse(renderPolicyDocument({
                statements: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/&{aws:username}/*"], principals: [{ type: "*", identifiers: ["*"] }] }],
            }).json);
            assert.deepStrictEqual(doc.Statement, [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/${aws:username}/*", Principal: "*" }]);
        });

        it("source documents first, then the statements, then overrides, a statement replacing one with the same Sid", () => {
            const doc = JSON.parse(renderPolicyDocument({
                sourcePolicyDocuments: [JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: "A", Effect: "Allow", Action: "s3:*", Resource: "*" }, { Sid: "B", Effect: "Allow", Action: "sqs:*", Resource: "*" }] })],
                statements: [{ sid: "A", actions: ["s3:GetObject"], resources: ["*"] }],
                overridePolicyDocuments: [JSON.stringify({ Statement: [{ Sid: "B", Effect: "Deny", Action: "sqs:*", Resource: "*" }] })],
            }).json);
            assert.deepStrictEqual(doc.Statement, [
                { Sid: "A", Effect: "Allow", Action: "s3:GetObject", Resource: "*" },
                { Sid: "B", Effect: "Deny", Action: "sqs:*", Resource: "*" },
            ]);
        });

        it("refuses two statements with the same Sid, as the provider does", () => {
            assert.throws(() => renderPolicyDocument({ statements: [{ sid: "X", actions: ["a:b"] }, { sid: "X", actions: ["c:d"] }] }),
                { message: "getPolicyDocument: duplicate Sid (X); remove the Sid or ensure the Sid is unique" });
        });

        it("is what ScanMocks answers for the invoke", () => {
            const args = { statements: [{ actions: ["kms:*"], resources: ["*"], principals: [{ type: "AWS", identifiers: ["arn:aws:iam::123456789012:root"] }] }] };
            assert.deepStrictEqual(invoke(new ScanMocks(), "aws:iam/getPolicyDocument:getPolicyDocument", args), renderPolicyDocument(args));
        });
    });
});
