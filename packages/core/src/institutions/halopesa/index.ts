import type { InstitutionDef } from "../types";

/** HaloPesa (TZ, Halotel) mobile money: Swahili, shillings as "TSh". */
export const halopesa: InstitutionDef = {
  id: "halopesa",
  name: "HaloPesa",
  kind: "wallet",
  country: "TZ",
  currency: "TZS",
  timeZone: "Africa/Dar_es_Salaam",
  senders: ["HALOPESA"],
  names: ["HaloPesa"],
  rules: [],
};
