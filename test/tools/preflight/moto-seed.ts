/*
 * Seeds moto for test/tools/preflight/moto.spec.ts, in a child process whose environment points the
 * SDK at moto (AWS_ENDPOINT_URL, fake credentials: moto's default account 123456789012). Prints what
 * moto assigned (ids) as one JSON object.
 *
 *   existing-organization  an organization (all features) and a GuardDuty detector of the management account in eu-west-1
 *   adopted-audit          an organization with a created audit account that already has an AWS Config recorder and
 *                          delivery channel in eu-west-1, Config's service-linked role, a default event bus policy, and
 *                          GuardDuty delegated to it
 */
import { ConfigServiceClient, PutConfigurationRecorderCommand, PutDeliveryChannelCommand } from "@aws-sdk/client-config-service";
import { EventBridgeClient, PutPermissionCommand } from "@aws-sdk/client-eventbridge";
import { CreateDetectorCommand, GuardDutyClient } from "@aws-sdk/client-guardduty";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient, RegisterDelegatedAdministratorCommand } from "@aws-sdk/client-organizations";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";

const organizations = new OrganizationsClient({ region: "us-east-1" });

async function organization(): Promise<string> {
    const { Organization: o } = await organizations.send(new CreateOrganizationCommand({ FeatureSet: "ALL" }));
    return o!.Id!;
}

async function existingOrganization() {
    const organizationId = await organization();
    const { DetectorId: detectorId } = await new GuardDutyClient({ region: "eu-west-1" }).send(new CreateDetectorCommand({ Enable: true }));
    return { organizationId, detectorId };
}

async function adoptedAudit() {
    const organizationId = await organization();
    // moto creates accounts at once (AWS: asynchronously), with a random id.
    const { CreateAccountStatus: status } = await organizations.send(new CreateAccountCommand({ AccountName: "Audit", Email: "aws-audit@example.com" }));
    const auditAccountId = status!.AccountId!;
    await organizations.send(new RegisterDelegatedAdministratorCommand({ AccountId: auditAccountId, ServicePrincipal: "guardduty.amazonaws.com" }));
    const { Credentials: k } = await new STSClient({ region: "us-east-1" }).send(new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${auditAccountId}:role/OrganizationAccountAccessRole`, RoleSessionName: "seed",
    }));
    const credentials = { accessKeyId: k!.AccessKeyId!, secretAccessKey: k!.SecretAccessKey!, sessionToken: k!.SessionToken };
    const config = new ConfigServiceClient({ region: "eu-west-1", credentials });
    await config.send(new PutConfigurationRecorderCommand({
        ConfigurationRecorder: { name: "default", roleARN: `arn:aws:iam::${auditAccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig` },
    }));
    await config.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: "default", s3BucketName: "legacy-config-bucket" } }));
    // moto's CreateServiceLinkedRole names it AWSServiceRoleForconfig (AWS: AWSServiceRoleForConfig): created as a role with AWS's path and name instead.
    await new IAMClient({ region: "us-east-1", credentials }).send(new CreateRoleCommand({
        RoleName: "AWSServiceRoleForConfig", Path: "/aws-service-role/config.amazonaws.com/",
        AssumeRolePolicyDocument: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "config.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
    }));
    await new EventBridgeClient({ region: "us-east-1", credentials }).send(new PutPermissionCommand({ Action: "events:PutEvents", Principal: "111122223333", StatementId: "AllowPartner" }));
    return { organizationId, auditAccountId };
}

const seeds: Record<string, () => Promise<object>> = { "existing-organization": existingOrganization, "adopted-audit": adoptedAudit };

seeds[process.argv[2]]().then(
    ids => process.stdout.write(`${JSON.stringify(ids)}\n`),
    (error: Error) => { process.stderr.write(`seed ${process.argv[2]} failed: ${error.stack}\n`); process.exitCode = 1; },
);
