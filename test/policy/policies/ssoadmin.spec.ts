/** policy/policies/ssoadmin/: ssoadmin-permission-set-short-session. */
import { definition as session } from "../../../policy/policies/ssoadmin/ssoadmin-permission-set-short-session";
import { configTable } from "../tables";

const LONG = (max: string, got: string) => `sessionDuration must be at most ${max} (foundation short-sessions), got "${got}": ` +
    "a stolen or unattended session stays usable that long; keep sessions short (policy config maxSessionDuration)";
configTable(session, "aws:ssoadmin/permissionSet:PermissionSet", [
    ["an hour", {}, []],
    ["unset (AWS's default is an hour)", { sessionDuration: undefined }, []],
    ["four hours", { sessionDuration: "PT4H" }, []],
    ["eight hours", { sessionDuration: "PT8H" }, [LONG("PT4H", "PT8H")]],
    ["4 h 30 min", { sessionDuration: "PT4H30M" }, [LONG("PT4H", "PT4H30M")]],
    ["not ISO 8601", { sessionDuration: "8 hours" }, [LONG("PT4H", "8 hours")]],
    ["a 90-minute maximum", { sessionDuration: "PT2H" }, [LONG("PT90M", "PT2H")], { maxSessionDuration: "PT90M" }],
    ["an odd maximum falls back to PT4H", { sessionDuration: "PT5H" }, [LONG("PT4H", "PT5H")], { maxSessionDuration: "P1D" }],
]);
