import type { RecommendedSetting, RecommendedStack } from "./corpus";

/** CloudFront distributions, as the CloudFront guide and Security Hub (CloudFront.1 to CloudFront.15) recommend them. */

const WEB_ACL = "arn:aws:wafv2:us-east-1:111111111111:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
const CERTIFICATE = "arn:aws:acm:us-east-1:111111111111:certificate/12345678-1234-1234-1234-123456789012";
const CONTROLS = "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html (read 2026-12-06)";
const VIEWER_POLICIES = "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html (read 2026-12-06)";

/** An S3 bucket behind origin access control, HTTPS only, AWS WAF, legacy standard logging. */
const distribution = (viewerCertificate: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    enabled: true,
    aliases: ["www.example.com"],
    origins: [{ originId: "site", domainName: "acme-site.s3.us-east-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
    defaultCacheBehavior: {
        targetOriginId: "site", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"],
        cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
    },
    defaultRootObject: "index.html",
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate,
    webAclId: WEB_ACL,
    loggingConfig: { bucket: "acme-cloudfront-logs.s3.amazonaws.com", prefix: "site/" },
    ...extra,
});

export const settings: RecommendedSetting[] = [
    {
        type: "aws:cloudfront/distribution:Distribution",
        title: "S3 origin with origin access control, redirect-to-https, TLSv1.2_2021 with SNI, AWS WAF, logging",
        source: CONTROLS,
        props: distribution({ acmCertificateArn: CERTIFICATE, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }),
    },
    {
        type: "aws:cloudfront/distribution:Distribution",
        title: "Viewer security policy TLSv1.2_2025",
        source: VIEWER_POLICIES,
        props: distribution({ acmCertificateArn: CERTIFICATE, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2025" }),
    },
    {
        type: "aws:cloudfront/distribution:Distribution",
        title: "Viewer security policy TLSv1.3_2025 (TLS 1.3 only)",
        source: VIEWER_POLICIES,
        props: distribution({ acmCertificateArn: CERTIFICATE, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.3_2025" }),
    },
    {
        type: "aws:cloudfront/distribution:Distribution",
        title: "The default *.cloudfront.net certificate (its security policy cannot be chosen), https-only viewers",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html (read 2026-12-06)",
        props: distribution({ cloudfrontDefaultCertificate: true }, { aliases: [] }),
    },
    {
        type: "aws:cloudfront/distribution:Distribution",
        title: "Custom origin (an ALB) reached over HTTPS with TLSv1.2 only",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html (read 2026-12-06)",
        props: distribution({ acmCertificateArn: CERTIFICATE, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }, {
            origins: [{ originId: "app", domainName: "origin.example.com", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] } }],
            defaultCacheBehavior: { targetOriginId: "app", viewerProtocolPolicy: "https-only", allowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"], cachedMethods: ["GET", "HEAD"] },
            defaultRootObject: undefined,
        }),
    },
    {
        type: "aws:cloudfront/distribution:Distribution",
        title: "Static website hosted on Amazon S3: the website endpoint as a custom origin over HTTP, which is all it accepts",
        source: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/website-hosting-cloudfront-walkthrough.html (read 2026-12-06)",
        props: distribution({ acmCertificateArn: CERTIFICATE, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }, {
            origins: [{ originId: "website", domainName: "acme-site.s3-website-us-east-1.amazonaws.com",
                customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] } }],
            defaultCacheBehavior: { targetOriginId: "website", viewerProtocolPolicy: "redirect-to-https", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"] },
            defaultRootObject: undefined,
        }),
        // CloudFront.9 still counts an HTTP origin; the advisory names the REST endpoint with origin access control.
        advisory: ["cloudfront-tls-recommended"],
    },
];

export const stacks: RecommendedStack[] = [
    {
        title: "Distribution with standard logging v2: a CloudWatch Logs delivery source for its access logs",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html (read 2026-12-06)",
        resources: [
            { type: "aws:cloudfront/distribution:Distribution", name: "site",
                props: distribution({ acmCertificateArn: CERTIFICATE, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }, { loggingConfig: undefined }) },
            { type: "aws:cloudwatch/logDeliverySource:LogDeliverySource", name: "site-access-logs", dependsOn: ["site"],
                props: { name: "site-access-logs", logType: "ACCESS_LOGS", resourceArn: "arn:aws:cloudfront::111111111111:distribution/EDFDVBD6EXAMPLE", region: "us-east-1" } },
            { type: "aws:cloudwatch/logDelivery:LogDelivery", name: "site-access-logs-to-s3", dependsOn: ["site-access-logs"],
                props: { deliverySourceName: "site-access-logs", deliveryDestinationArn: "arn:aws:logs:us-east-1:111111111111:delivery-destination:site-logs" } },
        ],
    },
    {
        title: "Distribution with standard logging (legacy) to an S3 bucket",
        source: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html (read 2026-12-06)",
        resources: [
            { type: "aws:cloudfront/distribution:Distribution", name: "site", props: distribution({ acmCertificateArn: CERTIFICATE, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }) },
        ],
    },
];
