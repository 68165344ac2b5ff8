import { asBool, defineResourcePolicy } from "../../lib";

export const KEY = "aws:kms/key:Key";

export const definition = defineResourcePolicy({
    name: "kms-key-enabled",
    description: "KMS keys stay enabled (a disabled key makes everything it encrypts unreadable).",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { foundation: ["nothing-lost"] },
    checks: {
        [KEY]: (props) => (asBool(props["isEnabled"]) === false
            ? ["isEnabled must not be false (foundation nothing-lost): every object, log and backup the key encrypts becomes unreadable until it is enabled again"]
            : []),
    },
});
