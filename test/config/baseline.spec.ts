import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

describe("stack config: foundation:baseline", () => {
    it("is required, with a security contact", () => {
        assert.deepStrictEqual(problemsOf(d => { delete d["foundation:baseline"]; }), [
            "foundation:baseline: is required (see docs/reference/config.md)",
        ]);
        assert.deepStrictEqual(problemsOf(d => { delete d["foundation:baseline"].alternateContacts.security; }), [
            "foundation:baseline.alternateContacts.security: is required",
        ]);
    });

    it("rejects a contact AWS would refuse", () => {
        assert.deepStrictEqual(problemsOf(d => {
            const billing = d["foundation:baseline"].alternateContacts.billing;
            billing.phone = "call me";
            billing.email = "finance";
            billing.title = "x".repeat(51);
        }), [
            'foundation:baseline.alternateContacts.billing.title: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" is too long (at most 50 characters)',
            'foundation:baseline.alternateContacts.billing.email: "finance" is not an email',
            'foundation:baseline.alternateContacts.billing.phone: "call me" is not a phone number (digits, spaces, + - ( ), at most 25 characters)',
        ]);
    });

    it("keeps operations and billing contacts optional", () => {
        const { baseline } = parseFoundationConfig(exampleValues(d => {
            delete d["foundation:baseline"].alternateContacts.operations;
            delete d["foundation:baseline"].alternateContacts.billing;
        }));
        assert.deepStrictEqual(baseline.alternateContacts, {
            security: { name: "Acme Security", title: "Security team", email: "security@example.com", phone: "+1 555 0100" },
        });
    });
});
