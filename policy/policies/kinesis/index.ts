import { definition as kinesisStreamEncrypted } from "./kinesis-stream-encrypted";

/** The kinesis policies: resource policies, then stack policies. */
export const resourcePolicies = [kinesisStreamEncrypted] as const;
export const stackPolicies = [] as const;
