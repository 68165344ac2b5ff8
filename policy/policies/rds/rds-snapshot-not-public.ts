import { UNKNOWN, asList, defineResourcePolicy } from "../../lib";

const SNAPSHOT = "aws:rds/snapshot:Snapshot";
const CLUSTER_SNAPSHOT = "aws:rds/clusterSnapshot:ClusterSnapshot";
const SNAPSHOT_COPY = "aws:rds/snapshotCopy:SnapshotCopy";
const CLUSTER_SNAPSHOT_COPY = "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy";

const isAll = (v: unknown) => typeof v === "string" && v.trim().toLowerCase() === "all";

function checkSnapshot(props: Record<string, unknown>): string[] {
    const shared = asList(props["sharedAccounts"]);
    return Array.isArray(shared) && shared.some(isAll)
        ? ['sharedAccounts must not contain "all" (FSBP RDS.1): the snapshot becomes public, and anyone with an AWS account can restore the database ' +
            "from it, data and all; list the account ids to share it with instead"]
        : [];
}

/** The same list without "all": the accounts it names keep their access. */
function unshare(props: Record<string, unknown>): Record<string, unknown> | undefined {
    const shared = asList(props["sharedAccounts"]);
    return shared === UNKNOWN || shared === undefined ? undefined : { sharedAccounts: shared.filter((v) => !isAll(v)) };
}

const types = [SNAPSHOT, CLUSTER_SNAPSHOT, SNAPSHOT_COPY, CLUSTER_SNAPSHOT_COPY];

export const definition = defineResourcePolicy({
    name: "rds-snapshot-not-public",
    description: "RDS and Aurora snapshots are not shared with everyone.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { fsbp: ["RDS.1"] },
    checks: Object.fromEntries(types.map((t) => [t, checkSnapshot])),
    remediations: Object.fromEntries(types.map((t) => [t, unshare])),
});
