import type { InstitutionDef } from "../types";

/** Cathay United Bank (TW), 國泰世華: Traditional Chinese card alerts ("卡末四碼1234於11/08消費NT$1,250 商店"). */
export const cathaybk: InstitutionDef = {
  id: "cathaybk",
  name: "Cathay United Bank",
  kind: "card",
  country: "TW",
  currency: "TWD",
  timeZone: "Asia/Taipei",
  senders: ["國泰世華", "国泰世华", "CATHAYBK"],
  names: ["國泰世華"],
  rules: [],
};
