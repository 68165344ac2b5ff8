export * from "./account-baseline";
export * from "./baseline-area";
