export * from "./ec2-policy";
export * from "./guardrails";
export * from "./packing";
export * from "./rcp-library";
export * from "./root-access";
export * from "./scp-library";
export * from "./statements";
