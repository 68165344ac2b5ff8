export * from "./documents";
export * from "./member-preview-role";
export * from "./oidc-providers";
export * from "./pipeline-roles";
export * from "./pipelines-area";
