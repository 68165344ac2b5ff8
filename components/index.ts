export * from "./baseline";
export * from "./detection";
export * from "./foundation";
export * from "./logging";
export * from "./organization";
export * from "./guardrails";
