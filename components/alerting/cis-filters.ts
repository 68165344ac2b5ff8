/**
 * The CIS AWS Foundations Benchmark v3.0 section 4 metric filters, with the exact patterns AWS
 * documents: Security Hub's CloudWatch.1-14 controls compare the pattern on the trail's log group
 * with these strings, spaces included, so they must not be reformatted.
 *
 * Sources (verbatim copies with commits in ../shared/reference/cis-metric-filters.json of the team repo):
 * - 4.1, 4.3-4.14: Security Hub user guide, cloudwatch-controls, identical to AWS's Automated
 *   Security Response solution (cloudwatch_get_input_values.py, v3.1.5).
 * - 4.2: the Security Hub guide's current pattern (since 2022-05), which counts only successful
 *   sign-ins of IAM users. The older pattern of the CIS text and the response solution,
 *   `{($.eventName="ConsoleLogin") && ($.additionalEventData.MFAUsed !="Yes")}`, also matches
 *   every Identity Center (federated) sign-in, whose MFA happens in Identity Center and is not
 *   reported as MFAUsed: on this foundation, where people sign in only through Identity Center,
 *   it would alarm on every sign-in and drown the one alert channel.
 * - 4.15: the CIS v3.0 remediation text (no Security Hub control checks it).
 */
export interface CisMetricFilter {
    /** CIS v3.0 recommendation. */
    readonly cis: string;
    /** The Security Hub control that checks it, if any. */
    readonly control?: string;
    /** Metric, filter and alarm name (AWS's response solution gives all three the same name). */
    readonly metricName: string;
    readonly title: string;
    /** docs/runbooks/<runbook>.md */
    readonly runbook: string;
    readonly pattern: string;
}

/** Namespace of the metrics, as in the Security Hub guide and AWS's solutions. */
export const CIS_METRIC_NAMESPACE = "LogMetrics";

export const CIS_METRIC_FILTERS: readonly CisMetricFilter[] = [
    {
        cis: "4.1",
        control: "CloudWatch.2",
        metricName: "UnauthorizedAPICalls",
        title: "Unauthorized API calls",
        runbook: "unauthorized-api-calls",
        pattern: '{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}',
    },
    {
        cis: "4.2",
        control: "CloudWatch.3",
        metricName: "ConsoleSignInWithoutMfa",
        title: "Console sign-in without MFA",
        runbook: "console-signin-without-mfa",
        pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    },
    {
        cis: "4.3",
        control: "CloudWatch.1",
        metricName: "RootAccountUsage",
        title: "Use of the root user",
        runbook: "root-account-usage",
        pattern: '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}',
    },
    {
        cis: "4.4",
        control: "CloudWatch.4",
        metricName: "IAMPolicyChanges",
        title: "IAM policy changes",
        runbook: "iam-policy-changes",
        pattern: "{($.eventName=DeleteGroupPolicy) || ($.eventName=DeleteRolePolicy) || ($.eventName=DeleteUserPolicy) || ($.eventName=PutGroupPolicy) || ($.eventName=PutRolePolicy) || ($.eventName=PutUserPolicy) || ($.eventName=CreatePolicy) || ($.eventName=DeletePolicy) || ($.eventName=CreatePolicyVersion) || ($.eventName=DeletePolicyVersion) || ($.eventName=AttachRolePolicy) || ($.eventName=DetachRolePolicy) || ($.eventName=AttachUserPolicy) || ($.eventName=DetachUserPolicy) || ($.eventName=AttachGroupPolicy) || ($.eventName=DetachGroupPolicy)}",
    },
    {
        cis: "4.5",
        control: "CloudWatch.5",
        metricName: "CloudTrailChanges",
        title: "CloudTrail configuration changes",
        runbook: "cloudtrail-config-changes",
        pattern: "{($.eventName=CreateTrail) || ($.eventName=UpdateTrail) || ($.eventName=DeleteTrail) || ($.eventName=StartLogging) || ($.eventName=StopLogging)}",
    },
    {
        cis: "4.6",
        control: "CloudWatch.6",
        metricName: "ConsoleAuthenticationFailures",
        title: "Console authentication failures",
        runbook: "console-authentication-failures",
        pattern: '{($.eventName=ConsoleLogin) && ($.errorMessage="Failed authentication")}',
    },
    {
        cis: "4.7",
        control: "CloudWatch.7",
        metricName: "DisableOrDeleteCMK",
        title: "Customer managed keys disabled or scheduled for deletion",
        runbook: "disable-or-delete-cmk",
        pattern: "{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}",
    },
    {
        cis: "4.8",
        control: "CloudWatch.8",
        metricName: "S3BucketPolicyChanges",
        title: "S3 bucket policy changes",
        runbook: "s3-bucket-policy-changes",
        pattern: "{($.eventSource=s3.amazonaws.com) && (($.eventName=PutBucketAcl) || ($.eventName=PutBucketPolicy) || ($.eventName=PutBucketCors) || ($.eventName=PutBucketLifecycle) || ($.eventName=PutBucketReplication) || ($.eventName=DeleteBucketPolicy) || ($.eventName=DeleteBucketCors) || ($.eventName=DeleteBucketLifecycle) || ($.eventName=DeleteBucketReplication))}",
    },
    {
        cis: "4.9",
        control: "CloudWatch.9",
        metricName: "AWSConfigChanges",
        title: "AWS Config configuration changes",
        runbook: "aws-config-changes",
        pattern: "{($.eventSource=config.amazonaws.com) && (($.eventName=StopConfigurationRecorder) || ($.eventName=DeleteDeliveryChannel) || ($.eventName=PutDeliveryChannel) || ($.eventName=PutConfigurationRecorder))}",
    },
    {
        cis: "4.10",
        control: "CloudWatch.10",
        metricName: "SecurityGroupChanges",
        title: "Security group changes",
        runbook: "security-group-changes",
        pattern: "{($.eventName=AuthorizeSecurityGroupIngress) || ($.eventName=AuthorizeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress) || ($.eventName=RevokeSecurityGroupEgress) || ($.eventName=CreateSecurityGroup) || ($.eventName=DeleteSecurityGroup)}",
    },
    {
        cis: "4.11",
        control: "CloudWatch.11",
        metricName: "NACLChanges",
        title: "Network ACL changes",
        runbook: "nacl-changes",
        pattern: "{($.eventName=CreateNetworkAcl) || ($.eventName=CreateNetworkAclEntry) || ($.eventName=DeleteNetworkAcl) || ($.eventName=DeleteNetworkAclEntry) || ($.eventName=ReplaceNetworkAclEntry) || ($.eventName=ReplaceNetworkAclAssociation)}",
    },
    {
        cis: "4.12",
        control: "CloudWatch.12",
        metricName: "NetworkGatewayChanges",
        title: "Network gateway changes",
        runbook: "network-gateway-changes",
        pattern: "{($.eventName=CreateCustomerGateway) || ($.eventName=DeleteCustomerGateway) || ($.eventName=AttachInternetGateway) || ($.eventName=CreateInternetGateway) || ($.eventName=DeleteInternetGateway) || ($.eventName=DetachInternetGateway)}",
    },
    {
        cis: "4.13",
        control: "CloudWatch.13",
        metricName: "RouteTableChanges",
        title: "Route table changes",
        runbook: "route-table-changes",
        pattern: "{($.eventName=CreateRoute) || ($.eventName=CreateRouteTable) || ($.eventName=ReplaceRoute) || ($.eventName=ReplaceRouteTableAssociation) || ($.eventName=DeleteRouteTable) || ($.eventName=DeleteRoute) || ($.eventName=DisassociateRouteTable)}",
    },
    {
        cis: "4.14",
        control: "CloudWatch.14",
        metricName: "VPCChanges",
        title: "VPC changes",
        runbook: "vpc-changes",
        pattern: "{($.eventName=CreateVpc) || ($.eventName=DeleteVpc) || ($.eventName=ModifyVpcAttribute) || ($.eventName=AcceptVpcPeeringConnection) || ($.eventName=CreateVpcPeeringConnection) || ($.eventName=DeleteVpcPeeringConnection) || ($.eventName=RejectVpcPeeringConnection) || ($.eventName=AttachClassicLinkVpc) || ($.eventName=DetachClassicLinkVpc) || ($.eventName=DisableVpcClassicLink) || ($.eventName=EnableVpcClassicLink)}",
    },
    {
        cis: "4.15",
        control: undefined,
        metricName: "OrganizationsChanges",
        title: "AWS Organizations changes",
        runbook: "aws-organizations-changes",
        pattern: '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
    },
];
