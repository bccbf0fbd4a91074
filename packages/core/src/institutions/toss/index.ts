import type { InstitutionDef } from "../types";

/** Toss (KR): Korean wallet transfers ("..님에게 50,000원을 보냈어요"). */
export const toss: InstitutionDef = {
  id: "toss",
  name: "Toss",
  kind: "wallet",
  country: "KR",
  currency: "KRW",
  timeZone: "Asia/Seoul",
  senders: ["TOSS", "토스"],
  names: ["토스"],
  rules: [],
};
