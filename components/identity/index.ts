export * from "./identity-center";
export * from "./permission-set";
export * from "./instance";
export * from "./identity-area";
