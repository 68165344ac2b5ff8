export * from "./access-analyzer";
export * from "./config-aggregator";
export * from "./config-recorder";
export * from "./guardduty";
export * from "./security-hub";
export * from "./detection-area";
