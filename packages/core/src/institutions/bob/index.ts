import type { InstitutionDef } from "../types";
import { BOB_RULES } from "./rules";

export const bob: InstitutionDef = {
  id: "bob",
  name: "Bank of Baroda",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["BOBTXN", "BOBSMS", "BOBCRD", "BARODA"],
  senderPrefixes: ["BOB"],
  names: ["Bank of Baroda", "BoB"],
  rules: BOB_RULES,
};
