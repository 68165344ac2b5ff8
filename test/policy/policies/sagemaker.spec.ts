/** policy/policies/sagemaker/: sagemaker-notebook-isolated. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as notebook } from "../../../policy/policies/sagemaker/sagemaker-notebook-isolated";
import { happy } from "../factories";

const T = "aws:sagemaker/notebookInstance:NotebookInstance";
const INTERNET = (got: string) => `directInternetAccess must be "Disabled", got ${got} (FSBP SageMaker.1): the notebook reaches the internet outside your VPC's controls, ` +
    "and so can anything running in it";
const ROOT = (got: string) => `rootAccess must be "Disabled", got ${got} (FSBP SageMaker.3): every notebook user is root on the instance and can change what runs there`;

describe("checkov's SageMaker notebook cases, as @pulumi/aws inputs", () => {
    const base = { name: "my-notebook-instance", roleArn: "arn:aws:iam::111111111111:role/sagemaker", instanceType: "ml.t2.medium" };
    it("CKV_AWS_307 root access: Enabled and the default are flagged, Disabled is not", () => {
        assert.deepStrictEqual(notebook.check(T, { ...base, rootAccess: "Enabled", directInternetAccess: "Disabled", subnetId: "s" }), [ROOT('"Enabled"')]);
        assert.deepStrictEqual(notebook.check(T, { ...base, directInternetAccess: "Disabled", subnetId: "s" }), [ROOT("not set (Enabled)")]);
        assert.deepStrictEqual(notebook.check(T, { ...base, rootAccess: "Disabled", directInternetAccess: "Disabled", subnetId: "s" }), []);
    });
    it("CKV_AWS_122 / CKV_AWS_306 internet access and VPC: a notebook outside a VPC has direct internet access", () => {
        assert.deepStrictEqual(notebook.check(T, { ...base, rootAccess: "Disabled" }), [INTERNET("not set (Enabled)")]);
        assert.deepStrictEqual(notebook.check(T, { ...base, rootAccess: "Disabled", subnetId: "subnet-1", directInternetAccess: "Enabled" }), [INTERNET('"Enabled"')]);
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
