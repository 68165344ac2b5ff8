import { asNumber, defineResourcePolicy } from "../../lib";

export const SECRET = "aws:secretsmanager/secret:Secret";

export const definition = defineResourcePolicy({
    name: "secretsmanager-secret-recoverable",
    description: "Secrets Manager secrets keep a recovery window, so a deleted secret can be restored.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["nothing-lost"] },
    checks: {
        [SECRET]: (props) => (asNumber(props["recoveryWindowInDays"]) === 0
            ? ["recoveryWindowInDays must not be 0 (foundation nothing-lost): deleting the resource deletes the secret at once, with no way to restore it; " +
                "keep the default 30 days (7 at least)"]
            : []),
    },
    remediations: { [SECRET]: () => ({ recoveryWindowInDays: 30 }) },
});
