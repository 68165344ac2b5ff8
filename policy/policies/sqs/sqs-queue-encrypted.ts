import { UNKNOWN, asBool, asString, defineResourcePolicy } from "../../lib";

const QUEUE = "aws:sqs/queue:Queue";

/** New queues use SSE-SQS unless it is switched off: only switching it off without a KMS key is refused. */
function checkQueue(props: Record<string, unknown>): string[] {
    const key = asString(props["kmsMasterKeyId"]);
    if (key === UNKNOWN || (typeof key === "string" && key.trim() !== "")) return [];
    return asBool(props["sqsManagedSseEnabled"]) === false
        ? ["sqsManagedSseEnabled must not be false without a kmsMasterKeyId (FSBP SQS.1): messages would wait in the queue unencrypted"]
        : [];
}

export const definition = defineResourcePolicy({
    name: "sqs-queue-encrypted",
    description: "SQS queues keep server-side encryption on (SSE-SQS, or a KMS key).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["SQS.1"] },
    checks: { [QUEUE]: checkQueue },
    remediations: { [QUEUE]: () => ({ sqsManagedSseEnabled: true }) },
});
