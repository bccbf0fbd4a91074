import type { InstitutionDef } from "../types";
import { AXIS_RULES } from "./rules";

export const axis: InstitutionDef = {
  id: "axis",
  name: "Axis Bank",
  kind: "bank",
  country: "IN",
  currency: "INR",
  timeZone: "Asia/Kolkata",
  senders: ["AXISBK", "AXISMR", "AXISCC"],
  senderPrefixes: ["AXIS"],
  names: ["Axis Bank"],
  rules: AXIS_RULES,
};
