import { AWS_MANAGED_POLICY } from "../../catalog/iam-lists";
import type { ConfigWarning } from "../area";
import { keyPath } from "../problems";
import type { PipelinesConfig } from "./schema";

export function pipelineWarnings(pipelines: PipelinesConfig | undefined): ConfigWarning[] {
    const warnings: ConfigWarning[] = [];
    (pipelines?.workloads ?? []).forEach((workload, i) => {
        const j = workload.deployPolicies.indexOf(`${AWS_MANAGED_POLICY}/AdministratorAccess`);
        if (j >= 0) {
            warnings.push({
                path: keyPath("pipelines", ["workloads", i, "deployPolicies", j]),
                message: `gives pipeline ${workload.name} full administrator access to account ${workload.account}, IAM included`,
            });
        }
    });
    return warnings;
}
