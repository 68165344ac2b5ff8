import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";
import { warningsOf } from "./warnings-of";

const GUARDRAILS = "foundation:guardrails";
const scps = (d: ConfigDoc) => d[GUARDRAILS].serviceControlPolicies;

describe("stack config: foundation:guardrails", () => {
    it("reads the example, which spells out the defaults", () => {
        const { guardrails } = parseFoundationConfig(exampleValues());
        assert.deepStrictEqual(guardrails.exemptRoles, ["arn:aws:iam::*:role/OrganizationAccountAccessRole", "arn:aws:iam::111111111111:role/acme-foundation-deploy"]);
        assert.deepStrictEqual(guardrails.readOnlyRoles, ["arn:aws:iam::*:role/acme-foundation-preview"]);
        assert.deepStrictEqual(Object.keys(guardrails.serviceControlPolicies), ["Root", "Workloads", "Sandbox", "Suspended"]);
        assert.deepStrictEqual(guardrails.resourceControlPolicies, { secureTransport: true, organizationOnly: false, trustedAccounts: [] });
        assert.deepStrictEqual(guardrails.ec2, {
            requireImdsv2: true, blockPublicImages: true, blockPublicSnapshots: true, disableSerialConsole: true,
            vpcBlockPublicAccess: "off", vpcBlockPublicAccessExclusions: true,
        });
        assert.strictEqual(guardrails.centralizedRootAccess, true);
        const withoutSection = parseFoundationConfig(exampleValues(d => { delete d[GUARDRAILS]; })).guardrails;
        assert.deepStrictEqual(withoutSection, guardrails, "the example's section must equal the defaults");
    });

    it("puts the default map only on OUs the tree declares, and exempts the configured access role", () => {
        const { guardrails } = parseFoundationConfig(exampleValues(d => {
            delete d[GUARDRAILS];
            d["foundation:organizationalUnits"] = d["foundation:organizationalUnits"].filter((ou: { name: string }) => ou.name !== "Suspended");
            d["foundation:organization"].accountAccessRoleName = "FoundationAccess";
        }));
        assert.deepStrictEqual(Object.keys(guardrails.serviceControlPolicies), ["Root", "Workloads", "Sandbox"]);
        assert.strictEqual(guardrails.exemptRoles[0], "arn:aws:iam::*:role/FoundationAccess");
    });

    it("adds config's break-glass roles to the foundation's, and replaces the default map", () => {
        const { guardrails } = parseFoundationConfig(exampleValues(d => {
            d[GUARDRAILS].exemptRoles = ["arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_BreakGlass_*"];
            d[GUARDRAILS].serviceControlPolicies = { Root: ["protect-foundation-roles"], sandbox: ["deny-default-vpc"] };
        }));
        assert.deepStrictEqual(guardrails.exemptRoles.slice(2), ["arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_BreakGlass_*"]);
        assert.deepStrictEqual(guardrails.serviceControlPolicies, { Root: ["protect-foundation-roles"], sandbox: ["deny-default-vpc"] });
    });

    const cases: [string, (d: ConfigDoc) => void, string[]][] = [
        ["an unknown target", d => { scps(d)["Workload"] = ["deny-default-vpc"]; }, [
            "foundation:guardrails.serviceControlPolicies.Workload: is not Root, an OU path or a member account key (OUs: Security, Infrastructure, Workloads, Workloads/Prod, Workloads/NonProd, Sandbox, Suspended; accounts: log-archive, audit, shared-services, prod, staging, sandbox)",
        ]],
        ["the management account as a target", d => { scps(d).management = ["deny-default-vpc"]; }, [
            "foundation:guardrails.serviceControlPolicies.management: is the management account, which no service control policy restricts: attach guardrails to OUs or member accounts",
        ]],
        ["a target that is both an account key and an OU path", d => {
            d["foundation:organizationalUnits"].push({ name: "shared-services" });
            scps(d)["shared-services"] = ["deny-default-vpc"];
        }, ["foundation:guardrails.serviceControlPolicies.shared-services: is both an account key and an OU path; rename one of them"]],
        ["an unknown guardrail, with a suggestion", d => { scps(d).Workloads = ["require-imdsv2", "deny-default-vcp"]; }, [
            'foundation:guardrails.serviceControlPolicies.Workloads[1]: "deny-default-vcp" is not a guardrail (did you mean "deny-default-vpc"?) (docs/design/guardrails.md lists them)',
        ]],
        ["a guardrail listed twice on a target", d => { scps(d).Sandbox = ["deny-default-vpc", "require-imdsv2", "deny-default-vpc"]; }, [
            'foundation:guardrails.serviceControlPolicies.Sandbox[2]: "deny-default-vpc" is listed twice',
        ]],
        ["deny-all on Root", d => { scps(d).Root.push("deny-all"); }, [
            "foundation:guardrails.serviceControlPolicies.Root: attaches deny-all to Root, which would stop every member account: attach it to a quarantine OU such as Suspended",
        ]],
        ["a map without protect-foundation-roles on Root", d => { scps(d).Root = scps(d).Root.filter((n: string) => n !== "protect-foundation-roles"); }, [
            "foundation:guardrails.serviceControlPolicies.Root: must include protect-foundation-roles: every guardrail exempts the foundation's and break-glass roles, and without it anyone in a member account could create or change a role with an exempt name",
        ]],
        ["an exemption that is not an IAM role ARN pattern", d => { d[GUARDRAILS].exemptRoles = ["arn:aws:iam::*:user/admin", "acme-break-glass"]; }, [
            'foundation:guardrails.exemptRoles[0]: "arn:aws:iam::*:user/admin" is not an IAM role ARN pattern (arn:aws:iam::<account id or *>:role/<name>)',
            'foundation:guardrails.exemptRoles[1]: "acme-break-glass" is not an IAM role ARN pattern (arn:aws:iam::<account id or *>:role/<name>)',
        ]],
        ["exemptions that name no role: every role, a wildcard in the path, a name starting with a wildcard, a duplicate", d => {
            d[GUARDRAILS].exemptRoles = [
                "arn:aws:iam::*:role/*", "arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*", "arn:aws:iam::*:role/team-*/admin",
                "arn:aws:iam::*:role/*admin*", "arn:aws:iam::*:role/acme-break-glass", "arn:aws:iam::*:role/acme-break-glass",
            ];
        }, [
            'foundation:guardrails.exemptRoles[0]: "arn:aws:iam::*:role/*" exempts roles it does not name: wildcards may only follow a literal start of the role name (e.g. .../AWSReservedSSO_BreakGlass_*)',
            'foundation:guardrails.exemptRoles[1]: "arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*" exempts roles it does not name: wildcards may only follow a literal start of the role name (e.g. .../AWSReservedSSO_BreakGlass_*)',
            'foundation:guardrails.exemptRoles[2]: "arn:aws:iam::*:role/team-*/admin" exempts roles it does not name: wildcards may only follow a literal start of the role name (e.g. .../AWSReservedSSO_BreakGlass_*)',
            'foundation:guardrails.exemptRoles[3]: "arn:aws:iam::*:role/*admin*" exempts roles it does not name: wildcards may only follow a literal start of the role name (e.g. .../AWSReservedSSO_BreakGlass_*)',
            'foundation:guardrails.exemptRoles[5]: "arn:aws:iam::*:role/acme-break-glass" is listed twice',
        ]],
        ["a top-level OU named Root", d => { d["foundation:organizationalUnits"].push({ name: "Root" }); }, [
            "foundation:guardrails.serviceControlPolicies.Root: is the organization root, and also the path of a top-level OU: rename that OU",
        ]],
        ["trusted accounts that make the resource control policy too large, and a duplicate", d => {
            d[GUARDRAILS].resourceControlPolicies.trustedAccounts = [...Array.from({ length: 300 }, (_, i) => String(100000000000 + i)), "100000000000"];
        }, [
            'foundation:guardrails.resourceControlPolicies.trustedAccounts[300]: "100000000000" is listed twice',
            "foundation:guardrails.resourceControlPolicies.trustedAccounts: makes the resource control policy 5381 characters; AWS allows 5120: trust fewer accounts",
        ]],
        ["a statement too large for one policy (many exemptions)", d => {
            d[GUARDRAILS].exemptRoles = Array.from({ length: 56 }, (_, i) => `arn:aws:iam::*:role/acme-break-glass-${i}`);
        }, [
            "foundation:guardrails.serviceControlPolicies.Root: statement ProtectFoundationRoles of guardrail protect-foundation-roles alone is 5430 characters; AWS allows 5120 per policy: exempt fewer roles or allow fewer regions",
            "foundation:guardrails.serviceControlPolicies.Root: needs 15 policies of at most 5120 characters; AWS allows 5 per target, FullAWSAccess included, so 4 for guardrails: attach some to the OUs below",
            "foundation:guardrails.serviceControlPolicies.Workloads: needs 5 policies of at most 5120 characters; AWS allows 5 per target, FullAWSAccess included, so 4 for guardrails: attach some to the OUs below",
            "foundation:guardrails.serviceControlPolicies.Sandbox: needs 5 policies of at most 5120 characters; AWS allows 5 per target, FullAWSAccess included, so 4 for guardrails: attach some to the OUs below",
        ]],
        ["a fifth guardrail policy on a target", d => {
            d[GUARDRAILS].exemptRoles = Array.from({ length: 20 }, (_, i) => `arn:aws:iam::*:role/acme-break-glass-${i}`);
        }, [
            "foundation:guardrails.serviceControlPolicies.Root: needs 5 policies of at most 5120 characters; AWS allows 5 per target, FullAWSAccess included, so 4 for guardrails: attach some to the OUs below",
        ]],
        ["a VPC block public access mode AWS does not have", d => { d[GUARDRAILS].ec2.vpcBlockPublicAccess = "block-egress"; }, [
            'foundation:guardrails.ec2.vpcBlockPublicAccess: "block-egress" Invalid option: expected one of "off"|"block-ingress"|"block-bidirectional"',
        ]],
        ["a trusted account that is not an account id", d => { d[GUARDRAILS].resourceControlPolicies.trustedAccounts = ["vendor"]; }, [
            'foundation:guardrails.resourceControlPolicies.trustedAccounts[0]: "vendor" is not a 12-digit AWS account id',
        ]],
    ];
    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => assert.deepStrictEqual(problemsOf(mutate), expected));
    }

    it("checks the size of the default map too, when the section only changes exemptions", () => {
        assert.deepStrictEqual(problemsOf(d => {
            d[GUARDRAILS] = { exemptRoles: Array.from({ length: 20 }, (_, i) => `arn:aws:iam::*:role/acme-break-glass-${i}`) };
        }), [
            "foundation:guardrails.serviceControlPolicies.Root: needs 5 policies of at most 5120 characters; AWS allows 5 per target, FullAWSAccess included, so 4 for guardrails: attach some to the OUs below",
        ]);
    });

    it("accepts a target that needs exactly the 4 policies AWS allows beside FullAWSAccess", () => {
        const { guardrails } = parseFoundationConfig(exampleValues(d => {
            d[GUARDRAILS].exemptRoles = Array.from({ length: 14 }, (_, i) => `arn:aws:iam::*:role/acme-break-glass-${i}`);
        }));
        assert.strictEqual(guardrails.exemptRoles.length, 16);
    });

    it("accepts a map that attaches nothing, without asking for protect-foundation-roles", () => {
        const { guardrails } = parseFoundationConfig(exampleValues(d => { d[GUARDRAILS].serviceControlPolicies = { Sandbox: [] }; }));
        assert.deepStrictEqual(guardrails.serviceControlPolicies, { Sandbox: [] });
    });

    it("reports a malformed OU tree on its own when the guardrail map is the default", () => {
        assert.deepStrictEqual(problemsOf(d => {
            delete d[GUARDRAILS];
            d["foundation:organizationalUnits"][1].name = "Infra/structure";
        }), [
            `foundation:organizationalUnits[1].name: "Infra/structure" must not contain '/': it separates OU path segments`,
        ]);
    });

    it("accepts guardrails on a member account and on a nested OU", () => {
        const { guardrails } = parseFoundationConfig(exampleValues(d => {
            scps(d).prod = ["deny-iam-users"];
            scps(d)["Workloads/Prod"] = ["deny-default-vpc"];
        }));
        assert.deepStrictEqual(guardrails.serviceControlPolicies.prod, ["deny-iam-users"]);
        assert.deepStrictEqual(guardrails.serviceControlPolicies["Workloads/Prod"], ["deny-default-vpc"]);
    });

    it("has none for settings stronger than the defaults", () => {
        assert.deepStrictEqual(warningsOf(d => {
            d[GUARDRAILS].resourceControlPolicies.organizationOnly = true;
            d[GUARDRAILS].ec2.vpcBlockPublicAccess = "block-bidirectional";
            scps(d).Infrastructure = ["require-imdsv2"];
        }), []);
    });

    const warningCases: [string, (doc: ConfigDoc) => void, string[]][] = [
        ["organization-wide guardrails left off Root", d => {
            const root: string[] = scps(d).Root;
            scps(d).Root = root.filter(n => n !== "deny-iam-users" && n !== "deny-root-user");
        }, [
            "foundation:guardrails.serviceControlPolicies.Root: leaves out deny-root-user, so no member account is kept from: Every action by a member account's root user (root sessions from the management account's centralized root access excepted).",
            "foundation:guardrails.serviceControlPolicies.Root: leaves out deny-iam-users, so no member account is kept from: Creating IAM users, their passwords and access keys: people sign in through IAM Identity Center, pipelines through OIDC.",
        ]],
        ["break-glass roles exempted from every guardrail", d => { d[GUARDRAILS].exemptRoles = ["arn:aws:iam::*:role/ops-admin", "arn:aws:iam::222222222222:role/acme-break-glass"]; }, [
            "foundation:guardrails.exemptRoles[0]: exempts arn:aws:iam::*:role/ops-admin from every guardrail in every member account: check that no account already has such a role with a trust you do not control",
            "foundation:guardrails.exemptRoles[1]: exempts arn:aws:iam::222222222222:role/acme-break-glass from every guardrail in every member account: check that no account already has such a role with a trust you do not control",
        ]],
        ["the TLS-only data perimeter off", d => { d[GUARDRAILS].resourceControlPolicies.secureTransport = false; },
            ["foundation:guardrails.resourceControlPolicies.secureTransport: set to false, so member accounts' buckets, keys, queues and secrets accept requests without TLS unless each resource policy refuses them"]],
        ["EC2 settings off", d => { Object.assign(d[GUARDRAILS].ec2, { requireImdsv2: false, blockPublicSnapshots: false }); }, [
            "foundation:guardrails.ec2.requireImdsv2: set to false, so new instances default to IMDSv1, whose credentials a server-side request forgery can steal",
            "foundation:guardrails.ec2.blockPublicSnapshots: set to false, so any account may share EBS snapshots, and the data in them, publicly",
        ]],
        ["root credentials left in member accounts", d => { d[GUARDRAILS].centralizedRootAccess = false; },
            ["foundation:guardrails.centralizedRootAccess: set to false, so every member account keeps root credentials that someone must secure with MFA, and deny-root-user blocks the root tasks AWS reserves for root"]],
    ];
    for (const [what, mutate, expected] of warningCases) {
        it(`warns about ${what}`, () => assert.deepStrictEqual(warningsOf(mutate), expected));
    }
});
