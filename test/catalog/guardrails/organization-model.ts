import * as assert from "assert";
import { runSimulation } from "@cloud-copilot/iam-simulate";
import { MANAGEMENT_ACCOUNT_ID, runFoundation } from "../../components/harness";

/*
 * The organization the program builds, read back from the resources it registered on the mock runtime:
 * the OU tree, the accounts in it and the policies attached at each level. Requests are then evaluated
 * by iam-simulate (AGPL-3.0, used by tests only) the way AWS evaluates them: SCPs and RCPs of the root,
 * every OU on the path and the account, FullAWSAccess at every level, none for the management account.
 */

const FULL_AWS_ACCESS = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
const ADMINISTRATOR = FULL_AWS_ACCESS;

type Run = Awaited<ReturnType<typeof runFoundation>>;
export type Decision = "Allowed" | "ExplicitlyDenied" | "ImplicitlyDenied";

export interface Request {
    /** Account key of the principal; `management` for the management account. */
    readonly account: string;
    /** `root`, a role in that account (`role/<name>`), a principal ARN outside the organization, or an AWS service principal. */
    readonly principal: string;
    readonly action: string;
    /** Resource ARN (`*` as its account stands for the resource's account); `*` for actions without one. */
    readonly resource?: string;
    /** Account key owning the resource; default the principal's account. */
    readonly resourceAccount?: string;
    readonly region?: string;
    /** Extra request context (condition keys). */
    readonly context?: Record<string, string | string[]>;
    /** Resource policy granting the request, for cross-account calls. */
    readonly resourcePolicy?: object;
}

export class OrganizationModel {
    readonly organizationId: string;
    private readonly rootId: string;
    private readonly accountIds = new Map<string, string>();
    private readonly parentOf = new Map<string, string>();
    private readonly policiesAt = new Map<string, { name: string; type: string; document: object }[]>();

    constructor(run: Run) {
        const organization = run.ofType("aws:organizations/organization:Organization")[0];
        this.organizationId = organization.id;
        this.rootId = (organization.state.roots as { id: string }[])[0].id;
        for (const ou of run.ofType("aws:organizations/organizationalUnit:OrganizationalUnit")) {
            this.parentOf.set(ou.id, String(ou.inputs.parentId));
        }
        for (const account of run.ofType("aws:organizations/account:Account")) {
            this.accountIds.set(account.name.replace(/^foundation-/, ""), account.id);
            this.parentOf.set(account.id, String(account.inputs.parentId));
        }
        this.accountIds.set("management", MANAGEMENT_ACCOUNT_ID);
        const policies = new Map(run.ofType("aws:organizations/policy:Policy").map(p => [p.id, p]));
        for (const attachment of run.ofType("aws:organizations/policyAttachment:PolicyAttachment")) {
            const policy = policies.get(String(attachment.inputs.policyId))!;
            const target = String(attachment.inputs.targetId);
            this.policiesAt.set(target, [...(this.policiesAt.get(target) ?? []), {
                name: policy.name, type: String(policy.inputs.type), document: JSON.parse(String(policy.inputs.content)),
            }]);
        }
    }

    accountId(key: string): string {
        const id = this.accountIds.get(key);
        assert.ok(id, `no account ${key}`);
        return id;
    }

    /** Root first, then each OU down to the account: the levels a policy can be attached at. */
    private levels(accountId: string): string[] {
        const path = [accountId];
        while (path[0] !== this.rootId) path.unshift(this.parentOf.get(path[0])!);
        return path;
    }

    /** The policies of one type that govern an account, per level; none for the management account. */
    policiesOf(accountId: string, type: string, withFullAccess: boolean) {
        if (accountId === MANAGEMENT_ACCOUNT_ID) return [];
        return this.levels(accountId).map(level => ({
            orgIdentifier: level,
            policies: [
                ...(withFullAccess ? [{ name: "FullAWSAccess", policy: FULL_AWS_ACCESS }] : []),
                ...(this.policiesAt.get(level) ?? []).filter(p => p.type === type).map(p => ({ name: p.name, policy: p.document })),
            ],
        }));
    }

    /** Names of the policies of a type attached directly to a target id. */
    attachedTo(targetId: string, type: string): string[] {
        return (this.policiesAt.get(targetId) ?? []).filter(p => p.type === type).map(p => p.name);
    }

    /** How AWS decides the request, given an administrator identity policy on the principal. */
    async decide(request: Request): Promise<Decision> {
        if (request.principal.endsWith(".amazonaws.com")) return this.decideForService(request);
        const outside = request.principal.startsWith("arn:");
        const accountId = outside ? request.principal.split(":")[4] : this.accountId(request.account);
        const resourceAccountId = this.accountId(request.resourceAccount ?? request.account);
        const principalArn = outside ? request.principal
            : request.principal === "root" ? `arn:aws:iam::${accountId}:root` : `arn:aws:iam::${accountId}:${request.principal}`;
        const sessionArn = request.principal.startsWith("role/")
            ? `arn:aws:sts::${accountId}:assumed-role/${request.principal.slice(5)}/session`
            : principalArn;
        const inOrganization = !outside;
        const result = await runSimulation({
            request: {
                principal: sessionArn,
                action: request.action,
                resource: { resource: (request.resource ?? "*").replace(/^(arn:aws:[\w-]+:[\w-]*):\*:/, `$1:${resourceAccountId}:`), accountId: resourceAccountId },
                contextVariables: {
                    "aws:PrincipalArn": principalArn,
                    "aws:PrincipalAccount": accountId,
                    ...(inOrganization && { "aws:PrincipalOrgID": this.organizationId }),
                    "aws:RequestedRegion": request.region ?? "us-east-1",
                    "aws:SecureTransport": "true",
                    ...request.context,
                },
            },
            identityPolicies: [{ name: "AdministratorAccess", policy: ADMINISTRATOR }],
            serviceControlPolicies: inOrganization ? this.policiesOf(accountId, "SERVICE_CONTROL_POLICY", true) : [],
            resourceControlPolicies: this.policiesOf(resourceAccountId, "RESOURCE_CONTROL_POLICY", false),
            ...(request.resourcePolicy && { resourcePolicy: request.resourcePolicy }),
        }, {});
        return decisionOf(result, request.action);
    }

    /** A request by an AWS service principal (CloudTrail delivering logs): only resource policy and RCPs apply. */
    private async decideForService(request: Request): Promise<Decision> {
        const resourceAccountId = this.accountId(request.resourceAccount ?? request.account);
        const result = await runSimulation({
            request: {
                principal: request.principal,
                action: request.action,
                resource: { resource: request.resource ?? "*", accountId: resourceAccountId },
                contextVariables: { "aws:PrincipalIsAWSService": "true", "aws:SecureTransport": "true", ...request.context },
            },
            identityPolicies: [],
            serviceControlPolicies: [],
            resourceControlPolicies: this.policiesOf(resourceAccountId, "RESOURCE_CONTROL_POLICY", false),
            ...(request.resourcePolicy && { resourcePolicy: request.resourcePolicy }),
        }, {});
        return decisionOf(result, request.action);
    }
}

function decisionOf(result: Awaited<ReturnType<typeof runSimulation>>, action: string): Decision {
    assert.strictEqual(result.resultType, "single", JSON.stringify(result).slice(0, 2000));
    if (result.resultType !== "single") throw new Error("unreachable");
    assert.deepStrictEqual(result.result.ignoredContextKeys ?? [], [], `iam-simulate ignored context keys of ${action}`);
    return result.result.analysis.result as Decision;
}

export async function modelOf(values: Record<string, string>): Promise<OrganizationModel> {
    return new OrganizationModel(await runFoundation(values));
}
