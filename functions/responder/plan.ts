/** What the responder found about the instance, and what it does or would do. */
export interface InstanceFacts {
    readonly instanceId: string;
    readonly vpcId?: string;
    readonly volumeIds: readonly string[];
    readonly networkInterfaceIds: readonly string[];
    readonly securityGroupIds: readonly string[];
    readonly autoScalingGroup?: string;
    /** Already tagged as isolated by an earlier response. */
    readonly isolated: boolean;
}

/** OU paths listed in config, and the account's path: the account is in scope if it is in one of them or below. */
export function inActionScope(ouPath: string | undefined, actOn: readonly string[]): boolean {
    return ouPath !== undefined && actOn.some(scope => ouPath === scope || ouPath.startsWith(`${scope}/`));
}

export function planSteps(facts: InstanceFacts, isolationGroupName: string, findingId: string): string[] {
    return [
        `snapshot ${facts.volumeIds.length === 0 ? "no volumes (none attached)" : `volumes ${facts.volumeIds.join(", ")}`}`,
        `tag ${facts.instanceId} and the snapshots with finding ${findingId}`,
        facts.autoScalingGroup ? `detach ${facts.instanceId} from Auto Scaling group ${facts.autoScalingGroup} (it launches a replacement)` : "no Auto Scaling group to detach from",
        `replace security groups ${facts.securityGroupIds.join(", ") || "(none)"} of ${facts.networkInterfaceIds.length} network interface(s) with ${isolationGroupName} (no ingress, no egress) in ${facts.vpcId ?? "the instance's VPC"}`,
        "never terminate or stop the instance: its memory and disks are evidence",
    ];
}
