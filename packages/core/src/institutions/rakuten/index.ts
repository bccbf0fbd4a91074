import type { InstitutionDef } from "../types";
import { RAKUTEN_RULES } from "./rules";

/** Rakuten Card (JP): Japanese spend flashes ("楽天カード ご利用速報: 11月11日 MERCHANT ¥3,480 (カード末尾 1234)"). */
export const rakuten: InstitutionDef = {
  id: "rakuten",
  name: "Rakuten Card",
  kind: "card",
  country: "JP",
  currency: "JPY",
  timeZone: "Asia/Tokyo",
  senders: ["RAKUTEN", "RAKUTEN-CARD"],
  names: ["楽天カード"],
  rules: RAKUTEN_RULES,
};
