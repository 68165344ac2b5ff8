import * as pulumi from "@pulumi/pulumi";
import * as fs from "fs";
import * as path from "path";
import { PACK_NAME } from "../../policy/pack-name";

/*
 * The files foundation:pulumiCloud points at, read and checked before the pulumi-cloud project
 * registers anything: the policy config file, and the pack's version in policy/package.json.
 */

/** The project folder: where Pulumi.yaml and policy/ are. */
const PROJECT_DIR = path.resolve(__dirname, "..", "..");

/** The policy pack as Pulumi Cloud gets it. */
export interface PolicyPackToPublish {
    readonly name: string;
    readonly version: string;
    /** The pack's folder, relative to the program that publishes it. */
    readonly sourcePath: string;
}

/**
 * The pack as Pulumi Cloud gets it: name, version from policy/package.json, and its folder relative to
 * `programDir`, the folder the publishing program runs in (the provider reads it from there).
 */
export function policyPackToPublish(projectDir = PROJECT_DIR, programDir = projectDir): PolicyPackToPublish {
    const file = path.join(projectDir, "policy", "package.json");
    let version: unknown;
    try {
        version = JSON.parse(fs.readFileSync(file, "utf8")).version;
    } catch (e) {
        throw new pulumi.RunError(`foundation:pulumiCloud publishes the policy pack, but ${file} cannot be read: ${e instanceof Error ? e.message : e}`);
    }
    if (typeof version !== "string" || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
        throw new pulumi.RunError(`foundation:pulumiCloud publishes the policy pack under the version in ${file}, which is ${JSON.stringify(version)}, not a semantic version (1.2.3)`);
    }
    return { name: PACK_NAME, version, sourcePath: path.relative(programDir, path.join(projectDir, "policy")) };
}

/**
 * foundation:pulumiCloud.policies.configFile, read and checked: an object whose values are an
 * enforcement level or an object (the `--policy-pack-config` format).
 */
export function readPolicyConfig(configFile: string, projectDir = PROJECT_DIR): Record<string, unknown> {
    const where = "foundation:pulumiCloud.policies.configFile";
    const file = path.resolve(projectDir, configFile);
    let parsed: unknown;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new pulumi.RunError(`${where}: ${configFile} cannot be read as JSON: ${e instanceof Error ? e.message : e}`);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        throw new pulumi.RunError(`${where}: ${configFile} must hold a JSON object of policy names to a level or settings`);
    }
    for (const [policy, value] of Object.entries(parsed)) {
        if (typeof value !== "string" && (value === null || typeof value !== "object" || Array.isArray(value))) {
            throw new pulumi.RunError(`${where}: ${configFile}: "${policy}" must be an enforcement level or an object, got ${JSON.stringify(value)}`);
        }
    }
    return parsed as Record<string, unknown>;
}

/** What the pulumi-cloud project publishes besides the settings: the pack, and the policy config file's content when one is set. */
export function readPulumiCloudFiles(
    settings: { readonly policies: { readonly configFile?: string } },
    projectDir = PROJECT_DIR,
    programDir = projectDir,
): { policyPack: PolicyPackToPublish; policyConfig?: Record<string, unknown> } {
    return {
        policyPack: policyPackToPublish(projectDir, programDir),
        ...(settings.policies.configFile !== undefined && { policyConfig: readPolicyConfig(settings.policies.configFile, projectDir) }),
    };
}
