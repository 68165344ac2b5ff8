/** iam-role-trust-restricted (policy/policies/iam/iam-role-trust-restricted.ts). */
import * as assert from "assert";
import { UNKNOWN } from "../../../../policy/lib";
import { checkRole, definition as trustRestricted } from "../../../../policy/policies/iam/iam-role-trust-restricted";
import { Props } from "../../factories";
import { ROLE } from "../../iam-types";
import { SENTINEL, policyJson } from "../../samples";
import { checkEach } from "../../tables";

/** Unknown values inside a JSON document arrive as the engine's sentinel string. */
const GITHUB = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
const PULUMI = "arn:aws:iam::111111111111:oidc-provider/api.pulumi.com/oidc";
const trust = (...Statement: unknown[]) => ({ name: "r", assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement }) });
const webIdentity = (Federated: unknown, Condition?: unknown) => ({
    Effect: "Allow", Principal: { Federated }, Action: "sts:AssumeRoleWithWebIdentity", ...(Condition !== undefined && { Condition }),
});
const PUBLIC = (where: string) => `assumeRolePolicy.${where} lets any AWS principal ("*") assume the role (foundation least-privilege): anyone with an AWS account ` +
    "could use its permissions; name the accounts or roles that may assume it, or add a condition on aws:PrincipalOrgID";
const NO_SUBJECT = (where: string, provider: string) => `assumeRolePolicy.${where} lets web identities assume the role without a condition on the token's ` +
    `subject (${provider}:sub) (foundation no-keys): any repository, project or stack that can get a token from that provider could assume it; ` +
    `add a StringEquals or StringLike condition on "${provider}:sub" naming your repository and branch, environment or stack`;
const BROAD = (where: string, subject: string) => `assumeRolePolicy.${where} accepts the subject ${JSON.stringify(subject)} (foundation no-keys): it matches ` +
    "tokens of anyone using that provider, not only yours; name your organization, repository and branch or stack in the subject";

describe("policy iam-role-trust-restricted", () => {
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
        ["a service principal", trust({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }), []],
        ["an account principal", trust({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::222222222222:root" }, Action: "sts:AssumeRole" }), []],
        ['Principal "*"', trust({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" }), [PUBLIC("Statement[0]")]],
        ['Principal {AWS: ["*"]} as an object document', { assumeRolePolicy: { Statement: [{ Sid: "Anyone", Effect: "Allow", Principal: { AWS: ["*"] }, Action: "sts:AssumeRole" }] } },
            [PUBLIC('Statement[0] (Sid "Anyone")')]],
        ['Principal "*" limited to the organization', trust({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } } }), []],
        ['Principal "*" with only an external id is still public', trust({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole", Condition: { StringEquals: { "sts:ExternalId": "x" } } }),
            [PUBLIC("Statement[0]")]],
        ['Principal "*" in a Deny statement', trust({ Effect: "Deny", Principal: "*", Action: "sts:AssumeRole" }), []],
        ["GitHub OIDC limited to a repository and branch", trust(webIdentity(GITHUB, {
            StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:acme/infra:ref:refs/heads/main" },
        })), []],
        ["GitHub OIDC with only the audience", trust(webIdentity(GITHUB, { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } })),
            [NO_SUBJECT("Statement[0]", "token.actions.githubusercontent.com")]],
        ["GitHub OIDC without any condition", trust(webIdentity(GITHUB)), [NO_SUBJECT("Statement[0]", "token.actions.githubusercontent.com")]],
        ["GitHub OIDC with subject repo:*", trust(webIdentity(GITHUB, { StringLike: { "token.actions.githubusercontent.com:sub": "repo:*" } })),
            [BROAD("Statement[0]", "repo:*")]],
        ["GitHub OIDC with subject * next to a good one", trust(webIdentity(GITHUB, { StringLike: { "token.actions.githubusercontent.com:sub": ["repo:acme/infra:*", "*"] } })),
            [BROAD("Statement[0]", "*")]],
        ["GitHub OIDC with a subject only in StringNotEquals", trust(webIdentity(GITHUB, { StringNotEquals: { "token.actions.githubusercontent.com:sub": "repo:evil/x:*" } })),
            [NO_SUBJECT("Statement[0]", "token.actions.githubusercontent.com")]],
        ["Pulumi OIDC limited to a stack", trust(webIdentity(PULUMI, {
            StringEquals: { "api.pulumi.com/oidc:aud": "acme" },
            StringLike: { "api.pulumi.com/oidc:sub": "pulumi:deploy:org:acme:project:foundation:stack:prod:*" },
        })), []],
        ["Pulumi OIDC with pulumi:*", trust(webIdentity(PULUMI, { StringLike: { "api.pulumi.com/oidc:sub": "pulumi:*" } })), [BROAD("Statement[0]", "pulumi:*")]],
        ["provider ARN unknown (first preview), no subject", trust(webIdentity(SENTINEL, { StringEquals: { "x:aud": "y" } })), [NO_SUBJECT("Statement[0]", "<provider>")]],
        ["provider ARN unknown, a subject given", trust(webIdentity(SENTINEL, { StringEquals: { "token.actions.githubusercontent.com:sub": "repo:acme/infra:ref:refs/heads/main" } })), []],
        ["Cognito identity pools are restricted by audience", trust(webIdentity("cognito-identity.amazonaws.com", { StringEquals: { "cognito-identity.amazonaws.com:aud": "us-east-1:pool" } })), []],
        ["subject value unknown", trust(webIdentity(GITHUB, { StringEquals: { "token.actions.githubusercontent.com:sub": SENTINEL } })), []],
        ["condition unknown", trust(webIdentity(GITHUB, SENTINEL)), []],
        ["sts:* covers web identity", trust({ ...webIdentity(GITHUB), Action: "sts:*" }), [NO_SUBJECT("Statement[0]", "token.actions.githubusercontent.com")]],
        ["document unknown", { assumeRolePolicy: UNKNOWN }, []],
        ["not a document", { assumeRolePolicy: "{" }, []],
    ];
    for (const [title, props, expected] of cases) {
        it(title, () => assert.deepStrictEqual(checkRole(props), expected));
    }
});

describe("policy iam-role-trust-restricted: every shape of a public principal", () => {
    const PUBLIC = (where: string) => `assumeRolePolicy.${where} lets any AWS principal ("*") assume the role (foundation least-privilege): anyone with an AWS account ` +
        "could use its permissions; name the accounts or roles that may assume it, or add a condition on aws:PrincipalOrgID";
    const trustOf = (statement: Props) => ({ name: "r", assumeRolePolicy: policyJson({ Effect: "Allow", Action: "sts:AssumeRole", ...statement }) });
    checkEach(trustRestricted, ROLE, [
        ['Principal ["*"] (a bare list, which IAM refuses: not read)', trustOf({ Principal: ["*"] }), []],
        ['Principal { AWS: "arn:aws:iam::*:root" }', trustOf({ Principal: { AWS: "arn:aws:iam::*:root" } }), [PUBLIC("Statement[0]")]],
        ['Principal "*" with aws:PrincipalArn "arn:aws:iam::*" (a wildcard account limits nothing)',
            trustOf({ Principal: "*", Condition: { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*" } } }), [PUBLIC("Statement[0]")]],
        ['Principal "*" with aws:PrincipalArn of one role', trustOf({ Principal: "*", Condition: { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/ci" } } }), []],
        ['Principal "*" with aws:PrincipalAccount "*"', trustOf({ Principal: "*", Condition: { StringLike: { "aws:PrincipalAccount": "*" } } }), [PUBLIC("Statement[0]")]],
        ['Principal "*" with an organization among a wildcard', trustOf({ Principal: "*", Condition: { StringLike: { "aws:PrincipalOrgID": ["o-abc", "o-*"] } } }),
            [PUBLIC("Statement[0]")]],
        ["checkov CKV_AWS_61 pass: one account root", trustOf({ Principal: { AWS: "arn:aws:iam::123456789012:root" } }), []],
    ]);
});

describe("policy iam-role-trust-restricted: web identity statements, every way of naming the action", () => {
    const GITHUB = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
    const NO_SUBJECT = (provider: string) => "assumeRolePolicy.Statement[0] lets web identities assume the role without a condition on the token's " +
        `subject (${provider}:sub) (foundation no-keys): any repository, project or stack that can get a token from that provider could assume it; ` +
        `add a StringEquals or StringLike condition on "${provider}:sub" naming your repository and branch, environment or stack`;
    const role = (statement: Props) => ({ name: "ci", assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { Federated: GITHUB }, ...statement }) });
    checkEach(trustRestricted, ROLE, [
        ['Action "*"', role({ Action: "*" }), [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ['Action "sts:AssumeRoleWith*"', role({ Action: "STS:AssumeRoleWith*" }), [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ['Action "sts:AssumeRole*" covers it too', role({ Action: ["sts:TagSession", "sts:AssumeRole*"] }), [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ['Action "sts:AssumeRole" alone is not web identity', role({ Action: "sts:AssumeRole" }), []],
        ['Action "sts:Tag*" is not web identity', role({ Action: "sts:Tag*" }), []],
        ["a provider given as a host, not an ARN", { name: "ci", assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { Federated: "accounts.google.com" },
            Action: "sts:AssumeRoleWithWebIdentity" }) }, [NO_SUBJECT("accounts.google.com")]],
        ["a provider list with an unknown and a number", { name: "ci", assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { Federated: [SENTINEL, GITHUB] },
            Action: "sts:AssumeRoleWithWebIdentity" }) }, [NO_SUBJECT("token.actions.githubusercontent.com")]],
        ["the principal unknown", { name: "ci", assumeRolePolicy: policyJson({ Effect: "Allow", Principal: SENTINEL, Action: "sts:AssumeRoleWithWebIdentity" }) },
            [NO_SUBJECT("<provider>")]],
        ["a condition operator whose tests are not an object", role({ Action: "sts:AssumeRoleWithWebIdentity", Condition: { StringEquals: ["x"], Null: null } }),
            [NO_SUBJECT("token.actions.githubusercontent.com")]],
    ]);
});

describe("review regressions", () => {
    it('iam-role-trust-restricted: a condition with the value "*" limits nothing', () => {
        assert.strictEqual(trustRestricted.check("aws:iam/role:Role", { assumeRolePolicy: policyJson({ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole",
            Condition: { StringLike: { "aws:PrincipalOrgID": "*" } } }) }).length, 1);
    });
});
