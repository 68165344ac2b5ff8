import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as time from "@pulumiverse/time";

/** The organization's IAM Identity Center instance: where groups, users and permission sets live. */
export interface IdentityCenterInstance {
    readonly instanceArn: string;
    readonly identityStoreId: string;
}

/** What the instance record holds while Identity Center is not enabled. */
export const NOT_ENABLED = "not-enabled";

/** The warning a run prints when foundation:identity is set but the organization has no instance yet. */
export function identitySkippedWarning(region: string): string {
    return `foundation:identity: IAM Identity Center is not enabled in this organization (no instance in ${region}), so this ` +
        "run skips identity: none of its groups, users, permission sets or assignments are created; everything else is. " +
        "Once the organization exists (a first run creates it), enable Identity Center once in the management account's " +
        `console (IAM Identity Center > Enable, an organization instance, in ${region}; AWS offers no API for this step), ` +
        "then run `pulumi up` again to create them. To leave identity out for good, remove foundation:identity.";
}

/** Why a run stops when the instance this stack built identity in is gone. */
export function instanceGoneMessage(recorded: string, region: string): string {
    return `IAM Identity Center: this stack created its groups, users, permission sets and assignments in instance ${recorded}, ` +
        `but no instance is found in ${region} now. The run stops here, before any resource is created or deleted, instead ` +
        "of deleting them. If foundation:identity.region changed, set it back to the instance's region. If Identity Center " +
        "was disabled or moved on purpose, remove foundation:identity from the stack config and run `pulumi up` (the stack " +
        "forgets the identity resources), then add it back.";
}

/**
 * Finds the organization's Identity Center instance in `region`, before any AWS resource is registered,
 * and keeps a record of it in the stack's state.
 *
 * AWS offers no API that enables an organization instance (only the console does, and it needs the
 * organization this program creates: IAM Identity Center user guide, "Enable IAM Identity Center"), so a
 * first run finds none: identity is skipped with a warning and created by the next run after the user
 * has enabled it. A later run must never plan to delete identity resources because the lookup found
 * nothing (a changed region, a disabled instance): a failed lookup stops the run, and the record says
 * whether this stack already built identity somewhere.
 *
 * The record is a state-only `time:Static` resource whose triggers hold the instance. While no instance
 * is found it is registered with `ignoreChanges: ["triggers"]`: on a stack that recorded an instance,
 * the engine keeps the recorded value and hands it back (an unchanged resource returns its state), and
 * the run stops with a message. Pulumi's state is the one memory a program has of its earlier runs
 * without calling AWS; a StackReference to the stack itself fails on a stack never deployed
 * (pulumi/pulumi#3540), and `protect` on identity resources would only fail after deletes were planned.
 * The record is replaced once, when identity is first created (triggers are create-only).
 */
export async function findIdentityCenter(args: {
    /** Names the record: `<name>-identity-center-instance`. */
    readonly name: string;
    readonly region: string;
    /** The management account's provider. */
    readonly provider: aws.Provider;
    readonly parent: pulumi.Resource;
}): Promise<IdentityCenterInstance | undefined> {
    const { region, provider, parent } = args;
    let found: aws.ssoadmin.GetInstancesResult;
    try {
        found = await aws.ssoadmin.getInstances({ region }, { provider, parent });
    } catch (error) {
        throw new pulumi.RunError(`IAM Identity Center: looking up the instance in ${region} failed, so the run stops before ` +
            `creating or deleting anything: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!Array.isArray(found.arns)) {
        // An invoke the engine declined to answer yet: never read as "no instance".
        throw new pulumi.RunError(`IAM Identity Center: the lookup of the instance in ${region} returned no answer, so the run stops before creating or deleting anything`);
    }
    const instance = found.arns.length > 0 ? { instanceArn: found.arns[0], identityStoreId: found.identityStoreIds[0] } : undefined;
    const record = new time.Static(`${args.name}-identity-center-instance`, {
        triggers: instance ? { instanceArn: instance.instanceArn, identityStoreId: instance.identityStoreId, region } : { instanceArn: NOT_ENABLED },
    }, { parent, ...(instance === undefined && { ignoreChanges: ["triggers"] }) });
    if (instance) return instance;

    const recorded = (await resolved(record.triggers))?.instanceArn;
    if (recorded !== undefined && recorded !== NOT_ENABLED) {
        throw new pulumi.RunError(instanceGoneMessage(recorded, region));
    }
    pulumi.log.warn(identitySkippedWarning(region));
    return undefined;
}

/** What an output resolves to, or undefined while it is unknown (a preview of values not computed yet). */
async function resolved<T>(output: pulumi.Output<T>): Promise<T | undefined> {
    // Output.isKnown is the SDK's own promise of whether apply callbacks will run; an unknown value never resolves one.
    if (!(await (output as unknown as { isKnown: Promise<boolean> }).isKnown)) return undefined;
    return new Promise(resolve => output.apply(value => { resolve(value); return value; }));
}
