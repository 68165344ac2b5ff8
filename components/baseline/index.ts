export * from "./account-baseline";
