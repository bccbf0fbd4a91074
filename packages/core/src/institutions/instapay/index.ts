import type { InstitutionDef } from "../types";

/** InstaPay (EG) instant payments: Arabic and English. */
export const instapay: InstitutionDef = {
  id: "instapay",
  name: "InstaPay",
  kind: "wallet",
  country: "EG",
  currency: "EGP",
  timeZone: "Africa/Cairo",
  senders: ["INSTAPAY"],
  names: ["InstaPay"],
  rules: [],
};
