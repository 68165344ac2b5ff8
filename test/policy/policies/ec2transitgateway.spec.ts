/** policy/policies/ec2transitgateway/: ec2-transit-gateway-no-auto-accept. */
import * as assert from "assert";
import { definition as tgw } from "../../../policy/policies/ec2transitgateway/ec2-transit-gateway-no-auto-accept";
import { happy } from "../factories";

const T = "aws:ec2transitgateway/transitGateway:TransitGateway";

describe("checkov's transit gateway cases, as @pulumi/aws inputs", () => {
    it("CKV_AWS_331: the default and disable pass, enable is flagged", () => {
        assert.deepStrictEqual(tgw.check(T, { description: "pike" }), []);
        assert.deepStrictEqual(tgw.check(T, { description: "sato", autoAcceptSharedAttachments: "disable" }), []);
        assert.deepStrictEqual(tgw.check(T, { description: "sato", autoAcceptSharedAttachments: "enable" }),
            ['autoAcceptSharedAttachments must be "disable" (FSBP EC2.23): any account the gateway is shared with can attach its VPC to your network without review']);
    });
});

describe("policy ec2-transit-gateway-no-auto-accept", () => {
    it("transit gateway auto-accept", () => {
        const T = "aws:ec2transitgateway/transitGateway:TransitGateway";
        assert.deepStrictEqual(tgw.check(T, happy[T]!()), []);
        assert.deepStrictEqual(tgw.check(T, { autoAcceptSharedAttachments: "enable" }),
            ['autoAcceptSharedAttachments must be "disable" (FSBP EC2.23): any account the gateway is shared with can attach its VPC to your network without review']);
    });
});
