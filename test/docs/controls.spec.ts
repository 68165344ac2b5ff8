import * as assert from "assert";
import * as fs from "fs";
import { CONTROLS_FILE, README_FILE, renderControlsDoc, updatedReadme } from "../../tools/docs/controls";

describe("generated docs", () => {
    it("docs/controls.md matches the policy metadata (run npm run docs)", () => {
        assert.strictEqual(fs.readFileSync(CONTROLS_FILE, "utf8"), renderControlsDoc());
    });

    it("the README policy table matches the policy metadata (run npm run docs)", () => {
        const readme = fs.readFileSync(README_FILE, "utf8");
        assert.strictEqual(readme, updatedReadme(readme));
    });

    it("maps every CIS and FSBP control of the pack", () => {
        const doc = renderControlsDoc();
        for (const row of ["| 1.16 | `iam-no-wildcard-admin-policy` |", "| 3.2 | `cloudtrail-multi-region-validated` |", "| KMS.4 | `kms-key-rotation-enabled` |", "| S3.8 | `s3-public-access-blocked` |"]) {
            assert.ok(doc.includes(row), `missing row ${row}`);
        }
    });
});
