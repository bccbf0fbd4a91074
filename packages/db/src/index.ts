export * from "./schema";
export * from "./client";
export * from "./queries/users";
export * from "./queries/sms";
export * from "./queries/results";
export * from "./queries/transactions";
