import * as pulumi from "@pulumi/pulumi";

/**
 * An area's component: it owns the parts of one area (detection, alerting, ...). The Foundation created
 * those parts as its own children before areas existed (issue 23), and a part's URN carries its parent's
 * type, so each part is registered with an alias to the area's own parent: the engine then maps the part's
 * old URN, and through the parent alias every descendant's, to the new one instead of replacing them: the
 * "wrapping resources in a component" case of Pulumi's refactoring guide
 * (https://www.pulumi.com/docs/iac/operations/stack-management/refactoring-with-aliases/). The committed URN
 * snapshot (test/e2e/urns.spec.ts) checks every old URN is still answered to.
 */
export abstract class Area extends pulumi.ComponentResource {
    /**
     * The former parent's URN, not the parent itself: the SDK walks every alias object looking for unknown
     * values (`output(alias)`, @pulumi/pulumi runtime/resource.js), and a parent resource reaches the whole
     * program's resources through its fields, which made each alias cost a walk of everything built so far
     * (program time x4.5 at 50 accounts, measured with `npm run bench`). A URN aliases the same way.
     */
    private readonly formerParentUrn?: pulumi.Output<string>;

    protected constructor(type: string, name: string, opts?: pulumi.ComponentResourceOptions) {
        super(type, name, {}, opts);
        this.formerParentUrn = opts?.parent?.urn;
    }

    /** Options of a part: a child of this area that answers to its URN as a child of the area's parent. */
    protected part(): pulumi.ComponentResourceOptions {
        return this.formerParentUrn === undefined ? { parent: this } : { parent: this, aliases: [{ parent: this.formerParentUrn }] };
    }
}
