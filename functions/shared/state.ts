import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Alert } from "./alert";

/*
 * The alerting table holds two kinds of items: what each notified finding looked like when it was
 * last notified (`pk` = the alert key), and the account directory the program writes
 * (`pk` = `account#<id>`: the account's name and OU path).
 */

export interface AccountEntry {
    readonly id: string;
    readonly name: string;
    /** OU path, e.g. `Workloads/Prod`; empty for the management account. */
    readonly ouPath: string;
}

export function accountItemKey(accountId: string): string {
    return `account#${accountId}`;
}

/**
 * Records the alert and says whether it should notify: it does when the key is new, its rank is
 * higher than the highest notified so far (an escalation), or its state changed. One conditional
 * write decides, so two copies of an event delivered at once notify once.
 */
export async function recordIfNew(db: DynamoDBDocumentClient, table: string, alert: Pick<Alert, "key" | "rank" | "state">, keepDays: number, now: Date): Promise<boolean> {
    try {
        await db.send(new PutCommand({
            TableName: table,
            Item: { pk: alert.key, rank: alert.rank, state: alert.state, notifiedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + keepDays * 86400 },
            ConditionExpression: "attribute_not_exists(pk) OR #rank < :rank OR #state <> :state",
            ExpressionAttributeNames: { "#rank": "rank", "#state": "state" },
            ExpressionAttributeValues: { ":rank": alert.rank, ":state": alert.state },
        }));
        return true;
    } catch (error) {
        if (error instanceof ConditionalCheckFailedException || (error as { name?: string }).name === "ConditionalCheckFailedException") return false;
        throw error;
    }
}

/** Records that a finding was closed: when it reopens, its state differs and it notifies again. */
export async function markClosed(db: DynamoDBDocumentClient, table: string, key: string, keepDays: number, now: Date): Promise<void> {
    await db.send(new PutCommand({
        TableName: table,
        Item: { pk: key, rank: 0, state: "CLOSED", notifiedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + keepDays * 86400 },
    }));
}

/** Forgets a record, so that a retry of an event whose handling failed is not taken for a duplicate. */
export async function forget(db: DynamoDBDocumentClient, table: string, key: string): Promise<void> {
    await db.send(new DeleteCommand({ TableName: table, Key: { pk: key } }));
}

const directory = new Map<string, AccountEntry | undefined>();

/** The account's directory entry, cached for the life of the function instance. */
export async function lookUpAccount(db: DynamoDBDocumentClient, table: string, accountId: string): Promise<AccountEntry | undefined> {
    if (!directory.has(accountId)) {
        const { Item } = await db.send(new GetCommand({ TableName: table, Key: { pk: accountItemKey(accountId) } }));
        directory.set(accountId, Item ? { id: accountId, name: String(Item.name), ouPath: String(Item.ouPath ?? "") } : undefined);
    }
    return directory.get(accountId);
}

/** For tests: forget cached directory entries. */
export function clearAccountCache(): void {
    directory.clear();
}
