import * as assert from "assert";
import { DescribeRegionsCommand } from "@aws-sdk/client-ec2";
import { optInRegions } from "../../../tools/preflight/regions";
import { contextWith, FakeAccount, fixtureConfig } from "./fakes";

const regions = (allowed: string[], enabledOptIn: string[] = []) => fixtureConfig(doc => {
    doc["foundation:organization"].allowedRegions = allowed;
    doc["foundation:organization"].enabledOptInRegions = enabledOptIn;
});

describe("Preflight: opt-in regions (check 5)", () => {
    it("passes when every allowed region needs no opt-in or is opted in, asking EC2 for all regions", async () => {
        const account = new FakeAccount();
        const r = await optInRegions(contextWith({ caller: account, config: regions(["us-east-1", "eu-west-1", "af-south-1"], ["af-south-1"]) }));
        assert.deepStrictEqual(r, {
            id: "opt-in-regions", title: "Opt-in regions", blocking: true, status: "PASS",
            detail: "us-east-1 opt-in-not-required, eu-west-1 opt-in-not-required, af-south-1 opted-in",
        });
        assert.deepStrictEqual(account.ec2("us-east-1").commandCalls(DescribeRegionsCommand).map(c => c.args[0].input), [{ AllRegions: true }]);
    });

    it("fails for a region not opted in, and for one EC2 does not offer, with how to enable it", async () => {
        const r = await optInRegions(contextWith({ config: regions(["us-east-1", "me-south-1", "mx-central-1"], ["me-south-1", "mx-central-1"]) }));
        assert.strictEqual(r.status, "FAIL");
        assert.strictEqual(r.detail, "us-east-1 opt-in-not-required, me-south-1 not-opted-in, mx-central-1 not offered to this account");
        assert.strictEqual(r.fix, [
            "enable me-south-1 in the management account: AWS console > Account (top right menu) > AWS Regions > me-south-1 > Enable, or `aws account enable-region --region-name me-south-1`; " +
            "wait until it shows Enabled, and keep it listed in foundation:organization.enabledOptInRegions (every account that uses it needs it enabled): " +
            "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html",
            "remove mx-central-1 from foundation:organization.allowedRegions: EC2 does not offer it to this account",
        ].join("\n"));
    });

    it("warns naming ec2:DescribeRegions when EC2 answers UnauthorizedOperation", async () => {
        const account = new FakeAccount();
        account.ec2("us-east-1").on(DescribeRegionsCommand).rejects(Object.assign(new Error("You are not authorized to perform this operation."), {
            name: "UnauthorizedOperation", $metadata: { httpStatusCode: 403 },
        }));
        const r = await optInRegions(contextWith({ caller: account }));
        assert.deepStrictEqual([r.status, r.detail], ["WARN",
            "could not check the regions' opt-in status: ec2:DescribeRegions was denied (UnauthorizedOperation: You are not authorized to perform this operation.)"]);
    });
});
