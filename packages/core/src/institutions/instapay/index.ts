import type { InstitutionDef } from "../types";

/** InstaPay (EG) instant payments between bank accounts: Arabic and English. */
export const instapay: InstitutionDef = {
  id: "instapay",
  name: "InstaPay",
  kind: "bank",
  country: "EG",
  currency: "EGP",
  timeZone: "Africa/Cairo",
  senders: ["INSTAPAY"],
  names: ["InstaPay"],
  rules: [],
};
