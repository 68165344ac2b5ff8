import type { PolicyPackSession, PolicyViolation } from "../policy-runner";
import type { AppliedRemediation } from "./analyze";
import { listInput } from "../mock-runtime/mocks";
import type { ProgramRun, RecordedResource } from "../mock-runtime/runtime";

type Violation = Pick<PolicyViolation, "policy" | "level" | "urn" | "message">;

const AWS_PROVIDER = "pulumi:providers:aws";
const AWS_ACCOUNT = "aws:organizations/account:Account";
const ACCOUNT_ID = /^\d{12}$/;
const NO_ACCOUNT = "no AWS account";
const DEFAULT_PROVIDER = "default AWS provider";

/** `aws:organizations/account:Account` -> `aws:organizations:Account` */
const shortType = (type: string) => type.replace(/\/[^:]+:/, ":");

/** Appends `value` to the list `map` holds under `key`. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/**
 * Tree lines from `roots` down: each child under its parent with `├─ `/`└─ ` and `│  ` indents,
 * providers first among siblings; `line` formats a resource given its indent.
 */
function drawBranches(
    roots: readonly RecordedResource[], childrenOf: (r: RecordedResource) => readonly RecordedResource[], line: (r: RecordedResource, indent: string) => string,
): string[] {
    const lines: string[] = [];
    const walk = (siblings: readonly RecordedResource[], prefix: string, top: boolean) => {
        const sorted = [...siblings].sort(providersFirst);
        sorted.forEach((r, i) => {
            const last = i === sorted.length - 1;
            lines.push(line(r, top ? "" : prefix + (last ? "└─ " : "├─ ")));
            walk(childrenOf(r), top ? "" : prefix + (last ? "   " : "│  "), false);
        });
    };
    walk(roots, "", true);
    return lines;
}

/** Providers first, then the rest in registration order. */
const providersFirst = (a: RecordedResource, b: RecordedResource) =>
    Number(b.type.startsWith("pulumi:providers:")) - Number(a.type.startsWith("pulumi:providers:"));

/** The resources that act in one AWS account: those of one `aws` provider. */
export interface AccountGroup {
    /**
     * The account's key: its provider's name, or its Account resource's, without the enclosing
     * component's name and a `-provider` suffix (`foundation-audit-provider` in component
     * `foundation` -> `audit`, `foundation-management` -> `management`); `no AWS account` for
     * the rest; `default AWS provider` for AWS resources that name no provider.
     */
    readonly name: string;
    /** The 12-digit account id, where the provider or the Account resource tells it. */
    readonly id?: string;
    readonly kind: "account" | "default-provider" | "none";
    readonly resources: RecordedResource[];
}

/** `audit (713306606964)`, `audit (id unknown)`, `no AWS account`. */
export function accountLabel(group: AccountGroup): string {
    return group.kind === "account" ? `${group.name} (${group.id ?? "id unknown"})` : group.name;
}

/** The Account resource a provider reaches into: one whose output its inputs use. */
function linkedAccount(provider: RecordedResource, byUrn: ReadonlyMap<string, RecordedResource>): RecordedResource | undefined {
    const used = [...Object.values(provider.propertyDependencies).flat(), ...provider.dependencies];
    return used.map(urn => byUrn.get(urn)).find(r => r?.type === AWS_ACCOUNT);
}

/** The role a provider assumes (first of assumeRoles), as an ARN. */
function assumedRole(provider: RecordedResource): string | undefined {
    const arn = (listInput(provider.inputs.assumeRoles)[0] as { roleArn?: unknown } | undefined)?.roleArn;
    return typeof arn === "string" ? arn : undefined;
}

/**
 * The account id: an adopted account's import id (the real one), else the one account the
 * provider is pinned to (allowedAccountIds), else the account in the role it assumes, else the
 * Account resource's id. Unknown in a first preview for an account still to be created.
 */
function accountId(provider: RecordedResource, account: RecordedResource | undefined): string | undefined {
    if (account?.options.import && ACCOUNT_ID.test(account.options.import)) return account.options.import;
    const allowed = listInput(provider.inputs.allowedAccountIds);
    if (allowed.length === 1 && typeof allowed[0] === "string" && ACCOUNT_ID.test(allowed[0])) return allowed[0];
    const inRole = /^arn:[\w-]+:iam::(\d{12}):/.exec(assumedRole(provider) ?? "")?.[1];
    if (inRole) return inRole;
    return account && ACCOUNT_ID.test(account.id) ? account.id : undefined;
}

/** `name` without the name of the nearest enclosing component it extends (`foundation-audit` in `foundation` -> `audit`). */
function withoutComponentName(name: string, resource: RecordedResource, byUrn: ReadonlyMap<string, RecordedResource>): string {
    for (let parent = resource.parent ? byUrn.get(resource.parent) : undefined; parent; parent = parent.parent ? byUrn.get(parent.parent) : undefined) {
        if (name.startsWith(`${parent.name}-`)) return name.slice(parent.name.length + 1);
    }
    return name;
}

/**
 * Resources by the AWS account they act in, which is their provider's: one group per `aws`
 * provider, in the order the providers were registered, the provider first; then AWS resources
 * that name no provider (the default provider, whatever account the credentials are in); then
 * everything that is in no AWS account (components, the stack, other packages' resources and
 * providers). Empty groups are left out.
 */
export function groupByAccount(resources: readonly RecordedResource[]): AccountGroup[] {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const accounts = new Map<string, AccountGroup>();
    const names = new Set<string>();
    for (const provider of resources.filter(r => r.type === AWS_PROVIDER)) {
        const account = linkedAccount(provider, byUrn);
        let name = account
            ? withoutComponentName(account.name, provider, byUrn)
            : withoutComponentName(provider.name.replace(/-provider$/, ""), provider, byUrn);
        if (names.has(name)) name = `${name} (provider ${provider.name})`;
        names.add(name);
        accounts.set(provider.urn, { name, id: accountId(provider, account), kind: "account", resources: [] });
    }
    const byDefault: AccountGroup = { name: DEFAULT_PROVIDER, kind: "default-provider", resources: [] };
    const none: AccountGroup = { name: NO_ACCOUNT, kind: "none", resources: [] };
    for (const r of resources) {
        const group = accounts.get(r.type === AWS_PROVIDER ? r.urn : r.provider ?? "") ??
            (r.custom && r.provider === null && r.type.startsWith("aws:") ? byDefault : none);
        group.resources.push(r);
    }
    return [...accounts.values(), byDefault, none].filter(g => g.resources.length > 0);
}

/** Each resource's group, by URN. */
function accountIndex(groups: readonly AccountGroup[]): Map<string, AccountGroup> {
    return new Map(groups.flatMap(g => g.resources.map(r => [r.urn, g] as const)));
}

/** What a resource is, for counting: the AWS service (`iam`), `component`, `provider`, or another package (`time`). */
function family(resource: RecordedResource): string {
    if (resource.type.startsWith("pulumi:providers:")) return "provider";
    if (!resource.custom) return "component";
    const [pkg, module = ""] = resource.type.split(":");
    const service = module.split("/")[0];
    if (pkg === "aws") return service;
    return service === "index" || service === "" ? pkg : `${pkg}:${service}`;
}

/** How many of each family, most first (then by name), at most `top`, then how many more. */
function familyCounts(resources: readonly RecordedResource[], top = 8): string {
    const counts = new Map<string, number>();
    for (const r of resources) counts.set(family(r), (counts.get(family(r)) ?? 0) + 1);
    const sorted = [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    const shown = sorted.slice(0, top).map(([name, count]) => `${name} ${count}`);
    if (sorted.length > top) shown.push(`${sorted.length - top} more`);
    return shown.join(", ");
}

/** The highest level of violation per resource URN. */
function flaggedLevels(violations: readonly Violation[]): Map<string, string> {
    const flagged = new Map<string, string>();
    for (const v of violations) {
        if (flagged.get(v.urn) !== "mandatory") flagged.set(v.urn, v.level);
    }
    return flagged;
}

const markOf = (level: string | undefined) => (level === undefined ? "+ " : level === "mandatory" ? "✖ " : "! ");

/** Two lines per group: `AWS account audit (713306606964): 103 resource(s); 0 mandatory, 0 advisory violation(s)`, then the counts by type. */
function groupHeader(group: AccountGroup, mine: readonly Violation[]): string[] {
    const mandatory = mine.filter(v => v.level === "mandatory").length;
    const title = group.kind === "account" ? `AWS account ${accountLabel(group)}` : group.kind === "default-provider"
        ? "AWS resources on the default provider (the account of the credentials)"
        : "No AWS account (components, the stack, other packages)";
    return [
        `${title}: ${group.resources.length} resource(s); ${mandatory} mandatory, ${mine.length - mandatory} advisory violation(s)`,
        `  by type: ${familyCounts(group.resources)}`,
    ];
}

/**
 * Per-account summaries (`summary`: two lines per account, then a blank line) or, by default,
 * each account's summary, its resources as a tree, and a blank line. The tree: the account's
 * resources, marked `+` (or `✖`/`!` where a policy flagged them), under the components that hold
 * them, shown unmarked as headings. Components belong to no account: they appear wherever they
 * hold something, and are counted under "No AWS account". The chain of components that holds
 * everything (the stack, the root component) is left out. Accounts come in the order their
 * providers were registered.
 */
export function renderAccounts(
    resources: readonly RecordedResource[], violations: readonly Violation[], options: { summary?: boolean; groups?: readonly AccountGroup[] } = {},
): string[] {
    const groups = options.groups ?? groupByAccount(resources);
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const order = new Map(resources.map((r, i) => [r.urn, i]));
    const flagged = flaggedLevels(violations);
    const holdsSomething = new Set<string>();
    for (const r of resources) {
        if (!r.custom) continue;
        for (let p = r.parent; p !== null && byUrn.has(p) && !holdsSomething.has(p); p = byUrn.get(p)!.parent) holdsSomething.add(p);
    }
    // A violation of the stack as a whole (or of a resource not recorded) counts as the no-account group's.
    const index = accountIndex(groups);
    const none = groups.find(g => g.kind === "none");
    const lines: string[] = [];
    for (const group of groups) {
        lines.push(...groupHeader(group, violations.filter(v => (index.get(v.urn) ?? none) === group)));
        if (options.summary) continue;
        // Listed: the group's resources, components only where they hold nothing (else they are headings).
        const listed = group.resources.filter(r => r.custom || !holdsSomething.has(r.urn) || flagged.has(r.urn));
        lines.push(...drawTree(listed, byUrn, order, flagged), "");
    }
    if (options.summary) lines.push("");
    return lines;
}

/** `listed` under their enclosing components (as headings), without the single chain that holds them all. */
function drawTree(
    listed: readonly RecordedResource[], byUrn: ReadonlyMap<string, RecordedResource>, order: ReadonlyMap<string, number>, flagged: ReadonlyMap<string, string>,
): string[] {
    const members = new Set(listed.map(r => r.urn));
    const shown = new Set(members);
    for (const r of listed) {
        for (let p = r.parent; p !== null && byUrn.has(p) && !shown.has(p); p = byUrn.get(p)!.parent) shown.add(p);
    }
    const children = new Map<string | null, RecordedResource[]>();
    for (const urn of [...shown].sort((a, b) => order.get(a)! - order.get(b)!)) {
        const parent = byUrn.get(urn)!.parent;
        pushTo(children, parent !== null && shown.has(parent) ? parent : null, byUrn.get(urn)!);
    }
    let roots = children.get(null) ?? [];
    // A heading is shown only above something, so it always has children.
    while (roots.length === 1 && !members.has(roots[0].urn)) roots = children.get(roots[0].urn)!;
    return drawBranches(roots, r => children.get(r.urn) ?? [], (r, indent) =>
        `${members.has(r.urn) ? markOf(flagged.get(r.urn)) : "  "}  ${indent}${shortType(r.type)}  ${r.name}${annotations(r, "account")}`);
}

/**
 * `[provider=... region=... protect import=... ignoreChanges=...]`. The per-account view leaves
 * the provider out (the group says which account) and shows the role a provider assumes instead.
 */
function annotations(resource: RecordedResource, view: { byUrn: ReadonlyMap<string, RecordedResource> } | "account"): string {
    const notes: string[] = [];
    if (view !== "account" && resource.provider) notes.push(`provider=${view.byUrn.get(resource.provider)?.name ?? resource.provider}`);
    const role = view === "account" && resource.type === AWS_PROVIDER ? assumedRole(resource) : undefined;
    if (role !== undefined) notes.push(`assumes=${role.replace(/^arn:[\w-]+:iam::[^:]*:role\//, "")}`);
    const region = resource.inputs.region;
    if (typeof region === "string" && resource.type !== AWS_PROVIDER) notes.push(`region=${region}`);
    if (resource.options.protect) notes.push("protect");
    if (resource.options.import) notes.push(`import=${resource.options.import}`);
    if (resource.options.ignoreChanges.length) notes.push(`ignoreChanges=${resource.options.ignoreChanges.join(",")}`);
    return notes.length ? `  [${notes.join(" ")}]` : "";
}

/** The resource tree, children under their parent, in registration order. */
export function renderTree(resources: readonly RecordedResource[], violations: readonly Violation[]): string[] {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const children = new Map<string | null, RecordedResource[]>();
    for (const r of resources) pushTo(children, r.parent && byUrn.has(r.parent) ? r.parent : null, r);
    const flagged = flaggedLevels(violations);
    return drawBranches(children.get(null) ?? [], r => children.get(r.urn) ?? [], (r, indent) =>
        `${markOf(flagged.get(r.urn))}${indent}${shortType(r.type)}  ${r.name}${annotations(r, { byUrn })}`);
}

const LEVEL_ORDER: Record<string, number> = { mandatory: 0, advisory: 1 };

/**
 * Violations grouped by policy: mandatory policies first, then by name; per policy its level and
 * count, then each resource (type, name, account) with the finding. CrossGuard messages are the
 * policy's description, a newline, then the finding: a description every violation of the policy
 * shares is printed once, under the policy.
 */
export function renderViolations(violations: readonly Violation[], resources: readonly RecordedResource[], groups: readonly AccountGroup[] = groupByAccount(resources)): string[] {
    if (violations.length === 0) return ["Policy violations: none"];
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const accountOf = accountIndex(groups);
    const byPolicy = new Map<string, Violation[]>();
    for (const v of violations) pushTo(byPolicy, v.policy, v);
    const rank = (found: readonly Violation[]) => found.reduce((best, v) => Math.min(best, LEVEL_ORDER[v.level] ?? 2), 2);
    const policies = [...byPolicy.entries()].sort(([a, va], [b, vb]) => rank(va) - rank(vb) || a.localeCompare(b));
    const lines = [`Policy violations (${violations.length}) in ${policies.length} ${policies.length === 1 ? "policy" : "policies"}:`];
    for (const [policy, found] of policies) {
        const levels = [...new Set(found.map(v => v.level))].join("/");
        lines.push(`  [${levels}] ${policy}: ${found.length} violation(s)`);
        const firstLines = new Set(found.map(v => v.message.split("\n")[0]));
        const shared = firstLines.size === 1 && found.every(v => v.message.includes("\n")) ? [...firstLines][0] : undefined;
        if (shared !== undefined) lines.push(`    ${shared}`);
        for (const v of found) {
            const resource = byUrn.get(v.urn);
            const what = resource ? `${shortType(resource.type)}  ${resource.name}` : v.urn || "the stack";
            const group = accountOf.get(v.urn);
            const where = resource ? `  (${group?.kind === "account" ? `account: ${group.name}` : group?.name ?? NO_ACCOUNT})` : "";
            lines.push(`    ${v.level === "mandatory" ? "✖" : "!"} ${what}${where}`);
            const finding = shared !== undefined ? v.message.split("\n").slice(1).join("\n") : v.message;
            lines.push(...finding.split("\n").map(line => `        ${line}`));
        }
    }
    return lines;
}

/** Settings weaker than the defaults, each on its own line, after the violations. */
export function renderWarnings(warnings: readonly string[]): string[] {
    if (warnings.length === 0) return [];
    return [`Config warnings (${warnings.length}): settings weaker than the defaults, and parts the run skips`, ...warnings.map(w => `  ! ${w}`), ""];
}

/** The inputs policies at level `remediate` set, per resource, as the engine would apply them. */
export function renderRemediations(remediations: readonly AppliedRemediation[], resources: readonly RecordedResource[]): string[] {
    if (remediations.length === 0) return [];
    const names = new Map(resources.map(r => [r.urn, `${r.type} "${r.name}"`]));
    return [
        `Remediations (${remediations.length}): inputs the policy pack set before analysis`,
        ...remediations.map(r => `  ~ ${names.get(r.urn) ?? r.urn}: ${r.policy} set ${Object.entries(r.changed).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(", ")}`),
        "",
    ];
}

/**
 * The report's resource section for a `--view`: the whole tree, or the resources by the AWS account
 * their provider acts in (each account's summary line only, with `summary`).
 */
export function renderResourceSection(view: "grouped" | "summary" | "tree", resources: readonly RecordedResource[], violations: readonly PolicyViolation[],
    groups: ReturnType<typeof groupByAccount>): string[] {
    if (view === "tree") return [...renderTree(resources, violations), ""];
    return [
        `Resources by the AWS account their provider acts in (--view ${view === "summary" ? "grouped" : "summary"}: ${view === "summary" ? "with each account's resources" : "the summaries only"}; --view tree: one resource tree):`,
        "",
        ...renderAccounts(resources, violations, { summary: view === "summary", groups }),
    ];
}

/** What the `--json` report is made of; `npm run scan -- --json` prints the same, with its own fields added. */
export interface PreviewReport {
    readonly stack: string;
    readonly project: string;
    readonly firstPreview: boolean;
    readonly freshAccount: boolean;
    readonly run: Pick<ProgramRun, "resources" | "outputs" | "warnings">;
    readonly pack: Pick<PolicyPackSession, "name" | "version" | "policies">;
    readonly violations: readonly Violation[];
    readonly remediations: readonly AppliedRemediation[];
}

/**
 * The `--json` report: a contract others read (fields may be added, never renamed or removed), so the
 * preview and the scan build it here, once.
 */
export function previewJson(report: PreviewReport): Record<string, unknown> {
    const { run, pack, violations } = report;
    return {
        stack: report.stack,
        project: report.project,
        firstPreview: report.firstPreview,
        freshAccount: report.freshAccount,
        resources: run.resources.map(r => ({
            urn: r.urn, type: r.type, name: r.name, parent: r.parent, provider: r.provider,
            inputs: r.inputs, options: r.options,
        })),
        outputs: run.outputs,
        policyPack: { name: pack.name, version: pack.version, policies: pack.policies.length },
        violations: violations.map(v => ({ policy: v.policy, level: v.level, urn: v.urn, message: v.message })),
        remediations: report.remediations,
        warnings: run.warnings,
        summary: {
            resources: run.resources.length,
            mandatory: violations.filter(v => v.level === "mandatory").length,
            advisory: violations.filter(v => v.level === "advisory").length,
            warnings: run.warnings.length,
        },
    };
}
