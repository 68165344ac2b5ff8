import { asString, defineResourcePolicy } from "../../lib";

const ACCESS_KEY = "aws:iam/accessKey:AccessKey";
const LOGIN_PROFILE = "aws:iam/userLoginProfile:UserLoginProfile";

const user = (props: Record<string, unknown>) => {
    const u = asString(props["user"]);
    return typeof u === "string" ? `IAM user ${JSON.stringify(u)}` : "an IAM user";
};

export const definition = defineResourcePolicy({
    name: "iam-no-user-credentials",
    description: "No long-lived IAM user credentials: no access keys, no console passwords (people use IAM Identity Center, pipelines use OIDC); " +
        "a documented break-glass user is exempted by name in this policy's config, with a justification.",
    enforcementLevel: "mandatory",
    severity: "high",
    controls: { foundation: ["no-keys"] },
    checks: {
        [ACCESS_KEY]: (props) => [
            `this access key gives ${user(props)} a long-lived secret (foundation no-keys): keys leak through laptops, CI logs and repositories and work until ` +
                "someone deletes them; give workloads a role, and pipelines OIDC (see the foundation's docs/design/people-and-pipelines.md)",
        ],
        [LOGIN_PROFILE]: (props) => [
            `this login profile gives ${user(props)} a console password (foundation no-keys): people sign in through IAM Identity Center, with MFA and short sessions`,
        ],
    },
});
