export * from "./defaults";
export { parseFoundationConfig, readFoundationConfig } from "./load";
export { ConfigError, type ConfigProblem } from "./problems";
export * from "./aws-values";
export { configWarnings, type ConfigWarning } from "./warnings";
export * from "./identity-targets";
export { FOUNDATION_PIPELINE, pipelineRoleNames } from "./pipelines-semantics";
export * from "./guardrails-defaults";
export * from "./alerting-defaults";
