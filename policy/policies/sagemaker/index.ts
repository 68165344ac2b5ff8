import { definition as sagemakerNotebookIsolated } from "./sagemaker-notebook-isolated";

/** The sagemaker policies: resource policies, then stack policies. */
export const resourcePolicies = [sagemakerNotebookIsolated] as const;
export const stackPolicies = [] as const;
