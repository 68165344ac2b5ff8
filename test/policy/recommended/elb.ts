import type { RecommendedSetting } from "./corpus";

/** Classic Load Balancers, as the Classic Load Balancer guide and Security Hub (ELB.2, ELB.3, ELB.5, ELB.8) recommend them. */

const CONTROLS = "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html (read 2026-12-06)";
const CERTIFICATE = "arn:aws:acm:us-east-1:111111111111:certificate/12345678-1234-1234-1234-123456789012";

export const settings: RecommendedSetting[] = [
    {
        type: "aws:elb/loadBalancer:LoadBalancer",
        title: "HTTPS listener with an ACM certificate, access logs to S3",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html (read 2026-12-06)",
        props: {
            subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], securityGroups: ["sg-0123456789abcdef0"], crossZoneLoadBalancing: true, connectionDraining: true,
            listeners: [{ lbPort: 443, lbProtocol: "HTTPS", instancePort: 443, instanceProtocol: "HTTPS", sslCertificateId: CERTIFICATE }],
            accessLogs: { bucket: "acme-elb-logs", bucketPrefix: "web", interval: 60 },
        },
    },
    {
        type: "aws:elb/loadBalancer:LoadBalancer",
        title: "SSL (TLS) listener with an ACM certificate in front of TCP back ends, access logs enabled",
        source: CONTROLS,
        props: {
            subnets: ["subnet-0a1b2c3d"],
            listeners: [{ lbPort: 8443, lbProtocol: "SSL", instancePort: 8080, instanceProtocol: "TCP", sslCertificateId: CERTIFICATE }],
            accessLogs: { bucket: "acme-elb-logs", enabled: true, interval: 5 },
        },
    },
    {
        type: "aws:elb/loadBalancerPolicy:LoadBalancerPolicy",
        title: "SSL negotiation policy referencing ELBSecurityPolicy-TLS-1-2-2017-01 (Security Hub ELB.8)",
        source: "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-8 (read 2026-12-06)",
        props: {
            loadBalancerName: "web", policyName: "tls-1-2", policyTypeName: "SSLNegotiationPolicyType",
            policyAttributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-2-2017-01" }],
        },
    },
    {
        type: "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy",
        title: "SSL negotiation policy referencing ELBSecurityPolicy-TLS-1-2-2017-01 (Security Hub ELB.8)",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html (read 2026-12-06)",
        props: { name: "tls-1-2", loadBalancer: "web", lbPort: 443, attributes: [{ name: "Reference-Security-Policy", value: "ELBSecurityPolicy-TLS-1-2-2017-01" }] },
    },
];
