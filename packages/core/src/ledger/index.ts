export * from "./alert";
export * from "./grouping";
export * from "./links";
export * from "./corrections";
export * from "./assign";
export * from "./closure";
