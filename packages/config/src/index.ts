export * from "./limits";
export type * from "./env";
