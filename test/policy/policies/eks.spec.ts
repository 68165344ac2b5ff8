/** policy/policies/eks/: eks-cluster-hardened, eks-endpoint-not-public, eks-node-group-remote-access-restricted. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as hardened } from "../../../policy/policies/eks/eks-cluster-hardened";
import { definition as endpoint } from "../../../policy/policies/eks/eks-endpoint-not-public";
import { definition as nodeGroup } from "../../../policy/policies/eks/eks-node-group-remote-access-restricted";
import { Props, happy } from "../factories";
import { typedTable } from "../tables";

const NODES = "aws:eks/nodeGroup:NodeGroup";
const CLUSTER = "aws:eks/cluster:Cluster";
const OPEN_SSH = (key: string) => `remoteAccess.ec2SshKey "${key}" is set without remoteAccess.sourceSecurityGroupIds (foundation least-privilege): EKS then opens port 22 ` +
    "(3389 for Windows) of every node to the whole internet (0.0.0.0/0); list the security groups allowed to connect, or drop remoteAccess and use SSM Session Manager";
const PUBLIC = "vpcConfig.endpointPublicAccess must be false, or publicAccessCidrs must list only your networks (FSBP EKS.1): the Kubernetes API " +
    "is reachable from the whole internet, one leaked credential or API vulnerability away from the cluster";
const SECRETS = 'encryptionConfig should encrypt "secrets" with a customer managed KMS key (FSBP EKS.3): without it, secrets are protected only by ' +
    "EKS's default envelope encryption under an AWS owned key (Kubernetes 1.28 and later), which no key policy of yours restricts and no CloudTrail event of yours records";
const AUDIT = 'enabledClusterLogTypes should include "audit" (FSBP EKS.8): without the audit log there is no record of who did what in the cluster';

describe("policy eks-node-group-remote-access-restricted", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["SSH limited to a security group", {}, []],
        ["no remote access", { remoteAccess: undefined }, []],
        ["an SSH key and no source security groups", { remoteAccess: { ec2SshKey: "ops" } }, [OPEN_SSH("ops")]],
        ["an SSH key and an empty list", { remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: [] } }, [OPEN_SSH("ops")]],
        ["source security groups unknown", { remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: UNKNOWN } }, []],
        ["the key unknown", { remoteAccess: { ec2SshKey: UNKNOWN } }, []],
        ["remote access unknown", { remoteAccess: UNKNOWN }, []],
        ["an empty key name", { remoteAccess: { ec2SshKey: "" } }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(nodeGroup.check(NODES, { ...happy[NODES]!(), ...change }), expected));
    }
    it("checkov CKV_AWS_100 (EKSNodeGroupRemoteAccess): a key with source security groups passes, a key without fails", () => {
        const base = { clusterName: "example", nodeGroupName: "example", nodeRoleArn: "arn:aws:iam::111111111111:role/nodes", subnetIds: ["subnet-1"],
            scalingConfig: { desiredSize: 1, maxSize: 1, minSize: 1 } };
        assert.deepStrictEqual(nodeGroup.check(NODES, { ...base, remoteAccess: { ec2SshKey: "my-key", sourceSecurityGroupIds: ["sg-1", "sg-2"] } }), []);
        assert.deepStrictEqual(nodeGroup.check(NODES, { ...base, remoteAccess: { ec2SshKey: "my-key" } }), [OPEN_SSH("my-key")]);
    });
});

describe("checkov's EKS cluster cases, as @pulumi/aws inputs", () => {
    const cluster = (vpcConfig: Props) => ({ name: "example", roleArn: "arn:aws:iam::111111111111:role/eks", vpcConfig: { subnetIds: ["subnet-12345"], ...vpcConfig } });
    it("CKV_AWS_39 / CKV_AWS_38 public endpoint: disabled or restricted to a CIDR passes; the default, enabled, empty or 0.0.0.0/0 is blocked", () => {
        assert.deepStrictEqual(endpoint.check(CLUSTER, cluster({ endpointPublicAccess: false })), []);
        assert.deepStrictEqual(endpoint.check(CLUSTER, cluster({ publicAccessCidrs: ["10.0.0.0/16"] })), []);
        for (const open of [{}, { endpointPublicAccess: true }, { publicAccessCidrs: [] }, { publicAccessCidrs: ["0.0.0.0/0"] }]) {
            assert.deepStrictEqual(endpoint.check(CLUSTER, cluster(open)), [PUBLIC], JSON.stringify(open));
        }
    });
    it("CKV_AWS_58 secrets encryption and CKV_AWS_37 control plane logging: flagged at advisory level", () => {
        const ok = { encryptionConfig: { resources: ["secrets"], provider: { keyArn: "arn:aws:kms:us-east-1:111111111111:key/1" } }, enabledClusterLogTypes: ["api", "audit"] };
        assert.deepStrictEqual(hardened.check(CLUSTER, { ...cluster({ endpointPublicAccess: false }), ...ok }), []);
        assert.deepStrictEqual(hardened.check(CLUSTER, cluster({ endpointPublicAccess: false })), [SECRETS, AUDIT]);
        assert.deepStrictEqual(hardened.check(CLUSTER, { ...cluster({}), encryptionConfig: { resources: ["configmaps"], provider: { keyArn: "k" } }, enabledClusterLogTypes: ["api"] }),
            [SECRETS, AUDIT]);
    });
});

describe("policy eks-cluster-hardened", () => {
    const T = "aws:eks/cluster:Cluster";
    it("secrets encrypted and audit logs on pass", () => assert.deepStrictEqual(hardened.check(T, happy[T]!()), []));
    it("neither", () => assert.deepStrictEqual(hardened.check(T, { ...happy[T]!(), encryptionConfig: undefined, enabledClusterLogTypes: ["api"] }), [
        'encryptionConfig should encrypt "secrets" with a customer managed KMS key (FSBP EKS.3): without it, secrets are protected only by ' +
            "EKS's default envelope encryption under an AWS owned key (Kubernetes 1.28 and later), which no key policy of yours restricts and no CloudTrail event of yours records",
        'enabledClusterLogTypes should include "audit" (FSBP EKS.8): without the audit log there is no record of who did what in the cluster',
    ]));
    it("unknowns", () => assert.deepStrictEqual(hardened.check(T, { ...happy[T]!(), encryptionConfig: UNKNOWN, enabledClusterLogTypes: UNKNOWN }), []));
});

const EKS = "vpcConfig.endpointPublicAccess must be false, or publicAccessCidrs must list only your networks (FSBP EKS.1): the Kubernetes API " +
    "is reachable from the whole internet, one leaked credential or API vulnerability away from the cluster";
const vpc = (change: Props) => ({ vpcConfig: { subnetIds: ["subnet-1"], ...change } });
typedTable(endpoint, "aws:eks/cluster:Cluster", [
    ["public by default", vpc({}), [EKS]],
    ["public to the world", vpc({ endpointPublicAccess: true, publicAccessCidrs: ["0.0.0.0/0"] }), [EKS]],
    ["public to an office range", vpc({ endpointPublicAccess: true, publicAccessCidrs: ["192.0.2.0/24"] }), []],
    ["public, ranges unknown", vpc({ endpointPublicAccess: true, publicAccessCidrs: UNKNOWN }), []],
    ["vpcConfig unknown", { vpcConfig: UNKNOWN }, []],
]);

describe("review regressions", () => {
    it("eks-endpoint-not-public: a CIDR not known yet is not the whole internet", () => {
        assert.deepStrictEqual(endpoint.check("aws:eks/cluster:Cluster", { vpcConfig: { endpointPublicAccess: true, publicAccessCidrs: [UNKNOWN] } }), []);
    });
});
