import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";

/*
 * Mocks for the offline preview and the tests: deterministic, realistic ids and ARNs, so what the
 * preview prints looks like what AWS would return. Every invoke throws: the program makes none yet.
 */

function digest(text: string): string {
    return createHash("sha256").update(text).digest("hex");
}

/** A stable fake 12-digit account id for a name (never starting with 0). */
export function fakeAccountId(name: string): string {
    const n = BigInt(`0x${digest(`account:${name}`).slice(0, 15)}`) % 900_000_000_000n + 100_000_000_000n;
    return n.toString();
}

function fakeSuffix(name: string, length: number): string {
    // Base-36 lowercase, like Organizations ids.
    return BigInt(`0x${digest(name).slice(0, 24)}`).toString(36).padStart(length, "0").slice(0, length);
}

export class FoundationMocks implements pulumi.runtime.Mocks {
    readonly organizationId: string;
    readonly rootId: string;

    constructor(readonly managementAccountId: string, organizationName = "organization") {
        this.organizationId = `o-${fakeSuffix(`org:${organizationName}`, 10)}`;
        this.rootId = `r-${fakeSuffix(`root:${organizationName}`, 4)}`;
    }

    newResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
        const inputs = args.inputs as Record<string, unknown>;
        const org = `arn:aws:organizations::${this.managementAccountId}`;
        switch (args.type) {
            case "pulumi:providers:aws": {
                const hash = digest(`provider:${args.name}`);
                return { id: `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4000-8000-${hash.slice(12, 24)}`, state: inputs };
            }
            case "aws:organizations/organization:Organization":
                return {
                    id: this.organizationId,
                    state: {
                        ...inputs,
                        arn: `${org}:organization/${this.organizationId}`,
                        masterAccountId: this.managementAccountId,
                        masterAccountArn: `${org}:account/${this.organizationId}/${this.managementAccountId}`,
                        roots: [{
                            id: this.rootId,
                            arn: `${org}:root/${this.organizationId}/${this.rootId}`,
                            name: "Root",
                            policyTypes: (Array.isArray(inputs.enabledPolicyTypes) ? inputs.enabledPolicyTypes : []).map(type => ({ type, status: "ENABLED" })),
                        }],
                    },
                };
            case "aws:organizations/organizationalUnit:OrganizationalUnit": {
                const id = `ou-${this.rootId.slice(2)}-${fakeSuffix(`ou:${args.name}`, 8)}`;
                return { id, state: { ...inputs, arn: `${org}:ou/${this.organizationId}/${id}` } };
            }
            case "aws:organizations/account:Account": {
                const id = fakeAccountId(args.name);
                return { id, state: { ...inputs, arn: `${org}:account/${this.organizationId}/${id}`, status: "ACTIVE" } };
            }
            case "time:index/sleep:Sleep":
                return { id: "2026-01-01T00:00:00Z", state: inputs };
            default:
                return { id: args.id || `${args.name}-id`, state: inputs };
        }
    }

    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        throw new Error(`the offline preview does not mock the invoke ${args.token}; add it to tools/preview/mocks.ts`);
    }
}
