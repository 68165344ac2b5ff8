/** policy/policies/ecr/: ecr-repository-lifecycle-policy, ecr-repository-scanned-immutable. */
import * as assert from "assert";
import { StackResource, UNKNOWN } from "../../../policy/lib";
import { definition as lifecycle } from "../../../policy/policies/ecr/ecr-repository-lifecycle-policy";
import { definition as scanned } from "../../../policy/policies/ecr/ecr-repository-scanned-immutable";
import { policyTable } from "../tables";

const REPO = "aws:ecr/repository:Repository";
const LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
const res = (type: string, name: string, props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>): StackResource => ({
    urn: `urn:pulumi:prod::app::${type}::${name}`, type, name, props, dependencies: Object.values(propertyDependencies ?? {}).flat(), propertyDependencies,
});
const NO_LIFECYCLE = "no ecr.LifecyclePolicy expires this repository's images (FSBP ECR.3): old images, with the vulnerabilities found in them since, " +
    "stay pullable and deployable, and storage grows without end; add a lifecycle policy that expires untagged and old images";
const SCAN = "imageScanningConfiguration.scanOnPush should be true (FSBP ECR.1), unless the registry's scanning configuration (enhanced scanning with Amazon " +
    "Inspector) covers this repository: otherwise images with known vulnerabilities are pushed and deployed unnoticed";
const MUTABLE = (got: string) => `imageTagMutability should be "IMMUTABLE" (FSBP ECR.2), got ${got}: a pushed tag can be overwritten, so the image a deployment names is not the image that was reviewed`;

describe("policy ecr-repository-lifecycle-policy", () => {
    const repo = res(REPO, "app", { name: "app" });
    it("a repository with a lifecycle policy naming it passes", () => {
        assert.deepStrictEqual(lifecycle.check([repo, res(LIFECYCLE, "app-lifecycle", { repository: "app", policy: "{}" })]), []);
    });
    it("a lifecycle policy whose repository input comes from the repository (first preview, names unknown) passes", () => {
        const unknownRepo = res(REPO, "app", { name: UNKNOWN });
        assert.deepStrictEqual(lifecycle.check([unknownRepo, res(LIFECYCLE, "app-lifecycle", { repository: UNKNOWN }, { repository: [unknownRepo.urn] })]), []);
    });
    it("a repository without one is reported, once, on the repository", () => {
        assert.deepStrictEqual(lifecycle.check([repo, res(LIFECYCLE, "other", { repository: "other" })]), [{ urn: repo.urn, message: NO_LIFECYCLE }]);
    });
});

describe("checkov's ECR cases, as @pulumi/aws inputs", () => {
    it("CKV_AWS_51 immutable tags: IMMUTABLE passes; MUTABLE and the default are flagged", () => {
        assert.deepStrictEqual(scanned.check(REPO, { name: "bar", imageTagMutability: "IMMUTABLE", imageScanningConfiguration: { scanOnPush: true } }), []);
        assert.deepStrictEqual(scanned.check(REPO, { name: "bar", imageTagMutability: "MUTABLE", imageScanningConfiguration: { scanOnPush: true } }), [MUTABLE('"MUTABLE"')]);
        assert.deepStrictEqual(scanned.check(REPO, { name: "bar", imageScanningConfiguration: { scanOnPush: true } }), [MUTABLE("not set (MUTABLE)")]);
    });
    it("CKV_AWS_163 scan on push: true passes; false and the default are flagged", () => {
        assert.deepStrictEqual(scanned.check(REPO, { name: "bar", imageTagMutability: "IMMUTABLE", imageScanningConfiguration: { scanOnPush: false } }), [SCAN]);
        assert.deepStrictEqual(scanned.check(REPO, { name: "bar", imageTagMutability: "IMMUTABLE" }), [SCAN]);
    });
});

policyTable(scanned, "aws:ecr/repository:Repository", [
    ["defaults", { imageScanningConfiguration: undefined, imageTagMutability: undefined }, [SCAN, MUTABLE("not set (MUTABLE)")]],
    ["MUTABLE", { imageTagMutability: "MUTABLE" }, [MUTABLE('"MUTABLE"')]],
    ["IMMUTABLE_WITH_EXCLUSION", { imageTagMutability: "IMMUTABLE_WITH_EXCLUSION" }, []],
    ["scanning unknown", { imageScanningConfiguration: UNKNOWN }, []],
]);
