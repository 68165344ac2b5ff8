import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

describe("stack config", () => {
    it("accepts the shipped example stack and fills defaults", () => {
        const config = parseFoundationConfig(exampleValues());
        assert.deepStrictEqual(config.organization, {
            name: "acme",
            managementAccount: { id: "111111111111", email: "aws-management@example.com" },
            homeRegion: "us-east-1",
            allowedRegions: ["us-east-1", "eu-west-1"],
            logArchiveAccount: "log-archive",
            auditAccount: "audit",
            accountAccessRoleName: "OrganizationAccountAccessRole",
            controlTower: false,
            existing: { trustedServices: [], policyTypes: [] },
            disable: { trustedServices: [], policyTypes: [] },
        });
        assert.deepStrictEqual(config.accounts.map(a => [a.key, a.ou, a.closeOnDeletion]), [
            ["log-archive", "Security", false],
            ["audit", "Security", false],
            ["shared-services", "Infrastructure", false],
            ["prod", "Workloads/Prod", false],
            ["staging", "Workloads/NonProd", false],
            ["sandbox", "Sandbox", false],
        ]);
        const workloads = config.organizationalUnits.find(ou => ou.name === "Workloads");
        assert.deepStrictEqual(workloads?.children.map(c => c.path), ["Workloads/Prod", "Workloads/NonProd"]);
        assert.deepStrictEqual(workloads?.children[0], { name: "Prod", path: "Workloads/Prod", children: [] }, "no importId key when none is given");
        const adopted = parseFoundationConfig(exampleValues(d => { d["foundation:organizationalUnits"][0].importId = "ou-ab12-cd34ef56"; }));
        assert.deepStrictEqual(adopted.organizationalUnits[0], { name: "Security", path: "Security", importId: "ou-ab12-cd34ef56", children: [] });
    });

    const cases: [string, (doc: ConfigDoc) => void, string[]][] = [
        ["an invalid email", d => { d["foundation:accounts"][2].email = "x"; },
            ['foundation:accounts[2].email: "x" is not an email']],
        ["a misspelled account key", d => { d["foundation:accounts"][1].emial = d["foundation:accounts"][1].email; },
            ['foundation:accounts[1].emial: unknown key (did you mean "email"?)']],
        ["a misspelled top-level key", d => { d["foundation:acounts"] = []; },
            ['foundation:acounts: unknown config key (did you mean "foundation:accounts"?)']],
        ["a missing required key", d => { delete d["foundation:accounts"]; },
            ["foundation:accounts: is required (see docs/reference/config.md)"]],
        ["a missing account field", d => { delete d["foundation:accounts"][3].ou; },
            ["foundation:accounts[3].ou: is required"]],
        ["a wrong type", d => { d["foundation:accounts"][0].closeOnDeletion = "yes"; },
            ['foundation:accounts[0].closeOnDeletion: must be true or false, got "yes"']],
        ["an unknown OU path", d => { d["foundation:accounts"][4].ou = "Workloads/Dev"; },
            ['foundation:accounts[4].ou: "Workloads/Dev" is not an OU path declared in foundation:organizationalUnits (known: Security, Infrastructure, Workloads, Workloads/Prod, Workloads/NonProd, Sandbox, Suspended)']],
        ["a duplicate account key, name and email", d => { d["foundation:accounts"].push({ ...d["foundation:accounts"][3] }); },
            [
                'foundation:accounts[6].key: "prod" is already used by foundation:accounts[3]',
                'foundation:accounts[6].name: "Production" is already used by foundation:accounts[3]',
                'foundation:accounts[6].email: "aws-prod@example.com" is already used by foundation:accounts[3]',
            ]],
        ["emails differing only in case", d => { d["foundation:accounts"][5].email = "AWS-Prod@example.com"; },
            ['foundation:accounts[5].email: "AWS-Prod@example.com" is already used by foundation:accounts[3]']],
        ["an account reusing the management email", d => { d["foundation:accounts"][2].email = "aws-management@example.com"; },
            ['foundation:accounts[2].email: "aws-management@example.com" is the management account\'s email; every account needs its own']],
        ["a missing management account id", d => { delete d["foundation:organization"].managementAccount.id; },
            ["foundation:organization.managementAccount.id: is required"]],
        ["the reserved account key management", d => { d["foundation:accounts"][2].key = "management"; },
            ['foundation:accounts[2].key: "management" is reserved for the management account; choose another key']],
        ["an undeclared audit account", d => { d["foundation:accounts"][1].key = "security"; }, [
            'foundation:organization.auditAccount: account "audit" is not declared in foundation:accounts',
            'foundation:identity.assignments[4].targets[0]: "audit" is neither an account key (management, log-archive, security, shared-services, prod, staging, sandbox) nor an OU path (Security, Infrastructure, Workloads, Workloads/Prod, Workloads/NonProd, Sandbox, Suspended)',
        ]],
        ["an OU name that cannot be part of a resource name", d => { d["foundation:organizationalUnits"][1].name = "Infra::Core"; },
            ['foundation:organizationalUnits[1].name: "Infra::Core" must not contain \'::\': resource names cannot hold it']],
        ["an undeclared log-archive account", d => { d["foundation:organization"].logArchiveAccount = "logs"; },
            ['foundation:organization.logArchiveAccount: account "logs" is not declared in foundation:accounts']],
        ["audit and log archive in one account", d => { d["foundation:organization"].auditAccount = "log-archive"; },
            ['foundation:organization.auditAccount: "log-archive" is also the log-archive account; audit and log archive must be separate accounts']],
        ["an imported account that is the management account", d => {
            d["foundation:organization"].managementAccount.id = "111111111111";
            d["foundation:accounts"][2].importId = "111111111111";
        }, ['foundation:accounts[2].importId: "111111111111" is the management account, which is not a member account']],
        ["an unknown region", d => { d["foundation:organization"].allowedRegions = ["us-east-1", "mars-north-1"]; },
            ['foundation:organization.allowedRegions[1]: "mars-north-1" is not an AWS region code of the aws partition (e.g. us-east-1)']],
        ["a region of another partition", d => { d["foundation:organization"].homeRegion = "cn-north-1"; },
            ['foundation:organization.homeRegion: "cn-north-1" is not an AWS region code of the aws partition (e.g. us-east-1)']],
        ["a home region outside the allowed regions", d => { d["foundation:organization"].homeRegion = "eu-central-1"; },
            ['foundation:organization.homeRegion: "eu-central-1" is not in foundation:organization.allowedRegions']],
        ["a region listed twice", d => { d["foundation:organization"].allowedRegions.push("us-east-1"); },
            ['foundation:organization.allowedRegions[2]: "us-east-1" is listed twice']],
        ["no allowed regions", d => { d["foundation:organization"].allowedRegions = []; },
            ["foundation:organization.allowedRegions: must list at least one region"]],
        ["OUs nested six deep", d => {
            d["foundation:organizationalUnits"][4].children = [{ name: "L2", children: [{ name: "L3", children: [{ name: "L4", children: [{ name: "L5", children: [{ name: "L6" }] }] }] }] }];
        }, ['foundation:organizationalUnits[4].children[0].children[0].children[0].children[0].children[0].name: OU "Suspended/L2/L3/L4/L5/L6" is nested 6 levels deep; AWS allows at most 5']],
        ["duplicate sibling OUs", d => { d["foundation:organizationalUnits"][2].children.push({ name: "Prod" }); },
            ['foundation:organizationalUnits[2].children[2].name: duplicate OU "Workloads/Prod": sibling OUs need distinct names']],
        ["an OU name with a slash", d => { d["foundation:organizationalUnits"][3].name = "Sand/box"; },
            ['foundation:organizationalUnits[3].name: "Sand/box" must not contain \'/\': it separates OU path segments']],
        ["an account key that cannot name resources", d => { d["foundation:accounts"][5].key = "Sandbox_1"; },
            ['foundation:accounts[5].key: "Sandbox_1" is not a valid account key: use lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen']],
        ["the management account's email in another case", d => { d["foundation:accounts"][2].email = "AWS-Management@Example.com"; },
            ['foundation:accounts[2].email: "AWS-Management@Example.com" is the management account\'s email; every account needs its own']],
        ["one import id for two accounts", d => {
            d["foundation:accounts"][3].importId = "222222222222";
            d["foundation:accounts"][4].importId = "222222222222";
        }, ['foundation:accounts[4].importId: "222222222222" is already used by foundation:accounts[3]']],
        ["an account name over 50 characters", d => { d["foundation:accounts"][2].name = "S".repeat(51); },
            [`foundation:accounts[2].name: "${"S".repeat(51)}" is too long for an account name (at most 50 characters)`]],
        ["a malformed import id", d => { d["foundation:accounts"][5].importId = "12345"; },
            ['foundation:accounts[5].importId: "12345" is not a 12-digit AWS account id']],
        ["an object where a list belongs", d => { d["foundation:accounts"] = { prod: {} }; },
            ["foundation:accounts: must be a list, got an object"]],
        ["a plain string for a structured key", d => { d["foundation:organization"] = "acme"; },
            ['foundation:organization: must be an object, got "acme"']],
    ];

    it("does not report a malformed value twice (shape, then meaning)", () => {
        assert.deepStrictEqual(problemsOf(d => { d["foundation:accounts"][0].key = "Log_Archive"; }), [
            'foundation:accounts[0].key: "Log_Archive" is not a valid account key: use lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen',
        ]);
        assert.deepStrictEqual(problemsOf(d => { d["foundation:organization"].allowedRegions = ["us-east-1", "us-east-9"]; d["foundation:organization"].homeRegion = "eu-west-1"; }), [
            'foundation:organization.allowedRegions[1]: "us-east-9" is not an AWS region code of the aws partition (e.g. us-east-1)',
        ]);
    });

    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => {
            assert.deepStrictEqual(problemsOf(mutate), expected);
        });
    }
});

describe("stack config: AWS's limits, before anything is created", () => {
    const cases: [string, (d: ConfigDoc) => void, string[]][] = [
        ["an account email over 64 characters", d => { d["foundation:accounts"][2].email = `${"a".repeat(53)}@example.com`; }, [
            `foundation:accounts[2].email: "${"a".repeat(53)}@example.com" is too long for an AWS account email (at most 64 characters)`,
        ]],
        ["an account name with characters AWS refuses", d => { d["foundation:accounts"][2].name = "Shared — Services"; }, [
            'foundation:accounts[2].name: "Shared — Services" holds characters AWS does not accept in an account name (printable ASCII only)',
        ]],
        ["an opt-in region not declared enabled", d => { d["foundation:organization"].allowedRegions.push("af-south-1"); }, [
            'foundation:organization.allowedRegions[2]: "af-south-1" is an opt-in region: enable it in every account first (AWS Account Management, Regions), then list it in foundation:organization.enabledOptInRegions',
        ]],
        ["a region declared opt-in that is not", d => { d["foundation:organization"].enabledOptInRegions = ["eu-west-1"]; }, [
            'foundation:organization.enabledOptInRegions[0]: "eu-west-1" is not an opt-in region: every account has it enabled',
        ]],
    ];
    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => assert.deepStrictEqual(problemsOf(mutate), expected));
    }

    it("accepts an opt-in region declared enabled", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d["foundation:organization"].allowedRegions.push("af-south-1");
            d["foundation:organization"].enabledOptInRegions = ["af-south-1"];
        }));
        assert.deepStrictEqual(config.organization.allowedRegions, ["us-east-1", "eu-west-1", "af-south-1"]);
    });

    it("fills the log-archive and audit defaults when the keys are absent, and checks those accounts exist", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            delete d["foundation:organization"].logArchiveAccount;
            delete d["foundation:organization"].auditAccount;
        }));
        assert.deepStrictEqual([config.organization.logArchiveAccount, config.organization.auditAccount], ["log-archive", "audit"]);
        assert.deepStrictEqual(problemsOf(d => {
            delete d["foundation:organization"].auditAccount;
            d["foundation:accounts"][1].key = "security-tooling";
            d["foundation:identity"].assignments[4].targets = ["security-tooling", "log-archive"];
        }), ['foundation:organization.auditAccount: account "audit" is not declared in foundation:accounts']);
    });
});
