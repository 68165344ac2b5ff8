import { UNKNOWN, asBool, asRecord, defineResourcePolicy } from "../../lib";

const DELIVERY_STREAM = "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream";

/**
 * FSBP DataFirehose.1 (https://docs.aws.amazon.com/securityhub/latest/userguide/datafirehose-controls.html, read 2026-12-06).
 * With a Kinesis data stream (or MSK) as the source, Firehose stores nothing at rest: the source's encryption applies
 * (https://docs.aws.amazon.com/firehose/latest/dev/encryption.html, read 2026-12-06).
 */
function checkDeliveryStream(props: Record<string, unknown>): string[] {
    for (const source of ["kinesisSourceConfiguration", "mskSourceConfiguration"]) {
        const configured = asRecord(props[source]);
        if (configured === UNKNOWN) return [];
        if (configured !== undefined) return [];
    }
    const sse = asRecord(props["serverSideEncryption"]);
    const enabled = sse === UNKNOWN ? UNKNOWN : asBool(sse?.["enabled"]);
    if (enabled === true || enabled === UNKNOWN) return [];
    return [`serverSideEncryption.enabled should be true (FSBP DataFirehose.1), got ${enabled === false ? "false" : "not set (false)"}: ` +
        'Firehose does not apply server-side encryption to the records producers put to the stream; enable it with keyType "AWS_OWNED_CMK" or "CUSTOMER_MANAGED_CMK"'];
}

export const definition = defineResourcePolicy({
    name: "kinesis-firehose-encrypted",
    description: "Firehose streams that take records directly (not from a Kinesis data stream or MSK) use server-side encryption.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["DataFirehose.1"] },
    checks: { [DELIVERY_STREAM]: checkDeliveryStream },
});
