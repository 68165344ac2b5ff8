import { UNKNOWN, asBool, asString, defineResourcePolicy } from "../../lib";

const REPLICATION_INSTANCE = "aws:dms/replicationInstance:ReplicationInstance";
const ENDPOINT = "aws:dms/endpoint:Endpoint";

/** Database engines whose DMS endpoints connect with sslMode; the others (S3, DynamoDB, Kinesis, Kafka, OpenSearch...) have their own settings. */
const SSL_ENGINES = new Set(["aurora", "aurora-postgresql", "aurora-serverless", "aurora-postgresql-serverless", "azuredb", "azure-sql-managed-instance",
    "babelfish", "db2", "db2-zos", "docdb", "mariadb", "mongodb", "mysql", "oracle", "postgres", "sqlserver", "sybase"]);

/**
 * FSBP DMS.6 and DMS.9 (https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html, read 2026-12-06).
 * @pulumi/aws sends autoMinorVersionUpgrade as false when it is left out (internal/service/dms/replication_instance.go).
 */
function checkReplicationInstance(props: Record<string, unknown>): string[] {
    const upgrade = asBool(props["autoMinorVersionUpgrade"]);
    return upgrade === true || upgrade === UNKNOWN
        ? []
        : [`autoMinorVersionUpgrade should be true (FSBP DMS.6), got ${upgrade === false ? "false" : "not set (false)"}: minor engine versions carry the security fixes`];
}

function checkEndpoint(props: Record<string, unknown>): string[] {
    const engine = asString(props["engineName"]);
    if (typeof engine !== "string" || !SSL_ENGINES.has(engine.trim().toLowerCase())) return [];
    const mode = asString(props["sslMode"]);
    if (mode === UNKNOWN || (typeof mode === "string" && mode.trim().toLowerCase() !== "none")) return [];
    return [`sslMode should be "verify-full" or "require" (FSBP DMS.9), got ${mode === undefined ? 'not set ("none")' : JSON.stringify(mode)}: ` +
        "the data being migrated and the database credentials would cross the network unencrypted"];
}

export const definition = defineResourcePolicy({
    name: "dms-hardened",
    description: "DMS replication instances take minor version upgrades, and database endpoints connect over SSL.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["DMS.6", "DMS.9"] },
    checks: { [REPLICATION_INSTANCE]: checkReplicationInstance, [ENDPOINT]: checkEndpoint },
});
