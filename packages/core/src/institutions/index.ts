import type { InstitutionDef } from "./types";
import { airtel } from "./airtel";
import { amazonpay } from "./amazonpay";
import { amex } from "./amex";
import { au } from "./au";
import { axis } from "./axis";
import { bajaj } from "./bajaj";
import { bob } from "./bob";
import { boi } from "./boi";
import { cams } from "./cams";
import { canara } from "./canara";
import { central } from "./central";
import { chase } from "./chase";
import { dbs } from "./dbs";
import { enbd } from "./enbd";
import { federal } from "./federal";
import { gpay } from "./gpay";
import { hdfc } from "./hdfc";
import { icici } from "./icici";
import { idbi } from "./idbi";
import { idfc } from "./idfc";
import { indusind } from "./indusind";
import { iob } from "./iob";
import { kfin } from "./kfin";
import { kotak } from "./kotak";
import { mobikwik } from "./mobikwik";
import { mpesa } from "./mpesa";
import { paytm } from "./paytm";
import { phonepe } from "./phonepe";
import { pnb } from "./pnb";
import { rbl } from "./rbl";
import { sbi } from "./sbi";
import { sbicard } from "./sbicard";
import { union } from "./union";
import { yes } from "./yes";

export type { Institution, InstitutionDef } from "./types";

/**
 * Every institution the parser knows, one folder each. Adding a bank is one folder plus one line here;
 * `test/parser/registry.test.ts` checks each is wired (sender headers unique, fixtures present, currency known).
 */
export const INSTITUTION_LIST: readonly InstitutionDef[] = [
  airtel, amazonpay, amex, au, axis, bajaj, bob, boi, cams, canara, central, chase, dbs, enbd, federal, gpay, hdfc,
  icici, idbi, idfc, indusind, iob, kfin, kotak, mobikwik, mpesa, paytm, phonepe, pnb, rbl, sbi, sbicard, union, yes,
];

/** Institutions by id. */
export const INSTITUTIONS: Readonly<Record<string, InstitutionDef>> = Object.fromEntries(INSTITUTION_LIST.map((i) => [i.id, i]));
