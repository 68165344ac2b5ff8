import * as assert from "assert";
import { IngressRule, TCP_AND_UDP, UNKNOWN, inlineIngressRules, reachesPort, securityGroupChecks, securityGroupRuleIngress, vpcIngressRule } from "../../../policy/lib";

const rule = (more: Partial<IngressRule>): IngressRule => ({ where: "ingress[0]", protocol: "tcp", fromPort: 22, toPort: 22, cidrs: ["0.0.0.0/0"], ...more });

describe("policy/lib network ingress rules", () => {
    it("reachesPort: the protocol first (all protocols reach every port; another protocol none), then the port range", () => {
        assert.strictEqual(reachesPort(rule({}), 22), true);
        assert.strictEqual(reachesPort(rule({ protocol: "-1", fromPort: 0, toPort: 0 }), 22), true);
        assert.strictEqual(reachesPort(rule({ protocol: "udp" }), 22), false, "TCP only by default");
        assert.strictEqual(reachesPort(rule({ protocol: "udp" }), 22, TCP_AND_UDP), true);
        assert.strictEqual(reachesPort(rule({ protocol: "icmp", fromPort: UNKNOWN }), 22), false);
        assert.strictEqual(reachesPort(rule({ protocol: undefined }), 22), false);
        assert.strictEqual(reachesPort(rule({ protocol: UNKNOWN }), 22), UNKNOWN);
        assert.strictEqual(reachesPort(rule({ fromPort: UNKNOWN }), 22), UNKNOWN);
        assert.strictEqual(reachesPort(rule({ fromPort: 0, toPort: 21 }), 22), false);
        assert.strictEqual(reachesPort(rule({ fromPort: undefined, toPort: undefined }), 22), true, "no ports: every port");
    });

    it("inlineIngressRules normalizes each known rule: protocol lower-cased (numbers as text), CIDRs of both families trimmed", () => {
        assert.deepStrictEqual(inlineIngressRules([
            { protocol: " TCP ", fromPort: "443", toPort: 443, cidrBlocks: [" 10.0.0.0/8 ", 7], ipv6CidrBlocks: "::/0" },
            UNKNOWN,
            null,
            { protocol: 6, fromPort: UNKNOWN, toPort: 22, cidrBlocks: UNKNOWN },
        ]), [
            { where: "ingress[0]", protocol: "tcp", fromPort: 443, toPort: 443, cidrs: ["10.0.0.0/8", "::/0"] },
            { where: "ingress[3]", protocol: "6", fromPort: UNKNOWN, toPort: 22, cidrs: [] },
        ]);
        assert.deepStrictEqual(inlineIngressRules({ protocol: UNKNOWN }, "rules"), [{ where: "rules[0]", protocol: UNKNOWN, fromPort: undefined, toPort: undefined, cidrs: [] }]);
        for (const none of [undefined, null, UNKNOWN, []]) assert.deepStrictEqual(inlineIngressRules(none), [], String(none));
    });

    it("securityGroupRuleIngress reads ingress rules only; vpcIngressRule reads cidrIpv4/cidrIpv6 and ipProtocol", () => {
        assert.deepStrictEqual(securityGroupRuleIngress({ type: " Ingress ", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] }),
            [{ where: "this rule", protocol: "tcp", fromPort: 22, toPort: 22, cidrs: ["0.0.0.0/0", "::/0"] }]);
        for (const type of ["egress", UNKNOWN, undefined]) {
            assert.deepStrictEqual(securityGroupRuleIngress({ type, protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }), [], String(type));
        }
        assert.deepStrictEqual(vpcIngressRule({ ipProtocol: "-1", cidrIpv6: "::/0" }), [{ where: "this rule", protocol: "-1", fromPort: undefined, toPort: undefined, cidrs: ["::/0"] }]);
    });

    it("securityGroupChecks runs one check over the three forms; inline rules that are unknown as a whole are not checked", () => {
        const checks = securityGroupChecks<unknown>((rules) => [`${rules.length} rules: ${rules.map((r) => r.cidrs.join(" ")).join(", ")}`]);
        assert.deepStrictEqual(checks["aws:ec2/securityGroup:SecurityGroup"]!({ ingress: [{ protocol: "tcp", cidrBlocks: ["0.0.0.0/0"] }] }, {}), ["1 rules: 0.0.0.0/0"]);
        assert.deepStrictEqual(checks["aws:ec2/securityGroup:SecurityGroup"]!({ ingress: UNKNOWN }, {}), []);
        assert.deepStrictEqual(checks["aws:ec2/securityGroup:SecurityGroup"]!({}, {}), ["0 rules: "]);
        assert.deepStrictEqual(checks["aws:ec2/securityGroupRule:SecurityGroupRule"]!({ type: "ingress", cidrBlocks: "10.0.0.0/8" }, {}), ["1 rules: 10.0.0.0/8"]);
        assert.deepStrictEqual(checks["aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"]!({ cidrIpv4: "0.0.0.0/0" }, {}), ["1 rules: 0.0.0.0/0"]);
    });
});
