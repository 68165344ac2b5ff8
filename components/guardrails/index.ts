export * from "../../catalog/guardrails/ec2-policy";
export * from "./guardrails";
export * from "../../catalog/guardrails/packing";
export * from "../../catalog/guardrails/rcp-library";
export * from "./root-access";
export * from "../../catalog/guardrails/scp-library";
export * from "../../catalog/guardrails/statements";
export * from "./guardrails-area";
