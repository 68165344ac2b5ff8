/** policy/policies/cloudfront/: cloudfront-default-root-object, cloudfront-https-only, cloudfront-logging-enabled, cloudfront-tls-recommended,
 *  cloudfront-waf-enabled. */
import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { definition as rootObject } from "../../../policy/policies/cloudfront/cloudfront-default-root-object";
import { definition as httpsOnly } from "../../../policy/policies/cloudfront/cloudfront-https-only";
import { definition as logging } from "../../../policy/policies/cloudfront/cloudfront-logging-enabled";
import { definition as tls } from "../../../policy/policies/cloudfront/cloudfront-tls-recommended";
import { definition as waf } from "../../../policy/policies/cloudfront/cloudfront-waf-enabled";
import { Props, happy } from "../factories";
import { policyTable, typedTable } from "../tables";

const T = "aws:cloudfront/distribution:Distribution";
const distribution = (change: Props) => ({ ...happy[T]!(), ...change });
const certificate = (minimumProtocolVersion: unknown, extra: Props = {}) => ({
    viewerCertificate: { acmCertificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1", sslSupportMethod: "sni-only", minimumProtocolVersion, ...extra },
});
const websiteOrigin = (originProtocolPolicy: string) => ({
    origins: [{ originId: "site", domainName: "acme-site.s3-website-us-east-1.amazonaws.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy, originSslProtocols: ["TLSv1.2"] } }],
});

const WEAK_VIEWER = (got: string) => 'viewerCertificate.minimumProtocolVersion must accept only TLS 1.2 or later, e.g. "TLSv1.2_2021" (foundation encrypted-in-transit, ' +
    `Security Hub CloudFront.15), got ${got}: it lets viewers connect with TLS 1.0 or 1.1, deprecated protocols (RFC 8996) open to downgrade attacks`;
const HTTP_ORIGIN = 'origins[0].customOriginConfig.originProtocolPolicy must be "https-only" (FSBP CloudFront.9), got "http-only": ' +
    "traffic between CloudFront and the origin crosses the internet in clear text";
const ALLOW_ALL = 'defaultCacheBehavior.viewerProtocolPolicy must be "redirect-to-https" or "https-only" (FSBP CloudFront.3): with "allow-all" viewers can use plain HTTP';

policyTable(httpsOnly, T, [
    ["SSLv3", certificate("SSLv3"), [WEAK_VIEWER('"SSLv3"')]],
    ["TLSv1", certificate("TLSv1"), [WEAK_VIEWER('"TLSv1"')]],
    ["TLSv1_2016", certificate("TLSv1_2016"), [WEAK_VIEWER('"TLSv1_2016"')]],
    ["an empty minimum is the default", certificate(""), [WEAK_VIEWER("not set (TLSv1)")]],
    ["TLSv1.2_2018 (TLS 1.2 and 1.3)", certificate("TLSv1.2_2018"), []],
    ["TLSv1.2_2025", certificate("TLSv1.2_2025"), []],
    ["TLSv1.3_2025", certificate("TLSv1.3_2025"), []],
    ["a dedicated-IP certificate for legacy clients", certificate("TLSv1", { sslSupportMethod: "vip" }), []],
    ["minimum not known yet", certificate(UNKNOWN), []],
    ["default certificate not known yet", { viewerCertificate: { cloudfrontDefaultCertificate: UNKNOWN, minimumProtocolVersion: "TLSv1" } }, []],
    ["no viewer certificate block", { viewerCertificate: undefined }, []],
    ["an S3 website endpoint over HTTP (all it accepts): cloudfront-tls-recommended's advisory", websiteOrigin("http-only"), []],
    ["an S3 website endpoint in another region's form", { origins: [{ originId: "site", domainName: "acme-site.s3-website.eu-central-1.amazonaws.com",
        customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] } }] }, []],
    ["a website-looking name that is not S3's", { origins: [{ originId: "site", domainName: "s3-website-us-east-1.amazonaws.com.example.com",
        customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] } }] }, [HTTP_ORIGIN]],
    ["a padded allow-all on an ordered behavior after odd entries", { orderedCacheBehaviors: [null, UNKNOWN, { pathPattern: "/x", viewerProtocolPolicy: " allow-all " }] },
        ['orderedCacheBehaviors[2].viewerProtocolPolicy must be "redirect-to-https" or "https-only" (FSBP CloudFront.3): with "allow-all" viewers can use plain HTTP']],
    ["no default behavior", { defaultCacheBehavior: undefined }, []],
    ["a single ordered behavior, not in a list", { orderedCacheBehaviors: { pathPattern: "/x", viewerProtocolPolicy: "allow-all" } },
        ['orderedCacheBehaviors[0].viewerProtocolPolicy must be "redirect-to-https" or "https-only" (FSBP CloudFront.3): with "allow-all" viewers can use plain HTTP']],
    ["a blank minimum", certificate(" "), [WEAK_VIEWER("not set (TLSv1)")]],
    ["a padded minimum", certificate(" TLSv1_2016 "), [WEAK_VIEWER('"TLSv1_2016"')]],
    ["a padded origin protocol, after odd origins", { origins: [null, UNKNOWN, { originId: "api", domainName: "api.example.com",
        customOriginConfig: { originProtocolPolicy: " http-only ", originSslProtocols: [" TLSv1 ", "TLSv1.2"] } }] }, [
        'origins[2].customOriginConfig.originSslProtocols must list only "TLSv1.2" (FSBP CloudFront.10 for SSLv3; TLS 1.0 and 1.1 are deprecated by RFC 8996), ' +
            'got " TLSv1 " too: CloudFront could reach the origin over a deprecated protocol',
        'origins[2].customOriginConfig.originProtocolPolicy must be "https-only" (FSBP CloudFront.9), got "http-only": traffic between CloudFront and the origin crosses the internet in clear text',
    ]],
    ["a custom origin config not known yet", { origins: [{ originId: "api", domainName: "api.example.com", customOriginConfig: UNKNOWN }] }, []],
    ["an S3 website endpoint in China", { origins: [{ originId: "site", domainName: "acme.s3-website.cn-north-1.amazonaws.com.cn",
        customOriginConfig: { originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] } }] }, []],
    ["an SSLv3 origin", { origins: [{ originId: "api", domainName: "api.example.com", customOriginConfig: { originProtocolPolicy: "https-only", originSslProtocols: ["SSLv3", "TLSv1.2"] } }] },
        ['origins[0].customOriginConfig.originSslProtocols must list only "TLSv1.2" (FSBP CloudFront.10 for SSLv3; TLS 1.0 and 1.1 are deprecated by RFC 8996), ' +
            'got "SSLv3" too: CloudFront could reach the origin over a deprecated protocol']],
]);

const NOT_RECOMMENDED = (got: string) => 'viewerCertificate.minimumProtocolVersion should be "TLSv1.2_2021", "TLSv1.2_2025" or "TLSv1.3_2025" (Security Hub CloudFront.15), ' +
    `got "${got}": the recommended policies drop the older CBC and non-forward-secret cipher suites`;
const WEBSITE = "origins[0] is an Amazon S3 website endpoint, which CloudFront can reach only over HTTP (FSBP CloudFront.9): " +
    "serve the bucket through its REST endpoint with origin access control instead, unless you need the website endpoint's redirects";
policyTable(tls, T, [
    ["TLSv1.2_2018", certificate("TLSv1.2_2018"), [NOT_RECOMMENDED("TLSv1.2_2018")]],
    ["TLSv1.2_2019", certificate("TLSv1.2_2019"), [NOT_RECOMMENDED("TLSv1.2_2019")]],
    ["TLSv1.2_2025", certificate("TLSv1.2_2025"), []],
    ["TLSv1.3_2025", certificate("TLSv1.3_2025"), []],
    ["TLSv1.1_2016 (cloudfront-https-only blocks it)", certificate("TLSv1.1_2016"), []],
    ["no minimum (TLSv1, blocked by cloudfront-https-only)", certificate(undefined), []],
    ["the default certificate", { viewerCertificate: { cloudfrontDefaultCertificate: true } }, []],
    ["an S3 website endpoint over HTTP", websiteOrigin("http-only"), [WEBSITE]],
    ["an S3 website endpoint with match-viewer", websiteOrigin("match-viewer"), []],
    ["origins not known yet", { origins: UNKNOWN }, []],
    ["a padded TLSv1.2_2019", certificate(" TLSv1.2_2019 "), [NOT_RECOMMENDED("TLSv1.2_2019")]],
    ["a padded http-only S3 website origin after odd origins", { origins: [null, { originId: "site", domainName: " acme-site.s3-website-us-east-1.amazonaws.com ",
        customOriginConfig: { originProtocolPolicy: " http-only " } }] }, [WEBSITE.replace("origins[0]", "origins[1]")]],
    ["an S3 website endpoint without a custom origin config", { origins: [{ originId: "site", domainName: "acme-site.s3-website-us-east-1.amazonaws.com" }] }, []],
    ["the default certificate not known yet", { viewerCertificate: { cloudfrontDefaultCertificate: UNKNOWN, minimumProtocolVersion: "TLSv1.2_2019" } }, []],
    ["the support method not known yet", certificate("TLSv1.2_2019", { sslSupportMethod: UNKNOWN }), []],
    ["a legacy-client (vip) certificate", certificate("TLSv1.2_2019", { sslSupportMethod: "vip" }), []],
]);

const NO_WAF = "webAclId should name an AWS WAF web ACL (FSBP CloudFront.6): without one every request reaches the origins unfiltered; " +
    "a web ACL with the AWS managed core rule set and a rate-based rule stops common exploits and floods at the edge";
policyTable(waf, T, [
    ["no web ACL", { webAclId: undefined }, [NO_WAF]],
    ["an empty web ACL id", { webAclId: " " }, [NO_WAF]],
    ["a WAF Classic web ACL id", { webAclId: "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111" }, []],
    ["web ACL not known yet", { webAclId: UNKNOWN }, []],
]);

describe("policy cloudfront-default-root-object and custom origins", () => {
    const MISSING = 'defaultRootObject must name the object served for "/", e.g. "index.html" (Security Hub CloudFront.1): without it a request for the root ' +
        "is passed to the bucket, which may list or expose more than intended";
    it("an S3 website endpoint (a custom origin, whose index document answers /) needs no default root object", () => {
        assert.deepStrictEqual(rootObject.check(T, distribution({ ...websiteOrigin("http-only"), defaultRootObject: undefined })), []);
    });
    it("an S3 REST endpoint configured as a custom origin is a custom origin too (CloudFront.1 does not apply)", () => {
        assert.deepStrictEqual(rootObject.check(T, distribution({ defaultRootObject: undefined,
            origins: [{ originId: "b", domainName: "acme.s3.amazonaws.com", customOriginConfig: { originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] } }] })), []);
    });
    it("odd origins are skipped; padded S3 names are read", () => {
        assert.deepStrictEqual(rootObject.check(T, distribution({ defaultRootObject: " ", origins: [null, UNKNOWN, { originId: "b", domainName: " acme.s3.amazonaws.com " }] })), [MISSING]);
        assert.deepStrictEqual(rootObject.check(T, distribution({ defaultRootObject: undefined, origins: [{ originId: "b", domainName: "acme.s3.amazonaws.com", customOriginConfig: null }] })), [MISSING]);
        assert.deepStrictEqual(rootObject.check(T, distribution({ defaultRootObject: undefined, origins: [{ originId: "b", domainName: "acme.s3.amazonaws.com.evil.example" }] })), []);
        assert.deepStrictEqual(rootObject.check(T, distribution({ defaultRootObject: undefined, origins: [{ originId: "b", domainName: "acme.s3-website.eu-central-1.amazonaws.com" }] })), []);
    });
    it("an S3 origin with origin access control still needs one", () => {
        assert.deepStrictEqual(rootObject.check(T, distribution({ defaultRootObject: undefined, origins: [{ originId: "b", domainName: "acme.s3.us-east-1.amazonaws.com" }] })), [MISSING]);
    });
});

describe("policy cloudfront-logging-enabled (stack)", () => {
    const URN = (type: string, name: string) => `urn:pulumi:dev::app::${type}::${name}`;
    const DIST_URN = URN(T, "site");
    const site = (props: Props): StackResource => ({ urn: DIST_URN, type: T, name: "site", props, dependencies: [] });
    const source = (props: Props, propertyDependencies: Record<string, string[]> = { resourceArn: [DIST_URN] }): StackResource => ({
        urn: URN("aws:cloudwatch/logDeliverySource:LogDeliverySource", "site-logs"), type: "aws:cloudwatch/logDeliverySource:LogDeliverySource", name: "site-logs",
        props, dependencies: Object.values(propertyDependencies).flat(), propertyDependencies,
    });
    const NO_LOGS = [{ urn: DIST_URN, message: "this distribution writes no access logs (FSBP CloudFront.5): set loggingConfig.bucket (standard logging, legacy, which Security Hub checks) " +
        'or add an aws.cloudwatch.LogDeliverySource with logType "ACCESS_LOGS" for it (standard logging v2); without them there is no record of who requested what' }];
    const bare = () => ({ ...happy[T]!(), loggingConfig: undefined });

    it("standard logging (legacy) passes; none is reported", () => {
        assert.deepStrictEqual(logging.check([site({ ...bare(), loggingConfig: { bucket: "acme-logs.s3.amazonaws.com", prefix: "site/" } })]), []);
        assert.deepStrictEqual(logging.check([site(bare())]), NO_LOGS);
        assert.deepStrictEqual(logging.check([site({ ...bare(), loggingConfig: { includeCookies: false } })]), NO_LOGS, "v2 options without a bucket");
        assert.deepStrictEqual(logging.check([site({ ...bare(), loggingConfig: { bucket: UNKNOWN } })]), []);
        assert.deepStrictEqual(logging.check([site({ ...bare(), loggingConfig: UNKNOWN })]), []);
        assert.deepStrictEqual(logging.check([site({ ...bare(), loggingConfig: { bucket: " " } })]), NO_LOGS);
    });
    it("standard logging v2: a delivery source for the distribution's access logs", () => {
        assert.deepStrictEqual(logging.check([site(bare()), source({ name: "site-logs", logType: "ACCESS_LOGS", resourceArn: UNKNOWN })]), []);
        assert.deepStrictEqual(logging.check([site(bare()), source({ name: "site-logs", logType: UNKNOWN, resourceArn: UNKNOWN })]), []);
        assert.deepStrictEqual(logging.check([site(bare()), source({ name: "site-logs", logType: "CONNECTION_LOGS", resourceArn: UNKNOWN })]), NO_LOGS, "another log type");
        assert.deepStrictEqual(logging.check([site(bare()), source({ name: "site-logs", logType: " ACCESS_LOGS ", resourceArn: UNKNOWN })]), []);
        const delivery: StackResource = { urn: "urn:pulumi:dev::app::aws:cloudwatch/logDelivery:LogDelivery::d", type: "aws:cloudwatch/logDelivery:LogDelivery", name: "d",
            props: { logType: "ACCESS_LOGS", resourceArn: UNKNOWN }, dependencies: [DIST_URN], propertyDependencies: { resourceArn: [DIST_URN] } };
        assert.deepStrictEqual(logging.check([site(bare()), delivery]), NO_LOGS, "only a delivery source counts");
        assert.deepStrictEqual(logging.check([site(bare()), source({ name: "other", logType: "ACCESS_LOGS", resourceArn: "arn:aws:cloudfront::111111111111:distribution/OTHER" },
            { resourceArn: [] })]), NO_LOGS, "another distribution's");
    });
    it("an exempted distribution is not reported", () => {
        assert.deepStrictEqual(logging.check([site(bare())], { exemptions: [{ match: "site", justification: "redirect-only distribution" }] }), []);
    });
});

/*
 * Scanners' cases as @pulumi/aws v7 inputs: checkov example_CloudfrontTLS12 (CKV_AWS_174), example_WAFEnabled (CKV_AWS_68),
 * test_CloudfrontDistributionEncryption (CKV_AWS_34), test_CloudfrontDistributionLogging (CKV_AWS_86); Prowler
 * cloudfront_distributions_using_deprecated_ssl_protocols, cloudfront_distributions_https_enabled.
 */
describe("scanners' CloudFront cases", () => {
    const base = (viewerCertificate: Props, viewerProtocolPolicy = "redirect-to-https") => ({
        enabled: true, isIpv6Enabled: true, defaultRootObject: "index.html", aliases: ["mysite.example.com"],
        origins: [{ domainName: "acme-b.s3.us-east-1.amazonaws.com", originId: "s3", s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/ABCDEFG1234567" } }],
        loggingConfig: { includeCookies: false, bucket: "mylogs.s3.amazonaws.com", prefix: "myprefix" },
        defaultCacheBehavior: { allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"], targetOriginId: "s3", viewerProtocolPolicy },
        restrictions: { geoRestriction: { restrictionType: "whitelist", locations: ["US", "CA", "GB", "DE"] } },
        viewerCertificate,
    });
    it("CKV_AWS_174: the TLS policies checkov passes get no mandatory finding; 2018 and 2019 get the CloudFront.15 advisory", () => {
        for (const minimumProtocolVersion of ["TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.3_2025"]) {
            const props = base({ acmCertificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/1", sslSupportMethod: "sni-only", minimumProtocolVersion });
            assert.deepStrictEqual(httpsOnly.check(T, props), [], minimumProtocolVersion);
        }
        assert.deepStrictEqual(tls.check(T, base({ cloudfrontDefaultCertificate: false, minimumProtocolVersion: "TLSv1.2_2018" })), [NOT_RECOMMENDED("TLSv1.2_2018")]);
    });
    it("CKV_AWS_174: TLSv1, or no minimum, on a custom certificate is blocked; the default certificate is not judged here", () => {
        assert.deepStrictEqual(httpsOnly.check(T, base({ cloudfrontDefaultCertificate: false, minimumProtocolVersion: "TLSv1" })), [WEAK_VIEWER('"TLSv1"')]);
        assert.deepStrictEqual(httpsOnly.check(T, base({ cloudfrontDefaultCertificate: false })), [WEAK_VIEWER("not set (TLSv1)")]);
        assert.deepStrictEqual(httpsOnly.check(T, base({ cloudfrontDefaultCertificate: true })), []);
    });
    it("CKV_AWS_34: allow-all is blocked, redirect-to-https passes", () => {
        assert.deepStrictEqual(httpsOnly.check(T, base({ cloudfrontDefaultCertificate: true }, "allow-all")), [ALLOW_ALL]);
        assert.deepStrictEqual(httpsOnly.check(T, base({ cloudfrontDefaultCertificate: true })), []);
    });
    it("CKV_AWS_68: a web ACL id passes, none gets the advisory", () => {
        assert.deepStrictEqual(waf.check(T, { ...base({}), webAclId: "IsSetToAValue" }), []);
        assert.deepStrictEqual(waf.check(T, base({})), [NO_WAF]);
    });
    it("CKV_AWS_86: logging_config with a bucket passes, none is reported", () => {
        const dist = (props: Props): StackResource => ({ urn: "urn:pulumi:dev::app::aws:cloudfront/distribution:Distribution::d", type: T, name: "d", props, dependencies: [] });
        assert.deepStrictEqual(logging.check([dist({ comment: "Example", loggingConfig: { bucket: "some-arn" } })]), []);
        assert.strictEqual(logging.check([dist({ comment: "Example" })]).length, 1);
    });
    it("Prowler cloudfront_distributions_using_deprecated_ssl_protocols: TLSv1.1 to an origin is blocked", () => {
        const origin = (originSslProtocols: string[]) => ({ ...base({ cloudfrontDefaultCertificate: true }),
            origins: [{ domainName: "origin.example.com", originId: "o", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols } }] });
        assert.strictEqual(httpsOnly.check(T, origin(["TLSv1.1", "TLSv1.2"])).length, 1);
        assert.deepStrictEqual(httpsOnly.check(T, origin(["TLSv1.2"])), []);
    });
});

describe("policy cloudfront-default-root-object", () => {
    const T = "aws:cloudfront/distribution:Distribution";
    const MISSING = 'defaultRootObject must name the object served for "/", e.g. "index.html" (Security Hub CloudFront.1): without it a request for the root ' +
        "is passed to the bucket, which may list or expose more than intended";
    it("an S3 origin with a root object passes; without one it is reported", () => {
        assert.deepStrictEqual(rootObject.check(T, happy[T]!()), []);
        assert.deepStrictEqual(rootObject.check(T, { ...happy[T]!(), defaultRootObject: undefined }), [MISSING]);
        assert.deepStrictEqual(rootObject.check(T, { ...happy[T]!(), defaultRootObject: "" }), [MISSING]);
    });
    it("custom origins only, or unknown values, are not checked", () => {
        assert.deepStrictEqual(rootObject.check(T, { origins: [{ originId: "api", domainName: "api.example.com" }] }), []);
        assert.deepStrictEqual(rootObject.check(T, { ...happy[T]!(), defaultRootObject: UNKNOWN }), []);
        assert.deepStrictEqual(rootObject.check(T, { origins: UNKNOWN }), []);
    });
});

const ALLOW_ALL_AT = (path: string) => `${path}.viewerProtocolPolicy must be "redirect-to-https" or "https-only" (FSBP CloudFront.3): with "allow-all" viewers can use plain HTTP`;
const DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
const withOrigin = (customOriginConfig: Props) => ({ origins: [{ originId: "api", domainName: "api.example.com", customOriginConfig }] });
typedTable(httpsOnly, DISTRIBUTION, [
    ["allow-all on the default and an ordered behavior", {
        defaultCacheBehavior: { ...happy[DISTRIBUTION]!()["defaultCacheBehavior"] as Props, viewerProtocolPolicy: "allow-all" },
        orderedCacheBehaviors: [{ pathPattern: "/a", viewerProtocolPolicy: "https-only" }, { pathPattern: "/b", viewerProtocolPolicy: "allow-all" }],
    }, [ALLOW_ALL_AT("defaultCacheBehavior"), ALLOW_ALL_AT("orderedCacheBehaviors[1]")]],
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
