import { UNKNOWN, asBool, asList, asRecord, defineResourcePolicy } from "../../lib";

const RECORDER = "aws:cfg/recorder:Recorder";
const RECORDER_STATUS = "aws:cfg/recorderStatus:RecorderStatus";

/**
 * IAM's resource types are global: AWS recommends recording them in one region only, so leaving
 * exactly these out of the other regions' recorders is complete coverage.
 */
const GLOBAL_IAM_TYPES = ["AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy"];

function excludedTypes(group: Record<string, unknown>): string[] | typeof UNKNOWN {
    const exclusions = asList(group["exclusionByResourceTypes"]);
    if (exclusions === UNKNOWN) return UNKNOWN;
    return (exclusions ?? []).flatMap((entry) => {
        const r = asRecord(entry);
        const types = r === undefined || r === UNKNOWN ? undefined : asList(r["resourceTypes"]);
        return Array.isArray(types) ? types.filter((t): t is string => typeof t === "string") : [];
    });
}

function checkRecorder(props: Record<string, unknown>): string[] {
    const group = asRecord(props["recordingGroup"]);
    if (group === UNKNOWN || group === undefined) return []; // unset: every supported resource type
    const all = asBool(group["allSupported"]);
    if (all === true || all === UNKNOWN) return [];
    const excluded = excludedTypes(group);
    if (excluded === UNKNOWN) return [];
    if (excluded.length > 0) {
        const missing = excluded.filter((t) => !GLOBAL_IAM_TYPES.includes(t));
        return missing.length === 0
            ? []
            : [`recordingGroup.exclusionByResourceTypes leaves out ${missing.join(", ")} (FSBP Config.1): those resources have no configuration history or findings ` +
                "(leaving out only the global IAM types, recorded in one home region, is fine)"];
    }
    // allSupported defaults to true: only an explicit false, or a list of types, narrows the recorder.
    const listed = asList(group["resourceTypes"]);
    return all === false || (Array.isArray(listed) && listed.length > 0)
        ? ["recordingGroup.allSupported must not be false (FSBP Config.1): resource types left out have no configuration history or compliance findings"]
        : [];
}

function checkRecorderStatus(props: Record<string, unknown>): string[] {
    return asBool(props["isEnabled"]) === false ? ["isEnabled must be true (FSBP Config.1): a stopped recorder records nothing"] : [];
}

export const definition = defineResourcePolicy({
    name: "config-recorder-complete",
    description: "AWS Config recorders record every supported resource type and keep running.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["Config.1"] },
    checks: { [RECORDER]: checkRecorder, [RECORDER_STATUS]: checkRecorderStatus },
    remediations: { [RECORDER_STATUS]: () => ({ isEnabled: true }) },
});
