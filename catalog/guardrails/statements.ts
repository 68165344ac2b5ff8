import type { ConditionBlock } from "../iam-document";

/** A statement of a service or resource control policy: Action or NotAction, and a Principal only in RCPs. */
export type GuardrailStatement = {
    readonly Sid: string;
    readonly Effect: "Deny";
    readonly Principal?: "*";
    readonly Resource: string | string[];
    readonly Condition?: ConditionBlock;
} & ({ readonly Action: string | string[] } | { readonly NotAction: string[] });

export interface GuardrailDocument {
    readonly Version: "2012-10-17";
    readonly Statement: readonly GuardrailStatement[];
}

export const guardrailDocument = (statements: readonly GuardrailStatement[]): GuardrailDocument =>
    ({ Version: "2012-10-17", Statement: [...statements] });

/** Characters of a document as AWS counts them against its size limit: without whitespace. */
export const documentSize = (document: GuardrailDocument): number => JSON.stringify(document).length;

/** `deny-root-user` → `DenyRootUser`: statement ids allow letters and digits only. */
export const sidOf = (name: string): string => name.split("-").map(part => part[0].toUpperCase() + part.slice(1)).join("");
