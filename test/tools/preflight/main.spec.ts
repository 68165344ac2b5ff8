import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { ListDetectorsCommand } from "@aws-sdk/client-guardduty";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { main } from "../../../tools/preflight/main";
import { awsError, FakeAccount, fakeClientsFor } from "./fakes";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURE = "test/fixtures/preflight/Pulumi.moto-new.yaml";

/** Runs main with the fake accounts' clients; what it printed and returned. */
async function run(argv: string[], caller = new FakeAccount()) {
    let stdout = "";
    let stderr = "";
    const code = await main(argv, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; } }, { clientsFor: () => fakeClientsFor(caller) });
    return { code, stdout, stderr };
}

const USAGE = [
    "usage: npm run preflight -- --stack NAME [--config-file FILE] [--json] [--help]",
    "",
    "Read-only check of the AWS account before the first pulumi up of a stack (docs/preflight.md).",
    "Credentials: the AWS SDK's default chain (AWS_PROFILE, environment, SSO), or aws:profile in the stack config.",
    "  --stack NAME        the stack: its config is Pulumi.NAME.yaml, its name part of the pulumi import commands",
    "  --config-file FILE  read the stack config from FILE instead",
    "  --json              print one JSON object instead of the checklist",
    "Exit codes: 0 no blocking check failed, 1 a blocking check failed, 2 bad usage, config or credentials, 3 the preflight failed.",
].join("\n");

describe("Preflight CLI (tools/preflight/main.ts)", () => {
    it("npm run preflight -- --help prints the usage and exits 0", function () {
        this.timeout(60000);
        const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "tools/preflight/main.ts", "--help"], { cwd: ROOT, encoding: "utf8" });
        assert.deepStrictEqual([r.status, r.stdout], [0, `${USAGE}\n`]);
    });

    it("prints the checklist and exits 0 when nothing blocks", async () => {
        const { code, stdout, stderr } = await run(["--stack", "moto-new", "--config-file", FIXTURE]);
        assert.deepStrictEqual([code, stderr], [0, ""]);
        assert.strictEqual(stdout, [
            "Preflight of stack moto-new (test/fixtures/preflight/Pulumi.moto-new.yaml)",
            "Caller: arn:aws:sts::123456789012:assumed-role/Admin/alice",
            "",
            "PASS   Caller and organization: account 123456789012 (arn:aws:sts::123456789012:assumed-role/Admin/alice) is the management account and in no organization yet: " +
            "the first pulumi up creates it, with all features",
            "SKIP   All features: no organization yet: the first pulumi up creates it with all features (CreateOrganization's default)",
            "WARN   IAM Identity Center: no organization yet: enable IAM Identity Center after the first pulumi up has created the organization; " +
            "until then the program skips foundation:identity with a warning",
            "       fix: after the first pulumi up: in the management account, IAM Identity Center console (region us-east-1) > Enable > enable with AWS Organizations " +
            "(an organization instance), then run pulumi up again; no API can do this step: https://docs.aws.amazon.com/singlesignon/latest/userguide/get-set-up-for-idc.html",
            "PASS   Account quota: needs room for 4 accounts: the management account (the organization the first run creates starts with it) and 3 to create (log-archive, audit, prod); " +
            "the quota is 10 (a new organization may start below the default of 10: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html)",
            "PASS   Opt-in regions: us-east-1 opt-in-not-required, eu-west-1 opt-in-not-required",
            "PASS   Existing GuardDuty detectors and AWS Config recorders: none in management account 123456789012 (regions us-east-1, eu-west-1)",
            "PASS   Existing service-linked roles: none yet: AWSServiceRoleForConfig and AWSServiceRoleForAccessAnalyzer in management account 123456789012",
            "SKIP   Delegated administrators: no organization yet: no service is delegated",
            "SKIP   Audit account's default event bus policy: the audit account audit is new: its default event bus starts with no policy",
            "MANUAL Billing console access for IAM roles: group finance (Billing) in the management account: permission sets reach the Billing console only once " +
            "the root user has activated IAM access to it, and no API can tell whether that was done",
            "       fix: sign in to the management account as the root user once: Account (top right menu) > IAM user and role access to Billing information > Edit > " +
            "Activate IAM Access > Update: https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/control-access-billing.html",
            "",
            "10 checks: 5 PASS, 0 FAIL, 1 WARN, 1 MANUAL, 3 SKIP",
            "Ready: no blocking check failed; read the 2 WARN and MANUAL lines above before the first pulumi up.",
            "",
        ].join("\n"));
    });

    it("prints one JSON object and exits 1 when a blocking check fails", async () => {
        const management = new FakeAccount();
        management.guardDuty("eu-west-1").on(ListDetectorsCommand).resolves({ DetectorIds: ["12abc34d567e8fa901bc2d34e56789f0"] });
        const { code, stdout } = await run(["--stack", "moto-new", "--config-file", FIXTURE, "--json"], management);
        assert.strictEqual(code, 1);
        const report = JSON.parse(stdout);
        assert.deepStrictEqual(Object.keys(report), ["stack", "configFile", "caller", "checks", "summary"]);
        assert.deepStrictEqual([report.stack, report.configFile, report.caller],
            ["moto-new", path.join(ROOT, FIXTURE), { account: "123456789012", arn: "arn:aws:sts::123456789012:assumed-role/Admin/alice" }]);
        assert.deepStrictEqual(report.checks.map((c: { id: string; status: string; blocking: boolean }) => [c.id, c.status, c.blocking]), [
            ["caller-and-organization", "PASS", true],
            ["all-features", "SKIP", true],
            ["identity-center", "WARN", false],
            ["account-quota", "PASS", true],
            ["opt-in-regions", "PASS", true],
            ["existing-detectors-recorders", "FAIL", true],
            ["existing-service-linked-roles", "PASS", true],
            ["delegated-administrators", "SKIP", true],
            ["audit-event-bus-policy", "SKIP", true],
            ["billing-access", "MANUAL", false],
        ]);
        assert.deepStrictEqual(Object.keys(report.checks[5]), ["id", "status", "blocking", "title", "detail", "fix"]);
        assert.strictEqual(report.checks[0].fix, null);
        assert.deepStrictEqual(report.summary, {
            PASS: 4, FAIL: 1, WARN: 1, MANUAL: 1, SKIP: 3,
            blocking: ["existing-detectors-recorders"],
            ready: false,
            verdict: "Blocked: 1 blocking check failed (Existing GuardDuty detectors and AWS Config recorders). Fix, then run the preflight again before the first pulumi up.",
        });
    });

    it("skips every other check when the credentials are another account's, and exits 1", async () => {
        const { code, stdout } = await run(["--stack", "moto-new", "--config-file", FIXTURE, "--json"], new FakeAccount("999999999999"));
        const report = JSON.parse(stdout);
        assert.strictEqual(code, 1);
        assert.deepStrictEqual(report.checks.map((c: { status: string }) => c.status), ["FAIL", "SKIP", "SKIP", "SKIP", "SKIP", "SKIP", "SKIP", "SKIP", "SKIP", "SKIP"]);
        assert.strictEqual(report.checks[3].detail, "not checked: the credentials are not the management account's (see Caller and organization)");
    });

    it("exits 2 with the usage for bad usage", async () => {
        assert.deepStrictEqual(await run(["--help"]), { code: 0, stdout: `${USAGE}\n`, stderr: "" });
        assert.deepStrictEqual(await run([]), { code: 2, stdout: "", stderr: `--stack is required\n${USAGE}\n` });
        const unknown = await run(["--stack", "prod", "--region", "us-east-1"]);
        assert.strictEqual(unknown.code, 2);
        assert.match(unknown.stderr, /^Unknown option '--region'/);
    });

    it("exits 2 naming the problem, without a stack trace, for a missing or invalid stack file", async () => {
        const missing = await run(["--stack", "nope"]);
        assert.deepStrictEqual(missing, { code: 2, stdout: "", stderr: `stack config file ${path.join(ROOT, "Pulumi.nope.yaml")} does not exist\n` });
        const invalid = await run(["--stack", "badconfig", "--config-file", "test/fixtures/Pulumi.badconfig.yaml"]);
        assert.strictEqual(invalid.code, 2);
        assert.match(invalid.stderr, /foundation:accounts\[0\]\.email/);
        assert.doesNotMatch(invalid.stderr, /^\s+at /m);
    });

    it("exits 2 saying where credentials come from when there are none", async () => {
        const account = new FakeAccount();
        account.sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }));
        const { code, stdout, stderr } = await run(["--stack", "moto-new", "--config-file", FIXTURE], account);
        assert.deepStrictEqual([code, stdout], [2, ""]);
        assert.strictEqual(stderr, [
            "no usable AWS credentials: CredentialsProviderError: Could not load credentials from any providers",
            "The preflight uses the AWS SDK's default credential chain, as pulumi up does: AWS_PROFILE (for an IAM Identity Center",
            "profile, run `aws sso login --profile NAME` first), or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN,",
            "or a web identity or container role; aws:profile in the stack config is used when set. Use credentials of the",
            "management account, never its root user.",
            "",
        ].join("\n"));
        account.sts.on(GetCallerIdentityCommand).rejects(awsError("ExpiredToken", "The security token included in the request is expired", 403));
        const expired = await run(["--stack", "moto-new", "--config-file", FIXTURE], account);
        assert.deepStrictEqual([expired.code, expired.stderr.split("\n")[0]], [2, "no usable AWS credentials: ExpiredToken: The security token included in the request is expired"]);
    });

    it("exits 2 when STS cannot be reached", async () => {
        const account = new FakeAccount();
        account.sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4566"), { code: "ECONNREFUSED", $metadata: { attempts: 3 } }));
        const { code, stderr } = await run(["--stack", "moto-new", "--config-file", FIXTURE], account);
        assert.deepStrictEqual([code, stderr], [2, "sts:GetCallerIdentity failed: Error: connect ECONNREFUSED 127.0.0.1:4566\n" +
            "Check the credentials, the network and the endpoint (AWS_ENDPOINT_URL, when set, sends every call there).\n"]);
    });

    it("exits 3 when the preflight itself fails", async () => {
        const account = new FakeAccount();
        account.guardDuty("us-east-1").on(ListDetectorsCommand).callsFake(() => { throw new TypeError("detectors.map is not a function"); });
        const { code, stdout, stderr } = await run(["--stack", "moto-new", "--config-file", FIXTURE], account);
        assert.deepStrictEqual([code, stdout], [3, ""]);
        assert.match(stderr, /^preflight failed: TypeError: detectors\.map is not a function\n/);
    });
});
