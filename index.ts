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
