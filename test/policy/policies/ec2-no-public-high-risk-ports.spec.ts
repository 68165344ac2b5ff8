import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition } from "../../../policy/policies/ec2/ec2-no-public-high-risk-ports";
import { happy } from "../factories";

const SG = "aws:ec2/securityGroup:SecurityGroup";
const RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
const VPC_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
const risky = (where: string, cidr: string, ports: string) =>
    `${where} lets ${cidr} reach high-risk port${ports.includes(",") ? "s" : ""} ${ports} (FSBP EC2.19): databases, file shares, remote shells and development servers ` +
    "are attacked within minutes of being reachable; put them behind a load balancer, VPN or private subnet";

describe("policy ec2-no-public-high-risk-ports", () => {
    it("accepts HTTPS from the world and SSH from a private range", () => {
        for (const type of [SG, RULE, VPC_RULE]) assert.deepStrictEqual(definition.check(type, happy[type]!()), [], type);
    });

    it("PostgreSQL from the world", () => {
        assert.deepStrictEqual(definition.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: 5432, toPort: 5432 }), [risky("this rule", "0.0.0.0/0", "5432")]);
    });

    it("a range opens each listed port inside it; UDP counts", () => {
        assert.deepStrictEqual(definition.check(RULE, { ...happy[RULE]!(), protocol: "udp", fromPort: 3000, toPort: 5500, cidrBlocks: ["::/0"] }),
            [risky("this rule", "::/0", "3000, 3306, 4333, 5000, 5432, 5500")]);
    });

    it("all traffic from the world opens all 22 ports (SSH and RDP are the admin-ports policy's)", () => {
        assert.deepStrictEqual(definition.check(SG, { ...happy[SG]!(), ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] }),
            [risky("ingress[0]", "0.0.0.0/0", "20, 21, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300")]);
    });

    it("a private source, unknown ports or an unknown ingress list are not findings", () => {
        assert.deepStrictEqual(definition.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: 5432, toPort: 5432, cidrIpv4: "10.0.0.0/8" }), []);
        assert.deepStrictEqual(definition.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: UNKNOWN, toPort: 5432 }), []);
        assert.deepStrictEqual(definition.check(SG, { ...happy[SG]!(), ingress: UNKNOWN }), []);
    });

    it("config ports replaces the list", () => {
        const redis = { ...happy[VPC_RULE]!(), fromPort: 6379, toPort: 6379 };
        assert.deepStrictEqual(definition.check(VPC_RULE, redis), []);
        assert.deepStrictEqual(definition.check(VPC_RULE, redis, { ports: [6379] }), [risky("this rule", "0.0.0.0/0", "6379")]);
        assert.deepStrictEqual(definition.check(VPC_RULE, { ...happy[VPC_RULE]!(), fromPort: 8080, toPort: 8080 }, { ports: [6379] }), []);
    });
});
