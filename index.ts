import * as pulumi from "@pulumi/pulumi";
import { Foundation } from "./components";
import { checkEnvironment, configWarnings, readFoundationConfig } from "./config";

/*
 * The program's entry point is an async function (pulumi/docs content/docs/iac/languages-sdks/javascript,
 * "Enabling async support"): Pulumi calls it, awaits it, and its result is the stack's outputs. That lets
 * the foundation look up what must exist before it registers any AWS resource (Foundation.create).
 */
export = async () => {
    // Validated before any resource is registered: a bad config stops here with every problem listed,
    // and so does an environment it cannot run in.
    const config = readFoundationConfig();
    // FOUNDATION_READ_ONLY=true: set by the preview job of a pipeline that runs as the foundation's preview role
    // (docs/design/people-and-pipelines.md); refused outside a preview.
    const { readOnly } = checkEnvironment(process.env, pulumi.runtime.isDryRun(), config);
    // Settings weaker than the defaults are allowed when written down; every preview shows them.
    for (const warning of configWarnings(config)) {
        pulumi.log.warn(`${warning.path}: ${warning.message}`);
    }

    const foundation = await Foundation.create("foundation", {
        config,
        profile: new pulumi.Config("aws").get("profile"),
        readOnly,
    });

    return {
        organizationId: foundation.organization.organizationId,
        organizationalUnitIds: foundation.organization.organizationalUnitIds,
        accountIds: foundation.accountIds(),
        logArchive: {
            trailBucket: foundation.logArchive.trailBucket.bucketName,
            configBucket: foundation.logArchive.configBucket.bucketName,
            accessLogBucket: foundation.logArchive.accessLogBucket.bucketName,
            kmsKeyArn: foundation.logArchive.kmsKeyArn,
        },
        organizationTrail: {
            arn: foundation.trail.trailArn,
            logGroupName: foundation.trail.logGroupName,
            logGroupArn: foundation.trail.logGroupArn,
        },
        // null rather than undefined when identity is absent or skipped: Pulumi warns about undefined outputs.
        identityCenter: foundation.identityCenter ? {
            instanceArn: foundation.identityCenter.instanceArn,
            identityStoreId: foundation.identityCenter.identityStoreId,
            /** The default access portal address; a customized one differs. */
            accessPortalUrl: pulumi.interpolate`https://${foundation.identityCenter.identityStoreId}.awsapps.com/start`,
        } : null,
        pipelineRoles: {
            foundation: foundation.foundationPipeline ?? null,
            workloads: foundation.workloadPipelines,
        },
    };
};
