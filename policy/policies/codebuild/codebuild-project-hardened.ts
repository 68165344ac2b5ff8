import { UNKNOWN, asBool, asList, asString, defineResourcePolicy, valueAt } from "../../lib";
import { PROJECT } from "./codebuild-project-no-secrets";

const upper = (value: unknown) => (typeof value === "string" ? value.trim().toUpperCase() : value);

/**
 * FSBP CodeBuild.3, CodeBuild.4, CodeBuild.5 (https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html,
 * read 2026-12-06). CloudWatch Logs are on unless disabled; S3 logs are off unless enabled (@pulumi/aws ProjectLogsConfig).
 * Privileged mode is what building Docker images needs (https://docs.aws.amazon.com/codebuild/latest/userguide/sample-docker.html).
 * A public build project shows every build's logs and artifacts to anyone (https://docs.aws.amazon.com/codebuild/latest/userguide/public-builds.html).
 */
function checkProject(props: Record<string, unknown>): string[] {
    const messages: string[] = [];
    const cloudwatch = upper(valueAt(props, ["logsConfig", "cloudwatchLogs", "status"]));
    const s3 = upper(valueAt(props, ["logsConfig", "s3Logs", "status"]));
    if (cloudwatch === "DISABLED" && s3 !== "ENABLED" && s3 !== UNKNOWN) {
        messages.push('logsConfig should keep cloudwatchLogs or s3Logs "ENABLED" (FSBP CodeBuild.4): with both off there is no record of what a build ran or printed');
    }
    if (s3 === "ENABLED" && asBool(valueAt(props, ["logsConfig", "s3Logs", "encryptionDisabled"])) === true) {
        messages.push("logsConfig.s3Logs.encryptionDisabled should not be true (FSBP CodeBuild.3): build logs, which print environment values and errors, would be stored unencrypted");
    }
    const secondary = asList(props["secondaryArtifacts"]);
    const artifacts: Array<[string, unknown]> = [["artifacts", props["artifacts"]], ...(Array.isArray(secondary) ? secondary : []).map((a, i): [string, unknown] => [`secondaryArtifacts[${i}]`, a])];
    for (const [where, artifact] of artifacts) {
        const type = asString(valueAt(artifact, ["type"]));
        if (asBool(valueAt(artifact, ["encryptionDisabled"])) !== true || (typeof type === "string" && type.trim().toUpperCase() !== "S3")) continue;
        messages.push(`${where}.encryptionDisabled should not be true (foundation encrypted-at-rest): build outputs would be stored in S3 unencrypted`);
    }
    const visibility = upper(props["projectVisibility"]);
    if (visibility === "PUBLIC_READ") {
        messages.push('projectVisibility is "PUBLIC_READ" (foundation least-privilege): every build\'s results, logs and artifacts, earlier private builds included, ' +
            'are readable by anyone, with whatever the builds printed; keep "PRIVATE" unless the project is a public open-source build');
    }
    if (asBool(valueAt(props, ["environment", "privilegedMode"])) === true) {
        messages.push("environment.privilegedMode is true (FSBP CodeBuild.5): the build's Docker daemon gets root on the build host; keep it only for projects that build Docker images");
    }
    return messages;
}

export const definition = defineResourcePolicy({
    name: "codebuild-project-hardened",
    description: "CodeBuild projects keep build logs private and encrypted, encrypt artifacts, and run privileged only to build Docker images.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["CodeBuild.3", "CodeBuild.4", "CodeBuild.5"], foundation: ["encrypted-at-rest", "least-privilege"] },
    checks: { [PROJECT]: checkProject },
});
