/** iam-managed-policy-no-escalation (policy/policies/iam/iam-managed-policy-no-escalation.ts). */
import { UNKNOWN } from "../../../../policy/lib";
import { definition as managedEscalation } from "../../../../policy/policies/iam/iam-managed-policy-no-escalation";
import { happy } from "../../factories";
import { GROUP_ATTACHMENT, GROUP_EXCLUSIVE, POLICY_ATTACHMENT, ROLE, ROLE_ATTACHMENT, ROLE_EXCLUSIVE, USER_ATTACHMENT, USER_EXCLUSIVE } from "../../iam-types";
import { MANAGED } from "../../samples";
import { checkEach } from "../../tables";

describe("policy iam-managed-policy-no-escalation", () => {
    const LAMBDA_FULL = (path: string) => `${path} attaches the AWS managed policy AWSLambda_FullAccess, which allows iam:PassRole on every role together with ` +
        "lambda:CreateFunction (foundation least-privilege): whoever holds it can run code as any role those services can assume; attach a customer managed " +
        "policy with only the actions and resources the principal needs, passing only the roles it must pass";
    const IAM_FULL = (path: string) => `${path} attaches the AWS managed policy IAMFullAccess, which allows iam:CreatePolicyVersion, iam:SetDefaultPolicyVersion, ` +
        "iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:PutUserPolicy, iam:PutGroupPolicy, iam:PutRolePolicy, iam:CreateAccessKey, " +
        "iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:AddUserToGroup, iam:UpdateAssumeRolePolicy on every principal or policy (foundation least-privilege): " +
        "whoever holds it can grant itself any permission; attach a customer managed policy with only the actions and resources the principal needs";
    const SAGEMAKER = (path: string) => `${path} attaches the AWS managed policy AmazonSageMakerFullAccess, which allows iam:PassRole on every role ` +
        '(statement "AllowPassRoleToSageMaker") together with sagemaker:CreateNotebookInstance (foundation least-privilege): whoever holds it can run code as any role ' +
        "those services can assume; attach a customer managed policy with only the actions and resources the principal needs, passing only the roles it must pass";

    describe("single attachments (policyArn)", () => {
        for (const type of [ROLE_ATTACHMENT, USER_ATTACHMENT, GROUP_ATTACHMENT, POLICY_ATTACHMENT]) {
            checkEach(managedEscalation, type, [
                [`${type}: AWSLambda_FullAccess (aws.lambda.CallbackFunction's default)`, { ...happy[type]!(), policyArn: `${MANAGED}AWSLambda_FullAccess` },
                    [LAMBDA_FULL("policyArn")]],
            ]);
        }
        checkEach(managedEscalation, ROLE_ATTACHMENT, [
            ["IAMFullAccess", { role: "ops", policyArn: `${MANAGED}IAMFullAccess` }, [IAM_FULL("policyArn")]],
            ["AmazonSageMakerFullAccess names its statement", { role: "notebook", policyArn: `${MANAGED}AmazonSageMakerFullAccess` }, [SAGEMAKER("policyArn")]],
            ["in GovCloud", { role: "fn", policyArn: "arn:aws-us-gov:iam::aws:policy/AWSLambda_FullAccess" }, [LAMBDA_FULL("policyArn")]],
            ["AmazonS3FullAccess: broad, but no escalation", { role: "fn", policyArn: `${MANAGED}AmazonS3FullAccess` }, []],
            ["AmazonDynamoDBFullAccess passes roles only to Auto Scaling and DAX", { role: "fn", policyArn: `${MANAGED}AmazonDynamoDBFullAccess` }, []],
            ["a service-role policy, for the role a service assumes", { role: "ecsEvents", policyArn: `${MANAGED}service-role/AmazonEC2ContainerServiceEventsRole` }, []],
            ["AdministratorAccess: iam-no-admin-policy-attached's", { role: "admin", policyArn: `${MANAGED}AdministratorAccess` }, []],
            ["PowerUserAccess: no IAM, no escalation", { role: "deploy", policyArn: `${MANAGED}PowerUserAccess` }, []],
            ["a customer managed policy of the same name: its own document is checked where it is defined", { role: "fn", policyArn: "arn:aws:iam::111111111111:policy/AWSLambda_FullAccess" }, []],
            ["policyArn unknown", { role: "fn", policyArn: UNKNOWN }, []],
            ["policyArn not a string", { role: "fn", policyArn: 42 }, []],
        ]);
    });

    describe("lists of ARNs", () => {
        checkEach(managedEscalation, ROLE, [
            ["Role.managedPolicyArns (deprecated, still accepted by v7)", { ...happy[ROLE]!(), managedPolicyArns: [`${MANAGED}ReadOnlyAccess`, `${MANAGED}AWSLambda_FullAccess`] },
                [LAMBDA_FULL("managedPolicyArns[1]")]],
            ["one ARN unknown, the other checked", { ...happy[ROLE]!(), managedPolicyArns: [UNKNOWN, `${MANAGED}IAMFullAccess`] }, [IAM_FULL("managedPolicyArns[1]")]],
            ["managedPolicyArns unknown", { ...happy[ROLE]!(), managedPolicyArns: UNKNOWN }, []],
        ]);
        for (const type of [ROLE_EXCLUSIVE, USER_EXCLUSIVE, GROUP_EXCLUSIVE]) {
            checkEach(managedEscalation, type, [[`${type}.policyArns`, { ...happy[type]!(), policyArns: [`${MANAGED}AWSLambda_FullAccess`] }, [LAMBDA_FULL("policyArns[0]")]]]);
        }
    });
});
