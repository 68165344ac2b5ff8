export * from "./defaults";
export { parseFoundationConfig, readFoundationConfig } from "./load";
export { ConfigError, type ConfigProblem } from "./problems";
