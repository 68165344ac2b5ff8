import * as pulumi from "@pulumi/pulumi";
import { Foundation } from "./components";
import { configWarnings, readFoundationConfig } from "./config";

// Validated before any resource is registered: a bad config stops here with every problem listed.
const config = readFoundationConfig();
// Settings weaker than the defaults are allowed when written down; every preview shows them.
for (const warning of configWarnings(config)) {
    pulumi.log.warn(`${warning.path}: ${warning.message}`);
}

const foundation = new Foundation("foundation", {
    config,
    profile: new pulumi.Config("aws").get("profile"),
    // Set by the preview job of a pipeline that runs as the foundation's preview role (README "Pipelines").
    readOnly: process.env.FOUNDATION_READ_ONLY === "true",
});

export const organizationId = foundation.organization.organizationId;
export const organizationalUnitIds = foundation.organization.organizationalUnitIds;
export const accountIds = foundation.accountIds();
export const logArchive = {
    trailBucket: foundation.logArchive.trailBucket.bucketName,
    configBucket: foundation.logArchive.configBucket.bucketName,
    accessLogBucket: foundation.logArchive.accessLogBucket.bucketName,
    kmsKeyArn: foundation.logArchive.kmsKeyArn,
};
export const organizationTrail = {
    arn: foundation.trail.trailArn,
    logGroupName: foundation.trail.logGroupName,
    logGroupArn: foundation.trail.logGroupArn,
};
// null rather than undefined when foundation:identity is absent: Pulumi warns about undefined outputs.
export const identityCenter = foundation.identityCenter ? {
    instanceArn: foundation.identityCenter.instanceArn,
    identityStoreId: foundation.identityCenter.identityStoreId,
    /** The default access portal address; a customized one differs. */
    accessPortalUrl: pulumi.interpolate`https://${foundation.identityCenter.identityStoreId}.awsapps.com/start`,
} : null;
export const pipelineRoles = {
    foundation: foundation.foundationPipeline ?? null,
    workloads: foundation.workloadPipelines,
};
