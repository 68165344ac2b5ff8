/** policy/policies/dynamodb/: dynamodb-table-recoverable. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as recoverable } from "../../../policy/policies/dynamodb/dynamodb-table-recoverable";
import { Props, happy } from "../factories";
import { policyTable } from "../tables";

const REPLICA = "aws:dynamodb/tableReplica:TableReplica";
const TABLE = "aws:dynamodb/table:Table";
const PITR = "pointInTimeRecovery must be true (FSBP DynamoDB.2): without it a bad write or a deleted item cannot be restored in this replica's region";
const TABLE_PITR = "pointInTimeRecovery.enabled must be true (FSBP DynamoDB.2): without it a bad write or a deleted item cannot be restored";
const PROTECTION = "deletionProtectionEnabled must be true (FSBP DynamoDB.6): without it one delete call (or a replacement) removes the table and its data";

describe("policy dynamodb-table-recoverable on global table replicas", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["both on", {}, []],
        ["neither (the defaults)", { pointInTimeRecovery: undefined, deletionProtectionEnabled: undefined }, [PITR, PROTECTION]],
        ["recovery off", { pointInTimeRecovery: "false" }, [PITR]],
        ["unknown", { pointInTimeRecovery: UNKNOWN, deletionProtectionEnabled: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(recoverable.check(REPLICA, { ...happy[REPLICA]!(), ...change }), expected));
    }
    it("remediation turns both on", () => {
        assert.deepStrictEqual(recoverable.remediate(REPLICA, { globalTableArn: "arn" }), { globalTableArn: "arn", pointInTimeRecovery: true, deletionProtectionEnabled: true });
    });
    it("a restored table keeps neither setting of its source, so it is judged like any table", () => {
        assert.deepStrictEqual(recoverable.check(TABLE, { ...happy[TABLE]!(), restoreSourceName: "orders", pointInTimeRecovery: undefined }), [TABLE_PITR]);
    });
    it("checkov CKV_AWS_28: point-in-time recovery on passes, off or left out is flagged", () => {
        const base = { name: "GameScores", billingMode: "PROVISIONED", readCapacity: 20, writeCapacity: 20, hashKey: "UserId", attributes: [{ name: "UserId", type: "S" }],
            deletionProtectionEnabled: true };
        assert.deepStrictEqual(recoverable.check(TABLE, { ...base, pointInTimeRecovery: { enabled: true } }), []);
        assert.deepStrictEqual(recoverable.check(TABLE, { ...base, pointInTimeRecovery: { enabled: false } }), [TABLE_PITR]);
        assert.deepStrictEqual(recoverable.check(TABLE, base), [TABLE_PITR]);
    });
});

const PITR_TABLE = "pointInTimeRecovery.enabled must be true (FSBP DynamoDB.2): without it a bad write or a deleted item cannot be restored";
policyTable(recoverable, "aws:dynamodb/table:Table", [
    ["neither", { pointInTimeRecovery: undefined, deletionProtectionEnabled: undefined }, [PITR_TABLE, PROTECTION]],
    ["recovery off", { pointInTimeRecovery: { enabled: false } }, [PITR_TABLE]],
    ["recovery unknown, protection off", { pointInTimeRecovery: UNKNOWN, deletionProtectionEnabled: false }, [PROTECTION]],
]);
