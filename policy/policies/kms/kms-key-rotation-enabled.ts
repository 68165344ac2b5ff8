import { UNKNOWN, asBool, asNumber, asString, defineResourcePolicy } from "../../lib";

export const KEY = "aws:kms/key:Key";

/** AWS allows rotation periods of 90..2560 days; CIS 3.6 and FSBP KMS.4 expect yearly rotation. */
const MIN_ROTATION_PERIOD_DAYS = 90;
const MAX_ROTATION_PERIOD_DAYS = 2560;
export const DEFAULT_MAX_ROTATION_PERIOD_DAYS = 365;

interface KmsKeyRotationConfig {
    /** Longest accepted `rotationPeriodInDays`. */
    readonly maxRotationPeriodInDays: number;
}

export function parseConfig(raw: Record<string, unknown>): KmsKeyRotationConfig {
    const max = asNumber(raw["maxRotationPeriodInDays"]);
    return {
        maxRotationPeriodInDays:
            typeof max === "number" && max >= MIN_ROTATION_PERIOD_DAYS && max <= MAX_ROTATION_PERIOD_DAYS
                ? max
                : DEFAULT_MAX_ROTATION_PERIOD_DAYS,
    };
}

/**
 * Symmetric encryption keys (key spec absent or SYMMETRIC_DEFAULT) rotate, at least as often as
 * configured. Asymmetric and HMAC keys and keys in a custom key store cannot rotate automatically,
 * so they are not checked.
 */
export function checkKey(props: Record<string, unknown>, config: KmsKeyRotationConfig): string[] {
    const specs = [asString(props["customerMasterKeySpec"])];
    const keyStores = [asString(props["customKeyStoreId"]), asString(props["xksKeyId"])];
    if ([...specs, ...keyStores].includes(UNKNOWN)) {
        return []; // cannot tell yet whether this key can rotate at all
    }
    const asymmetricOrHmac = specs.some(
        (spec) => typeof spec === "string" && spec.trim() !== "" && spec.trim().toUpperCase() !== "SYMMETRIC_DEFAULT",
    );
    const inCustomKeyStore = keyStores.some((id) => typeof id === "string" && id.trim() !== "");
    if (asymmetricOrHmac || inCustomKeyStore) {
        return [];
    }
    const messages: string[] = [];
    const rotation = asBool(props["enableKeyRotation"]);
    if (rotation !== UNKNOWN && rotation !== true) {
        messages.push(
            "enableKeyRotation must be true for symmetric keys (CIS 3.6): without rotation the same key material protects the data indefinitely",
        );
    }
    const period = asNumber(props["rotationPeriodInDays"]);
    if (typeof period === "number" && period > config.maxRotationPeriodInDays) {
        messages.push(
            `rotationPeriodInDays must be at most ${config.maxRotationPeriodInDays} (CIS 3.6), got ${period}: ` +
                "longer periods keep the same key material in use for too long (limit set by policy config maxRotationPeriodInDays)",
        );
    }
    return messages;
}

/** Turns rotation on, and shortens a period longer than allowed to the maximum. */
function remediateKey(props: Record<string, unknown>, config: KmsKeyRotationConfig): Record<string, unknown> {
    const period = asNumber(props["rotationPeriodInDays"]);
    return {
        enableKeyRotation: true,
        ...(typeof period === "number" && period > config.maxRotationPeriodInDays && { rotationPeriodInDays: config.maxRotationPeriodInDays }),
    };
}

export const definition = defineResourcePolicy<KmsKeyRotationConfig>({
    name: "kms-key-rotation-enabled",
    description:
        "Customer managed symmetric KMS keys have automatic key rotation enabled, with a rotation period no longer than the configured maximum.",
    enforcementLevel: "mandatory",
    severity: "medium",
    controls: { cis: ["3.6"], fsbp: ["KMS.4"] },
    configSchema: {
        properties: {
            maxRotationPeriodInDays: {
                type: "integer",
                minimum: MIN_ROTATION_PERIOD_DAYS,
                maximum: MAX_ROTATION_PERIOD_DAYS,
                default: DEFAULT_MAX_ROTATION_PERIOD_DAYS,
                description: "Longest accepted rotationPeriodInDays (AWS allows 90..2560).",
            },
        },
    },
    parseConfig,
    checks: { [KEY]: checkKey },
    remediations: { [KEY]: remediateKey },
});
