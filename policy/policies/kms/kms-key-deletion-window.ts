import { UNKNOWN, asNumber, defineResourcePolicy } from "../../lib";

export const KEY = "aws:kms/key:Key";

export function checkKey(props: Record<string, unknown>): string[] {
    const days = asNumber(props["deletionWindowInDays"]);
    return days === UNKNOWN || days === undefined || days >= 30
        ? []
        : [`deletionWindowInDays must be 30, got ${days} (foundation nothing-lost): a key scheduled for deletion by mistake or by an attacker ` +
            "takes every object it encrypts with it; the longest window leaves the most time to cancel"];
}

export const definition = defineResourcePolicy({
    name: "kms-key-deletion-window",
    description: "KMS keys keep the longest deletion window (30 days), so a scheduled deletion can be noticed and cancelled.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["nothing-lost"] },
    checks: { [KEY]: checkKey },
    remediations: { [KEY]: () => ({ deletionWindowInDays: 30 }) },
});
