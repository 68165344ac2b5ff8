export * from "./guardrails";
export * from "./root-access";
export * from "./guardrails-area";
