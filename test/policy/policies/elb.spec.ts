/** policy/policies/elb/: elb-access-logs-enabled, elb-listeners-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as logs } from "../../../policy/policies/elb/elb-access-logs-enabled";
import { definition as listeners } from "../../../policy/policies/elb/elb-listeners-encrypted";
import { Props } from "../factories";
import { fullTypeTable } from "../tables";

const LB = "aws:elb/loadBalancer:LoadBalancer";
const POLICY = "aws:elb/loadBalancerPolicy:LoadBalancerPolicy";
const SSL_POLICY = "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy";

const ACM = "arn:aws:acm:us-east-1:111111111111:certificate/1234";
const IAM_CERT = "arn:aws:iam::111111111111:server-certificate/web";
const listener = (lbProtocol: string, extra: Props = {}) => ({ instancePort: 8080, instanceProtocol: "http", lbPort: 443, lbProtocol, ...extra });
const HTTP = (i: number, got: string) => `listeners[${i}].lbProtocol must be "HTTPS" or "SSL" (FSBP ELB.3), got "${got}": clients send requests, cookies and credentials ` +
    "to the load balancer in clear text, and a Classic Load Balancer cannot redirect them to HTTPS";
const TCP = (i: number) => `listeners[${i}].lbProtocol should be "SSL" or "HTTPS" (FSBP ELB.3), got "tcp": the load balancer does not terminate TLS on ` +
    "this listener, so unless the instances do, traffic crosses the network in clear text";
const IAM = (i: number) => `listeners[${i}].sslCertificateId should be an ACM certificate (FSBP ELB.2), got an IAM server certificate: ` +
    "ACM renews its certificates by itself, an IAM one expires unless someone uploads its successor in time";
const NO_CERT = (i: number, got: string, protocol: string) => `listeners[${i}].sslCertificateId must name an ACM certificate (FSBP ELB.2), got ${got}: ` +
    `an ${protocol} listener cannot terminate TLS without one`;

fullTypeTable(listeners, LB, [
    ["an HTTP listener next to an HTTPS one", { listeners: [listener("http", { lbPort: 80 }), listener("https", { sslCertificateId: ACM })] }, [HTTP(0, "http")]],
    ["a TCP listener", { listeners: [listener("tcp")] }, [TCP(0)]],
    ["an SSL listener with an ACM certificate", { listeners: [listener("SSL", { sslCertificateId: ACM })] }, []],
    ["an IAM server certificate", { listeners: [listener("HTTPS", { sslCertificateId: IAM_CERT })] }, [IAM(0)]],
    ["a GovCloud IAM server certificate", { listeners: [listener("HTTPS", { sslCertificateId: "arn:aws-us-gov:iam::111111111111:server-certificate/web" })] }, [IAM(0)]],
    ["HTTPS without a certificate", { listeners: [listener("https")] }, [NO_CERT(0, "not set", "HTTPS")]],
    ["SSL with an empty certificate", { listeners: [listener("ssl", { sslCertificateId: "" })] }, [NO_CERT(0, '""', "SSL")]],
    ["a certificate not known yet", { listeners: [listener("https", { sslCertificateId: UNKNOWN })] }, []],
    ["a protocol not known yet", { listeners: [listener("http"), { ...listener("http"), lbProtocol: UNKNOWN }] }, [HTTP(0, "http")]],
    ["listeners not known yet", { listeners: UNKNOWN }, []],
    ["odd entries are skipped, padded protocols read", { listeners: [null, UNKNOWN, listener(" http ")] }, [HTTP(2, " http ")]],
    ["a single listener, not in a list", { listeners: listener("TCP") }, [TCP(0).replace('"tcp"', '"TCP"')]],
    ["a blank certificate", { listeners: [listener("HTTPS", { sslCertificateId: " " })] }, [NO_CERT(0, '" "', "HTTPS")]],
    ["a padded IAM certificate", { listeners: [listener("HTTPS", { sslCertificateId: ` ${IAM_CERT} ` })] }, [IAM(0)]],
    ["an ARN that merely contains an IAM one", { listeners: [listener("HTTPS", { sslCertificateId: `x${IAM_CERT}` })] }, []],
    ["a protocol that is not a string", { listeners: [listener("https", { lbProtocol: 443 })] }, []],
]);

const REFERENCE = (field: string, i: number, got: string, versions: string) => `${field}[${i}] "Reference-Security-Policy" must name a policy that accepts only TLS 1.2 or later, ` +
    `e.g. "ELBSecurityPolicy-TLS-1-2-2017-01" (FSBP ELB.8), got "${got}", which also accepts ${versions}: TLS 1.0 and 1.1 are deprecated (RFC 8996)`;
const PROTOCOL = (field: string, i: number, name: string) => `${field}[${i}] "${name}" must not be "true" (FSBP ELB.8): it lets clients negotiate a deprecated protocol; ` +
    'reference "ELBSecurityPolicy-TLS-1-2-2017-01" instead';
fullTypeTable(listeners, POLICY, [
    ["ELBSecurityPolicy-2016-08", { policyAttributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-2016-08" }] },
        [REFERENCE("policyAttributes", 0, "ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1")]],
    ["TLSv1.1 enabled", { policyAttributes: [{ name: "Protocol-TLSv1.2", value: "true" }, { name: "Protocol-TLSv1.1", value: "TRUE" }] }, [PROTOCOL("policyAttributes", 1, "Protocol-TLSv1.1")]],
    ["TLSv1 explicitly off", { policyAttributes: [{ name: "Protocol-TLSv1", value: "false" }] }, []],
    ["not an SSL negotiation policy", { policyTypeName: "ProxyProtocolPolicyType", policyAttributes: [{ name: "ProxyProtocol", value: "true" }] }, []],
    ["policy type not known yet", { policyTypeName: UNKNOWN, policyAttributes: [{ name: "Protocol-SSLv3", value: "true" }] }, []],
    ["attribute value not known yet", { policyAttributes: [{ name: "Reference-Security-Policy", value: UNKNOWN }] }, []],
    ["padded names and values, odd entries", { policyTypeName: " SSLNegotiationPolicyType ", policyAttributes: [null, UNKNOWN,
        { name: " Reference-Security-Policy ", value: " ELBSecurityPolicy-TLS-1-1-2017-01 " }, { name: " protocol-tlsv1 ", value: " True " }] }, [
        REFERENCE("policyAttributes", 2, "ELBSecurityPolicy-TLS-1-1-2017-01", "TLS 1.1"), PROTOCOL("policyAttributes", 3, "protocol-tlsv1"),
    ]],
    ["a name that is not a string", { policyAttributes: [{ name: 1, value: "true" }] }, []],
    ["SSLv2 enabled", { policyAttributes: [{ name: "Protocol-SSLv2", value: "true" }] }, [PROTOCOL("policyAttributes", 0, "Protocol-SSLv2")]],
    ["a cipher enabled is no protocol", { policyAttributes: [{ name: "ECDHE-RSA-AES128-SHA", value: "true" }] }, []],
]);
fullTypeTable(listeners, SSL_POLICY, [
    ["SSLv3 enabled", { attributes: [{ name: "Protocol-SSLv3", value: "true" }] }, [PROTOCOL("attributes", 0, "Protocol-SSLv3")]],
    ["TLS-1-1-2017-01 referenced", { attributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-1-2017-01" }] },
        [REFERENCE("attributes", 0, "ELBSecurityPolicy-TLS-1-1-2017-01", "TLS 1.1")]],
]);

const NO_LOGS = (got: string) => `accessLogs must name a bucket and not set enabled to false (FSBP ELB.5), got ${got}: ` +
    "without access logs there is no record of who sent which request to the load balancer";
fullTypeTable(logs, LB, [
    ["no accessLogs", { accessLogs: undefined }, [NO_LOGS("no accessLogs")]],
    ["disabled", { accessLogs: { bucket: "acme-elb-logs", enabled: false } }, [NO_LOGS("enabled false")]],
    ["a bucket, enabled by default", { accessLogs: { bucket: "acme-elb-logs" } }, []],
    ["enabled as a string", { accessLogs: { bucket: "acme-elb-logs", enabled: "true" } }, []],
    ["no bucket", { accessLogs: { enabled: true } }, [NO_LOGS("no bucket")]],
    ["bucket not known yet", { accessLogs: { bucket: UNKNOWN } }, []],
    ["accessLogs not known yet", { accessLogs: UNKNOWN }, []],
    ["enabled not known yet", { accessLogs: { bucket: "acme-elb-logs", enabled: UNKNOWN } }, []],
    ["a blank bucket", { accessLogs: { bucket: " ", enabled: true } }, [NO_LOGS("no bucket")]],
    ["disabled without a bucket", { accessLogs: { enabled: "false" } }, [NO_LOGS("enabled false")]],
]);

/*
 * Scanners' cases, as @pulumi/aws v7 inputs: checkov example_ELBwListenerNotTLSSSL (CKV_AWS_127), test_ELBUsesSSL (CKV_AWS_127),
 * test_ELBAccessLogs (CKV_AWS_92), example_ELBPolicyUsesSecureProtocols (CKV_AWS_213); Prowler elb_ssl_listeners, elb_logging_enabled.
 */
describe("scanners' Classic Load Balancer cases", () => {
    const base = { availabilityZones: ["us-west-2a", "us-west-2b", "us-west-2c"], crossZoneLoadBalancing: true, idleTimeout: 400, connectionDraining: true };
    it("checkov CKV_AWS_127: an HTTP listener, or an HTTPS one without a certificate, is flagged; HTTPS with a certificate passes", () => {
        assert.deepStrictEqual(listeners.check(LB, { ...base, listeners: [listener("http", { instancePort: 8000, lbPort: 80 }), listener("https", { sslCertificateId: "foo" })] }),
            [HTTP(0, "http")]);
        assert.deepStrictEqual(listeners.check(LB, { ...base, listeners: [listener("https", { lbPort: 80, sslCertificateId: "foo" }), listener("https", { sslCertificateId: "" })] }),
            [NO_CERT(1, '""', "HTTPS")]);
        assert.deepStrictEqual(listeners.check(LB, { ...base, listeners: [listener("https", { lbPort: 80, sslCertificateId: "foo" }), listener("https")] }), [NO_CERT(1, "not set", "HTTPS")]);
        assert.deepStrictEqual(listeners.check(LB, { ...base, listeners: [listener("https", { instanceProtocol: "SSL", lbPort: 80, sslCertificateId: "foo" })] }), []);
        // checkov passes an IAM server certificate; Security Hub ELB.2 (advisory here) asks for ACM.
        assert.deepStrictEqual(listeners.check(LB, { ...base, listeners: [listener("https", { sslCertificateId: "arn:aws:iam::123456789012:server-certificate/certName" })] }), [IAM(0)]);
    });
    it("checkov CKV_AWS_92: access logs", () => {
        const http = { ...base, listeners: [listener("http", { instancePort: 8000, lbPort: 80 })] };
        assert.deepStrictEqual(logs.check(LB, http), [NO_LOGS("no accessLogs")]);
        assert.deepStrictEqual(logs.check(LB, { ...http, accessLogs: { bucket: "lb-logs", enabled: false } }), [NO_LOGS("enabled false")]);
        assert.deepStrictEqual(logs.check(LB, { ...http, accessLogs: { bucket: "lb-logs", enabled: true } }), []);
        assert.deepStrictEqual(logs.check(LB, { ...http, accessLogs: { bucket: "lb-logs" } }), []);
    });
    it("checkov CKV_AWS_213: SSL negotiation policies", () => {
        const policy = (...policyAttributes: Props[]) => listeners.check(POLICY, { loadBalancerName: "wu-tang", policyName: "wu-tang-ssl", policyTypeName: "SSLNegotiationPolicyType", policyAttributes });
        assert.deepStrictEqual(policy({ name: "Protocol-TLSv1.2", value: "true" }, { name: "Protocol-TLSv1", value: "true" }), [PROTOCOL("policyAttributes", 1, "Protocol-TLSv1")]);
        for (const [name, versions] of [["ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1"], ["ELBSecurityPolicy-TLS-1-1-2017-01", "TLS 1.1"], ["ELBSecurityPolicy-2015-05", "TLS 1.0 and 1.1"],
            ["ELBSecurityPolicy-2015-03", "TLS 1.0 and 1.1"], ["ELBSecurityPolicy-2015-02", "TLS 1.0 and 1.1"]]) {
            assert.deepStrictEqual(policy({ name: "Reference-Security-Policy", value: name }), [REFERENCE("policyAttributes", 0, name!, versions!)], name);
        }
        assert.deepStrictEqual(policy({ name: "Protocol-TLSv1.2", value: "true" }), []);
        assert.deepStrictEqual(policy({ name: "Protocol-TLSv1", value: "false" }), []);
        assert.deepStrictEqual(policy({ name: "Reference-Security-Policy", value: "TLS-1-2-2017-01" }), []);
    });
});
