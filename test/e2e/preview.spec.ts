import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { policies } from "../../policy/policies";
import { preview } from "./preview-runs";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(__dirname, "..", "fixtures");

function npm(args: string[]) {
    const result = spawnSync("npm", args, { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Report {
    stack: string;
    resources: {
        urn: string; type: string; name: string; parent: string | null; provider: string | null; inputs: Record<string, unknown>;
        options: { protect: boolean; retainOnDelete: boolean; ignoreChanges: string[]; dependsOn: string[] };
    }[];
    policyPack: { name: string; version: string; policies: number };
    violations: { policy: string; level: string; urn: string; message: string }[];
    warnings: string[];
    summary: { resources: number; mandatory: number; advisory: number; warnings: number };
}

describe("offline preview (npm run preview)", () => {
    describe("the prod example stack, --json", () => {
        let run: ReturnType<typeof preview>;
        let report: Report;
        before(() => {
            run = preview("--stack", "prod", "--json");
            report = JSON.parse(run.stdout);
        });

        it("exits 0 with no mandatory violation", () => {
            assert.strictEqual(run.status, 0, run.stderr);
            assert.deepStrictEqual(report.violations.filter(v => v.level === "mandatory"), []);
            assert.strictEqual(report.summary.mandatory, 0);
        });

        it("prints exactly one JSON object on stdout", () => {
            assert.strictEqual(run.stdout.trim().startsWith("{"), true);
            assert.deepStrictEqual(Object.keys(report).filter(k => k !== "outputs"), ["stack", "project", "firstPreview", "freshAccount", "resources", "policyPack", "violations", "remediations", "warnings", "summary"]);
            assert.deepStrictEqual((report as unknown as { remediations: unknown[] }).remediations, [], "no policy is at level remediate by default");
        });

        it("lists every resource with parent, provider, inputs and options", () => {
            assert.strictEqual(report.stack, "prod");
            assert.strictEqual(report.summary.resources, report.resources.length);
            assert.strictEqual(report.resources.filter(r => r.type === "aws:organizations/account:Account").length, 6);
            const urns = new Set(report.resources.map(r => r.urn));
            for (const r of report.resources) {
                if (r.parent !== null) assert.ok(urns.has(r.parent), `${r.urn} has an unknown parent`);
                if (r.provider !== null) assert.ok(urns.has(r.provider), `${r.urn} has an unknown provider`);
                assert.deepStrictEqual(Object.keys(r.options).slice(0, 4), ["protect", "retainOnDelete", "ignoreChanges", "dependsOn"]);
            }
            const prod = report.resources.find(r => r.name === "foundation-prod" && r.type === "aws:organizations/account:Account")!;
            assert.strictEqual(prod.options.protect, true);
            assert.deepStrictEqual(prod.options.ignoreChanges, ["roleName", "iamUserAccessToBilling"]);
            assert.strictEqual(prod.inputs.email, "aws-prod@example.com");
            assert.strictEqual(report.resources.find(r => r.urn === prod.provider)?.name, "foundation-management");
        });

        it("exports the log archive and the trail's log group, which the alarms and alert path build on", () => {
            const outputs = (report as unknown as { outputs: Record<string, Record<string, string>> }).outputs;
            const logArchive = outputs.accountIds["log-archive"];
            assert.deepStrictEqual(outputs.organizationTrail, {
                arn: "arn:aws:cloudtrail:us-east-1:111111111111:trail/acme-organization-trail",
                logGroupName: "cloudtrail/acme-organization-trail",
                logGroupArn: "arn:aws:logs:us-east-1:111111111111:log-group:cloudtrail/acme-organization-trail",
            });
            assert.deepStrictEqual({ ...outputs.logArchive, kmsKeyArn: undefined }, {
                trailBucket: `acme-logs-${logArchive}`,
                configBucket: `acme-config-${logArchive}`,
                accessLogBucket: `acme-access-logs-${logArchive}`,
                kmsKeyArn: undefined,
            });
            assert.match(outputs.logArchive.kmsKeyArn, new RegExp(`^arn:aws:kms:us-east-1:${logArchive}:key/[0-9a-f-]{36}$`));
        });

        it("exports the deploy and preview role of every pipeline, in the account it deploys", () => {
            const outputs = (report as unknown as { outputs: Record<string, Record<string, unknown>> }).outputs;
            const ids = outputs.accountIds as Record<string, string>;
            assert.deepStrictEqual(outputs.pipelineRoles, {
                foundation: { deploy: "arn:aws:iam::111111111111:role/acme-foundation-deploy", preview: "arn:aws:iam::111111111111:role/acme-foundation-preview" },
                workloads: {
                    "app": { deploy: `arn:aws:iam::${ids.prod}:role/acme-app-deploy`, preview: `arn:aws:iam::${ids.prod}:role/acme-app-preview` },
                    "app-staging": { deploy: `arn:aws:iam::${ids.staging}:role/acme-app-staging-deploy`, preview: `arn:aws:iam::${ids.staging}:role/acme-app-staging-preview` },
                },
            });
        });

        it("exports the Identity Center instance, its identity store and the access portal address the program used", () => {
            const outputs = (report as unknown as { outputs: Record<string, Record<string, string>> }).outputs;
            const instanceArn = report.resources.find(r => r.type === "aws:ssoadmin/permissionSet:PermissionSet" && r.name === "foundation-identity-AdministratorAccess")!.inputs.instanceArn as string;
            const identityStoreId = report.resources.find(r => r.name === "foundation-identity-group-admins")!.inputs.identityStoreId as string;
            assert.match(instanceArn, /^arn:aws:sso:::instance\/ssoins-[0-9a-f]{16}$/);
            assert.match(identityStoreId, /^d-[0-9a-f]{10}$/);
            assert.deepStrictEqual(outputs.identityCenter, { instanceArn, identityStoreId, accessPortalUrl: `https://${identityStoreId}.awsapps.com/start` });
        });

        it("shows every guardrail policy and its attachment", () => {
            const policies = report.resources.filter(r => r.type === "aws:organizations/policy:Policy");
            assert.deepStrictEqual(policies.map(p => [p.name, p.inputs.type]), [
                ["foundation-guardrails-scp-Root-1", "SERVICE_CONTROL_POLICY"],
                ["foundation-guardrails-scp-Root-2", "SERVICE_CONTROL_POLICY"],
                ["foundation-guardrails-scp-Workloads-1", "SERVICE_CONTROL_POLICY"],
                ["foundation-guardrails-scp-Sandbox-1", "SERVICE_CONTROL_POLICY"],
                ["foundation-guardrails-scp-Suspended-1", "SERVICE_CONTROL_POLICY"],
                ["foundation-guardrails-ec2", "DECLARATIVE_POLICY_EC2"],
                ["foundation-guardrails-rcp", "RESOURCE_CONTROL_POLICY"],
            ]);
            const attached = report.resources.filter(r => r.type === "aws:organizations/policyAttachment:PolicyAttachment").map(a => a.name);
            assert.deepStrictEqual(attached, policies.map(p => `${p.name}-attachment`));
        });

        it("ran the real policy pack", () => {
            assert.deepStrictEqual(report.policyPack, { name: "aws-secure-foundation", version: "0.1.0", policies: policies.length });
        });
    });

    it("previews the adoption example with 0 mandatory violations, keeping the services and policy types it already uses", () => {
        const run = preview("--stack", "adopt", "--json");
        assert.strictEqual(run.status, 0, run.stderr);
        const report: Report = JSON.parse(run.stdout);
        assert.strictEqual(report.summary.mandatory, 0);
        const organization = report.resources.find(r => r.type === "aws:organizations/organization:Organization")!;
        assert.strictEqual((organization.options as unknown as { import: string }).import, "o-a1b2c3d4e5");
        assert.deepStrictEqual((organization.inputs.awsServiceAccessPrincipals as string[]).slice(-2), ["member.org.stacksets.cloudformation.amazonaws.com", "ram.amazonaws.com"]);
        assert.deepStrictEqual(organization.inputs.enabledPolicyTypes, ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2", "TAG_POLICY"]);
        assert.ok(!report.resources.some(r => r.name === "foundation-management-baseline-s3-public-access"), "the management account's public access block is deferred");
        assert.ok(report.warnings.some(w => w.startsWith("foundation:baseline.defer[0]: defers s3PublicAccessBlock in management")), report.warnings.join("\n"));
    });

    describe("--first-preview: as pulumi preview on a stack never deployed, every computed value unknown", () => {
        const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
        for (const stack of ["prod", "adopt"]) {
            it(`previews the ${stack} example with 0 mandatory violations and no value built from an unknown one`, () => {
                const run = preview("--stack", stack, "--json", "--first-preview");
                assert.strictEqual(run.status, 0, run.stderr);
                const report: Report & { firstPreview: boolean } = JSON.parse(run.stdout);
                assert.strictEqual(report.firstPreview, true);
                assert.strictEqual(report.summary.mandatory, 0);
                const known = preview("--stack", stack, "--json");
                assert.strictEqual(report.summary.resources, (JSON.parse(known.stdout) as Report).summary.resources, "the same resources in both modes");
                // An unknown value stringified into another shows up as one of these.
                const everyInput = JSON.stringify(report.resources.map(r => r.inputs));
                for (const misWired of ["undefined", "[object Object]", "NaN", "null-"]) assert.ok(!everyInput.includes(misWired), misWired);
            });
        }

        it("writes unknown values as the engine's sentinel, and keeps what inputs alone decide", () => {
            const report: Report = JSON.parse(preview("--stack", "prod", "--json", "--first-preview").stdout);
            const named = (name: string, type: string) => report.resources.find(r => r.name === name && r.type === type)!;
            assert.strictEqual(named("foundation-prod", "aws:organizations/account:Account").inputs.parentId, UNKNOWN);
            assert.strictEqual(named("foundation-prod", "aws:organizations/account:Account").inputs.email, "aws-prod@example.com");
            assert.deepStrictEqual(named("foundation-guardrails-scp-Root-1-attachment", "aws:organizations/policyAttachment:PolicyAttachment").inputs, { policyId: UNKNOWN, targetId: UNKNOWN });
            assert.strictEqual(named("foundation-guardrails-rcp", "aws:organizations/policy:Policy").inputs.content, UNKNOWN, "the RCP names the organization id");
            assert.ok(String(named("foundation-guardrails-scp-Root-1", "aws:organizations/policy:Policy").inputs.content).startsWith('{"Version":"2012-10-17"'), "SCPs need no computed value");
            assert.strictEqual((report as unknown as { outputs: Record<string, unknown> }).outputs.accountIds, UNKNOWN);
        });

        it("still blocks the insecure fixture: its violations are decided by inputs alone", () => {
            const run = preview("--config-file", path.join(FIXTURES, "Pulumi.insecure.yaml"), "--stack", "insecure", "--json", "--first-preview");
            assert.strictEqual(run.status, 1, run.stderr);
            const report: Report = JSON.parse(run.stdout);
            assert.deepStrictEqual(report.violations.map(v => `${v.level} ${v.policy} ${v.urn.split("::").pop()}`).sort(), [
                "mandatory organizations-account-no-close-on-deletion foundation-sandbox",
                "mandatory organizations-account-no-close-on-deletion foundation-staging",
            ]);
        });
    });

    it("without -s, stdout holds npm's own banner and then the one JSON object", () => {
        const run = npm(["run", "preview", "--", "--stack", "prod", "--json"]);
        assert.strictEqual(run.status, 0, run.stderr);
        const banner = "\n> aws-secure-foundation@0.1.0 preview\n> ts-node --transpile-only tools/preview/main.ts --stack prod --json\n\n";
        assert.strictEqual(run.stdout.slice(0, banner.length), banner);
        assert.strictEqual(JSON.parse(run.stdout.slice(banner.length)).summary.mandatory, 0);
    });

    it("groups the readable report by AWS account, each with its summary and resources, without --json", () => {
        const run = preview("--stack", "prod");
        assert.strictEqual(run.status, 0, run.stderr);
        assert.strictEqual(run.stderr, "", "no progress line when stderr is not a terminal");
        const headers = run.stdout.split("\n").filter(line => /^(AWS account|No AWS account)/.test(line));
        assert.deepStrictEqual(headers, [
            "AWS account management (111111111111): 161 resource(s); 0 mandatory, 0 advisory violation(s)",
            "AWS account log-archive (326242518255): 47 resource(s); 0 mandatory, 0 advisory violation(s)",
            "AWS account audit (713306606964): 104 resource(s); 0 mandatory, 0 advisory violation(s)",
            "AWS account shared-services (834936536446): 21 resource(s); 0 mandatory, 0 advisory violation(s)",
            "AWS account sandbox (628054629586): 21 resource(s); 0 mandatory, 0 advisory violation(s)",
            "AWS account prod (103899835206): 28 resource(s); 0 mandatory, 0 advisory violation(s)",
            "AWS account staging (116207394306): 28 resource(s); 0 mandatory, 0 advisory violation(s)",
            // 78 components (the eight area components among them, 70 before issue 23), the stack, 7 time resources.
            "No AWS account (components, the stack, other packages): 86 resource(s); 0 mandatory, 0 advisory violation(s)",
        ]);
        // The member account is created from the management account; its own provider acts in it.
        const management = run.stdout.slice(run.stdout.indexOf("AWS account management"), run.stdout.indexOf("AWS account log-archive"));
        assert.match(management, /^ {4}├─ foundation:organization:MemberAccount {2}foundation-prod\n\+ {3}│ {2}└─ aws:organizations:Account {2}foundation-prod {2}\[protect ignoreChanges=roleName,iamUserAccessToBilling\]$/m);
        const prod = run.stdout.slice(run.stdout.indexOf("AWS account prod"), run.stdout.indexOf("AWS account staging"));
        assert.match(prod, /^\+ {6}└─ pulumi:providers:aws {2}foundation-prod-provider {2}\[assumes=OrganizationAccountAccessRole\]$/m);
        assert.match(run.stdout, /Policy violations: none/);
        assert.deepStrictEqual(run.stdout.trimEnd().split("\n").slice(-2), [
            `Resources: 496 to create. Policy pack aws-secure-foundation@0.1.0 (${policies.length} policies): 0 mandatory, 0 advisory violation(s); 2 config warning(s).`,
            "Passed: no mandatory violation.",
        ]);
    });

    it("keeps the whole resource tree with --view tree, and only the per-account summaries with --view summary", () => {
        const tree = preview("--stack", "prod", "--view", "tree");
        assert.strictEqual(tree.status, 0, tree.stderr);
        assert.match(tree.stdout, /^\+ [ │]+├─ aws:organizations:Account {2}foundation-prod {2}\[provider=foundation-management protect ignoreChanges=roleName,iamUserAccessToBilling\]$/m);
        assert.doesNotMatch(tree.stdout, /^AWS account /m);
        const summary = preview("--stack", "prod", "--view", "summary");
        assert.strictEqual(summary.status, 0, summary.stderr);
        const lines = summary.stdout.split("\n");
        const audit = lines.findIndex(line => line.startsWith("AWS account audit "));
        assert.deepStrictEqual(lines.slice(audit, audit + 3), [
            "AWS account audit (713306606964): 104 resource(s); 0 mandatory, 0 advisory violation(s)",
            "  by type: guardduty 32, cloudwatch 15, iam 15, dynamodb 8, lambda 8, cfg 7, sns 5, securityhub 4, 6 more",
            "AWS account shared-services (834936536446): 21 resource(s); 0 mandatory, 0 advisory violation(s)",
        ]);
        assert.doesNotMatch(summary.stdout, /aws:organizations:Account/);
        assert.strictEqual(summary.stdout.trimEnd().split("\n").pop(), "Passed: no mandatory violation.");
    });

    it("blocks the insecure fixture stack with exit 1 and the expected violations", () => {
        const run = preview("--config-file", path.join(FIXTURES, "Pulumi.insecure.yaml"), "--stack", "insecure", "--json");
        assert.strictEqual(run.status, 1, run.stderr);
        const report: Report = JSON.parse(run.stdout);
        const nameOf = new Map(report.resources.map(r => [r.urn, r.name]));
        assert.deepStrictEqual(
            report.violations.map(v => [v.policy, v.level, nameOf.get(v.urn)]).sort(),
            [
                ["organizations-account-no-close-on-deletion", "mandatory", "foundation-sandbox"],
                ["organizations-account-no-close-on-deletion", "mandatory", "foundation-staging"],
            ],
        );
        assert.strictEqual(report.summary.mandatory, 2);
        assert.deepStrictEqual(report.warnings, [
            "foundation:logging.archive.objectLock.enabled: set to false, so new CloudTrail logs and GuardDuty findings get no Object Lock retention; anyone who may change the bucket policy can delete them",
            "foundation:detection.guardDuty.features.EKS_AUDIT_LOGS: set to false, so GuardDuty no longer analyses EKS audit logs in any account",
            "foundation:detection.securityHub.disabledControls[0]: disables control IAM.6 in every account and region: root users are disabled by centralized root access",
            "foundation:detection.config.recordingFrequency: set to DAILY, so AWS Config records resources once a day and a change undone within the day leaves no record",
            "foundation:alerting: is not set, so GuardDuty, Security Hub and Access Analyzer findings and the CIS alarms notify nobody: add at least one subscription",
        ]);
        assert.strictEqual(report.summary.warnings, 5);
    });

    it("lists config warnings after the violations in the readable report, and the example stack's two", () => {
        const insecure = preview("--config-file", path.join(FIXTURES, "Pulumi.insecure.yaml"));
        assert.strictEqual(insecure.status, 1, insecure.stderr);
        assert.match(insecure.stdout, /^Config warnings \(5\): settings weaker than the defaults, and parts the run skips\n {2}! foundation:logging\.archive\.objectLock\.enabled: set to false, so /m);
        assert.match(insecure.stdout, /^ {2}! foundation:detection\.securityHub\.disabledControls\[0\]: disables control IAM\.6 in every account and region: root users are disabled by centralized root access$/m);
        assert.match(insecure.stdout, /2 mandatory, 0 advisory violation\(s\); 5 config warning\(s\)\.$/m);
        assert.match(insecure.stdout, /^AWS account management \(111111111111\): \d+ resource\(s\); 2 mandatory, 0 advisory violation\(s\)$/m);
        assert.match(insecure.stdout, /^✖ {3}│ {2}└─ aws:organizations:Account {2}foundation-sandbox {2}\[protect ignoreChanges=roleName,iamUserAccessToBilling\]$/m);
        assert.match(insecure.stdout, new RegExp([
            "^Policy violations \\(2\\) in 1 policy:",
            " {2}\\[mandatory\\] organizations-account-no-close-on-deletion: 2 violation\\(s\\)",
            " {4}Organization member accounts are not closed when their Account resource is deleted \\(closeOnDeletion is false\\), unless the account is listed in allowedAccountNames\\.",
            " {4}✖ aws:organizations:Account {2}foundation-sandbox {2}\\(account: management\\)",
            " {8}closeOnDeletion must be false: deleting this resource would close AWS account \"Sandbox\", .*",
            " {4}✖ aws:organizations:Account {2}foundation-staging {2}\\(account: management\\)",
            " {8}closeOnDeletion must be false: deleting this resource would close AWS account \"Staging\", .*$",
        ].join("\n"), "m"));
        assert.doesNotMatch(insecure.stderr, /warning: \[runtime\]/, "warnings go to the report, not to stderr");
        const prod = preview("--stack", "prod", "--json");
        const report: Report = JSON.parse(prod.stdout);
        assert.deepStrictEqual(report.warnings, [
            "foundation:identity.assignments[3].targets[0]: gives group security SecurityAudit in the management account, which controls the whole organization and which no SCP restricts",
            "foundation:identity.assignments[5].targets[0]: gives group finance Billing in the management account, which controls the whole organization and which no SCP restricts",
        ]);
        assert.strictEqual(report.summary.warnings, 2);
    });

    it("lets policy config (--policy-pack-config) exempt accounts explicitly", () => {
        const run = preview("--config-file", path.join(FIXTURES, "Pulumi.insecure.yaml"), "--json",
            "--policy-pack-config", path.join(FIXTURES, "allow-closing-sandbox-and-staging.json"));
        assert.strictEqual(run.status, 0, run.stderr);
        assert.deepStrictEqual(JSON.parse(run.stdout).violations, []);
    });

    it("accepts the documented policy config example (policy/policy-config.example.json) for the example stack", () => {
        const run = preview("--stack", "prod", "--json", "--policy-pack-config", path.join(__dirname, "..", "..", "policy", "policy-config.example.json"));
        assert.strictEqual(run.status, 0, run.stderr);
        const report = JSON.parse(run.stdout) as Report & { remediations: unknown[] };
        assert.deepStrictEqual([report.violations, report.remediations], [[], []]);
    });

    it("rejects a bad config with exit 2, every problem on stderr, no stack trace, nothing on stdout", () => {
        const run = preview("--config-file", path.join(FIXTURES, "Pulumi.badconfig.yaml"));
        assert.strictEqual(run.status, 2);
        assert.strictEqual(run.stdout, "");
        assert.strictEqual(run.stderr.trim(), [
            "Invalid stack config (4 problems):",
            '  1. foundation:accounts[0].email: "not-an-email" is not an email',
            '  2. foundation:accounts[1].closeOnDelete: unknown key (did you mean "closeOnDeletion"?)',
            '  3. foundation:organization.homeRegion: "eu-central-1" is not in foundation:organization.allowedRegions',
            '  4. foundation:accounts[1].ou: "Secruity" is not an OU path declared in foundation:organizationalUnits (known: Security)',
        ].join("\n"));
    });

    it("exits 3 when the policy pack itself fails, 2 when there is no pack at that path", () => {
        const broken = preview("--policy-pack", path.join(__dirname, "..", "tools", "policy-runner", "fixtures", "broken-pack"));
        assert.strictEqual(broken.status, 3);
        assert.strictEqual(broken.stdout, "");
        assert.match(broken.stderr, /^preview failed: .*broken-pack cannot start/s);
        const missing = preview("--policy-pack", path.join(FIXTURES, "no-such-pack"));
        assert.strictEqual(missing.status, 2);
        assert.match(missing.stderr, /no-such-pack not found: there is no PulumiPolicy\.yaml in that directory/);
    });

    it("rejects bad usage with exit 2", () => {
        const unknownFlag = preview("--stak", "prod");
        assert.strictEqual(unknownFlag.status, 2);
        assert.match(unknownFlag.stderr, /Unknown option '--stak'/);
        assert.match(unknownFlag.stderr, /^usage: npm run preview --/m);
        const badView = preview("--view", "flat");
        assert.strictEqual(badView.status, 2);
        assert.strictEqual(badView.stdout, "");
        assert.match(badView.stderr, /^--view flat: expected one of grouped, summary, tree$/m);
        const missing = preview("--stack", "nope");
        assert.strictEqual(missing.status, 2);
        assert.match(missing.stderr, /stack config file .*Pulumi\.nope\.yaml does not exist/);
        assert.doesNotMatch(missing.stderr + unknownFlag.stderr, /\n\s+at /, "no stack trace");
    });
});
