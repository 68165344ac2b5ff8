export * from "./baseline";
export * from "./foundation";
export * from "./organization";
