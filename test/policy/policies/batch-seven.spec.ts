/** ec2-block-public-sharing, s3-access-point-public-blocked, sagemaker-notebook-isolated. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as sharing } from "../../../policy/policies/ec2/ec2-block-public-sharing";
import { definition as accessPoint } from "../../../policy/policies/s3/s3-access-point-public-blocked";
import { definition as notebook } from "../../../policy/policies/sagemaker/sagemaker-notebook-isolated";
import { happy } from "../factories";

describe("policy ec2-block-public-sharing", () => {
    const SNAPSHOTS = "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess";
    const IMAGES = "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess";
    it("blocked passes; unblocked is reported and remediated", () => {
        assert.deepStrictEqual(sharing.check(SNAPSHOTS, happy[SNAPSHOTS]!()), []);
        assert.deepStrictEqual(sharing.check(SNAPSHOTS, { state: "unblocked" }),
            ['state must not be "unblocked" (foundation least-privilege): EBS snapshots in this account and region could be shared with everyone, data and all']);
        assert.deepStrictEqual(sharing.check(IMAGES, { state: "unblocked" }),
            ['state must not be "unblocked" (foundation least-privilege): AMIs in this account and region could be shared with everyone, data and all']);
        assert.deepStrictEqual(sharing.remediate(SNAPSHOTS, { state: "unblocked" }), { state: "block-all-sharing" });
        assert.deepStrictEqual(sharing.remediate(IMAGES, { state: "unblocked" }), { state: "block-new-sharing" });
    });
});

describe("policy s3-access-point-public-blocked", () => {
    const T = "aws:s3/accessPoint:AccessPoint";
    it("all on, or unset, passes; each setting turned off is named", () => {
        assert.deepStrictEqual(accessPoint.check(T, happy[T]!()), []);
        assert.deepStrictEqual(accessPoint.check(T, { bucket: "b", name: "n" }), []);
        assert.deepStrictEqual(accessPoint.check(T, { bucket: "b", publicAccessBlockConfiguration: { blockPublicPolicy: false, restrictPublicBuckets: "false", ignorePublicAcls: UNKNOWN } }), [
            "publicAccessBlockConfiguration.blockPublicPolicy must not be false (foundation least-privilege): the access point could make the bucket's data public",
            "publicAccessBlockConfiguration.restrictPublicBuckets must not be false (foundation least-privilege): the access point could make the bucket's data public",
        ]);
    });
});

describe("policy sagemaker-notebook-isolated", () => {
    const T = "aws:sagemaker/notebookInstance:NotebookInstance";
    it("isolated passes; AWS's defaults are reported", () => {
        assert.deepStrictEqual(notebook.check(T, happy[T]!()), []);
        assert.deepStrictEqual(notebook.check(T, { name: "n" }), [
            'directInternetAccess must be "Disabled", got not set (Enabled) (FSBP SageMaker.1): the notebook reaches the internet outside your VPC\'s controls, and so can anything running in it',
            'rootAccess must be "Disabled", got not set (Enabled) (FSBP SageMaker.3): every notebook user is root on the instance and can change what runs there',
        ]);
        assert.deepStrictEqual(notebook.check(T, { name: "n", directInternetAccess: UNKNOWN, rootAccess: UNKNOWN }), []);
    });
});
