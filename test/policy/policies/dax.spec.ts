/** policy/policies/dax/: dax-cluster-encrypted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as dax } from "../../../policy/policies/dax/dax-cluster-encrypted";
import { happy } from "../factories";

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

describe("policy dax-cluster-encrypted", () => {
    const T = "aws:dax/cluster:Cluster";
    it("encrypted at rest and in transit passes; AWS's defaults are reported", () => {
        assert.deepStrictEqual(dax.check(T, happy[T]!()), []);
        assert.deepStrictEqual(dax.check(T, { clusterName: "c" }), [
            "serverSideEncryption.enabled must be true (FSBP DynamoDB.3), got not set (the default is unencrypted): the cache's items would be stored " +
                "unencrypted, and encryption cannot be turned on without replacing the cluster",
            'clusterEndpointEncryptionType must be "TLS" (FSBP DynamoDB.7), got not set (the default is "NONE"): applications would read and write the ' +
                "cache unencrypted on the network, and it cannot be changed without replacing the cluster",
        ]);
        assert.deepStrictEqual(dax.check(T, { serverSideEncryption: { enabled: false }, clusterEndpointEncryptionType: "NONE" }), [
            "serverSideEncryption.enabled must be true (FSBP DynamoDB.3), got false: the cache's items would be stored unencrypted, and encryption " +
                "cannot be turned on without replacing the cluster",
            'clusterEndpointEncryptionType must be "TLS" (FSBP DynamoDB.7), got "NONE": applications would read and write the cache unencrypted on ' +
                "the network, and it cannot be changed without replacing the cluster",
        ]);
        assert.deepStrictEqual(dax.check(T, { serverSideEncryption: UNKNOWN, clusterEndpointEncryptionType: UNKNOWN }), []);
    });
});
