import * as assert from "assert";
import { preview } from "../../e2e/preview-runs";
import { realUrns, type ReportedResource } from "../../e2e/real-urns";
import {
    accessAnalyzerRoleTarget, configRoleTarget, deliveryChannelTarget, detectorTarget, delegatedAdministratorTarget, guardDutyAdminTarget, type ImportTarget,
    recorderTarget, securityHubAdminTarget,
} from "../../../tools/preflight/pulumi-names";

/*
 * The names, parents and providers the preflight's `pulumi import` commands use are the program's: each
 * target, its parent and its provider are among the URNs the offline preview of the adopt example
 * registers (engine form: the whole ancestor type chain, test/e2e/real-urns.ts).
 */
const NAMES = { stack: "adopt", project: "aws-secure-foundation" };

/** The URN a resource imported as `target` gets: under its parent's type chain. */
const importedUrn = (target: ImportTarget) =>
    `urn:pulumi:adopt::aws-secure-foundation::${target.parent.urn.split("::")[2]}$${target.type}::${target.name}`;

describe("Preflight: pulumi import targets are the program's resources", () => {
    it("every import target, its parent and its provider exist in the adopt example's preview", function () {
        this.timeout(180000);
        const run = preview("--stack", "adopt", "--json");
        assert.strictEqual(run.status, 0, run.stderr);
        const urns = new Set(realUrns((JSON.parse(run.stdout) as { resources: ReportedResource[] }).resources).values());
        const targets = [
            detectorTarget(NAMES, "management", "eu-west-1", "d1"),
            detectorTarget(NAMES, "audit", "us-east-1", "d2"),
            recorderTarget(NAMES, "management", "us-east-1", "default"),
            recorderTarget(NAMES, "prod", "eu-west-1", "default"),
            deliveryChannelTarget(NAMES, "dev", "us-east-1", "default"),
            configRoleTarget(NAMES, "audit", "arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"),
            accessAnalyzerRoleTarget(NAMES, "arn:aws:iam::111111111111:role/aws-service-role/access-analyzer.amazonaws.com/AWSServiceRoleForAccessAnalyzer"),
            delegatedAdministratorTarget(NAMES, "config-multiaccountsetup.amazonaws.com", "222222222222"),
            securityHubAdminTarget(NAMES, "222222222222", "eu-west-1"),
            guardDutyAdminTarget(NAMES, "222222222222", "us-east-1"),
        ];
        const missing = targets.flatMap(t => [importedUrn(t), t.parent.urn, t.provider.urn]).filter(urn => !urns.has(urn));
        assert.deepStrictEqual(missing, []);
        assert.ok(urns.has("urn:pulumi:adopt::aws-secure-foundation::foundation:index:Foundation$foundation:detection:DetectionArea$foundation:detection:AccessAnalyzer$aws:iam/serviceLinkedRole:ServiceLinkedRole::foundation-access-analyzer-service-role"));
    });
});
