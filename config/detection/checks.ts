import type { Written } from "../area";
import { keyPath, show, type ConfigProblem } from "../problems";
import type { DetectionSchema } from "./schema";

/** `value` at index `i` repeats an earlier entry of `list`. */
const repeated = <T>(list: readonly (T | undefined)[], value: T | undefined, i: number) =>
    value !== undefined && list.indexOf(value) !== i;

/** Meaning checks of foundation:detection. */
export function checkDetection({ detection }: { readonly detection?: Written<typeof DetectionSchema> }): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const features = detection?.guardDuty?.features;
    if (features?.RUNTIME_MONITORING === true && features.EKS_RUNTIME_MONITORING === true) {
        problems.push({
            path: keyPath("detection", ["guardDuty", "features", "EKS_RUNTIME_MONITORING"]),
            message: "cannot be on together with RUNTIME_MONITORING, which covers EKS and replaces it (AWS refuses both)",
        });
    }
    const agents = detection?.guardDuty?.runtimeMonitoringAgents ?? [];
    agents.forEach((agent, i) => {
        if (repeated(agents, agent, i)) {
            problems.push({ path: keyPath("detection", ["guardDuty", "runtimeMonitoringAgents", i]), message: `${show(agent)} is listed twice` });
        }
    });

    const standards = detection?.securityHub?.standards ?? [];
    standards.forEach((standard, i) => {
        if (repeated(standards, standard, i)) {
            problems.push({ path: keyPath("detection", ["securityHub", "standards", i]), message: `${show(standard)} is listed twice` });
        }
    });
    const controlIds = (detection?.securityHub?.disabledControls ?? []).map(control => control?.id);
    controlIds.forEach((id, i) => {
        if (repeated(controlIds, id, i)) {
            problems.push({ path: keyPath("detection", ["securityHub", "disabledControls", i, "id"]), message: `${show(id)} is listed twice` });
        }
    });

    const config = detection?.config;
    const excluded = config?.excludedResourceTypes ?? [];
    excluded.forEach((type, i) => {
        if (repeated(excluded, type, i)) {
            problems.push({ path: keyPath("detection", ["config", "excludedResourceTypes", i]), message: `${show(type)} is listed twice` });
        }
    });
    const override = config?.recordingFrequencyOverride;
    if (override?.recordingFrequency !== undefined && override.recordingFrequency === (config?.recordingFrequency ?? "CONTINUOUS")) {
        problems.push({
            path: keyPath("detection", ["config", "recordingFrequencyOverride", "recordingFrequency"]),
            message: `${show(override.recordingFrequency)} is already the recording frequency of every resource type: an override must differ`,
        });
    }
    (override?.resourceTypes ?? []).forEach((type, i) => {
        if (type !== undefined && excluded.includes(type)) {
            problems.push({
                path: keyPath("detection", ["config", "recordingFrequencyOverride", "resourceTypes", i]),
                message: `${show(type)} is excluded from recording (foundation:detection.config.excludedResourceTypes): it cannot have a recording frequency`,
            });
        }
    });
    return problems;
}
