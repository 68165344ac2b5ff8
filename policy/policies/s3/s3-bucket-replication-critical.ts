import { StackResource, StackViolation, UNKNOWN, asList, asRecord, asString, companionsOf, defineStackPolicy, stringList } from "../../lib";

const BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";

/**
 * Backups where AWS's default is none: S3 keeps a bucket's objects in one Region only, and versioning
 * does not survive the loss of the bucket, its account or its Region. For the buckets a team marks
 * as critical, AWS's guidance is replication to another Region or account (S3 user guide,
 * "Replicating objects within and across Regions", https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html;
 * Security Hub S3.7 checks cross-Region replication, https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-7;
 * both read 2026-12-06). Which buckets are critical is the team's call, so the policy reports only
 * buckets its config marks (by tag or name); advisory, as replication doubles storage cost.
 */
interface CriticalConfig {
    readonly tagKey: string;
    readonly tagValues: readonly string[];
    readonly bucketNames: readonly string[];
}

function parseConfig(raw: Record<string, unknown>): CriticalConfig {
    const key = typeof raw["criticalTagKey"] === "string" && raw["criticalTagKey"].trim() !== "" ? raw["criticalTagKey"].trim() : "criticality";
    const values = stringList(raw["criticalTagValues"]).map((v) => v.trim().toLowerCase());
    return { tagKey: key, tagValues: values.length > 0 ? values : ["critical"], bucketNames: stringList(raw["criticalBuckets"]).map((n) => n.trim()) };
}

/** `*` matches any characters; everything else literally. */
const matches = (pattern: string, name: string) =>
    new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(name);

function isCritical(bucket: StackResource, config: CriticalConfig): boolean {
    const tags = asRecord(bucket.props["tags"]);
    const value = tags === undefined || tags === UNKNOWN ? undefined : asString(tags[config.tagKey]);
    if (typeof value === "string" && config.tagValues.includes(value.trim().toLowerCase())) return true;
    const name = asString(bucket.props["bucket"]);
    return [bucket.name, ...(typeof name === "string" ? [name] : [])].some((n) => config.bucketNames.some((p) => matches(p, n)));
}

/** At least one rule that is not "Disabled" (an unknown status counts as enabled). */
const replicates = (rules: unknown) => {
    const list = asList(rules);
    if (list === UNKNOWN) return true;
    return (list ?? []).some((rule) => {
        const r = asRecord(rule);
        if (r === UNKNOWN) return true;
        const status = asString(r?.["status"]);
        return status === UNKNOWN || (typeof status === "string" && status.trim().toLowerCase() === "enabled");
    });
};

function checkBuckets(resources: readonly StackResource[], raw: Record<string, unknown>): StackViolation[] {
    const config = parseConfig(raw);
    const replications = resources.filter((r) => r.type === REPLICATION);
    return resources
        .filter((r) => BUCKETS.includes(r.type) && isCritical(r, config))
        .filter((bucket) => {
            const inline = asRecord(bucket.props["replicationConfiguration"]);
            if (inline === UNKNOWN || (inline !== undefined && replicates(inline["rules"]))) return false;
            return !companionsOf(bucket, replications, "bucket").some((c) => replicates(c.props["rules"]));
        })
        .map((bucket) => ({
            urn: bucket.urn,
            message: "no s3.BucketReplicationConfig with an enabled rule replicates this critical bucket (foundation nothing-lost, Security Hub S3.7): its objects " +
                "live in one Region and one account, and versioning does not survive losing either; replicate it to another Region or a backup account",
        }));
}

export const definition = defineStackPolicy({
    name: "s3-bucket-replication-critical",
    description: "S3 buckets marked critical (policy config: a tag or name patterns) are replicated to another Region or account.",
    enforcementLevel: "advisory",
    severity: "low",
    controls: { foundation: ["nothing-lost"] },
    configSchema: {
        properties: {
            criticalTagKey: { type: "string", default: "criticality", description: "The tag that marks a bucket as critical." },
            criticalTagValues: { type: "array", items: { type: "string" }, default: ["critical"], description: "Values of that tag (any case) that mark a bucket as critical." },
            criticalBuckets: { type: "array", items: { type: "string" }, default: [], description: "Bucket or resource names (with * wildcards) that are critical whatever their tags." },
        },
    },
    resourceTypes: [...BUCKETS, REPLICATION],
    check: checkBuckets,
});
