import * as pulumi from "@pulumi/pulumi";

/*
 * The environment the program runs in, checked with the config before any resource is registered.
 * FOUNDATION_READ_ONLY=true is set by the preview job of a pipeline that runs as the foundation's preview
 * role (docs/design/people-and-pipelines.md): member accounts are then previewed through their read-only role.
 */

/** Refuses an environment the config cannot run in; says whether member accounts are reached read-only. */
export function checkEnvironment(
    env: Readonly<Record<string, string | undefined>>,
    isDryRun: boolean,
    config: { readonly pipelines?: { readonly foundation?: unknown } },
): { readOnly: boolean } {
    const readOnly = env.FOUNDATION_READ_ONLY === "true";
    if (readOnly && !isDryRun) {
        throw new pulumi.RunError("FOUNDATION_READ_ONLY=true is for previews: unset it to run pulumi up, refresh or destroy");
    }
    if (readOnly && !config.pipelines?.foundation) {
        throw new pulumi.RunError("FOUNDATION_READ_ONLY=true needs foundation:pipelines.foundation in the stack config: its preview role creates the read-only roles member accounts are previewed through");
    }
    return { readOnly };
}
