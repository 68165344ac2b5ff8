import * as pulumi from "@pulumi/pulumi";
import { Foundation } from "./components";
import { readFoundationConfig } from "./config";

// Validated before any resource is registered: a bad config stops here with every problem listed.
const config = readFoundationConfig();

const foundation = new Foundation("foundation", {
    config,
    profile: new pulumi.Config("aws").get("profile"),
});

export const organizationId = foundation.organization.organizationId;
export const organizationalUnitIds = foundation.organization.organizationalUnitIds;
export const accountIds = foundation.accountIds();
