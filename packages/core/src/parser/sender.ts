import { INSTITUTIONS, type Institution, type InstitutionId } from "./institutions";

/** DLT header: 2-letter operator/circle prefix, dash, 6-char entity, optional -S/-T/-P/-G suffix. */
const DLT_HEADER = /^[A-Z]{2}-([A-Z0-9]{3,8})(?:-[SPTG])?$/;

/** Exact DLT entity codes. */
const ENTITY: Record<string, InstitutionId> = {
  SBIINB: "sbi", SBIUPI: "sbi", SBIPSG: "sbi", CBSSBI: "sbi", ATMSBI: "sbi", SBIBNK: "sbi", SBISMS: "sbi", SBIOTP: "sbi",
  HDFCBK: "hdfc", HDFCBN: "hdfc", HDFCCC: "hdfc", HDFCLN: "hdfc",
  ICICIB: "icici", ICICIT: "icici", ICICIO: "icici",
  AXISBK: "axis", AXISMR: "axis", AXISCC: "axis",
  KOTAKB: "kotak", KOTAKM: "kotak", KMBANK: "kotak",
  PNBSMS: "pnb", PNBBNK: "pnb", PUNBNK: "pnb",
  BOBTXN: "bob", BOBSMS: "bob", BOBCRD: "bob", BARODA: "bob",
  CANBNK: "canara", CANARA: "canara",
  UNIONB: "union", UBOIND: "union", UBISMS: "union",
  IDFCFB: "idfc", IDFCBK: "idfc",
  INDUSB: "indusind", INDUSL: "indusind",
  YESBNK: "yes", YESBKS: "yes",
  FEDBNK: "federal", FEDBKS: "federal",
  AUBANK: "au", AUSFBL: "au",
  IDBIBK: "idbi", IDBIBN: "idbi",
  BOIIND: "boi", BOISMS: "boi",
  CENTBK: "central", CBOIND: "central",
  IOBCHN: "iob", IOBBNK: "iob", IOBSMS: "iob",
  RBLBNK: "rbl", RBLCRD: "rbl",
  SBICRD: "sbicard", SBICAR: "sbicard",
  AMEXIN: "amex", AMEXSM: "amex",
  PAYTMB: "paytm", PYTMBK: "paytm", IPAYTM: "paytm",
  AIRBNK: "airtel", AIRPBL: "airtel",
  AMAZON: "amazonpay", AMZPAY: "amazonpay", APAYIN: "amazonpay",
  MOBIKW: "mobikwik", MBKWIK: "mobikwik",
  PHONPE: "phonepe", PHNEPE: "phonepe",
  GOOGPY: "gpay", GPAYIN: "gpay",
  BAJAJF: "bajaj", BAJFIN: "bajaj",
  CAMSPL: "cams", CAMSMF: "cams",
  KFINTK: "kfin", KFINMF: "kfin",
  MPESA: "mpesa", SAFARICOM: "mpesa",
  ENBD: "enbd", EMIRNB: "enbd",
  DBSBNK: "dbs", DBSSG: "dbs",
  CHASE: "chase",
};

/** Loose fallbacks for entity codes not in the table (checked in order, by prefix). */
const ENTITY_PREFIX: ReadonlyArray<readonly [string, InstitutionId]> = [
  ["SBICR", "sbicard"], ["SBI", "sbi"], ["HDFC", "hdfc"], ["ICICI", "icici"], ["AXIS", "axis"], ["KOTAK", "kotak"],
  ["PNB", "pnb"], ["BOB", "bob"], ["CANB", "canara"], ["UNION", "union"], ["IDFC", "idfc"], ["INDUS", "indusind"],
  ["YESB", "yes"], ["FEDB", "federal"], ["IDBI", "idbi"], ["BOI", "boi"], ["CENTB", "central"], ["IOB", "iob"],
  ["RBL", "rbl"], ["AMEX", "amex"], ["PAYTM", "paytm"], ["AIRT", "airtel"], ["MOBIK", "mobikwik"], ["PHONEPE", "phonepe"],
  ["MPESA", "mpesa"], ["M-PESA", "mpesa"],
];

const cache = new Map<string, Institution | null>();

/** Institution named by an SMS sender header, e.g. "VM-HDFCBK-S" -> HDFC Bank; null when unknown. */
export function institutionFromSender(sender: string): Institution | null {
  const hit = cache.get(sender);
  if (hit !== undefined) return hit;
  const found = lookup(sender);
  if (cache.size > 5000) cache.clear();
  cache.set(sender, found);
  return found;
}

/** The 6-char DLT entity of a header, or the bare upper-cased sender when it is not a DLT header. */
export function senderEntity(sender: string): string {
  const s = sender.trim().toUpperCase().slice(0, 40);
  const m = DLT_HEADER.exec(s);
  return m?.[1] ?? s;
}

function lookup(sender: string): Institution | null {
  const entity = senderEntity(sender);
  // The telecom operator's own header ("VM-AIRTEL-S": bills, recharges) is not its payments bank (AIRBNK).
  if (!entity || entity === "AIRTEL") return null;
  const id = ENTITY[entity] ?? ENTITY_PREFIX.find(([prefix]) => entity.startsWith(prefix))?.[1];
  return id ? INSTITUTIONS[id] : null;
}

const BODY_NAMES =
  /\b(SBI ?Card|SBI Credit Card|State Bank of India|Union Bank of India|Central Bank of India|Bank of India|Bank of Baroda|Punjab National Bank|Indian Overseas Bank|HDFC Bank|HDFC|ICICI Bank|ICICI|Axis Bank|Kotak|Canara Bank|IDFC FIRST|IDFC|IndusInd|Yes Bank|Federal Bank|AU Small Finance|AU Bank|IDBI|RBL|American Express|AMEX|Paytm|Airtel Payments Bank|Amazon Pay|MobiKwik|PhonePe|Google Pay|M-PESA|Emirates NBD|DBS|PNB|BoB|SBI|IOB)\b/i;

const BODY_MAP: Record<string, InstitutionId> = {
  "sbi card": "sbicard", sbicard: "sbicard", "sbi credit card": "sbicard", "state bank of india": "sbi",
  "union bank of india": "union", "central bank of india": "central", "bank of india": "boi", "bank of baroda": "bob",
  "punjab national bank": "pnb", "indian overseas bank": "iob", "hdfc bank": "hdfc", hdfc: "hdfc", "icici bank": "icici",
  icici: "icici", "axis bank": "axis", kotak: "kotak", "canara bank": "canara", "idfc first": "idfc", idfc: "idfc",
  indusind: "indusind", "yes bank": "yes", "federal bank": "federal", "au small finance": "au", "au bank": "au",
  idbi: "idbi", rbl: "rbl", "american express": "amex", amex: "amex", paytm: "paytm", "airtel payments bank": "airtel",
  "amazon pay": "amazonpay", mobikwik: "mobikwik", phonepe: "phonepe", "google pay": "gpay", "m-pesa": "mpesa",
  "emirates nbd": "enbd", dbs: "dbs", pnb: "pnb", bob: "bob", sbi: "sbi", iob: "iob",
};

/** Institution named in the body text; used when the sender is not recognised. */
export function institutionFromBody(text: string): Institution | null {
  const m = BODY_NAMES.exec(text);
  if (!m?.[1]) return null;
  const id = BODY_MAP[m[1].toLowerCase()];
  return id ? INSTITUTIONS[id] : null;
}

/**
 * A personal phone number as sender: 10 or more digits ("+919812345678", "9812345678", "+44 7700 900123").
 * Indian banks send from DLT headers, so an INR alert from such a number is not the bank's. Short numeric senders
 * ("9220", "20004861", "127") are service codes that wallets and banks abroad use, and are not suspect; neither are
 * long numbers for alerts in other currencies (banks in Iran send from numbers like "98200048610").
 */
export function isPersonalNumber(sender: string): boolean {
  const s = sender.trim();
  if (!/^\+?[\d\s-]{10,20}$/.test(s)) return false;
  return s.replace(/\D/g, "").length >= 10;
}
