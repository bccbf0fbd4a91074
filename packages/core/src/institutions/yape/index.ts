import type { InstitutionDef } from "../types";

/** Yape (PE): BCP's wallet, Spanish ("Te yapearon S/ 35.00 .."); soles. */
export const yape: InstitutionDef = {
  id: "yape",
  name: "Yape",
  kind: "wallet",
  country: "PE",
  currency: "PEN",
  timeZone: "America/Lima",
  senders: ["YAPE"],
  names: ["Yape"],
  rules: [],
};
