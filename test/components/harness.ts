import { Foundation } from "../../components";
import { type FoundationConfig, parseFoundationConfig } from "../../config";
import { FoundationMocks, type MockOptions } from "../../tools/mock-runtime/mocks";
import { type ProgramRun, type RecordedResource, runProgram } from "../../tools/mock-runtime/runtime";
export { exampleValues } from "../example-stack";

export const MANAGEMENT_ACCOUNT_ID = "111111111111";

let runs = 0;

/** Runs `program` on the mock runtime with the stack config `values`, and indexes what it registered. */
export async function runOnMocks(values: Record<string, string>, mockOptions: MockOptions, program: (config: FoundationConfig) => Promise<unknown> | void) {
    const config = parseFoundationConfig(values);
    const mocks = new FoundationMocks(MANAGEMENT_ACCOUNT_ID, config.organization.name, mockOptions);
    const run: ProgramRun = await runProgram({
        project: "aws-secure-foundation",
        stack: `test${++runs}`,
        config: values,
        mocks,
        program: () => program(config),
    });
    // A component and its main resource may share a name: the resource wins.
    const byName = new Map([...run.resources.filter(r => !r.custom), ...run.resources.filter(r => r.custom)].map(r => [r.name, r]));
    const byUrn = new Map(run.resources.map(r => [r.urn, r]));
    return {
        config,
        resources: run.resources,
        /** What the program logged with pulumi.log.warn. */
        warnings: run.warnings,
        ofType: (type: string) => run.resources.filter(r => r.type === type),
        named: (name: string): RecordedResource => {
            const r = byName.get(name);
            if (!r) throw new Error(`no resource named ${name}`);
            return r;
        },
        /** Every custom resource below the component `urn`, at any depth. */
        customBelow: (urn: string): RecordedResource[] => {
            const below = (r: RecordedResource): boolean => r.parent === urn || (r.parent !== null && below(byUrn.get(r.parent)!));
            return run.resources.filter(r => r.custom && below(r));
        },
        /** A policy-document input (JSON text) as data. */
        document: (r: RecordedResource, input = "policy") => JSON.parse(r.inputs[input] as string),
        /** The invokes the program made: token, the name of the provider resource they went through (or null) and arguments. */
        invokes: () => mocks.invokes.map(i => ({
            token: i.token,
            provider: i.provider ? byUrn.get(i.provider.slice(0, i.provider.lastIndexOf("::")))?.name ?? i.provider : null,
            inputs: i.inputs,
        })),
        /** Name of the provider resource a resource uses, or null. */
        providerName: (r: RecordedResource) => (r.provider ? byUrn.get(r.provider)?.name ?? r.provider : null),
    };
}

export type Run = Awaited<ReturnType<typeof runOnMocks>>;

/** Runs the whole Foundation component on the mock runtime and indexes what it registered. */
export function runFoundation(values: Record<string, string>, mockOptions: MockOptions = {}): Promise<Run> {
    return runOnMocks(values, mockOptions, config => Foundation.create("foundation", { config }));
}
