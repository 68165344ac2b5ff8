/** policy/policies/lb/: lb-listener-encrypted, lb-listener-tls-policy-recommended, lb-load-balancer-hardened. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as encrypted } from "../../../policy/policies/lb/lb-listener-encrypted";
import { definition as recommended } from "../../../policy/policies/lb/lb-listener-tls-policy-recommended";
import { definition as hardened } from "../../../policy/policies/lb/lb-load-balancer-hardened";
import { Props, happy } from "../factories";
import { fullTypeTable, typedTable } from "../tables";

const LISTENER = "aws:lb/listener:Listener";
const ALB_LISTENER = "aws:alb/listener:Listener";
const listener = (change: Props) => ({ ...happy[LISTENER]!(), ...change });

const TLS_WHY = "TLS 1.0 and 1.1 are deprecated (RFC 8996) and let an attacker downgrade connections to weak ciphers";
const WEAK = (policy: string, versions: string) => 'sslPolicy must accept only TLS 1.2 or later, e.g. "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" ' +
    `(the policy the Elastic Load Balancing guides recommend), got "${policy}", which also accepts ${versions} (foundation encrypted-in-transit); ${TLS_WHY}`;
const NO_REDIRECT = 'an HTTP listener\'s defaultActions must redirect to HTTPS (type "redirect", redirect.protocol "HTTPS", statusCode "HTTP_301") (FSBP ELB.1): ' +
    "otherwise requests, cookies and credentials cross the network in clear text";
const GWLB_ARN = "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/gwy/inspection/4b2f6c1a9d8e7f60";
const FORWARD = [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/appliances/5e6f7a8b9c0d1e2f" }];

fullTypeTable(encrypted, LISTENER, [
    // Policies accepting TLS 1.0 or 1.1, named as AWS names them: the version is in the name.
    ["ELBSecurityPolicy-TLS13-1-0-2021-06", { sslPolicy: "ELBSecurityPolicy-TLS13-1-0-2021-06" }, [WEAK("ELBSecurityPolicy-TLS13-1-0-2021-06", "TLS 1.0 and 1.1")]],
    ["ELBSecurityPolicy-TLS13-1-1-2021-06", { sslPolicy: "ELBSecurityPolicy-TLS13-1-1-2021-06" }, [WEAK("ELBSecurityPolicy-TLS13-1-1-2021-06", "TLS 1.1")]],
    ["ELBSecurityPolicy-TLS-1-1-2017-01", { sslPolicy: "ELBSecurityPolicy-TLS-1-1-2017-01" }, [WEAK("ELBSecurityPolicy-TLS-1-1-2017-01", "TLS 1.1")]],
    ["ELBSecurityPolicy-FS-2018-06", { sslPolicy: "ELBSecurityPolicy-FS-2018-06" }, [WEAK("ELBSecurityPolicy-FS-2018-06", "TLS 1.0 and 1.1")]],
    ["ELBSecurityPolicy-FS-1-1-2019-08", { sslPolicy: "ELBSecurityPolicy-FS-1-1-2019-08" }, [WEAK("ELBSecurityPolicy-FS-1-1-2019-08", "TLS 1.1")]],
    ["ELBSecurityPolicy-2015-05 (NLB)", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-2015-05" }, [WEAK("ELBSecurityPolicy-2015-05", "TLS 1.0 and 1.1")]],
    ["ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09", { sslPolicy: "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09" }, [WEAK("ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09", "TLS 1.0 and 1.1")]],
    ["a policy name with spaces around it", { sslPolicy: " ELBSecurityPolicy-2016-08 " }, [WEAK("ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1")]],
    // TLS 1.2 or later, whether or not AWS recommends it: no block.
    ["ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" }, []],
    ["ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06" }, []],
    ["ELBSecurityPolicy-TLS-1-2-Ext-2018-06", { sslPolicy: "ELBSecurityPolicy-TLS-1-2-Ext-2018-06" }, []],
    ["a policy AWS may add later", { sslPolicy: "ELBSecurityPolicy-TLS13-1-3-PQ-2027-01" }, []],
    ["a name this pack does not know", { sslPolicy: "MyPolicy" }, []],
    ["sslPolicy unknown", { sslPolicy: UNKNOWN }, []],
    ["an empty sslPolicy is the default", { sslPolicy: "" }, ['sslPolicy must be set to a policy that accepts only TLS 1.2 or later, e.g. "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" ' +
        "(the policy the Elastic Load Balancing guides recommend), got not set: the API then applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 " +
        `(foundation encrypted-in-transit); ${TLS_WHY}`]],
    ["no protocol, a certificate and a weak policy: still TLS", { protocol: undefined, sslPolicy: "ELBSecurityPolicy-2016-08" }, [WEAK("ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1")]],
    // Gateway Load Balancers: no protocol, no port (GENEVE).
    ["a Gateway Load Balancer listener (no protocol, no port)", { loadBalancerArn: GWLB_ARN, port: undefined, protocol: undefined, sslPolicy: undefined, certificateArn: undefined, defaultActions: FORWARD }, []],
    ["a Gateway Load Balancer listener with the load balancer not known yet", { loadBalancerArn: UNKNOWN, port: undefined, protocol: undefined, sslPolicy: undefined,
        certificateArn: undefined, defaultActions: FORWARD }, []],
    ["a GWLB ARN with a port set by mistake", { loadBalancerArn: GWLB_ARN, port: 80, protocol: undefined, sslPolicy: undefined, certificateArn: undefined, defaultActions: FORWARD }, []],
    ["GENEVE spelled out", { protocol: "GENEVE", port: 6081, sslPolicy: undefined, certificateArn: undefined, defaultActions: FORWARD }, []],
    ["no protocol on an ALB (HTTP) with a port, forwarding", { protocol: undefined, port: 80, sslPolicy: undefined, certificateArn: undefined, defaultActions: FORWARD }, [NO_REDIRECT]],
    ["no protocol, port unknown", { protocol: undefined, port: UNKNOWN, sslPolicy: undefined, certificateArn: undefined, defaultActions: FORWARD }, []],
    ["lower-case https", { protocol: "https", sslPolicy: "ELBSecurityPolicy-2016-08" }, [WEAK("ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1")]],
    ["QUIC is not checked", { protocol: "QUIC", sslPolicy: undefined }, []],
    // Names are matched whole: a name that only contains a weak one is not AWS's.
    ["a name containing a dated policy", { sslPolicy: "MyELBSecurityPolicy-2016-08" }, []],
    ["a dated policy name with a suffix", { sslPolicy: "ELBSecurityPolicy-2016-08-custom" }, []],
    ["a name containing a TLS 1.0 one", { sslPolicy: "Copy-ELBSecurityPolicy-TLS13-1-0-2021-06" }, []],
    ["a name containing a TLS 1.1 one", { sslPolicy: "Copy-ELBSecurityPolicy-TLS-1-1-2017-01" }, []],
    ["ELBSecurityPolicy-TLS-1-0-2015-04", { sslPolicy: "ELBSecurityPolicy-TLS-1-0-2015-04" }, [WEAK("ELBSecurityPolicy-TLS-1-0-2015-04", "TLS 1.0 and 1.1")]],
    ["a padded https protocol", { protocol: " https ", sslPolicy: "ELBSecurityPolicy-2016-08" }, [WEAK("ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1")]],
    ["a blank protocol with a port is HTTP", { protocol: " ", port: 80, sslPolicy: undefined, certificateArn: undefined, defaultActions: FORWARD }, [NO_REDIRECT]],
    ["no protocol, a certificate only", { protocol: undefined, sslPolicy: undefined }, ["sslPolicy must be set to a policy that accepts only TLS 1.2 or later, " +
        'e.g. "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" (the policy the Elastic Load Balancing guides recommend), got not set: the API then applies ELBSecurityPolicy-2016-08, ' +
        `which accepts TLS 1.0 and 1.1 (foundation encrypted-in-transit); ${TLS_WHY}`]],
    ["no protocol, an empty certificate and no policy: HTTP", { protocol: undefined, port: 80, certificateArn: "", sslPolicy: undefined, defaultActions: FORWARD }, [NO_REDIRECT]],
    ["no protocol, a null certificate: HTTP", { protocol: undefined, port: 80, certificateArn: null, sslPolicy: null, defaultActions: FORWARD }, [NO_REDIRECT]],
    ["no protocol, a null port: a Gateway Load Balancer listener", { protocol: undefined, port: null, certificateArn: undefined, sslPolicy: undefined, defaultActions: FORWARD }, []],
    // HTTP listeners: any default action may be the redirect.
    ["HTTP: a redirect after odd actions", { protocol: "HTTP", port: 80, sslPolicy: undefined, certificateArn: undefined,
        defaultActions: [null, UNKNOWN, { type: "redirect", redirect: { protocol: "https" } }] }, []],
    ["HTTP: a forward, then a redirect", { protocol: "HTTP", port: 80, sslPolicy: undefined, certificateArn: undefined,
        defaultActions: [{ type: "forward", targetGroupArn: "tg" }, { type: "redirect", redirect: { protocol: "HTTPS" } }] }, []],
    ["HTTP: a redirect whose protocol is not known yet", { protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: { protocol: UNKNOWN } }] }, []],
    ["HTTP: a redirect block not known yet", { protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: UNKNOWN }] }, []],
    ["HTTP: a redirect without a protocol keeps HTTP", { protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: { host: "example.com" } }] }, [NO_REDIRECT]],
    ["HTTP: a fixed response", { protocol: "HTTP", port: 80, defaultActions: [{ type: "fixed-response", redirect: { protocol: "HTTPS" } }] }, [NO_REDIRECT]],
    ["HTTP: no default actions", { protocol: "HTTP", port: 80, defaultActions: undefined }, [NO_REDIRECT]],
    ["HTTP: only odd actions", { protocol: "HTTP", port: 80, defaultActions: [null] }, [NO_REDIRECT]],
]);

describe("policy lb-listener-encrypted config", () => {
    it("an empty allowedSslPolicies keeps the TLS 1.2 floor", () => {
        assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06" }), { allowedSslPolicies: [] }), []);
        assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy: "ELBSecurityPolicy-2016-08" }), { allowedSslPolicies: [] }), [WEAK("ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1")]);
    });
    it("every allowed policy is named when another is found", () => {
        assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }),
            { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"] }), [
            'sslPolicy must be one of the policies allowed by policy config allowedSslPolicies ("ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"), ' +
                'got "ELBSecurityPolicy-TLS13-1-2-2021-06"',
        ]);
        assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy: " ELBSecurityPolicy-TLS13-1-3-2021-06 " }), { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-3-2021-06"] }), []);
        assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy: UNKNOWN }), { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-3-2021-06"] }), []);
    });
    it("a configured list is the only one accepted, blanks and odd entries dropped", () => {
        const config = { allowedSslPolicies: [" ELBSecurityPolicy-TLS13-1-3-2021-06 ", "", 3] };
        assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06" }), config), []);
        assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy: undefined }), config), [
            'sslPolicy must be one of the policies allowed by policy config allowedSslPolicies ("ELBSecurityPolicy-TLS13-1-3-2021-06"), got not set (ELBSecurityPolicy-2016-08)',
        ]);
    });
});

const NOT_RECOMMENDED = (policy: string, min: string) => `sslPolicy "${policy}" accepts only TLS ${min} or later but is not one of the security policies AWS recommends (FSBP ELB.17): ` +
    'set "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", the policy the Elastic Load Balancing guides recommend (or "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09" where FIPS is required): ' +
    "it offers TLS 1.3 with hybrid post-quantum key exchange and keeps TLS 1.2 for older clients";
fullTypeTable(recommended, LISTENER, [
    ["ELBSecurityPolicy-TLS13-1-2-2021-06 (Security Hub ELB.17, the console's default before 2025-09)", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }, []],
    ["ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" }, []],
    ["ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04" }, []],
    ["ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07 (stricter)", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07" }, []],
    ["ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06" }, [NOT_RECOMMENDED("ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06", "1.2")]],
    ["ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09" }, [NOT_RECOMMENDED("ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09", "1.2")]],
    ["ELBSecurityPolicy-TLS-1-2-2017-01 (no TLS 1.3)", { sslPolicy: "ELBSecurityPolicy-TLS-1-2-2017-01" }, [NOT_RECOMMENDED("ELBSecurityPolicy-TLS-1-2-2017-01", "1.2")]],
    ["ELBSecurityPolicy-FS-1-2-Res-2020-10", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2020-10" }, [NOT_RECOMMENDED("ELBSecurityPolicy-FS-1-2-Res-2020-10", "1.2")]],
    ["a TLS 1.3 policy AWS may add later", { sslPolicy: "ELBSecurityPolicy-TLS13-1-3-PQ-2027-01" }, [NOT_RECOMMENDED("ELBSecurityPolicy-TLS13-1-3-PQ-2027-01", "1.3")]],
    ["an unknown name", { sslPolicy: "MyPolicy" }, ['sslPolicy "MyPolicy" is not a predefined security policy this pack knows, nor one AWS recommends (FSBP ELB.17): ' +
        'set "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", the policy the Elastic Load Balancing guides recommend (or "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09" where FIPS is required): ' +
        "it offers TLS 1.3 with hybrid post-quantum key exchange and keeps TLS 1.2 for older clients"]],
    // Left to lb-listener-encrypted, which blocks them: one finding per problem.
    ["ELBSecurityPolicy-2016-08", { sslPolicy: "ELBSecurityPolicy-2016-08" }, []],
    ["not set", { sslPolicy: undefined }, []],
    ["HTTP", { protocol: "HTTP", sslPolicy: "ELBSecurityPolicy-TLS-1-2-2017-01" }, []],
    ["a Gateway Load Balancer listener", { loadBalancerArn: GWLB_ARN, protocol: undefined, port: undefined, sslPolicy: undefined, certificateArn: undefined }, []],
    ["sslPolicy unknown", { sslPolicy: UNKNOWN }, []],
    ["a padded name", { sslPolicy: " ELBSecurityPolicy-TLS-1-2-2017-01 " }, [NOT_RECOMMENDED("ELBSecurityPolicy-TLS-1-2-2017-01", "1.2")]],
    ["a padded recommended name", { sslPolicy: " ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09 " }, []],
    ["a blank name (the default; lb-listener-encrypted reports it)", { sslPolicy: "  " }, []],
    ["a name that only contains a TLS 1.2 policy's", { sslPolicy: "Copy-ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06" }, [
        'sslPolicy "Copy-ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06" is not a predefined security policy this pack knows, nor one AWS recommends (FSBP ELB.17): ' +
        'set "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", the policy the Elastic Load Balancing guides recommend (or "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09" where FIPS is required): ' +
        "it offers TLS 1.3 with hybrid post-quantum key exchange and keeps TLS 1.2 for older clients"]],
    ["ELBSecurityPolicy-TLS13-1-1-2021-06 (blocked by lb-listener-encrypted)", { sslPolicy: "ELBSecurityPolicy-TLS13-1-1-2021-06" }, []],
]);
describe("policy lb-listener-tls-policy-recommended: every policy AWS recommends (Security Hub ELB.17 and the ELB guides, read 2026-12-06)", () => {
    for (const sslPolicy of [
        "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04", "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04", "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07", "ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07",
    ]) {
        it(sslPolicy, () => {
            assert.deepStrictEqual(recommended.check(LISTENER, listener({ sslPolicy })), []);
            assert.deepStrictEqual(encrypted.check(LISTENER, listener({ sslPolicy })), []);
        });
    }
});
fullTypeTable(recommended, ALB_LISTENER, [["HTTPS on the alb alias with a TLS 1.2-only policy", { protocol: "HTTPS", port: 443, certificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1",
    sslPolicy: "ELBSecurityPolicy-TLS-1-2-Ext-2018-06" }, [NOT_RECOMMENDED("ELBSecurityPolicy-TLS-1-2-Ext-2018-06", "1.2")]]]);

/*
 * Scanners' cases, converted to @pulumi/aws v7 inputs (inputs only):
 * checkov tests/terraform/checks/resource/aws/test_ALBListenerHTTPS.py (CKV_AWS_2), example_ELBv2AccessLogs (CKV_AWS_91),
 * example_ALBDropHttpHeaders (CKV_AWS_131); Prowler elbv2_insecure_ssl_ciphers, elbv2_listener_pqc_tls_enabled.
 */
describe("scanners' load balancer cases", () => {
    const arn = "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/front-end/50dc6c495c0c9188";
    const mandatory = (props: Props) => encrypted.check(LISTENER, props);
    it("checkov CKV_AWS_2: compliant listeners pass", () => {
        assert.deepStrictEqual(mandatory({ loadBalancerArn: arn, port: 80, protocol: "HTTP",
            defaultActions: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }] }), []);
        for (const protocol of ["TCP", "UDP", "TCP_UDP"]) assert.deepStrictEqual(mandatory({ loadBalancerArn: arn, port: 53, protocol, defaultActions: FORWARD }), [], protocol);
        // A redirect without a protocol keeps the request's (HTTP): checkov calls it UNKNOWN, the pack flags it.
        assert.deepStrictEqual(mandatory({ loadBalancerArn: arn, port: 80, protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { host: "example.com", statusCode: "HTTP_302" } }] }), [NO_REDIRECT]);
        assert.deepStrictEqual(mandatory({ loadBalancerArn: arn, port: 80, protocol: UNKNOWN, defaultActions: [{ type: "redirect", redirect: { host: "example.com" } }] }), []);
    });
    it("checkov CKV_AWS_2: HTTP listeners without a redirect are flagged", () => {
        assert.deepStrictEqual(mandatory({ loadBalancerArn: arn, port: 80, protocol: "HTTP", defaultActions: FORWARD }), [NO_REDIRECT]);
        assert.deepStrictEqual(encrypted.check(ALB_LISTENER, { loadBalancerArn: arn, port: 80, protocol: "HTTP", defaultActions: FORWARD }), [NO_REDIRECT]);
    });
    it("Prowler elbv2_insecure_ssl_ciphers: TLS-1-1-2017-01 is blocked, TLS-1-2-2017-01 and the PQ policies are not", () => {
        const https = (sslPolicy: string) => ({ loadBalancerArn: arn, port: 443, protocol: "HTTPS", sslPolicy, certificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1", defaultActions: FORWARD });
        assert.deepStrictEqual(mandatory(https("ELBSecurityPolicy-TLS-1-1-2017-01")), [WEAK("ELBSecurityPolicy-TLS-1-1-2017-01", "TLS 1.1")]);
        for (const policy of ["ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09",
            "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09"]) {
            assert.deepStrictEqual(mandatory(https(policy)), [], policy);
        }
    });
    it("checkov CKV_AWS_103 (graph check AppLoadBalancerTLS12): the passing listeners get no mandatory finding", () => {
        const tg = "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web/73e2d6bc24d8a067";
        const forward = [{ type: "forward", targetGroupArn: tg }];
        const cert = "arn:aws:acm:us-east-1:111111111111:certificate/1";
        const passing: Props[] = [
            { loadBalancerArn: arn, protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: { port: "443", protocol: "HTTPS", statusCode: "HTTP_301" } }] },
            { loadBalancerArn: arn, protocol: "TCP", port: 8080, defaultActions: forward },
            { loadBalancerArn: arn, protocol: "UDP", port: 8080, defaultActions: forward },
            { loadBalancerArn: arn, protocol: "TCP_UDP", port: 8080, defaultActions: forward },
            { loadBalancerArn: arn, protocol: "TLS", port: 8080, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06", certificateArn: cert, defaultActions: forward },
            { loadBalancerArn: arn, protocol: "TLS", port: 8080, sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2019-08", certificateArn: cert, defaultActions: forward },
            { loadBalancerArn: arn, protocol: "HTTPS", port: 443, sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2019-08", certificateArn: cert, defaultActions: forward },
            { loadBalancerArn: GWLB_ARN },
        ];
        for (const props of passing) {
            assert.deepStrictEqual(encrypted.check(LISTENER, props), [], JSON.stringify(props));
            assert.deepStrictEqual(encrypted.check(ALB_LISTENER, props), [], JSON.stringify(props));
        }
        // The forward-secrecy TLS 1.2 policy is acceptable, not recommended: an advisory names the better one.
        assert.deepStrictEqual(recommended.check(LISTENER, passing[6]), [NOT_RECOMMENDED("ELBSecurityPolicy-FS-1-2-Res-2019-08", "1.2")]);
    });
    it("checkov CKV_AWS_103: the failing listeners are blocked", () => {
        const forward = [{ type: "forward", targetGroupArn: "tg" }];
        const cert = "arn:aws:acm:us-east-1:111111111111:certificate/1";
        assert.deepStrictEqual(encrypted.check(LISTENER, { loadBalancerArn: arn, protocol: "HTTP", port: 80, defaultActions: forward }), [NO_REDIRECT]);
        assert.deepStrictEqual(encrypted.check(LISTENER, { loadBalancerArn: arn, protocol: "HTTPS", port: 443, sslPolicy: "ELBSecurityPolicy-2016-08", certificateArn: cert, defaultActions: forward }),
            [WEAK("ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1")]);
        assert.deepStrictEqual(encrypted.check(ALB_LISTENER, { loadBalancerArn: arn, protocol: "TLS", port: 8080, sslPolicy: "ELBSecurityPolicy-FS-1-1-2019-08", certificateArn: cert, defaultActions: forward }),
            [WEAK("ELBSecurityPolicy-FS-1-1-2019-08", "TLS 1.1")]);
        assert.deepStrictEqual(encrypted.check(LISTENER, { loadBalancerArn: arn, protocol: "HTTP", port: 80, defaultActions: [{ type: "authenticate-cognito", redirect: {} }] }), [NO_REDIRECT]);
        assert.deepStrictEqual(encrypted.check(LISTENER, { loadBalancerArn: arn, protocol: "HTTP", port: 80, defaultActions: [{ type: "redirect", redirect: { protocol: "HTTP" } }] }), [NO_REDIRECT]);
        // checkov's "not_gateway_listener" (no protocol, no port, on a load balancer of another type) cannot be told from a
        // Gateway Load Balancer listener without the load balancer; AWS refuses such a listener on an ALB or NLB anyway.
        assert.deepStrictEqual(encrypted.check(LISTENER, { loadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/other/1" }), []);
    });
    it("checkov CKV_AWS_91 / CKV_AWS_131: application load balancers without access logs or with invalid headers kept get the advisories", () => {
        const T = "aws:lb/loadBalancer:LoadBalancer";
        const LOGS = "accessLogs.enabled must be true, with a bucket (Security Hub ELB.5): without access logs there is no record of who called what";
        assert.deepStrictEqual(hardened.check("aws:alb/loadBalancer:LoadBalancer", { loadBalancerType: "application", subnets: ["s"], dropInvalidHeaderFields: true,
            accessLogs: { bucket: "logs", enabled: true } }), []);
        assert.deepStrictEqual(hardened.check(T, { loadBalancerType: "application", subnets: ["s"], dropInvalidHeaderFields: true, accessLogs: { bucket: "logs" } }), [LOGS]);
        assert.deepStrictEqual(hardened.check(T, { loadBalancerType: "application", subnets: ["s"], dropInvalidHeaderFields: true, accessLogs: { bucket: "logs", enabled: false } }), [LOGS]);
        assert.deepStrictEqual(hardened.check(T, { loadBalancerType: "gateway", subnetMappings: [{ subnetId: "s" }] }), []);
    });
});
const WEAK_LISTENER = (got: string, versions: string) => 'sslPolicy must accept only TLS 1.2 or later, e.g. "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" (the policy the Elastic Load Balancing guides recommend), ' +
    `got ${got}, which also accepts ${versions} (foundation encrypted-in-transit); TLS 1.0 and 1.1 are deprecated (RFC 8996) and let an attacker downgrade connections to weak ciphers`;
typedTable(encrypted, "aws:lb/listener:Listener", [
    ["HTTP forwarding", { protocol: "HTTP", port: 80, sslPolicy: undefined }, [NO_REDIRECT]],
    ["HTTP redirecting to HTTP", { protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTP", port: "8080" } }] }, [NO_REDIRECT]],
    ["HTTP redirecting to HTTPS", { protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", statusCode: "HTTP_301" } }] }, []],
    ["HTTP with actions unknown", { protocol: "HTTP", defaultActions: UNKNOWN }, []],
    ["HTTPS without a policy", { sslPolicy: undefined }, ['sslPolicy must be set to a policy that accepts only TLS 1.2 or later, e.g. "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" ' +
        "(the policy the Elastic Load Balancing guides recommend), got not set: the API then applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 " +
        "(foundation encrypted-in-transit); TLS 1.0 and 1.1 are deprecated (RFC 8996) and let an attacker downgrade connections to weak ciphers"]],
    ["HTTPS with the 2016 policy", { sslPolicy: "ELBSecurityPolicy-2016-08" }, [WEAK_LISTENER('"ELBSecurityPolicy-2016-08"', "TLS 1.0 and 1.1")]],
    ["TLS (NLB) with a TLS 1.3-only policy", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06" }, []],
    ["the console's TLS13-1-2-2021-06 default, which AWS recommends", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }, []],
    ["a TLS 1.2 forward-secrecy policy (lb-listener-tls-policy-recommended's advisory)", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2020-10" }, []],
    ["TCP is not checked", { protocol: "TCP", sslPolicy: undefined }, []],
    ["protocol unknown", { protocol: UNKNOWN, sslPolicy: undefined }, []],
]);
typedTable(encrypted, "aws:alb/listener:Listener", [["the deprecated alb alias, forwarding HTTP", { defaultActions: [{ type: "forward", targetGroupArn: "tg" }] }, [NO_REDIRECT]]]);

describe("policy lb-listener-encrypted config", () => {
    it("allowedSslPolicies replaces the list", () => {
        const listener = { ...happy["aws:lb/listener:Listener"]!(), sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" };
        assert.deepStrictEqual(encrypted.check("aws:lb/listener:Listener", listener, { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-2-2021-06"] }), []);
        assert.deepStrictEqual(encrypted.check("aws:lb/listener:Listener", happy["aws:lb/listener:Listener"]!(), { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-2-2021-06"] }), [
            'sslPolicy must be one of the policies allowed by policy config allowedSslPolicies ("ELBSecurityPolicy-TLS13-1-2-2021-06"), got "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
        ]);
    });
});

const HEADERS = "dropInvalidHeaderFields must be true (Security Hub ELB.4): malformed headers are passed to the targets, the way request smuggling starts";
const LOGS = "accessLogs.enabled must be true, with a bucket (Security Hub ELB.5): without access logs there is no record of who called what";
typedTable(hardened, "aws:lb/loadBalancer:LoadBalancer", [
    ["an ALB with defaults", { dropInvalidHeaderFields: undefined, accessLogs: undefined }, [HEADERS, LOGS]],
    ["an NLB or a gateway load balancer (neither setting applies)", { loadBalancerType: "network", dropInvalidHeaderFields: undefined, accessLogs: { bucket: "b", enabled: false } }, []],
    ["type unknown", { loadBalancerType: UNKNOWN, accessLogs: undefined }, []],
]);

describe("review regressions", () => {
    it("lb-listener-encrypted: a listener without a protocol is HTTP", () => {
        assert.strictEqual(encrypted.check("aws:lb/listener:Listener", { port: 80, defaultActions: [{ type: "forward", targetGroupArn: "tg" }] }).length, 1);
        assert.deepStrictEqual(encrypted.check("aws:lb/listener:Listener", { port: 443, certificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06", defaultActions: [] }), []);
    });
});
