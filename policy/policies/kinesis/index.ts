import { definition as kinesisFirehoseEncrypted } from "./kinesis-firehose-encrypted";
import { definition as kinesisStreamEncrypted } from "./kinesis-stream-encrypted";

/** The kinesis policies: resource policies, then stack policies. */
export const resourcePolicies = [kinesisFirehoseEncrypted, kinesisStreamEncrypted] as const;
export const stackPolicies = [] as const;
