import * as assert from "assert";
import { expandAssignments, parseFoundationConfig, sessionMinutes } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";
import { warningsOf } from "./warnings-of";

const IDENTITY = "foundation:identity";

describe("stack config: foundation:identity", () => {
    it("reads the example's groups, users and assignments, and adds the five built-in permission sets with 1-hour sessions", () => {
        const identity = parseFoundationConfig(exampleValues()).identity!;
        assert.strictEqual(identity.region, "us-east-1");
        assert.strictEqual(identity.manageUsers, true);
        assert.deepStrictEqual(identity.groups.map(g => g.name), ["admins", "developers", "security", "finance"]);
        assert.deepStrictEqual(identity.users[1], { userName: "bob@example.com", givenName: "Bob", familyName: "Example", email: "bob@example.com", groups: ["developers"] });
        assert.deepStrictEqual(identity.permissionSets.map(s => [s.name, s.sessionDuration, s.managedPolicies, s.customerManagedPolicies]), [
            ["AdministratorAccess", "PT1H", ["arn:aws:iam::aws:policy/AdministratorAccess"], []],
            ["PowerUserAccess", "PT1H", ["arn:aws:iam::aws:policy/PowerUserAccess"], []],
            ["ReadOnlyAccess", "PT1H", ["arn:aws:iam::aws:policy/ReadOnlyAccess"], []],
            ["Billing", "PT1H", ["arn:aws:iam::aws:policy/job-function/Billing"], []],
            ["SecurityAudit", "PT1H", ["arn:aws:iam::aws:policy/SecurityAudit"], []],
        ]);
        assert.deepStrictEqual(identity.permissionSets[2].inlinePolicy, {
            Version: "2012-10-17",
            Statement: [{
                Sid: "NoDataReads", Effect: "Deny", Resource: "*",
                Action: [
                    "athena:GetQueryResults", "dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:PartiQLSelect", "dynamodb:Query", "dynamodb:Scan",
                    "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "kinesis:GetRecords", "logs:FilterLogEvents", "logs:GetLogEvents", "logs:StartQuery",
                    "s3:GetObject", "s3:GetObjectVersion", "secretsmanager:GetSecretValue",
                    "ssm:GetParameter", "ssm:GetParameterHistory", "ssm:GetParameters", "ssm:GetParametersByPath",
                ],
            }],
        });
        assert.strictEqual(identity.permissionSets.filter(s => s.inlinePolicy).length, 1);
    });

    it("leaves Identity Center alone when the section is absent", () => {
        const config = parseFoundationConfig(exampleValues(d => { delete d[IDENTITY]; }));
        assert.ok(!("identity" in config));
    });

    it("changes only the fields a built-in permission set lists, and declares custom ones", () => {
        const identity = parseFoundationConfig(exampleValues(d => {
            d[IDENTITY].permissionSets = [
                { name: "PowerUserAccess", sessionDuration: "PT2H30M" },
                { name: "DataScientist", managedPolicies: ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"], customerManagedPolicies: [{ name: "data-lake-read" }] },
            ];
        })).identity!;
        assert.deepStrictEqual(identity.permissionSets[1], {
            name: "PowerUserAccess",
            description: "Every service except IAM and Organizations administration: for developers",
            sessionDuration: "PT2H30M",
            managedPolicies: ["arn:aws:iam::aws:policy/PowerUserAccess"],
            customerManagedPolicies: [],
        });
        assert.deepStrictEqual(identity.permissionSets[5], {
            name: "DataScientist",
            description: "DataScientist, declared in foundation:identity",
            sessionDuration: "PT1H",
            managedPolicies: ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"],
            customerManagedPolicies: [{ name: "data-lake-read" }],
        });
    });

    it("expands OU targets to every account below them, management only when named", () => {
        const config = parseFoundationConfig(exampleValues());
        const grants = expandAssignments(config.identity!.assignments, config.accounts).map(a => `${a.group} ${a.permissionSet} ${a.account}`);
        assert.deepStrictEqual(grants, [
            "admins AdministratorAccess log-archive", "admins AdministratorAccess audit", "admins AdministratorAccess shared-services",
            "admins AdministratorAccess prod", "admins AdministratorAccess staging", "admins AdministratorAccess sandbox",
            "developers PowerUserAccess sandbox", "developers PowerUserAccess staging",
            "developers ReadOnlyAccess prod",
            "security SecurityAudit management", "security SecurityAudit log-archive", "security SecurityAudit audit",
            "security SecurityAudit shared-services", "security SecurityAudit prod", "security SecurityAudit staging", "security SecurityAudit sandbox",
            "security AdministratorAccess audit", "security AdministratorAccess log-archive",
            "finance Billing management",
        ]);
    });

    it("covers an account added under an OU target later, and grants each account once when targets overlap", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d["foundation:accounts"].push({ key: "prod-eu", name: "Production EU", email: "aws-prod-eu@example.com", ou: "Workloads/Prod" });
            d[IDENTITY].assignments[0].targets = ["Workloads", "prod", "Workloads/Prod"];
        }));
        const admins = expandAssignments(config.identity!.assignments, config.accounts).filter(a => a.group === "admins").map(a => a.account);
        assert.deepStrictEqual(admins, ["prod", "staging", "prod-eu"]);
    });

    it("rejects unknown references, duplicates, out-of-range sessions and a user list next to SCIM", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d[IDENTITY].groups.push({ name: "Admins" });
            d[IDENTITY].users[0].groups = ["admins", "operators", "admins"];
            d[IDENTITY].users[1].email = "ALICE@example.com";
            d[IDENTITY].permissionSets = [
                { name: "AdministratorAccess", sessionDuration: "PT13H" },
                { name: "Short", sessionDuration: "PT30M", managedPolicies: ["arn:aws:iam::aws:policy/ViewOnlyAccess"] },
                { name: "Nothing" },
                { name: "administratoraccess" },
            ];
            d[IDENTITY].assignments.push(
                { group: "operators", permissionSet: "Operator", targets: ["Workloads/Test", "prod", "prod"] },
                { group: "admins", permissionSet: "AdministratorAccess", targets: ["sandbox"] },
            );
        }), [
            'foundation:identity.groups[4].name: "Admins" is already declared at foundation:identity.groups[0].name',
            'foundation:identity.users[1].email: "ALICE@example.com" is already used at foundation:identity.users[0].email',
            'foundation:identity.users[0].groups[2]: "admins" is already listed at foundation:identity.users[0].groups[0]',
            'foundation:identity.users[0].groups[1]: "operators" is not a group declared in foundation:identity.groups',
            'foundation:identity.permissionSets[3].name: "administratoraccess" is already declared at foundation:identity.permissionSets[0].name',
            'foundation:identity.permissionSets[0].sessionDuration: "PT13H" is outside the 1 to 12 hours (PT1H to PT12H) AWS allows',
            'foundation:identity.permissionSets[1].sessionDuration: "PT30M" is outside the 1 to 12 hours (PT1H to PT12H) AWS allows',
            "foundation:identity.permissionSets[2]: grants nothing: list managedPolicies, customerManagedPolicies or an inlinePolicy",
            "foundation:identity.permissionSets[3]: grants nothing: list managedPolicies, customerManagedPolicies or an inlinePolicy",
            'foundation:identity.assignments[7]: "admins -> AdministratorAccess" is already assigned at foundation:identity.assignments[0]: list all its targets in one assignment',
            'foundation:identity.assignments[6].group: "operators" is not a group declared in foundation:identity.groups',
            'foundation:identity.assignments[6].permissionSet: "Operator" is neither a built-in permission set (AdministratorAccess, PowerUserAccess, ReadOnlyAccess, Billing, SecurityAudit) nor one declared in foundation:identity.permissionSets',
            'foundation:identity.assignments[6].targets[2]: "prod" is already listed at foundation:identity.assignments[6].targets[1]',
            'foundation:identity.assignments[6].targets[0]: "Workloads/Test" is neither an account key (management, log-archive, audit, shared-services, prod, staging, sandbox) nor an OU path (Security, Infrastructure, Workloads, Workloads/Prod, Workloads/NonProd, Sandbox, Suspended)',
        ]);
        assert.deepStrictEqual(problemsOf(d => { d[IDENTITY].manageUsers = false; }), [
            "foundation:identity.users: must be empty when manageUsers is false: people then come from your identity provider (SCIM)",
        ]);
    });

    it("rejects a target that is both an account key and an OU path", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d["foundation:organizationalUnits"].push({ name: "sandbox" });
            d[IDENTITY].assignments[1].targets = ["sandbox"];
        }), ['foundation:identity.assignments[1].targets[0]: "sandbox" is both an account key and an OU path; rename one of them']);
    });

    it("checks the shape of names, durations, policies and emails against AWS's limits", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d[IDENTITY].groups[0].name = "Platform Admins";
            d[IDENTITY].users[0].email = "alice";
            d[IDENTITY].permissionSets = [
                { name: "A-permission-set-name-over-32-chars", sessionDuration: "1 hour" },
                { name: "Custom", managedPolicies: ["arn:aws:iam::123456789012:policy/mine"], inlinePolicy: { Version: "2008-10-17", Statement: [] } },
                { name: "TooMany", managedPolicies: Array.from({ length: 21 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`) },
                { name: "Big", inlinePolicy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] } },
            ];
            d[IDENTITY].assignments[0].targets = [];
            d[IDENTITY].region = "us-east-9";
        }), [
            'foundation:identity.region: "us-east-9" is not an AWS region code of the aws partition (e.g. us-east-1)',
            'foundation:identity.groups[0].name: "Platform Admins" is not a valid group name: 1 to 64 letters, digits, \'.\', \'_\' or \'-\', starting with a letter or digit',
            'foundation:identity.users[0].email: "alice" is not an email',
            'foundation:identity.permissionSets[0].name: "A-permission-set-name-over-32-chars" is not a valid permission set name: 1 to 32 letters, digits or +=,.@-_',
            'foundation:identity.permissionSets[0].sessionDuration: "1 hour" is not an ISO-8601 duration in hours and minutes like PT1H or PT2H30M',
            'foundation:identity.permissionSets[1].managedPolicies[0]: "arn:aws:iam::123456789012:policy/mine" is not an AWS managed policy ARN (arn:aws:iam::aws:policy/...)',
            'foundation:identity.permissionSets[1].inlinePolicy.Version: "2008-10-17" must be "2012-10-17"',
            "foundation:identity.permissionSets[1].inlinePolicy.Statement: must list at least one statement",
            "foundation:identity.permissionSets[3].inlinePolicy: is longer than the 10240 non-whitespace characters AWS allows for an inline policy",
            "foundation:identity.assignments[0].targets: must list at least one account key or OU path",
            "foundation:identity.permissionSets[0]: grants nothing: list managedPolicies, customerManagedPolicies or an inlinePolicy",
            "foundation:identity.permissionSets[2]: attaches 21 policies; AWS allows at most 20 managed and customer managed policies per permission set",
        ]);
    });

    it("has only the management account's two assignments for the example stack", () => {
        assert.deepStrictEqual(warningsOf(() => undefined, () => undefined), [
            "foundation:identity.assignments[3].targets[0]: gives group security SecurityAudit in the management account, which controls the whole organization and which no SCP restricts",
            "foundation:identity.assignments[5].targets[0]: gives group finance Billing in the management account, which controls the whole organization and which no SCP restricts",
        ]);
        assert.deepStrictEqual(warningsOf(() => undefined), []);
    });

    it("has none for settings stronger than the defaults", () => {
        assert.deepStrictEqual(warningsOf(d => { d[IDENTITY].permissionSets = [{ name: "PowerUserAccess", sessionDuration: "PT4H" }]; }), []);
    });

    it("warns about administrator sessions longer than an hour", () => {
        assert.deepStrictEqual(warningsOf(d => { d[IDENTITY].permissionSets = [{ name: "AdministratorAccess", sessionDuration: "PT8H" }]; }), [
            "foundation:identity.permissionSets: sets AdministratorAccess's sessionDuration to PT8H: an administrator's session, or a stolen one, stays valid longer than 1 hour",
        ]);
    });
});

describe("permission set session durations at AWS's limits", () => {
    it("reads hours and minutes, and nothing else", () => {
        assert.deepStrictEqual(["PT1H", "PT12H", "PT2H30M", "PT90M", "PT", "P1D", "PT1H1S"].map(sessionMinutes), [60, 720, 150, 90, undefined, undefined, undefined]);
    });

    it("accepts exactly 1 and exactly 12 hours, and refuses a minute less or more", () => {
        const durations = (list: string[]) => (d: ConfigDoc) => {
            d["foundation:identity"].permissionSets = list.map((sessionDuration, i) => ({ name: `Set${i}`, sessionDuration, managedPolicies: ["arn:aws:iam::aws:policy/ViewOnlyAccess"] }));
        };
        assert.doesNotThrow(() => parseFoundationConfig(exampleValues(durations(["PT1H", "PT60M", "PT12H", "PT11H60M"]))));
        assert.deepStrictEqual(problemsOf(durations(["PT59M", "PT12H1M"])), [
            'foundation:identity.permissionSets[0].sessionDuration: "PT59M" is outside the 1 to 12 hours (PT1H to PT12H) AWS allows',
            'foundation:identity.permissionSets[1].sessionDuration: "PT12H1M" is outside the 1 to 12 hours (PT1H to PT12H) AWS allows',
        ]);
    });
});
