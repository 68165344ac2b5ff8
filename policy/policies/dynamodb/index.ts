import { definition as dynamodbTableRecoverable } from "./dynamodb-table-recoverable";

/** The dynamodb policies: resource policies, then stack policies. */
export const resourcePolicies = [dynamodbTableRecoverable] as const;
export const stackPolicies = [] as const;
