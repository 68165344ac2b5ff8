import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition } from "../../../policy/policies/ec2/ec2-no-public-admin-ports";
import { Props, happy } from "../factories";

const SG = "aws:ec2/securityGroup:SecurityGroup";
const RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
const VPC_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
const FIX = "anyone on the internet can try to log in; allow only your administrators' CIDRs, or use SSM Session Manager instead of an open port";

const open = (where: string, cidr: string, what: string, controls: string) => `${where} lets ${cidr} reach ${what} (${controls}): ${FIX}`;

describe("policy ec2-no-public-admin-ports", () => {
    const sg = (ingress: unknown[]): Props => ({ ...happy[SG]!(), ingress });
    const cases: Array<[string, string, Props, string[]]> = [
        ["SSH from 10.20.0.0/16 and HTTPS from the world", SG, {}, []],
        ["SSH from 0.0.0.0/0", SG, sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]),
            [open("ingress[0]", "0.0.0.0/0", "port 22 (SSH)", "CIS 5.2, Security Hub EC2.53")]],
        ["RDP from ::/0", SG, sg([{ protocol: "tcp", fromPort: 3389, toPort: 3389, ipv6CidrBlocks: ["::/0"] }]),
            [open("ingress[0]", "::/0", "port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54")]],
        ["a range 0-65535 from both worlds", SG, sg([{ protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] }]), [
            open("ingress[0]", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53"),
            open("ingress[0]", "::/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54"),
        ]],
        ["all protocols (-1) from the world, second rule", SG, sg([{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }, { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]),
            [open("ingress[1]", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ['protocol "6" (TCP by number), upper-case "ALL" is all', SG, sg([{ protocol: "6", fromPort: 20, toPort: 25, cidrBlocks: ["0.0.0.0/0"] }, { protocol: "ALL", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"] }]), [
            open("ingress[0]", "0.0.0.0/0", "port 22 (SSH)", "CIS 5.2, Security Hub EC2.53"),
            open("ingress[1]", "::/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54"),
        ]],
        ["UDP 3389 from the world (RDP uses UDP too; Security Hub checks TCP and UDP)", SG, sg([{ protocol: "udp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }]),
            [open("ingress[0]", "0.0.0.0/0", "port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ["ICMP from the world", SG, sg([{ protocol: "icmp", fromPort: -1, toPort: -1, cidrBlocks: ["0.0.0.0/0"] }]), []],
        ["ports unknown: skipped", SG, sg([{ protocol: "tcp", fromPort: UNKNOWN, toPort: UNKNOWN, cidrBlocks: ["0.0.0.0/0"] }]), []],
        ["CIDR unknown: skipped", SG, sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [UNKNOWN] }]), []],
        ["ingress unknown", SG, { ingress: UNKNOWN }, []],
        ["SecurityGroupRule ingress SSH from the world", RULE, { ...happy[RULE]!(), fromPort: 22, toPort: 22 },
            [open("this rule", "0.0.0.0/0", "port 22 (SSH)", "CIS 5.2, Security Hub EC2.53")]],
        ["SecurityGroupRule egress to 22 is not ingress", RULE, { ...happy[RULE]!(), type: "egress", fromPort: 22, toPort: 22 }, []],
        ["SecurityGroupRule type unknown", RULE, { ...happy[RULE]!(), type: UNKNOWN, fromPort: 22, toPort: 22 }, []],
        ["vpc rule RDP from ::/0", VPC_RULE, { fromPort: 3389, toPort: 3389, cidrIpv4: undefined, cidrIpv6: "::/0" },
            [open("this rule", "::/0", "port 3389 (RDP)", "CIS 5.3, Security Hub EC2.54")]],
        ["vpc rule all traffic (-1, no ports) from the world", VPC_RULE, { ipProtocol: "-1", fromPort: undefined, toPort: undefined },
            [open("this rule", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ["vpc rule TCP without ports covers every port", VPC_RULE, { fromPort: undefined, toPort: undefined },
            [open("this rule", "0.0.0.0/0", "port 22 (SSH) and port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")]],
        ["vpc rule from another security group", VPC_RULE, { fromPort: 22, toPort: 22, cidrIpv4: undefined, referencedSecurityGroupId: "sg-2" }, []],
    ];
    for (const [title, type, props, expected] of cases) {
        it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...props }), expected));
    }

    describe("config", () => {
        it("adminPorts adds a port to guard", () => {
            const props = { ...happy[RULE]!(), fromPort: 5432, toPort: 5432 };
            assert.deepStrictEqual(definition.check(RULE, props), []);
            assert.deepStrictEqual(definition.check(RULE, props, { adminPorts: [22, 5432] }), [open("this rule", "0.0.0.0/0", "port 5432", "CIS 5.2, Security Hub EC2.53")]);
        });

        it("allowedAdminCidrs limits every source of an admin port, not only the world", () => {
            const props = { ...happy[RULE]!(), fromPort: 22, toPort: 22, cidrBlocks: ["10.20.0.0/16", "192.0.2.0/24"] };
            assert.deepStrictEqual(definition.check(RULE, props, { allowedAdminCidrs: ["192.0.2.0/24"] }), [
                "this rule lets 10.20.0.0/16 reach port 22 (SSH), but only 192.0.2.0/24 may reach administration ports (policy config allowedAdminCidrs)",
            ]);
            assert.deepStrictEqual(definition.check(RULE, props), []);
        });

        it("odd adminPorts fall back to 22 and 3389", () => {
            for (const odd of [[], ["22"], [70000], "22", null]) {
                assert.deepStrictEqual(definition.check(RULE, { ...happy[RULE]!(), fromPort: 3389, toPort: 3389 }, { adminPorts: odd }),
                    [open("this rule", "0.0.0.0/0", "port 3389 (RDP)", "CIS 5.2, Security Hub EC2.53")], JSON.stringify(odd));
            }
        });
    });
});
