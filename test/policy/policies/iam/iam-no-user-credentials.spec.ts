/** iam-no-user-credentials (policy/policies/iam/iam-no-user-credentials.ts). */
import { UNKNOWN } from "../../../../policy/lib";
import { definition as credentials } from "../../../../policy/policies/iam/iam-no-user-credentials";
import { configTable } from "../../tables";

configTable(credentials, "aws:iam/accessKey:AccessKey", [["any access key", { user: "ci" }, [
    'this access key gives IAM user "ci" a long-lived secret (foundation no-keys): keys leak through laptops, CI logs and repositories and work until ' +
    "someone deletes them; give workloads a role, and pipelines OIDC (see the foundation's docs/design/people-and-pipelines.md)",
]], ["user unknown", { user: UNKNOWN }, [
    "this access key gives an IAM user a long-lived secret (foundation no-keys): keys leak through laptops, CI logs and repositories and work until " +
    "someone deletes them; give workloads a role, and pipelines OIDC (see the foundation's docs/design/people-and-pipelines.md)",
]]]);
configTable(credentials, "aws:iam/userLoginProfile:UserLoginProfile", [["any login profile", {}, [
    'this login profile gives IAM user "alice" a console password (foundation no-keys): people sign in through IAM Identity Center, with MFA and short sessions',
]]]);
