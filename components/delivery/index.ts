export * from "./pulumi-cloud";
