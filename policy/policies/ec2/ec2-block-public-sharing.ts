import { asString, defineResourcePolicy } from "../../lib";

const SNAPSHOT_BLOCK = "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess";
const IMAGE_BLOCK = "aws:ec2/imageBlockPublicAccess:ImageBlockPublicAccess";

const unblocked = (what: string) => (props: Record<string, unknown>): string[] => {
    const state = asString(props["state"]);
    return typeof state === "string" && state.trim() === "unblocked"
        ? [`state must not be "unblocked" (foundation least-privilege): ${what} in this account and region could be shared with everyone, data and all`]
        : [];
};

export const definition = defineResourcePolicy({
    name: "ec2-block-public-sharing",
    description: "The account-level blocks on public EBS snapshots and public AMIs stay on.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["least-privilege"] },
    checks: { [SNAPSHOT_BLOCK]: unblocked("EBS snapshots"), [IMAGE_BLOCK]: unblocked("AMIs") },
    remediations: { [SNAPSHOT_BLOCK]: () => ({ state: "block-all-sharing" }), [IMAGE_BLOCK]: () => ({ state: "block-new-sharing" }) },
});
