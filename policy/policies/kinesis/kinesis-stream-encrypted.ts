import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const STREAM = "aws:kinesis/stream:Stream";

function checkStream(props: Record<string, unknown>): string[] {
    const type = asString(props["encryptionType"]);
    if (type === UNKNOWN || (typeof type === "string" && type.trim().toUpperCase() === "KMS")) return [];
    const got = type === undefined ? "not set (the default is NONE)" : JSON.stringify(type);
    return [`encryptionType must be "KMS" (FSBP Kinesis.1), got ${got}: records would be stored unencrypted; set kmsKeyId to "alias/aws/kinesis" or your own key`];
}

export const definition = defineResourcePolicy({
    name: "kinesis-stream-encrypted",
    description: "Kinesis data streams encrypt records at rest with KMS.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["Kinesis.1"] },
    checks: { [STREAM]: checkStream },
});
