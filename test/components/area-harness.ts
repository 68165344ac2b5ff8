import * as aws from "@pulumi/aws";
import { BaselineArea, DetectionArea, GuardrailsArea, LoggingArea, OrganizationArea } from "../../components";
import { AlertingArea } from "../../components/alerting";
import { PipelinesArea } from "../../components/access";
import { findIdentityCenter, IdentityArea } from "../../components/identity";
import type { FoundationConfig } from "../../config";
import type { MockOptions } from "../../tools/mock-runtime/mocks";
import { type Run, runOnMocks } from "./harness";

export type AreaName = "organization" | "baseline" | "guardrails" | "logging" | "detection" | "alerting" | "identity" | "pipelines";

/**
 * Runs one area component on the mock runtime, without the Foundation: the management account's provider,
 * the account directory (the Organization area: organization, member accounts and their providers), then
 * only what the area under test takes as input (Detection reads the log archive; Alerting the trail and
 * detection), then the area. Names are the Foundation's (`foundation-...`), so a test reads the same
 * resources it would in a whole run.
 */
export function runArea(area: AreaName, values: Record<string, string>, mockOptions: MockOptions = {}): Promise<Run> {
    return runOnMocks(values, mockOptions, config => buildArea(area, config));
}

async function buildArea(area: AreaName, config: FoundationConfig): Promise<void> {
    const name = "foundation";
    const org = config.organization;
    const managementProvider = new aws.Provider(`${name}-management`, { region: org.homeRegion, allowedAccountIds: [org.managementAccount.id] });
    const organization = new OrganizationArea(name, { config, managementProvider });
    const accounts = organization.directory;
    const { organizationId, rootId } = organization.organization;
    if (area === "baseline") new BaselineArea(name, { config: config.baseline, regions: org.allowedRegions, accounts });
    if (area === "guardrails") {
        new GuardrailsArea(name, {
            config: config.guardrails, organizationName: org.name, allowedRegions: org.allowedRegions, organizationId, rootId,
            organizationalUnitIds: organization.organization.organizationalUnitIds, accounts, organization: organization.organization,
        });
    }
    if (area === "identity" && config.identity) {
        const instance = await findIdentityCenter({ name, region: config.identity.region, provider: managementProvider, parent: organization });
        if (instance) new IdentityArea(name, { config: config.identity, instance, accountConfigs: config.accounts, accounts });
    }
    if (area === "pipelines" && config.pipelines) new PipelinesArea(name, { config: config.pipelines, organization: org, pulumiCloud: config.pulumiCloud, accounts });
    if (area !== "logging" && area !== "detection" && area !== "alerting") return;

    const logging = new LoggingArea(name, { config: config.logging, organization: org, organizationId, accounts, organizationResource: organization.organization });
    if (area === "logging") return;
    const detection = new DetectionArea(name, {
        config: config.detection, organization: org, rootId, accounts, logArchive: logging.logArchive,
        delegatedAdministrators: organization.delegatedAdministrators, organizationResource: organization.organization,
    });
    if (area === "alerting" && config.alerting) {
        new AlertingArea(name, {
            config: config.alerting, organization: org, organizationId, accounts, trailLogGroupName: logging.trail.logGroupName,
            findingSources: [detection.guardDuty, detection.securityHub, detection.accessAnalyzer], guardDuty: detection.guardDuty,
        });
    }
}
