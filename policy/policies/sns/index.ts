import { definition as snsSubscriptionEncryptedTransport } from "./sns-subscription-encrypted-transport";
import { definition as snsTopicEncrypted } from "./sns-topic-encrypted";

/** The sns policies: resource policies, then stack policies. */
export const resourcePolicies = [snsSubscriptionEncryptedTransport, snsTopicEncrypted] as const;
export const stackPolicies = [] as const;
