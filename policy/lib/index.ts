export * from "./define";
export * from "./iam-document";
export * from "./unknown";
export * from "./values";
export * from "./exemptions";
export * from "./network";
export * from "./secrets";
