import type { InstitutionDef } from "../types";

/** Diamond Trust Bank (TZ): English "ALERT: Your account .. has been debited with TZS ..". */
export const dtb: InstitutionDef = {
  id: "dtb",
  name: "Diamond Trust Bank",
  kind: "bank",
  country: "TZ",
  currency: "TZS",
  timeZone: "Africa/Dar_es_Salaam",
  senders: ["DTB"],
  names: ["Diamond Trust Bank"],
  rules: [],
};
