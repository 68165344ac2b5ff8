import { definition as sqsQueueEncrypted } from "./sqs-queue-encrypted";

/** The sqs policies: resource policies, then stack policies. */
export const resourcePolicies = [sqsQueueEncrypted] as const;
export const stackPolicies = [] as const;
