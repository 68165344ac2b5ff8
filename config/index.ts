export * from "./defaults";
export { parseFoundationConfig, readFoundationConfig } from "./load";
export { ConfigError, formatProblems, type ConfigProblem } from "./problems";
export { AWS_REGIONS } from "./regions";
export { listOrganizationalUnits, MAX_OU_DEPTH } from "./semantics";
