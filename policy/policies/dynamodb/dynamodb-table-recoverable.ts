import { UNKNOWN, asBool, asRecord, defineResourcePolicy } from "../../lib";

export const TABLE = "aws:dynamodb/table:Table";
const TABLE_REPLICA = "aws:dynamodb/tableReplica:TableReplica";

const PITR = "without it a bad write or a deleted item cannot be restored";
const PROTECTION = "deletionProtectionEnabled must be true (FSBP DynamoDB.6): without it one delete call (or a replacement) removes the table and its data";

/**
 * FSBP DynamoDB.2 and DynamoDB.6 (https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html, read 2026-12-06).
 * A restored table (restoreSourceName) does not inherit point-in-time recovery or deletion protection, so it is judged like any table.
 */
function checkTable(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const pitr = asRecord(props["pointInTimeRecovery"]);
    const enabled = pitr === UNKNOWN ? UNKNOWN : asBool(pitr?.["enabled"]);
    if (enabled !== true && enabled !== UNKNOWN) {
        messages.push(`pointInTimeRecovery.enabled must be true (FSBP DynamoDB.2): ${PITR}`);
    }
    const protection = asBool(props["deletionProtectionEnabled"]);
    if (protection !== true && protection !== UNKNOWN) messages.push(PROTECTION);
    return messages;
}

/** A replica of a global table is a table of its own in its region: it keeps neither setting of the table it copies. */
function checkReplica(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const pitr = asBool(props["pointInTimeRecovery"]);
    if (pitr !== true && pitr !== UNKNOWN) messages.push(`pointInTimeRecovery must be true (FSBP DynamoDB.2): ${PITR} in this replica's region`);
    const protection = asBool(props["deletionProtectionEnabled"]);
    if (protection !== true && protection !== UNKNOWN) messages.push(PROTECTION);
    return messages;
}

export const definition = defineResourcePolicy({
    name: "dynamodb-table-recoverable",
    description: "DynamoDB tables and global table replicas have point-in-time recovery and deletion protection.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["DynamoDB.2", "DynamoDB.6"] },
    checks: { [TABLE]: checkTable, [TABLE_REPLICA]: checkReplica },
    remediations: {
        [TABLE]: (props) => {
            const pitr = asRecord(props["pointInTimeRecovery"]);
            return pitr === UNKNOWN ? undefined : { pointInTimeRecovery: { ...(pitr ?? {}), enabled: true }, deletionProtectionEnabled: true };
        },
        [TABLE_REPLICA]: () => ({ pointInTimeRecovery: true, deletionProtectionEnabled: true }),
    },
});
