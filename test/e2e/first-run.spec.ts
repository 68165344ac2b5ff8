import * as assert from "assert";
import * as path from "path";
import { FoundationMocks, type MockOptions } from "../../tools/mock-runtime/mocks";
import { type RecordedResource, runProgram } from "../../tools/mock-runtime/runtime";
import { exampleValues } from "../example-stack";
import { preview } from "./preview-runs";

const INDEX = path.join(__dirname, "..", "..", "index");
const IDENTITY_TYPES = /^aws:(ssoadmin|identitystore)\/|^foundation:identity:/;
const RECORD = "foundation-identity-center-instance";

interface Report {
    freshAccount: boolean;
    firstPreview: boolean;
    resources: { type: string; name: string; inputs: Record<string, unknown> }[];
    warnings: string[];
    summary: { resources: number; mandatory: number };
}

/** A resource's identity across runs of different stacks (the URN names the stack). */
const key = (r: { type: string; name: string }) => (r.type === "pulumi:pulumi:Stack" ? r.type : `${r.type}::${r.name}`);

describe("the first run, rehearsed: npm run preview -- --stack prod --fresh-account", () => {
    let fresh: Report;
    let known: Report;
    before(() => {
        const run = preview("--stack", "prod", "--json", "--fresh-account");
        assert.strictEqual(run.status, 0, run.stderr);
        fresh = JSON.parse(run.stdout);
        known = JSON.parse(preview("--stack", "prod", "--json").stdout);
    });

    it("runs as a first preview of a brand-new account, with 0 mandatory violations", () => {
        assert.strictEqual(fresh.freshAccount, true);
        assert.strictEqual(fresh.firstPreview, true);
        assert.strictEqual(known.freshAccount, false);
        assert.strictEqual(fresh.summary.mandatory, 0);
    });

    it("skips Identity Center with the warning the real run prints, and plans every other resource of prod", () => {
        assert.deepStrictEqual(fresh.resources.filter(r => IDENTITY_TYPES.test(r.type)), []);
        assert.deepStrictEqual(fresh.warnings.filter(w => w.includes("IAM Identity Center")), [
            "foundation:identity: IAM Identity Center is not enabled in this organization (no instance in us-east-1), so this " +
            "run skips identity: none of its groups, users, permission sets or assignments are created; everything else is. " +
            "Once the organization exists (a first run creates it), enable Identity Center once in the management account's " +
            "console (IAM Identity Center > Enable, an organization instance, in us-east-1; AWS offers no API for this step), " +
            "then run `pulumi up` again to create them. To leave identity out for good, remove foundation:identity.",
        ]);
        const expected = known.resources.filter(r => !IDENTITY_TYPES.test(r.type)).map(key).sort();
        assert.deepStrictEqual(fresh.resources.map(key).sort(), expected);
        assert.ok(expected.length > 400);
    });

    it("refuses to rehearse an adopted organization as a brand-new account", () => {
        const run = preview("--stack", "adopt", "--fresh-account");
        assert.strictEqual(run.status, 2);
        assert.strictEqual(run.stderr.trim(), '--fresh-account rehearses a brand-new AWS account, which has no organization: stack "adopt" adopts ' +
            "o-a1b2c3d4e5 (foundation:organization.importId); preview it without --fresh-account");
    });
});

/**
 * The runs a new user makes, on the real program (index.ts) as `pulumi up` registers it: first in an
 * account without Identity Center, then after enabling it. The second run may only add resources.
 */
describe("the first run's phases: brand-new account, then Identity Center enabled", () => {
    let phase = 0;
    const up = (options: MockOptions) => runProgram({
        project: "aws-secure-foundation",
        stack: `phase${++phase}`,
        config: exampleValues(),
        mocks: new FoundationMocks("111111111111", "acme", options),
        program: () => require(INDEX),
    });
    let first: RecordedResource[];
    let second: RecordedResource[];
    before(async () => {
        first = (await up({ identityCenter: false })).resources;
        const record = first.find(r => r.name === RECORD)!;
        second = (await up({ priorState: { [RECORD]: record.inputs } })).resources;
    });

    it("first creates everything but identity, and records that Identity Center is not enabled", () => {
        assert.deepStrictEqual(first.filter(r => IDENTITY_TYPES.test(r.type)), []);
        assert.deepStrictEqual(first.find(r => r.name === RECORD)!.inputs, { triggers: { instanceArn: "not-enabled" } });
    });

    it("then only adds: every resource of the first run is still there, with the same inputs, but the record, which now names the instance", () => {
        const later = new Map(second.map(r => [key(r), r]));
        const changed = first.filter(r => !later.has(key(r)) || JSON.stringify(later.get(key(r))!.inputs) !== JSON.stringify(r.inputs)).map(key);
        assert.deepStrictEqual(changed, [`time:index/static:Static::${RECORD}`]);
        const record = later.get(`time:index/static:Static::${RECORD}`)!;
        assert.deepStrictEqual(Object.keys(record.inputs.triggers as object).sort(), ["identityStoreId", "instanceArn", "region"]);
        assert.match((record.inputs.triggers as { instanceArn: string }).instanceArn, /^arn:aws:sso:::instance\/ssoins-/);
        const added = second.filter(r => !first.some(f => key(f) === key(r)));
        assert.deepStrictEqual([...new Set(added.map(r => r.type))].sort(), [
            "aws:identitystore/group:Group", "aws:identitystore/groupMembership:GroupMembership", "aws:identitystore/user:User",
            "aws:ssoadmin/accountAssignment:AccountAssignment", "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment",
            "aws:ssoadmin/permissionSet:PermissionSet", "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
            "foundation:identity:IdentityArea", "foundation:identity:IdentityCenter", "foundation:identity:PermissionSet",
        ]);
    });

    it("and a third run that finds no instance stops instead of deleting identity", async () => {
        const record = second.find(r => r.name === RECORD)!;
        await assert.rejects(up({ identityCenter: false, priorState: { [RECORD]: record.inputs } }),
            /^Error: IAM Identity Center: this stack created its groups, users, permission sets and assignments in instance arn:aws:sso:::instance\/ssoins-/);
    });
});
