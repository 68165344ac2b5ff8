import type { RecommendedSetting } from "./corpus";

/** Load balancers (Application, Network, Gateway), as the Elastic Load Balancing guides and Security Hub recommend them. */

const ALB_POLICIES = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (read 2026-12-06)";
const NLB_POLICIES = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html (read 2026-12-06)";
const ELB_17 = "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17 (read 2026-12-06)";

const ALB_ARN = "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/50dc6c495c0c9188";
const NLB_ARN = "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/tls/7d3e6f1c2b9a4e5d";
const CERTIFICATE = "arn:aws:acm:us-east-1:111111111111:certificate/12345678-1234-1234-1234-123456789012";
const FORWARD = [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web/73e2d6bc24d8a067" }];

const https = (sslPolicy: string) => ({ loadBalancerArn: ALB_ARN, port: 443, protocol: "HTTPS", sslPolicy, certificateArn: CERTIFICATE, defaultActions: FORWARD });
const tls = (sslPolicy: string) => ({ loadBalancerArn: NLB_ARN, port: 443, protocol: "TLS", sslPolicy, certificateArn: CERTIFICATE, defaultActions: FORWARD });

export const settings: RecommendedSetting[] = [
    {
        type: "aws:lb/listener:Listener",
        title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-2-2021-06, the policy AWS recommended and the console's default until 2025-09",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (read 2026-12-06)",
        props: https("ELBSecurityPolicy-TLS13-1-2-2021-06"),
    },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09, the console's default and AWS's recommendation", source: ALB_POLICIES,
        props: https("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09") },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09, AWS's FIPS recommendation", source: ALB_POLICIES,
        props: https("ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09") },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-3-PQ-2025-09 (TLS 1.3 only, post-quantum)", source: ALB_POLICIES,
        props: https("ELBSecurityPolicy-TLS13-1-3-PQ-2025-09") },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-2-Res-2021-06 (Security Hub ELB.17)", source: ELB_17,
        props: https("ELBSecurityPolicy-TLS13-1-2-Res-2021-06") },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-3-2021-06 (Security Hub ELB.17)", source: ELB_17,
        props: https("ELBSecurityPolicy-TLS13-1-3-2021-06") },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04 (Security Hub ELB.17)", source: ELB_17,
        props: https("ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04") },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04 (Security Hub ELB.17)", source: ELB_17,
        props: https("ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04") },
    { type: "aws:lb/listener:Listener", title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04 (Security Hub ELB.17)", source: ELB_17,
        props: https("ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04") },
    { type: "aws:lb/listener:Listener", title: "TLS listener (Network Load Balancer) with ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09, the console's default", source: NLB_POLICIES,
        props: tls("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09") },
    { type: "aws:lb/listener:Listener", title: "TLS listener (Network Load Balancer) with ELBSecurityPolicy-TLS13-1-2-2021-06", source: NLB_POLICIES,
        props: tls("ELBSecurityPolicy-TLS13-1-2-2021-06") },
    { type: "aws:lb/listener:Listener", title: "TLS listener (Network Load Balancer) with ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09", source: NLB_POLICIES,
        props: tls("ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09") },
    {
        type: "aws:lb/listener:Listener",
        title: "HTTP listener that redirects to HTTPS with a 301 (Security Hub ELB.1's remediation)",
        source: "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1 (read 2026-12-06)",
        props: { loadBalancerArn: ALB_ARN, port: 80, protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }] },
    },
    {
        type: "aws:lb/listener:Listener",
        title: "TCP listener on a Network Load Balancer passing TLS through to the targets",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html (read 2026-12-06)",
        props: { loadBalancerArn: NLB_ARN, port: 443, protocol: "TCP", defaultActions: FORWARD },
    },
    {
        type: "aws:lb/listener:Listener",
        title: "Gateway Load Balancer listener: no protocol and no port (it forwards every IP packet to the appliances over GENEVE)",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-listeners.html (read 2026-12-06)",
        props: {
            loadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/gwy/inspection/4b2f6c1a9d8e7f60",
            defaultActions: [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/appliances/5e6f7a8b9c0d1e2f" }],
        },
    },
    {
        type: "aws:lb/listener:Listener",
        title: "Gateway Load Balancer listener whose load balancer ARN is not known yet (first preview)",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-listeners.html (read 2026-12-06)",
        props: { loadBalancerArn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", defaultActions: [{ type: "forward", targetGroupArn: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }] },
    },
    { type: "aws:alb/listener:Listener", title: "HTTPS listener (deprecated alb alias) with ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", source: ALB_POLICIES,
        props: https("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09") },
    {
        type: "aws:lb/loadBalancer:LoadBalancer",
        title: "Application Load Balancer that drops invalid header fields and writes access logs (Security Hub ELB.4, ELB.5)",
        source: "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html (read 2026-12-06)",
        props: {
            loadBalancerType: "application", internal: false, subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], securityGroups: ["sg-0123456789abcdef0"],
            dropInvalidHeaderFields: true, desyncMitigationMode: "defensive", enableDeletionProtection: true,
            accessLogs: { bucket: "acme-alb-logs", prefix: "web", enabled: true },
        },
    },
    {
        type: "aws:lb/loadBalancer:LoadBalancer",
        title: "Network Load Balancer (access logs cover TLS listeners only, and header settings do not apply)",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html (read 2026-12-06)",
        props: { loadBalancerType: "network", internal: false, subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], enableDeletionProtection: true },
    },
    {
        type: "aws:lb/loadBalancer:LoadBalancer",
        title: "Gateway Load Balancer in front of inspection appliances",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/getting-started.html (read 2026-12-06)",
        props: { loadBalancerType: "gateway", subnets: ["subnet-0a1b2c3d"], enableDeletionProtection: true },
    },
    {
        type: "aws:alb/loadBalancer:LoadBalancer",
        title: "Application Load Balancer (deprecated alb alias) with invalid headers dropped and access logs",
        source: "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html (read 2026-12-06)",
        props: { loadBalancerType: "application", subnets: ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], dropInvalidHeaderFields: true, accessLogs: { bucket: "acme-alb-logs", enabled: true } },
    },
];
