import * as pulumi from "@pulumi/pulumi";
import * as pulumiservice from "@pulumi/pulumiservice";
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { PulumiCloud } from "../components/delivery";
import { FOUNDATION_PIPELINE, parseFoundationConfig, pipelineRoleNames, readPulumiCloudFiles, readStackConfigFile, StackFileError } from "../config";

/*
 * The pulumi-cloud project: applies foundation:pulumiCloud of the foundation's stack file
 * (../Pulumi.<this stack's name>.yaml) to Pulumi Cloud. It runs with the token of whoever runs it,
 * which must be allowed to manage policy packs and policy groups (the Admin role) and the foundation
 * stacks' deployment settings and schedules (Stack Write): an organization admin's `pulumi login`, or an
 * organization token with the Admin role. Never the foundation stack's own deployments: their token is
 * admin of that one stack only (docs/pulumi-cloud.md).
 */

const ROOT = path.resolve(__dirname, "..");

/** Where the foundation's stack config, project and policy pack are. */
function foundationProject(): string {
    return (YAML.parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8")) as { name: string }).name;
}

export = async () => {
    const project = foundationProject();
    const stackFile = path.join(ROOT, `Pulumi.${pulumi.getStack()}.yaml`);
    let values: Record<string, string>;
    try {
        values = readStackConfigFile(stackFile);
    } catch (e) {
        if (e instanceof StackFileError) throw new pulumi.RunError(`the pulumi-cloud project applies foundation:pulumiCloud of the foundation stack with the same name: ${e.message}`);
        throw e;
    }
    const config = parseFoundationConfig(values, project);
    const settings = config.pulumiCloud;
    if (!settings) {
        throw new pulumi.RunError(`${stackFile} has no foundation:pulumiCloud: there is nothing for the pulumi-cloud project to apply`);
    }
    const org = config.organization;
    // The files the settings point at are read and checked before anything is registered, like the config.
    const { policyPack, policyConfig } = readPulumiCloudFiles(settings, ROOT, __dirname);

    // Stacks deployed with 0.1.0 managed these resources in the foundation's own stack, through the
    // default pulumiservice provider; `pulumi state move` brings them here (CHANGELOG "Upgrading from
    // 0.1.0") with their URNs' type chain unchanged and the default provider copied. These aliases map
    // both, so the move changes nothing in Pulumi Cloud.
    const provider = new pulumiservice.Provider("pulumi-cloud", {}, { aliases: [{ name: "default_1_3_0" }] });
    new PulumiCloud("foundation-pulumi-cloud", {
        config: settings,
        provider,
        project: settings.project ?? project,
        deployRoleArn: `arn:aws:iam::${org.managementAccount.id}:role/${pipelineRoleNames(org.name, FOUNDATION_PIPELINE).deploy}`,
        policyPack,
        ...(policyConfig !== undefined && { policyConfig }),
        workloadStacks: (config.pipelines?.workloads ?? []).flatMap(w => w.pulumi.flatMap(p => p.stacks.map(stack => ({ project: p.project, stack })))),
    }, {
        aliases: [{ parent: `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::foundation:index:Foundation::foundation` }],
    });
    return {};
};
