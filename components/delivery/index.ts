export * from "./pulumi-cloud";
export * from "./policy-config";
