import { UNKNOWN, asBool, asRecord, defineResourcePolicy } from "../../lib";

export const TABLE = "aws:dynamodb/table:Table";

function checkTable(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const pitr = asRecord(props["pointInTimeRecovery"]);
    const enabled = pitr === UNKNOWN ? UNKNOWN : asBool(pitr?.["enabled"]);
    if (enabled !== true && enabled !== UNKNOWN) {
        messages.push("pointInTimeRecovery.enabled must be true (FSBP DynamoDB.2): without it a bad write or a deleted item cannot be restored");
    }
    const protection = asBool(props["deletionProtectionEnabled"]);
    if (protection !== true && protection !== UNKNOWN) {
        messages.push("deletionProtectionEnabled must be true (FSBP DynamoDB.6): without it one delete call (or a replacement) removes the table and its data");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "dynamodb-table-recoverable",
    description: "DynamoDB tables have point-in-time recovery and deletion protection.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["DynamoDB.2", "DynamoDB.6"] },
    checks: { [TABLE]: checkTable },
    remediations: {
        [TABLE]: (props) => {
            const pitr = asRecord(props["pointInTimeRecovery"]);
            return pitr === UNKNOWN ? undefined : { pointInTimeRecovery: { ...(pitr ?? {}), enabled: true }, deletionProtectionEnabled: true };
        },
    },
});
