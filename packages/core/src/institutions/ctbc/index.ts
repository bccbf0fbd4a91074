import type { InstitutionDef } from "../types";

/** CTBC Bank (TW), 中國信託: Traditional Chinese ("入帳新台幣..元", "可用餘額"); "元" alone is New Taiwan dollars here. */
export const ctbc: InstitutionDef = {
  id: "ctbc",
  name: "CTBC Bank",
  kind: "bank",
  country: "TW",
  currency: "TWD",
  timeZone: "Asia/Taipei",
  senders: ["中國信託", "中国信托", "CTBC", "CTBCBANK"],
  names: ["中國信託", "CTBC Bank"],
  rules: [],
};
