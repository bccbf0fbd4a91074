import type { AccountKind } from "../schemas/parse-result";

export interface Institution {
  /** Stable id used in rule ids, e.g. "hdfc". */
  id: string;
  /** Display name reported in `institution`. */
  name: string;
  /** What kind of account its alerts usually refer to. */
  kind: AccountKind;
  /** Default ISO 4217 currency of its alerts. */
  currency: string;
  /** IANA zone its alerts print local times in. */
  timeZone: string;
}

const IN = "Asia/Kolkata";

function inst(id: string, name: string, kind: AccountKind = "bank", currency = "INR", timeZone = IN): Institution {
  return { id, name, kind, currency, timeZone };
}

export const INSTITUTIONS = {
  sbi: inst("sbi", "State Bank of India"),
  hdfc: inst("hdfc", "HDFC Bank"),
  icici: inst("icici", "ICICI Bank"),
  axis: inst("axis", "Axis Bank"),
  kotak: inst("kotak", "Kotak Mahindra Bank"),
  pnb: inst("pnb", "Punjab National Bank"),
  bob: inst("bob", "Bank of Baroda"),
  canara: inst("canara", "Canara Bank"),
  union: inst("union", "Union Bank of India"),
  idfc: inst("idfc", "IDFC FIRST Bank"),
  indusind: inst("indusind", "IndusInd Bank"),
  yes: inst("yes", "Yes Bank"),
  federal: inst("federal", "Federal Bank"),
  au: inst("au", "AU Small Finance Bank"),
  idbi: inst("idbi", "IDBI Bank"),
  boi: inst("boi", "Bank of India"),
  central: inst("central", "Central Bank of India"),
  iob: inst("iob", "Indian Overseas Bank"),
  rbl: inst("rbl", "RBL Bank"),
  sbicard: inst("sbicard", "SBI Card", "card"),
  amex: inst("amex", "American Express", "card"),
  paytm: inst("paytm", "Paytm Payments Bank", "wallet"),
  airtel: inst("airtel", "Airtel Payments Bank", "wallet"),
  amazonpay: inst("amazonpay", "Amazon Pay", "wallet"),
  mobikwik: inst("mobikwik", "MobiKwik", "wallet"),
  phonepe: inst("phonepe", "PhonePe", "wallet"),
  gpay: inst("gpay", "Google Pay", "wallet"),
  bajaj: inst("bajaj", "Bajaj Finance", "loan"),
  cams: inst("cams", "CAMS"),
  kfin: inst("kfin", "KFintech"),
  mpesa: inst("mpesa", "M-PESA", "wallet", "KES", "Africa/Nairobi"),
  enbd: inst("enbd", "Emirates NBD", "card", "AED", "Asia/Dubai"),
  dbs: inst("dbs", "DBS Bank", "card", "SGD", "Asia/Singapore"),
  chase: inst("chase", "Chase", "card", "USD", "America/New_York"),
} as const satisfies Record<string, Institution>;

export type InstitutionId = keyof typeof INSTITUTIONS;
