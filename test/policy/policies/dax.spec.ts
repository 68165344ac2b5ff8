/** dax-cluster-encrypted: checkov's DAX cases converted. */
import * as assert from "assert";
import { definition as dax } from "../../../policy/policies/dax/dax-cluster-encrypted";

const T = "aws:dax/cluster:Cluster";
const AT_REST = (got: string) => `serverSideEncryption.enabled must be true (FSBP DynamoDB.3), got ${got}: the cache's items would be stored unencrypted, ` +
    "and encryption cannot be turned on without replacing the cluster";
const TLS = (got: string) => `clusterEndpointEncryptionType must be "TLS" (FSBP DynamoDB.7), got ${got}: applications would read and write the cache unencrypted on ` +
    "the network, and it cannot be changed without replacing the cluster";

describe("checkov's DAX cases, as @pulumi/aws inputs", () => {
    const base = { clusterName: "example", iamRoleArn: "arn:aws:iam::111111111111:role/dax", nodeType: "dax.r4.large", replicationFactor: 1 };
    it("CKV_AWS_47 encryption at rest: enabled passes; the default and disabled are blocked", () => {
        assert.deepStrictEqual(dax.check(T, { ...base, serverSideEncryption: { enabled: true }, clusterEndpointEncryptionType: "TLS" }), []);
        assert.deepStrictEqual(dax.check(T, { ...base, clusterEndpointEncryptionType: "TLS" }), [AT_REST("not set (the default is unencrypted)")]);
        assert.deepStrictEqual(dax.check(T, { ...base, serverSideEncryption: { enabled: false }, clusterEndpointEncryptionType: "TLS" }), [AT_REST("false")]);
    });
    it("CKV_AWS_239 TLS endpoint: TLS passes; NONE and the default are blocked", () => {
        assert.deepStrictEqual(dax.check(T, { ...base, serverSideEncryption: { enabled: true }, clusterEndpointEncryptionType: "NONE" }), [TLS('"NONE"')]);
        assert.deepStrictEqual(dax.check(T, { ...base, serverSideEncryption: { enabled: true } }), [TLS('not set (the default is "NONE")')]);
    });
});
