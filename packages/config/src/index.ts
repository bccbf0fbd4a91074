export * from "./limits";
export * from "./templates";
