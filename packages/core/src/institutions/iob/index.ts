import type { InstitutionDef } from "../types";

export const iob: InstitutionDef = {
  id: "iob",
  name: "Indian Overseas Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["IOBCHN", "IOBBNK", "IOBSMS"],
  senderPrefixes: ["IOB"],
  names: ["Indian Overseas Bank", "IOB"],
  rules: [],
};
