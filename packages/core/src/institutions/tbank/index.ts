import type { InstitutionDef } from "../types";

/** T-Bank (RU): Russian ("Покупка, счет карты *1023. 3267 ₽. Доступно .."). */
export const tbank: InstitutionDef = {
  id: "tbank",
  name: "T-Bank",
  kind: "bank",
  country: "RU",
  currency: "RUB",
  timeZone: "Europe/Moscow",
  senders: ["TINKOFF", "TBANK", "T-BANK"],
  names: ["Tinkoff"],
  rules: [],
};
