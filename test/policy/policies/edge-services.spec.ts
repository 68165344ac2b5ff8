/** eks-endpoint-not-public, cloudfront-https-only, lb-listener-encrypted, apigateway-stage-access-logging. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as apigateway } from "../../../policy/policies/apigateway/apigateway-stage-access-logging";
import { definition as cloudfront } from "../../../policy/policies/cloudfront/cloudfront-https-only";
import { definition as eks } from "../../../policy/policies/eks/eks-endpoint-not-public";
import { definition as lb } from "../../../policy/policies/lb/lb-listener-encrypted";
import { Props, happy } from "../factories";

type Case = [title: string, change: Props, expected: string[]];
interface Checked { readonly metadata: { readonly name: string }; check(type: string, props: unknown, config?: Record<string, unknown>): string[] }
function table(definition: Checked, type: string, cases: Case[]) {
    describe(`policy ${definition.metadata.name} (${type.split(":").pop()})`, () => {
        it("compliant", () => assert.deepStrictEqual(definition.check(type, happy[type]!()), []));
        for (const [title, change, expected] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

const EKS = "vpcConfig.endpointPublicAccess must be false, or publicAccessCidrs must list only your networks (FSBP EKS.1): the Kubernetes API " +
    "is reachable from the whole internet, one leaked credential or API vulnerability away from the cluster";
const vpc = (change: Props) => ({ vpcConfig: { subnetIds: ["subnet-1"], ...change } });
table(eks, "aws:eks/cluster:Cluster", [
    ["public by default", vpc({}), [EKS]],
    ["public to the world", vpc({ endpointPublicAccess: true, publicAccessCidrs: ["0.0.0.0/0"] }), [EKS]],
    ["public to an office range", vpc({ endpointPublicAccess: true, publicAccessCidrs: ["192.0.2.0/24"] }), []],
    ["public, ranges unknown", vpc({ endpointPublicAccess: true, publicAccessCidrs: UNKNOWN }), []],
    ["vpcConfig unknown", { vpcConfig: UNKNOWN }, []],
]);

const ALLOW_ALL = (path: string) => `${path}.viewerProtocolPolicy must be "redirect-to-https" or "https-only" (FSBP CloudFront.3): with "allow-all" viewers can use plain HTTP`;
const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
const withOrigin = (customOriginConfig: Props) => ({ origins: [{ originId: "api", domainName: "api.example.com", customOriginConfig }] });
table(cloudfront, DISTRIBUTION, [
    ["allow-all on the default and an ordered behavior", {
        defaultCacheBehavior: { ...happy[DISTRIBUTION]!()["defaultCacheBehavior"] as Props, viewerProtocolPolicy: "allow-all" },
        orderedCacheBehaviors: [{ pathPattern: "/a", viewerProtocolPolicy: "https-only" }, { pathPattern: "/b", viewerProtocolPolicy: "allow-all" }],
    }, [ALLOW_ALL("defaultCacheBehavior"), ALLOW_ALL("orderedCacheBehaviors[1]")]],
    ["an old viewer TLS policy", { viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1", minimumProtocolVersion: "TLSv1.1_2016" } },
        ['viewerCertificate.minimumProtocolVersion must accept only TLS 1.2 or later, e.g. "TLSv1.2_2021" (foundation encrypted-in-transit, Security Hub CloudFront.15), ' +
            'got "TLSv1.1_2016": it lets viewers connect with TLS 1.0 or 1.1, deprecated protocols (RFC 8996) open to downgrade attacks']],
    ["a custom certificate without a minimum", { viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1" } },
        ['viewerCertificate.minimumProtocolVersion must accept only TLS 1.2 or later, e.g. "TLSv1.2_2021" (foundation encrypted-in-transit, Security Hub CloudFront.15), ' +
            "got not set (TLSv1): it lets viewers connect with TLS 1.0 or 1.1, deprecated protocols (RFC 8996) open to downgrade attacks"],
    ],
    // TLS 1.2 only, weaker ciphers than AWS recommends: cloudfront-tls-recommended's advisory, not a block.
    ["TLSv1.2_2019 accepts only TLS 1.2 and 1.3", { viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1", minimumProtocolVersion: "TLSv1.2_2019" } }, []],
    ["the default CloudFront certificate (its policy cannot be set)", { viewerCertificate: { cloudfrontDefaultCertificate: true } }, []],
    ["an origin accepting TLSv1 and TLSv1.1", withOrigin({ originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"] }),
        ['origins[0].customOriginConfig.originSslProtocols must list only "TLSv1.2" (FSBP CloudFront.10 for SSLv3; TLS 1.0 and 1.1 are deprecated by RFC 8996), ' +
            'got "TLSv1", "TLSv1.1" too: CloudFront could reach the origin over a deprecated protocol']],
    ["an HTTP-only origin", withOrigin({ originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] }),
        ['origins[0].customOriginConfig.originProtocolPolicy must be "https-only" (FSBP CloudFront.9), got "http-only": traffic between CloudFront and the origin crosses the internet in clear text']],
    ["behaviors and certificate unknown", { defaultCacheBehavior: UNKNOWN, orderedCacheBehaviors: UNKNOWN, viewerCertificate: UNKNOWN, origins: UNKNOWN }, []],
]);

const NO_REDIRECT = 'an HTTP listener\'s defaultActions must redirect to HTTPS (type "redirect", redirect.protocol "HTTPS", statusCode "HTTP_301") (FSBP ELB.1): ' +
    "otherwise requests, cookies and credentials cross the network in clear text";
const WEAK = (got: string, versions: string) => 'sslPolicy must accept only TLS 1.2 or later, e.g. "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" (the policy the Elastic Load Balancing guides recommend), ' +
    `got ${got}, which also accepts ${versions} (foundation encrypted-in-transit); TLS 1.0 and 1.1 are deprecated (RFC 8996) and let an attacker downgrade connections to weak ciphers`;
table(lb, "aws:lb/listener:Listener", [
    ["HTTP forwarding", { protocol: "HTTP", port: 80, sslPolicy: undefined }, [NO_REDIRECT]],
    ["HTTP redirecting to HTTP", { protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTP", port: "8080" } }] }, [NO_REDIRECT]],
    ["HTTP redirecting to HTTPS", { protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", statusCode: "HTTP_301" } }] }, []],
    ["HTTP with actions unknown", { protocol: "HTTP", defaultActions: UNKNOWN }, []],
    ["HTTPS without a policy", { sslPolicy: undefined }, ['sslPolicy must be set to a policy that accepts only TLS 1.2 or later, e.g. "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09" ' +
        "(the policy the Elastic Load Balancing guides recommend), got not set: the API then applies ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1 " +
        "(foundation encrypted-in-transit); TLS 1.0 and 1.1 are deprecated (RFC 8996) and let an attacker downgrade connections to weak ciphers"]],
    ["HTTPS with the 2016 policy", { sslPolicy: "ELBSecurityPolicy-2016-08" }, [WEAK('"ELBSecurityPolicy-2016-08"', "TLS 1.0 and 1.1")]],
    ["TLS (NLB) with a TLS 1.3-only policy", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-2021-06" }, []],
    ["the console's TLS13-1-2-2021-06 default, which AWS recommends", { sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" }, []],
    ["a TLS 1.2 forward-secrecy policy (lb-listener-tls-policy-recommended's advisory)", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2020-10" }, []],
    ["TCP is not checked", { protocol: "TCP", sslPolicy: undefined }, []],
    ["protocol unknown", { protocol: UNKNOWN, sslPolicy: undefined }, []],
]);
table(lb, "aws:alb/listener:Listener", [["the deprecated alb alias, forwarding HTTP", { defaultActions: [{ type: "forward", targetGroupArn: "tg" }] }, [NO_REDIRECT]]]);

describe("policy lb-listener-encrypted config", () => {
    it("allowedSslPolicies replaces the list", () => {
        const listener = { ...happy["aws:lb/listener:Listener"]!(), sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" };
        assert.deepStrictEqual(lb.check("aws:lb/listener:Listener", listener, { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-2-2021-06"] }), []);
        assert.deepStrictEqual(lb.check("aws:lb/listener:Listener", happy["aws:lb/listener:Listener"]!(), { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-2-2021-06"] }), [
            'sslPolicy must be one of the policies allowed by policy config allowedSslPolicies ("ELBSecurityPolicy-TLS13-1-2-2021-06"), got "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
        ]);
    });
});

table(apigateway, "aws:apigatewayv2/stage:Stage", [
    ["no access logs", { accessLogSettings: undefined }, ["accessLogSettings.destinationArn must name a CloudWatch Logs group (FSBP APIGateway.9): without access logs there is no record of who called the API"]],
    ["destination unknown", { accessLogSettings: { destinationArn: UNKNOWN } }, []],
]);
table(apigateway, "aws:apigateway/stage:Stage", [
    ["no access logs", { accessLogSettings: undefined }, ["accessLogSettings.destinationArn must name a CloudWatch Logs group (foundation evidence): without access logs there is no record of who called the API"]],
]);
