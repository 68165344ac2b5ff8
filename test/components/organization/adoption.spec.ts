import * as assert from "assert";
import type { ConfigDoc } from "../../example-stack";
import { runArea } from "../area-harness";
import { exampleValues } from "../harness";

const adopted = (change: (d: ConfigDoc) => void = () => undefined) => exampleValues(d => {
    d["foundation:organization"].importId = "o-exampleorg1";
    change(d);
});

const organizationInputs = async (values: Record<string, string>, live: { trustedServices: string[]; policyTypes: string[] }) => {
    const run = await runArea("organization", values, { liveOrganization: live });
    return run.ofType("aws:organizations/organization:Organization")[0].inputs;
};

describe("adopting an existing organization", function () {
    this.timeout(60000);

    it("keeps every trusted service and policy type the live organization has, after the foundation's", async () => {
        const inputs = await organizationInputs(adopted(), {
            trustedServices: ["ram.amazonaws.com", "sso.amazonaws.com", "backup.amazonaws.com"],
            policyTypes: ["TAG_POLICY", "SERVICE_CONTROL_POLICY", "BACKUP_POLICY"],
        });
        assert.deepStrictEqual(inputs.awsServiceAccessPrincipals, [
            "access-analyzer.amazonaws.com", "account.amazonaws.com", "cloudtrail.amazonaws.com", "config.amazonaws.com",
            "config-multiaccountsetup.amazonaws.com", "guardduty.amazonaws.com", "iam.amazonaws.com",
            "malware-protection.guardduty.amazonaws.com", "securityhub.amazonaws.com", "sso.amazonaws.com",
            "backup.amazonaws.com", "ram.amazonaws.com",
        ]);
        assert.deepStrictEqual(inputs.enabledPolicyTypes, ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2", "BACKUP_POLICY", "TAG_POLICY"]);
    });

    it("reads the live organization through the management account's provider, and only when adopting", async () => {
        const adopting = await runArea("organization", adopted(), { liveOrganization: { trustedServices: [], policyTypes: [] } });
        assert.deepStrictEqual(adopting.invokes().filter(i => i.token === "aws:organizations/getOrganization:getOrganization"),
            [{ token: "aws:organizations/getOrganization:getOrganization", provider: "foundation-management", inputs: {} }]);
        const creating = await runArea("organization", exampleValues());
        assert.deepStrictEqual(creating.invokes().filter(i => i.token === "aws:organizations/getOrganization:getOrganization"), []);
    });

    it("adds what config declares in use, and removes only what config disables", async () => {
        const inputs = await organizationInputs(adopted(d => {
            d["foundation:organization"].existing = { trustedServices: ["member.org.stacksets.cloudformation.amazonaws.com"] };
            d["foundation:organization"].disable = { trustedServices: ["ram.amazonaws.com"], policyTypes: ["TAG_POLICY"] };
        }), { trustedServices: ["ram.amazonaws.com"], policyTypes: ["TAG_POLICY"] });
        assert.deepStrictEqual((inputs.awsServiceAccessPrincipals as string[]).slice(10), ["member.org.stacksets.cloudformation.amazonaws.com"]);
        assert.deepStrictEqual(inputs.enabledPolicyTypes, ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2"]);
    });

    it("reads nothing live for a new organization: config's lists and the foundation's", async () => {
        const inputs = await organizationInputs(exampleValues(d => {
            d["foundation:organization"].existing = { policyTypes: ["TAG_POLICY"] };
        }), { trustedServices: ["ram.amazonaws.com"], policyTypes: [] });
        assert.strictEqual((inputs.awsServiceAccessPrincipals as string[]).length, 10);
        assert.deepStrictEqual(inputs.enabledPolicyTypes, ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "DECLARATIVE_POLICY_EC2", "TAG_POLICY"]);
    });

    it("refuses an organization whose live settings show AWS Control Tower", async () => {
        await assert.rejects(runArea("organization", adopted(), { liveOrganization: { trustedServices: ["controltower.amazonaws.com"], policyTypes: [] } }),
            (e: Error) => e.message.includes("organization o-exampleorg1 has trusted access for controltower.amazonaws.com: AWS Control Tower manages it, and the foundation refuses to run on it"));
    });
});
