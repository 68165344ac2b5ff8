/*
 * The organization at a glance, as a Mermaid flowchart: the root, the OU tree with its accounts, the
 * guardrails attached to each target, and where each organization-wide service is administered.
 * Pure: the same FoundationConfig always gives the same text (node ids derive from OU paths and
 * account keys, never from list positions), so the copy in docs/design/organization.md can be checked for staleness.
 */
import { ec2DeclarativePolicy } from "../../catalog/guardrails/ec2-policy";
import { dataPerimeterParts } from "../../catalog/guardrails/rcp-library";
import { MANAGEMENT_ACCOUNT_KEY, ROOT_TARGET, type FoundationConfig, type OrganizationalUnitConfig } from "../../config";

const INDENT = "    ";

/**
 * Label text safe inside a quoted Mermaid label: Mermaid's entity codes for the characters that would
 * end the label, start an entity or turn it into HTML or a markdown string; control characters as spaces.
 */
export function mermaidText(text: string): string {
    return text
        .replace(/#/g, "#35;")
        .replace(/"/g, "#quot;")
        .replace(/</g, "#lt;")
        .replace(/>/g, "#gt;")
        .replace(/`/g, "#96;")
        // eslint-disable-next-line no-control-regex -- control characters are what it replaces
        .replace(/[\u0000-\u001f\u007f]/g, " ");
}

/** A node id Mermaid accepts: letters, digits and underscores only. */
const idPart = (text: string) => text.replace(/[^A-Za-z0-9]/g, "_");

/** Account keys are slugs (lowercase letters, digits, hyphens): this id is unique per key. */
export const accountNodeId = (key: string) => `acct_${idPart(key)}`;

/** `Workloads/Prod` -> `ou_Workloads_Prod`; OU names that map to the same id get a `_2`, `_3`... suffix (see ouNodeIds). */
const ouNodeIdBase = (path: string) => `ou_${idPart(path)}`;

/** Node ids of every OU path, in tree order, made unique by suffixes in that order. */
function ouNodeIds(units: readonly OrganizationalUnitConfig[]): Map<string, string> {
    const ids = new Map<string, string>();
    const taken = new Set<string>();
    const visit = (unit: OrganizationalUnitConfig) => {
        const base = ouNodeIdBase(unit.path);
        let id = base;
        for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
        taken.add(id);
        ids.set(unit.path, id);
        unit.children.forEach(visit);
    };
    units.forEach(visit);
    return ids;
}

const ROOT_ID = "root";

/**
 * Where the foundation administers each organization-wide service (components/<area>/, wired by components/foundation.ts): the
 * audit account is the delegated administrator of the detection services (DelegatedAdministrators,
 * GuardDuty, ConfigAggregator, AccessAnalyzer), and the organization trail, created in the management
 * account, writes to the log-archive account's bucket (LogArchive, OrganizationTrail).
 */
function serviceLines(config: FoundationConfig): { nodes: string[]; edges: string[] } {
    const org = config.organization;
    const audit = accountNodeId(org.auditAccount);
    const delegated: [id: string, label: string][] = [
        ["svc_guardduty", "GuardDuty"],
        ["svc_securityhub", "Security Hub"],
        ["svc_config", "AWS Config aggregator"],
        ["svc_accessanalyzer", "IAM Access Analyzer"],
    ];
    return {
        nodes: [
            `svc_trail(["${mermaidText(`Organization trail ${config.logging.trail.name}`)}"])`,
            ...delegated.map(([id, label]) => `${id}(["${mermaidText(label)}"])`),
        ],
        edges: [
            `svc_trail -->|"created in"| ${accountNodeId(MANAGEMENT_ACCOUNT_KEY)}`,
            `svc_trail -->|"logs to"| ${accountNodeId(org.logArchiveAccount)}`,
            ...delegated.map(([id]) => `${id} -->|"delegated administrator"| ${audit}`),
        ],
    };
}

/** A guardrail node: a hexagon titled `title`, one item a line. */
const guardrailNode = (id: string, title: string, items: readonly string[]) =>
    `${id}{{"${[title, ...items].map(mermaidText).join("<br>")}"}}`;

/** The Mermaid `flowchart TB` of the organization `config` describes. */
export function organizationDiagram(config: FoundationConfig): string {
    const org = config.organization;
    const { guardrails } = config;
    const ouIds = ouNodeIds(config.organizationalUnits);
    const scps = guardrails.serviceControlPolicies;
    const lines: string[] = ["flowchart TB"];
    const edges: string[] = [];
    const emit = (depth: number, line: string) => lines.push(`${INDENT.repeat(depth)}${line}`);

    const accountScps = (depth: number, key: string) => {
        const names = scps[key];
        if (!names || names.length === 0) return;
        emit(depth, guardrailNode(`scp_${accountNodeId(key)}`, `SCPs on account ${key}`, names));
        edges.push(`scp_${accountNodeId(key)} -.->|"attached to"| ${accountNodeId(key)}`);
    };

    const visit = (unit: OrganizationalUnitConfig, depth: number) => {
        const id = ouIds.get(unit.path)!;
        emit(depth, `subgraph ${id}["${mermaidText(`OU ${unit.path}`)}"]`);
        const names = scps[unit.path];
        if (names && names.length > 0) emit(depth + 1, guardrailNode(`scp_${id}`, `SCPs on OU ${unit.path}`, names));
        const accounts = config.accounts.filter(account => account.ou === unit.path);
        for (const account of accounts) {
            emit(depth + 1, `${accountNodeId(account.key)}["${mermaidText(`${account.name} (${account.key})`)}"]`);
            accountScps(depth + 1, account.key);
        }
        unit.children.forEach(child => visit(child, depth + 1));
        // An empty subgraph is drawn inconsistently by Mermaid's layouts: say that the OU is empty.
        if ((!names || names.length === 0) && accounts.length === 0 && unit.children.length === 0) {
            emit(depth + 1, `empty_${id}["(no accounts)"]`);
        }
        emit(depth, "end");
    };

    emit(1, `subgraph ${ROOT_ID}["${mermaidText(`Root: organization ${org.name}`)}"]`);
    emit(2, `${accountNodeId(MANAGEMENT_ACCOUNT_KEY)}["${mermaidText(`Management account (${MANAGEMENT_ACCOUNT_KEY})`)}"]`);
    const rootScps = scps[ROOT_TARGET];
    if (rootScps && rootScps.length > 0) emit(2, guardrailNode("scp_root", `SCPs on ${ROOT_TARGET}`, rootScps));
    const perimeter = dataPerimeterParts(guardrails.resourceControlPolicies);
    if (perimeter.length > 0) emit(2, guardrailNode("rcp_root", `RCP on ${ROOT_TARGET}`, perimeter));
    const ec2 = ec2DeclarativePolicy(guardrails.ec2);
    if (ec2) {
        emit(2, guardrailNode("ec2_root", `EC2 declarative policy on ${ROOT_TARGET}`, Object.keys(ec2.ec2_attributes).filter(key => key !== "exception_message")));
    }
    config.organizationalUnits.forEach(unit => visit(unit, 2));
    emit(1, "end");

    const services = serviceLines(config);
    services.nodes.forEach(line => emit(1, line));
    [...edges, ...services.edges].forEach(line => emit(1, line));
    return `${lines.join("\n")}\n`;
}
