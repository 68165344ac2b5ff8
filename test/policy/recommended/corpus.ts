/**
 * The AWS-recommended settings corpus: for each resource type the pack checks, inputs that AWS's own
 * documentation recommends (each entry names the page), which no mandatory policy may block
 * (test/policy/recommended.spec.ts). One file per service area in this folder, each exporting
 * `settings` (one resource) and, for rules about how resources relate, `stacks`.
 */

/** One resource as AWS recommends it. */
export interface RecommendedSetting {
    /** The resource type token, e.g. `aws:lb/listener:Listener`. */
    readonly type: string;
    /** What the case shows, e.g. "HTTPS listener with ELBSecurityPolicy-TLS13-1-2-2021-06". */
    readonly title: string;
    /** The AWS documentation page that recommends these settings (a URL), with the date it was read. */
    readonly source: string;
    readonly props: Record<string, unknown>;
    /** The resource's name, for exemptions (default "recommended"). */
    readonly name?: string;
    /**
     * Advisory findings the case is expected to get, by policy name: a weaker but acceptable setting
     * AWS recommends against only in a stricter context. Mandatory findings are never allowed.
     */
    readonly advisory?: readonly string[];
}

/** Several resources as AWS recommends them together (for stack policies). */
export interface RecommendedStack {
    readonly title: string;
    readonly source: string;
    readonly resources: readonly { readonly type: string; readonly name: string; readonly props: Record<string, unknown>; readonly dependsOn?: readonly string[] }[];
    readonly advisory?: readonly string[];
}
