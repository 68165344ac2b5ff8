import {
    accountRoot, allowService, denyInsecureTransport, keyAdministeredBy, logsEncryptWith, policyDocument, type PolicyDocument, type PolicyStatement,
} from "../../catalog/iam-document";

/**
 * The audit account's alerting key: its IAM policies decide who uses it (the functions' roles are
 * granted there), and CloudWatch Logs encrypts the foundation functions' log groups with it.
 */
export function alertKeyPolicy(ids: { auditAccountId: string; region: string; organizationName: string }): PolicyDocument {
    return policyDocument(
        keyAdministeredBy(ids.auditAccountId),
        logsEncryptWith("CloudWatchLogsEncryptsFunctionLogs", ids.region,
            { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${ids.region}:${ids.auditAccountId}:log-group:/aws/lambda/${ids.organizationName}-*` } }),
    );
}

/**
 * The alert topic: only the foundation's functions publish (their roles' IAM policies allow it; the
 * account's IAM decides within it). The explicit deny keeps anyone else with sns:Publish in the
 * audit account from sending a fake alert or drowning a real one. Roles are named by ARN, not as
 * principals, so the policy is valid before the roles exist.
 */
export function alertTopicPolicy(topicArn: string, publisherRoleArns: readonly string[]): PolicyDocument {
    return policyDocument(
        {
            Sid: "OnlyFoundationFunctionsPublish", Effect: "Deny", Principal: "*", Action: "sns:Publish", Resource: topicArn,
            Condition: { StringNotEquals: { "aws:PrincipalArn": [...publisherRoleArns] } },
        },
        denyInsecureTransport("sns:*", topicArn),
    );
}

export interface AlarmTopicIds {
    readonly region: string;
    readonly managementAccountId: string;
    readonly auditAccountId: string;
    readonly topicArn: string;
}

const alarmSource = (ids: Pick<AlarmTopicIds, "region" | "managementAccountId">) => `arn:aws:cloudwatch:${ids.region}:${ids.managementAccountId}:alarm:*`;

/** The CIS alarms' key, in the management account: CloudWatch encrypts the alarm messages with it. */
export function alarmKeyPolicy(ids: Omit<AlarmTopicIds, "topicArn" | "auditAccountId">): PolicyDocument {
    return policyDocument(
        keyAdministeredBy(ids.managementAccountId),
        // Only aws:SourceAccount: AWS's guide for alarms on encrypted topics sets no condition, and
        // nothing says CloudWatch sends aws:SourceArn on its KMS calls (the topic policy checks it).
        allowService("CloudWatchAlarmsEncrypt", "cloudwatch.amazonaws.com", ["kms:GenerateDataKey*", "kms:Decrypt"], "*", {
            StringEquals: { "aws:SourceAccount": ids.managementAccountId },
        }),
    );
}

/** The CIS alarms' topic: the account's alarms publish, the audit account's notifier subscribes. */
export function alarmTopicPolicy(ids: AlarmTopicIds): PolicyDocument {
    return policyDocument(
        allowService("CloudWatchAlarmsPublish", "cloudwatch.amazonaws.com", "sns:Publish", ids.topicArn, {
            StringEquals: { "aws:SourceAccount": ids.managementAccountId },
            ArnLike: { "aws:SourceArn": alarmSource(ids) },
        }),
        {
            Sid: "AuditNotifierSubscribes", Effect: "Allow", Principal: { AWS: accountRoot(ids.auditAccountId) }, Action: "sns:Subscribe", Resource: ids.topicArn,
            Condition: { StringEquals: { "sns:Protocol": "lambda" } },
        },
        denyInsecureTransport("sns:*", ids.topicArn),
    );
}

/** The audit account's home-region bus accepts events from every account of the organization. */
export function alertBusPolicy(busArn: string, organizationId: string): PolicyDocument {
    return policyDocument({
        Sid: "OrganizationForwardsAlerts", Effect: "Allow", Principal: "*", Action: "events:PutEvents", Resource: busArn,
        Condition: { StringEquals: { "aws:PrincipalOrgID": organizationId } },
    });
}

/** What a forwarding rule's role may do: put events on the audit account's alert bus. */
export function forwarderPolicy(busArn: string): PolicyDocument {
    return policyDocument({ Sid: "ForwardToAlertBus", Effect: "Allow", Action: "events:PutEvents", Resource: busArn });
}

export interface NotifierResources {
    readonly tableArn: string;
    readonly topicArn: string;
    readonly keyArn: string;
    readonly deadLetterQueueArn: string;
    readonly logGroupArn: string;
}

/** Statements every foundation function needs: its log group, its dead-letter queue, the alerting key. */
export function functionBaseStatements(r: Omit<NotifierResources, "tableArn" | "topicArn">): PolicyStatement[] {
    return [
        { Sid: "WriteOwnLogs", Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${r.logGroupArn}:*` },
        { Sid: "DeadLetters", Effect: "Allow", Action: "sqs:SendMessage", Resource: r.deadLetterQueueArn },
        { Sid: "UseAlertingKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: r.keyArn },
    ];
}

/** The notifier: records alerts in its table, reads the account directory, publishes to the alert topic. */
export function notifierPolicy(r: NotifierResources): PolicyDocument {
    return policyDocument(
        ...functionBaseStatements(r),
        { Sid: "AlertState", Effect: "Allow", Action: ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem"], Resource: r.tableArn },
        { Sid: "PublishAlerts", Effect: "Allow", Action: "sns:Publish", Resource: r.topicArn },
    );
}

/** The responder: records what it handled, reads the directory, reports, and assumes the response roles. */
export function responderPolicy(r: NotifierResources & { responseRoleName: string }): PolicyDocument {
    return policyDocument(
        ...functionBaseStatements(r),
        { Sid: "ResponseState", Effect: "Allow", Action: ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem"], Resource: r.tableArn },
        { Sid: "PublishReports", Effect: "Allow", Action: "sns:Publish", Resource: r.topicArn },
        { Sid: "AssumeResponseRoles", Effect: "Allow", Action: "sts:AssumeRole", Resource: `arn:aws:iam::*:role/${r.responseRoleName}` },
    );
}

/** Trust of the response role in each member account: only the audit account's responder. */
export function responseRoleTrust(responderRoleArn: string): PolicyDocument {
    return policyDocument({ Sid: "AssumedByTheResponder", Effect: "Allow", Principal: { AWS: responderRoleArn }, Action: "sts:AssumeRole" });
}

/**
 * What the responder may do in a member account: look, snapshot, tag, detach from Auto Scaling and
 * swap security groups. Nothing that stops, terminates or deletes.
 */
export function responseRolePolicy(): PolicyDocument {
    return policyDocument(
        {
            Sid: "Investigate", Effect: "Allow", Resource: "*",
            Action: ["autoscaling:DescribeAutoScalingInstances", "ec2:DescribeInstances", "ec2:DescribeSecurityGroups"],
        },
        {
            Sid: "PreserveAndIsolate", Effect: "Allow", Resource: "*",
            Action: [
                "autoscaling:DetachInstances", "ec2:CreateSecurityGroup", "ec2:CreateSnapshot", "ec2:CreateSnapshots", "ec2:CreateTags",
                "ec2:ModifyNetworkInterfaceAttribute", "ec2:RevokeSecurityGroupEgress",
            ],
        },
    );
}
