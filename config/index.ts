export * from "./defaults";
export { parseFoundationConfig, readFoundationConfig } from "./load";
export { ConfigError, type ConfigProblem } from "./problems";
export * from "./aws-values";
export { configWarnings, type ConfigWarning } from "./warnings";
