/** policy/policies/kms/: kms-key-deletion-window, kms-key-enabled, kms-key-rotation-enabled. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as deletionWindow } from "../../../policy/policies/kms/kms-key-deletion-window";
import { definition as keyEnabled } from "../../../policy/policies/kms/kms-key-enabled";
import { DEFAULT_MAX_ROTATION_PERIOD_DAYS, KEY, checkKey, definition, parseConfig } from "../../../policy/policies/kms/kms-key-rotation-enabled";
import { Props, happy } from "../factories";
import { typedTable } from "../tables";

describe("policy kms-key-enabled", () => {
    it("disabled key", () => {
        assert.deepStrictEqual(keyEnabled.check("aws:kms/key:Key", { ...happy["aws:kms/key:Key"]!(), isEnabled: false }),
            ["isEnabled must not be false (foundation nothing-lost): every object, log and backup the key encrypts becomes unreadable until it is enabled again"]);
    });
});

typedTable(deletionWindow, "aws:kms/key:Key", [
    ["7 days", { deletionWindowInDays: 7 }, ["deletionWindowInDays must be 30, got 7 (foundation nothing-lost): a key scheduled for deletion by mistake or by an attacker " +
        "takes every object it encrypts with it; the longest window leaves the most time to cancel"]],
    ["unset (30)", { deletionWindowInDays: undefined }, []],
]);

const ROTATION =
    "enableKeyRotation must be true for symmetric keys (CIS 3.6): without rotation the same key material protects the data indefinitely";
const period = (max: number, got: number) =>
    `rotationPeriodInDays must be at most ${max} (CIS 3.6), got ${got}: ` +
    "longer periods keep the same key material in use for too long (limit set by policy config maxRotationPeriodInDays)";

describe("policy kms-key-rotation-enabled", () => {
    const config = definition.defaultConfig;

    it("defaults maxRotationPeriodInDays to 365", () => {
        assert.deepStrictEqual(config, { maxRotationPeriodInDays: DEFAULT_MAX_ROTATION_PERIOD_DAYS });
        assert.strictEqual(DEFAULT_MAX_ROTATION_PERIOD_DAYS, 365);
    });

    const cases: Array<[string, Props, string[]]> = [
        ["symmetric key with yearly rotation", {}, []],
        ["rotation period not set (AWS default 365)", { rotationPeriodInDays: undefined }, []],
        ["rotation period 90 (shortest AWS allows)", { rotationPeriodInDays: 90 }, []],
        ["enableKeyRotation false", { enableKeyRotation: false }, [ROTATION]],
        ["enableKeyRotation missing (AWS default false)", { enableKeyRotation: undefined }, [ROTATION]],
        ["rotation period 366", { rotationPeriodInDays: 366 }, [period(365, 366)]],
        ['rotation period "730" (string)', { rotationPeriodInDays: "730" }, [period(365, 730)]],
        ["rotation off and period too long: both", { enableKeyRotation: false, rotationPeriodInDays: 2560 }, [ROTATION, period(365, 2560)]],
        ["explicit SYMMETRIC_DEFAULT spec", { customerMasterKeySpec: "SYMMETRIC_DEFAULT", enableKeyRotation: false }, [ROTATION]],
        ["symmetric spec in another case and padded: still symmetric", { customerMasterKeySpec: " symmetric_default ", enableKeyRotation: false }, [ROTATION]],
        ["empty spec: the default, symmetric", { customerMasterKeySpec: " ", enableKeyRotation: false }, [ROTATION]],
        ["empty custom key store id: not in one", { customKeyStoreId: " ", enableKeyRotation: false }, [ROTATION]],
        ["asymmetric RSA_3072 signing key: not checked", { customerMasterKeySpec: "RSA_3072", keyUsage: "SIGN_VERIFY", enableKeyRotation: false }, []],
        ["HMAC_384 key: not checked", { customerMasterKeySpec: "HMAC_384", enableKeyRotation: false }, []],
        ["key in a custom key store: not checked", { customKeyStoreId: "cks-1234567890abcdef0", enableKeyRotation: false }, []],
        ["external key store key: not checked", { xksKeyId: "xks-key-1", enableKeyRotation: false }, []],
        ["key spec unknown: cannot tell whether it can rotate", { customerMasterKeySpec: UNKNOWN, enableKeyRotation: false }, []],
        ["custom key store unknown", { customKeyStoreId: UNKNOWN, enableKeyRotation: false }, []],
        ["enableKeyRotation unknown: the period is still checked", { enableKeyRotation: UNKNOWN, rotationPeriodInDays: 400 }, [period(365, 400)]],
        ["rotation period unknown: rotation still checked", { enableKeyRotation: false, rotationPeriodInDays: UNKNOWN }, [ROTATION]],
        ["rotation period not a number: ignored", { rotationPeriodInDays: "yearly" }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => {
            assert.deepStrictEqual(checkKey({ ...happy[KEY](), ...change }, config), expected);
        });
    }

    describe("config maxRotationPeriodInDays", () => {
        it("a stricter maximum flags a yearly key", () => {
            assert.deepStrictEqual(definition.check(KEY, { enableKeyRotation: true, rotationPeriodInDays: 365 }, { maxRotationPeriodInDays: 180 }), [
                period(180, 365),
            ]);
        });
        it("a looser maximum accepts a two-year period", () => {
            assert.deepStrictEqual(definition.check(KEY, { enableKeyRotation: true, rotationPeriodInDays: 730 }, { maxRotationPeriodInDays: 730 }), []);
        });
        it("out-of-range or odd values fall back to the default", () => {
            for (const odd of [30, 3000, "soon", null, [], {}]) {
                assert.deepStrictEqual(parseConfig({ maxRotationPeriodInDays: odd }), { maxRotationPeriodInDays: 365 }, String(odd));
            }
        });
    });

    describe("remediation (level remediate)", () => {
        it("turns rotation on, keeping the other inputs", () => {
            assert.deepStrictEqual(definition.remediate("aws:kms/key:Key", { description: "k", enableKeyRotation: false }), { description: "k", enableKeyRotation: true });
        });
        it("shortens a period longer than the configured maximum", () => {
            assert.deepStrictEqual(definition.remediate("aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 400 }, { maxRotationPeriodInDays: 180 }),
                { enableKeyRotation: true, rotationPeriodInDays: 180 });
        });
        it("leaves a compliant or asymmetric key alone", () => {
            assert.strictEqual(definition.remediate("aws:kms/key:Key", { enableKeyRotation: true, rotationPeriodInDays: 365 }), undefined);
            assert.strictEqual(definition.remediate("aws:kms/key:Key", { customerMasterKeySpec: "RSA_2048", enableKeyRotation: false }), undefined);
        });
    });
});
