/** rds-instance-resilient, cloudwatch-log-group-encrypted, sns-subscription-encrypted-transport, ec2-no-ssh-key-pair, lb-load-balancer-hardened,
 *  iam-no-admin-policy-attached, kms-key-deletion-window, and opensearch-domain-secure on legacy Elasticsearch domains. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as logEncrypted } from "../../../policy/policies/cloudwatch/cloudwatch-log-group-encrypted";
import { definition as keyPair } from "../../../policy/policies/ec2/ec2-no-ssh-key-pair";
import { definition as adminAttached } from "../../../policy/policies/iam/iam-no-admin-policy-attached";
import { definition as deletionWindow } from "../../../policy/policies/kms/kms-key-deletion-window";
import { definition as lbHardened } from "../../../policy/policies/lb/lb-load-balancer-hardened";
import { definition as opensearch } from "../../../policy/policies/opensearch/opensearch-domain-secure";
import { definition as rdsResilient } from "../../../policy/policies/rds/rds-instance-resilient";
import { definition as subscription } from "../../../policy/policies/sns/sns-subscription-encrypted-transport";
import { Props, happy } from "../factories";

interface Checked { readonly metadata: { readonly name: string }; check(type: string, props: unknown, config?: Record<string, unknown>): string[] }
type Case = [title: string, change: Props, expected: string[]];
function table(definition: Checked, type: string, cases: Case[]) {
    describe(`policy ${definition.metadata.name} (${type.split(":").pop()})`, () => {
        it("compliant", () => assert.deepStrictEqual(definition.check(type, happy[type]!()), []));
        for (const [title, change, expected] of cases) {
            it(title, () => assert.deepStrictEqual(definition.check(type, { ...happy[type]!(), ...change }), expected));
        }
    });
}

const PROTECTION = "deletionProtection must be true (foundation nothing-lost): one delete call, or a replacement in a later change, removes the database";
table(rdsResilient, "aws:rds/instance:Instance", [
    ["nothing set", { deletionProtection: undefined }, [PROTECTION]],
    ["backups off, upgrades off", { backupRetentionPeriod: 0, autoMinorVersionUpgrade: false }, [
        "backupRetentionPeriod must not be 0 (FSBP RDS.11): with automated backups off there is no point-in-time restore",
        "autoMinorVersionUpgrade must not be false (CIS 2.3.2): minor versions carry the security fixes",
    ]],
    ["protection unknown", { deletionProtection: UNKNOWN }, []],
]);

table(logEncrypted, "aws:cloudwatch/logGroup:LogGroup", [
    ["no key", { kmsKeyId: undefined }, ["kmsKeyId must name a KMS key (foundation encrypted-at-rest): with the service's own key, anyone with logs:GetLogEvents reads " +
        "the events; a customer managed key adds its key policy as a second gate"]],
    ["key unknown", { kmsKeyId: UNKNOWN }, []],
]);

table(subscription, "aws:sns/topicSubscription:TopicSubscription", [
    ["http", { protocol: "HTTP", endpoint: "http://hooks.example.com" }, ['protocol must be "https", not "http" (foundation encrypted-in-transit): notifications, which may carry findings and data, would cross the internet in clear text']],
    ["email", { protocol: "email", endpoint: "ops@example.com" }, []],
]);

const KEY = (name: string) => `keyName "${name}" installs an SSH key pair (foundation no-keys): whoever holds the private key logs in, with no MFA, no session record ` +
    "and no expiry; use SSM Session Manager, which needs no key and no open port";
table(keyPair, "aws:ec2/instance:Instance", [["a key pair", { keyName: "ops" }, [KEY("ops")]], ["unknown", { keyName: UNKNOWN }, []]]);
table(keyPair, "aws:ec2/launchTemplate:LaunchTemplate", [["a key pair", { keyName: "deploy" }, [KEY("deploy")]]]);

const HEADERS = "dropInvalidHeaderFields must be true (Security Hub ELB.4): malformed headers are passed to the targets, the way request smuggling starts";
const LOGS = "accessLogs.enabled must be true, with a bucket (Security Hub ELB.5): without access logs there is no record of who called what";
table(lbHardened, "aws:lb/loadBalancer:LoadBalancer", [
    ["an ALB with defaults", { dropInvalidHeaderFields: undefined, accessLogs: undefined }, [HEADERS, LOGS]],
    ["an NLB or a gateway load balancer (neither setting applies)", { loadBalancerType: "network", dropInvalidHeaderFields: undefined, accessLogs: { bucket: "b", enabled: false } }, []],
    ["type unknown", { loadBalancerType: UNKNOWN, accessLogs: undefined }, []],
]);

const ADMIN = "policyArn must not be AdministratorAccess (CIS 1.16): the principal can do anything in the account, including removing the guardrails of its own account; " +
    "attach only the managed or custom policies its job needs";
table(adminAttached, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", [
    ["AdministratorAccess", { policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }, [ADMIN]],
    ["in GovCloud", { policyArn: "arn:aws-us-gov:iam::aws:policy/AdministratorAccess" }, [ADMIN]],
    ["a customer policy of the same name", { policyArn: "arn:aws:iam::111111111111:policy/AdministratorAccess" }, []],
]);
table(adminAttached, "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", [["AdministratorAccess", { policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }, [ADMIN]]]);

table(deletionWindow, "aws:kms/key:Key", [
    ["7 days", { deletionWindowInDays: 7 }, ["deletionWindowInDays must be 30, got 7 (foundation nothing-lost): a key scheduled for deletion by mistake or by an attacker " +
        "takes every object it encrypts with it; the longest window leaves the most time to cancel"]],
    ["unset (30)", { deletionWindowInDays: undefined }, []],
]);

table(opensearch, "aws:elasticsearch/domain:Domain", [
    ["a legacy domain outside a VPC, without fine-grained access control, open to everyone", {
        vpcOptions: undefined, advancedSecurityOptions: undefined,
        accessPolicies: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "*" }] }),
    }, ['accessPolicies allows everyone ("*") with no condition, on a domain outside a VPC and without fine-grained access control (FSBP Opensearch.2): ' +
        "anyone on the internet can read and write its indexes; put the domain in a VPC (vpcOptions), enable advancedSecurityOptions, or name the principals or source IPs"]],
]);
