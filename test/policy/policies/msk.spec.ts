/** policy/policies/msk/: msk-cluster-authenticated, msk-cluster-secure. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as authenticated } from "../../../policy/policies/msk/msk-cluster-authenticated";
import { definition as secure } from "../../../policy/policies/msk/msk-cluster-secure";
import { Props, happy } from "../factories";

const T = "aws:msk/cluster:Cluster";
const UNAUTHENTICATED = "clientAuthentication.unauthenticated should not be true (FSBP MSK.6): any client that reaches the brokers can produce and consume every topic; " +
    "authenticate clients with IAM (sasl.iam), SASL/SCRAM or TLS certificates";
const NONE = "clientAuthentication names no authentication (FSBP MSK.6): the cluster then accepts unauthenticated clients, who can produce and consume every topic; " +
    "authenticate clients with IAM (sasl.iam), SASL/SCRAM or TLS certificates";
const PLAINTEXT = (got: string) => `encryptionInfo.encryptionInTransit.clientBroker must be "TLS" (foundation encrypted-in-transit), got "${got}": clients could produce ` +
    "and consume records unencrypted on the network";
const IN_CLUSTER = "encryptionInfo.encryptionInTransit.inCluster must not be false (FSBP MSK.1): records would travel unencrypted between brokers, and it cannot be turned " +
    "on without replacing the cluster";

describe("policy msk-cluster-authenticated", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["IAM", {}, []],
        ["SASL/SCRAM", { clientAuthentication: { sasl: { scram: true } } }, []],
        ["mutual TLS", { clientAuthentication: { tls: { certificateAuthorityArns: ["arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/1"] } } }, []],
        ["IAM and unauthenticated", { clientAuthentication: { sasl: { iam: true }, unauthenticated: true } }, [UNAUTHENTICATED]],
        ["no client authentication", { clientAuthentication: undefined }, [NONE]],
        ["SASL with both mechanisms off", { clientAuthentication: { sasl: { iam: false, scram: false } } }, [NONE]],
        ["client authentication unknown", { clientAuthentication: UNKNOWN }, []],
        ["SASL unknown", { clientAuthentication: { sasl: UNKNOWN } }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(authenticated.check(T, { ...happy[T]!(), ...change }), expected));
    }
});

describe("checkov's MSK cases, as @pulumi/aws inputs", () => {
    const base = { clusterName: "test-project", kafkaVersion: "3.2.0", numberOfBrokerNodes: 2,
        brokerNodeGroupInfo: { instanceType: "kafka.t3.small", clientSubnets: ["subnet-1", "subnet-2"], securityGroups: ["sg-1"] } };
    it("CKV_AWS_81 encryption in transit: PLAINTEXT and in-cluster false are blocked; TLS, at-rest only and the defaults are not", () => {
        assert.deepStrictEqual(secure.check(T, { ...base, encryptionInfo: { encryptionAtRestKmsKeyArn: "k", encryptionInTransit: { clientBroker: "PLAINTEXT", inCluster: "true" } } }),
            [PLAINTEXT("PLAINTEXT")]);
        assert.deepStrictEqual(secure.check(T, { ...base, encryptionInfo: { encryptionAtRestKmsKeyArn: "k", encryptionInTransit: { clientBroker: "TLS", inCluster: false } } }), [IN_CLUSTER]);
        assert.deepStrictEqual(secure.check(T, { ...base, encryptionInfo: { encryptionAtRestKmsKeyArn: "k", encryptionInTransit: { clientBroker: "TLS", inCluster: "true" } } }), []);
        assert.deepStrictEqual(secure.check(T, { ...base, encryptionInfo: { encryptionAtRestKmsKeyArn: "k" } }), []);
        assert.deepStrictEqual(secure.check(T, { ...base, encryptionInfo: {} }), []);
        assert.deepStrictEqual(secure.check(T, base), []);
    });
    it("CKV_AWS_291 private nodes: public access DISABLED or left out passes; SERVICE_PROVIDED_EIPS is blocked", () => {
        assert.deepStrictEqual(secure.check(T, { ...base, brokerNodeGroupInfo: { ...base.brokerNodeGroupInfo, connectivityInfo: { publicAccess: { type: "DISABLED" } } },
            clientAuthentication: { sasl: { scram: true } } }), []);
        assert.strictEqual(secure.check(T, { ...base, brokerNodeGroupInfo: { ...base.brokerNodeGroupInfo, connectivityInfo: { publicAccess: { type: "SERVICE_PROVIDED_EIPS" } } } }).length, 1);
        assert.deepStrictEqual(authenticated.check(T, { ...base, clientAuthentication: { sasl: { scram: true } } }), []);
    });
});

describe("policy msk-cluster-secure", () => {
    const T = "aws:msk/cluster:Cluster";
    it("private TLS passes, as do AWS's defaults; public brokers and plaintext are reported", () => {
        assert.deepStrictEqual(secure.check(T, happy[T]!()), []);
        assert.deepStrictEqual(secure.check(T, { clusterName: "c", kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: { instanceType: "kafka.t3.small" } }), []);
        assert.deepStrictEqual(secure.check(T, {
            brokerNodeGroupInfo: { connectivityInfo: { publicAccess: { type: "SERVICE_PROVIDED_EIPS" } } },
            encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT", inCluster: false } },
        }), [
            'brokerNodeGroupInfo.connectivityInfo.publicAccess.type must be "DISABLED" (FSBP MSK.4), got "SERVICE_PROVIDED_EIPS": the brokers get addresses ' +
                "on the internet; reach them from inside the VPC, or through multi-VPC private connectivity",
            'encryptionInfo.encryptionInTransit.clientBroker must be "TLS" (foundation encrypted-in-transit), got "TLS_PLAINTEXT": clients could produce ' +
                "and consume records unencrypted on the network",
            "encryptionInfo.encryptionInTransit.inCluster must not be false (FSBP MSK.1): records would travel unencrypted between brokers, and it " +
                "cannot be turned on without replacing the cluster",
        ]);
        assert.deepStrictEqual(secure.check(T, { brokerNodeGroupInfo: { connectivityInfo: UNKNOWN }, encryptionInfo: { encryptionInTransit: { clientBroker: "PLAINTEXT", inCluster: UNKNOWN } } }), [
            'encryptionInfo.encryptionInTransit.clientBroker must be "TLS" (foundation encrypted-in-transit), got "PLAINTEXT": clients could produce ' +
                "and consume records unencrypted on the network",
        ]);
    });
});
