export * from "./documents";
export * from "./log-archive";
export * from "./log-bucket";
export * from "./organization-trail";
export * from "./logging-area";
