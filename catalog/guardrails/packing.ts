import { GUARDRAILS, type GuardrailContext, type GuardrailName } from "./scp-library";
import { documentSize, guardrailDocument, type GuardrailDocument } from "./statements";

/** AWS Organizations' limit on a service control policy, whitespace not counted (Organizations quotas). */
export const MAX_SCP_CHARACTERS = 5120;
/** Policies of one type attached to one target, FullAWSAccess included (Organizations quotas). */
export const MAX_SCPS_PER_TARGET = 5;

export interface PackedPolicy {
    /** The guardrails whose statements the document holds, in the order config lists them. */
    readonly guardrails: readonly GuardrailName[];
    readonly document: GuardrailDocument;
}

/**
 * The guardrails of one target as few documents as first-fit decreasing finds, statement by statement
 * (a large guardrail may span two documents). A statement too big for any document comes back alone
 * in one over the limit; config validation reports it.
 */
export function packGuardrails(names: readonly GuardrailName[], context: GuardrailContext): PackedPolicy[] {
    const units = names.flatMap(name => GUARDRAILS[name].statements(context).map(statement => ({ name, statement })))
        .map((unit, order) => ({ ...unit, order, size: documentSize(guardrailDocument([unit.statement])) }));
    const bins: (typeof units)[] = [];
    for (const unit of [...units].sort((a, b) => b.size - a.size || a.order - b.order)) {
        const fits = bins.find(bin => documentSize(guardrailDocument([...bin, unit].map(u => u.statement))) <= MAX_SCP_CHARACTERS);
        if (fits) fits.push(unit);
        else bins.push([unit]);
    }
    return bins
        .map(bin => bin.sort((a, b) => a.order - b.order))
        .sort((a, b) => a[0].order - b[0].order)
        .map(bin => ({ guardrails: [...new Set(bin.map(u => u.name))], document: guardrailDocument(bin.map(u => u.statement)) }));
}
