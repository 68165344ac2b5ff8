import { UNKNOWN, asNumber, defineResourcePolicy } from "../../lib";

export const PASSWORD_POLICY = "aws:iam/accountPasswordPolicy:AccountPasswordPolicy";

interface PasswordPolicyConfig {
    readonly minimumPasswordLength: number;
    readonly passwordReusePrevention: number;
}

export function parseConfig(raw: Record<string, unknown>): PasswordPolicyConfig {
    const length = asNumber(raw["minimumPasswordLength"]);
    const reuse = asNumber(raw["passwordReusePrevention"]);
    return {
        minimumPasswordLength: typeof length === "number" && Number.isInteger(length) && length >= 14 && length <= 128 ? length : 14,
        passwordReusePrevention: typeof reuse === "number" && Number.isInteger(reuse) && reuse >= 1 && reuse <= 24 ? reuse : 24,
    };
}

function checkPasswordPolicy(props: Record<string, unknown>, config: PasswordPolicyConfig): string[] {
    const messages: string[] = [];
    const length = asNumber(props["minimumPasswordLength"]);
    if (length !== UNKNOWN && (length === undefined || length < config.minimumPasswordLength)) {
        messages.push(`minimumPasswordLength must be at least ${config.minimumPasswordLength} (CIS 1.8), got ${length ?? "not set (6)"}: short passwords fall to guessing`);
    }
    const reuse = asNumber(props["passwordReusePrevention"]);
    if (reuse !== UNKNOWN && (reuse === undefined || reuse < config.passwordReusePrevention)) {
        messages.push(`passwordReusePrevention must be at least ${config.passwordReusePrevention} (CIS 1.9), got ${reuse ?? "not set (reuse allowed)"}: ` +
            "a leaked old password becomes valid again");
    }
    return messages;
}

export const definition = defineResourcePolicy<PasswordPolicyConfig>({
    name: "iam-password-policy-strong",
    description: "The account password policy requires at least 14 characters and prevents reuse of the last 24 passwords.",
    enforcementLevel: "mandatory",
    severity: "medium",
    controls: { cis: ["1.8", "1.9"] },
    configSchema: {
        properties: {
            minimumPasswordLength: { type: "integer", minimum: 14, maximum: 128, default: 14, description: "Least accepted minimumPasswordLength (CIS: 14)." },
            passwordReusePrevention: { type: "integer", minimum: 1, maximum: 24, default: 24, description: "Least accepted passwordReusePrevention (CIS: 24)." },
        },
    },
    parseConfig,
    checks: { [PASSWORD_POLICY]: checkPasswordPolicy },
    remediations: {
        [PASSWORD_POLICY]: (props, config) => {
            const length = asNumber(props["minimumPasswordLength"]);
            const reuse = asNumber(props["passwordReusePrevention"]);
            return {
                minimumPasswordLength: typeof length === "number" ? Math.max(length, config.minimumPasswordLength) : config.minimumPasswordLength,
                passwordReusePrevention: typeof reuse === "number" ? Math.max(reuse, config.passwordReusePrevention) : config.passwordReusePrevention,
            };
        },
    },
});
