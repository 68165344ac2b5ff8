export * from "./delegated-administrators";
export * from "./member-account";
export * from "./organization";
export * from "../../catalog/organization/services";
export * from "./account-directory";
export * from "./organization-area";
