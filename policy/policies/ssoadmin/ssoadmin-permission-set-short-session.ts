import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const PERMISSION_SET = "aws:ssoadmin/permissionSet:PermissionSet";

/** `PT1H`, `PT90M`, `PT2H30M` -> minutes; `undefined` for anything else. */
function durationMinutes(value: string): number | undefined {
    const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(value.trim());
    if (match === null || (match[1] === undefined && match[2] === undefined)) return undefined;
    return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

interface SessionConfig {
    readonly maxSessionDuration: string;
    readonly maxMinutes: number;
}

export function parseConfig(raw: Record<string, unknown>): SessionConfig {
    const value = typeof raw["maxSessionDuration"] === "string" ? raw["maxSessionDuration"] : "PT4H";
    const minutes = durationMinutes(value);
    return minutes === undefined || minutes < 15 || minutes > 720 ? { maxSessionDuration: "PT4H", maxMinutes: 240 } : { maxSessionDuration: value.trim(), maxMinutes: minutes };
}

function checkPermissionSet(props: Record<string, unknown>, config: SessionConfig): string[] {
    const duration = asString(props["sessionDuration"]);
    if (duration === UNKNOWN || duration === undefined) return []; // AWS's default is PT1H
    const minutes = durationMinutes(duration);
    if (minutes !== undefined && minutes <= config.maxMinutes) return [];
    return [`sessionDuration must be at most ${config.maxSessionDuration} (foundation short-sessions), got ${JSON.stringify(duration)}: ` +
        "a stolen or unattended session stays usable that long; keep sessions short (policy config maxSessionDuration)"];
}

export const definition = defineResourcePolicy<SessionConfig>({
    name: "ssoadmin-permission-set-short-session",
    description: "IAM Identity Center permission sets keep sessions short (at most the configured maximum, PT4H by default).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["short-sessions"] },
    configSchema: {
        properties: {
            maxSessionDuration: {
                type: "string",
                pattern: "^PT(\\d+H)?(\\d+M)?$",
                default: "PT4H",
                description: "Longest accepted sessionDuration, as ISO 8601 hours and minutes (PT15M to PT12H).",
            },
        },
    },
    parseConfig,
    checks: { [PERMISSION_SET]: checkPermissionSet },
});
