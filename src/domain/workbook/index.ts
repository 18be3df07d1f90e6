export * from "./sheet-template";
export * from "./header-plan";
export * from "./plan-fields";
export * from "./plan-id";
export * from "./literal-text";
export * from "./row-count";
export * from "./plan-values";
export * from "./row-ids";
