import {
    PolicyStatement,
    UNKNOWN,
    anyMatches,
    conditionValues,
    defineResourcePolicy,
    describeStatement,
    isAllow,
    isAnyone,
    parsePolicyDocument,
    restricted,
} from "../../lib";

export const ROLE = "aws:iam/role:Role";

const EQUALITY = /^(String|Arn)(Equals|Like)(IgnoreCase)?$/;

const actionMatches = (statement: PolicyStatement, action: string) =>
    anyMatches(statement.action, (a) => {
        const pattern = a.toLowerCase();
        return pattern === "*" || pattern === "sts:*" || pattern === action.toLowerCase() || (pattern.endsWith("*") && action.toLowerCase().startsWith(pattern.slice(0, -1)));
    });

function publicPrincipalMessages(statement: PolicyStatement, where: string): string[] {
    const principal = statement.principal;
    // "*", or an ARN with a wildcard account ("arn:aws:iam::*:root"): any AWS account.
    if (principal === UNKNOWN || principal === undefined || anyMatches(principal["AWS"], isAnyone) !== true) return [];
    return restricted(statement)
        ? []
        : [`${where} lets any AWS principal ("*") assume the role (foundation least-privilege): anyone with an AWS account could use its permissions; ` +
            "name the accounts or roles that may assume it, or add a condition on aws:PrincipalOrgID"];
}

/** The provider's condition-key prefix from a Federated principal: its ARN's host/path, or the host itself. */
function providerOf(federated: string): string {
    const marker = ":oidc-provider/";
    const i = federated.indexOf(marker);
    return i >= 0 ? federated.slice(i + marker.length) : federated;
}

function webIdentityMessages(statement: PolicyStatement, where: string): string[] {
    if (actionMatches(statement, "sts:AssumeRoleWithWebIdentity") !== true) return [];
    const federated = statement.principal === UNKNOWN || statement.principal === undefined ? undefined : statement.principal["Federated"];
    const providers = Array.isArray(federated) ? federated.filter((f): f is string => typeof f === "string").map(providerOf) : [];
    if (providers.includes("cognito-identity.amazonaws.com")) return []; // Cognito identity pools are restricted through :aud and amr
    if (statement.condition === UNKNOWN) return [];
    const subjectKeys = Object.values(statement.condition ?? {}).flatMap((tests) =>
        tests !== null && typeof tests === "object" && !Array.isArray(tests) ? Object.keys(tests).filter((k) => /:sub$/i.test(k)) : [],
    );
    const provider = providers[0] ?? "<provider>";
    const subjects = [...new Set(subjectKeys)].flatMap((key): Array<string | typeof UNKNOWN> => {
        const values = conditionValues(statement, EQUALITY, key);
        return values === UNKNOWN ? [UNKNOWN] : values;
    });
    if (subjects.includes(UNKNOWN)) return [];
    if (subjects.length === 0) {
        return [`${where} lets web identities assume the role without a condition on the token's subject (${provider}:sub) (foundation no-keys): ` +
            `any repository, project or stack that can get a token from that provider could assume it; add a StringEquals or StringLike condition on "${provider}:sub" ` +
            "naming your repository and branch, environment or stack"];
    }
    const broad = subjects.filter((s): s is string => typeof s === "string" && /^(\*|repo:\*|[^:]*:\*)/.test(s.trim()));
    return broad.map((s) =>
        `${where} accepts the subject ${JSON.stringify(s)} (foundation no-keys): it matches tokens of anyone using that provider, ` +
        "not only yours; name your organization, repository and branch or stack in the subject",
    );
}

export function checkRole(props: Record<string, unknown>): string[] {
    const document = parsePolicyDocument(props["assumeRolePolicy"]);
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) return [];
    return document.statements.flatMap((statement) => {
        if (isAllow(statement) !== true) return [];
        const where = `assumeRolePolicy.${describeStatement(statement)}`;
        return [...publicPrincipalMessages(statement, where), ...webIdentityMessages(statement, where)];
    });
}

export const definition = defineResourcePolicy({
    name: "iam-role-trust-restricted",
    description:
        'IAM role trust policies name who may assume the role: no Principal "*" without an organization or account condition, and no web identity (OIDC) trust without a specific subject.',
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { foundation: ["least-privilege", "no-keys"] },
    checks: { [ROLE]: checkRole },
});
