import { UNKNOWN, asString, defineResourcePolicy } from "../../lib";

const USER_POOL = "aws:cognito/userPool:UserPool";

function checkUserPool(props: Record<string, unknown>): string[] {
    const mfa = asString(props["mfaConfiguration"]);
    if (mfa === UNKNOWN || (typeof mfa === "string" && mfa.trim().toUpperCase() !== "OFF")) return [];
    return [`mfaConfiguration must be "ON" or "OPTIONAL" (foundation mfa), got ${mfa === undefined ? "not set (OFF)" : JSON.stringify(mfa)}: ` +
        "a stolen or guessed password is all it takes to sign in as a user"];
}

export const definition = defineResourcePolicy({
    name: "cognito-user-pool-mfa",
    description: "Cognito user pools offer or require multi-factor authentication.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["mfa"] },
    checks: { [USER_POOL]: checkUserPool },
});
