import type { InstitutionDef } from "./types";
import { uco } from "./uco";
import { indianbank } from "./indianbank";
import { karnatakabank } from "./karnatakabank";
import { sib } from "./sib";
import { kvb } from "./kvb";
import { cub } from "./cub";
import { tmb } from "./tmb";
import { dcb } from "./dcb";
import { csb } from "./csb";
import { dhanlaxmi } from "./dhanlaxmi";
import { jkbank } from "./jkbank";
import { mahabank } from "./mahabank";
import { psb } from "./psb";
import { ippb } from "./ippb";
import { fino } from "./fino";
import { jiopb } from "./jiopb";
import { nsdlpb } from "./nsdlpb";
import { equitas } from "./equitas";
import { esaf } from "./esaf";
import { jana } from "./jana";
import { ujjivan } from "./ujjivan";
import { utkarsh } from "./utkarsh";
import { suryoday } from "./suryoday";
import { saraswat } from "./saraswat";
import { cosmos } from "./cosmos";
import { svc } from "./svc";
import { tjsb } from "./tjsb";
import { nkgsb } from "./nkgsb";
import { abhyudaya } from "./abhyudaya";
import { keralagb } from "./keralagb";
import { punjabgb } from "./punjabgb";
import { barodaup } from "./barodaup";
import { bggb } from "./bggb";
import { apgvb } from "./apgvb";
import { lic } from "./lic";
import { onecard } from "./onecard";
import { slice } from "./slice";
import { vodafonecash } from "./vodafonecash";
import { absa } from "./absa";
import { fnb } from "./fnb";
import { boubyan } from "./boubyan";
import { mtnug } from "./mtnug";
import { hangseng } from "./hangseng";
import { bochk } from "./bochk";
import { ctbc } from "./ctbc";
import { cathaybk } from "./cathaybk";
import { dana } from "./dana";
import { paypay } from "./paypay";
import { caisseepargne } from "./caisseepargne";
import { sparkasse } from "./sparkasse";
import { privatbank } from "./privatbank";
import { momo } from "./momo";
import { techcombank } from "./techcombank";
import { vpbank } from "./vpbank";
import { numexico } from "./numexico";
import { banorte } from "./banorte";
import { davivienda } from "./davivienda";
import { daviplata } from "./daviplata";
import { nequi } from "./nequi";
import { galicia } from "./galicia";
import { uala } from "./uala";
import { bancoestado } from "./bancoestado";
import { falabella } from "./falabella";
import { santandercl } from "./santandercl";
import { tenpo } from "./tenpo";
import { bcp } from "./bcp";
import { yape } from "./yape";
import { interbank } from "./interbank";
import { brubank } from "./brubank";
import { tbc } from "./tbc";
import { bog } from "./bog";
import { libertyge } from "./libertyge";
import { kapitalaz } from "./kapitalaz";
import { abb } from "./abb";
import { leobank } from "./leobank";
import { barclays } from "./barclays";
import { chime } from "./chime";
import { banamex } from "./banamex";
import { venmo } from "./venmo";
import { mercadopago } from "./mercadopago";
import { bancolombia } from "./bancolombia";
import { scotiabank } from "./scotiabank";
import { desjardins } from "./desjardins";
import { rbc } from "./rbc";
import { td } from "./td";
import { cibc } from "./cibc";
import { khalti } from "./khalti";
import { esewa } from "./esewa";
import { bbva } from "./bbva";
import { santander } from "./santander";
import { unicredit } from "./unicredit";
import { bca } from "./bca";
import { vietcombank } from "./vietcombank";
import { smbc } from "./smbc";
import { rakuten } from "./rakuten";
import { bandhan } from "./bandhan";
import { gopay } from "./gopay";
import { bankalfalah } from "./bankalfalah";
import { mcb } from "./mcb";
import { hanacard } from "./hanacard";
import { wooricard } from "./wooricard";
import { toss } from "./toss";
import { shinhan } from "./shinhan";
import { kbcard } from "./kbcard";
import { itau } from "./itau";
import { access } from "./access";
import { airtelmoney } from "./airtelmoney";
import { hbl } from "./hbl";
import { meezan } from "./meezan";
import { ubl } from "./ubl";
import { jazzcash } from "./jazzcash";
import { easypaisa } from "./easypaisa";
import { gtbank } from "./gtbank";
import { firstbank } from "./firstbank";
import { kuda } from "./kuda";
import { equity } from "./equity";
import { kcb } from "./kcb";
import { bankdhofar } from "./bankdhofar";
import { nbo } from "./nbo";
import { nbe } from "./nbe";
import { banquemisr } from "./banquemisr";
import { instapay } from "./instapay";
import { combank } from "./combank";
import { boc } from "./boc";
import { hnb } from "./hnb";
import { halyk } from "./halyk";
import { kaspi } from "./kaspi";
import { saderat } from "./saderat";
import { garanti } from "./garanti";
import { isbank } from "./isbank";
import { akbank } from "./akbank";
import { alfabank } from "./alfabank";
import { vtb } from "./vtb";
import { hbtf } from "./hbtf";
import { cliq } from "./cliq";
import { csas } from "./csas";
import { fio } from "./fio";
import { gibl } from "./gibl";
import { nicasia } from "./nicasia";
import { nagad } from "./nagad";
import { dbbl } from "./dbbl";
import { citybank } from "./citybank";
import { belarusbank } from "./belarusbank";
import { citi } from "./citi";
import { bofa } from "./bofa";
import { discover } from "./discover";
import { capitalone } from "./capitalone";
import { adcb } from "./adcb";
import { airtel } from "./airtel";
import { alinma } from "./alinma";
import { alrajhi } from "./alrajhi";
import { amazonpay } from "./amazonpay";
import { amex } from "./amex";
import { arabbank } from "./arabbank";
import { au } from "./au";
import { axis } from "./axis";
import { baac } from "./baac";
import { bajaj } from "./bajaj";
import { bankmuscat } from "./bankmuscat";
import { bbl } from "./bbl";
import { bkash } from "./bkash";
import { rocket } from "./rocket";
import { bob } from "./bob";
import { boi } from "./boi";
import { bsf } from "./bsf";
import { cams } from "./cams";
import { canara } from "./canara";
import { cbe } from "./cbe";
import { central } from "./central";
import { chase } from "./chase";
import { cib } from "./cib";
import { citizens } from "./citizens";
import { crdb } from "./crdb";
import { d360 } from "./d360";
import { dashen } from "./dashen";
import { dbs } from "./dbs";
import { dtb } from "./dtb";
import { eislamic } from "./eislamic";
import { emola } from "./emola";
import { enbd } from "./enbd";
import { enpara } from "./enpara";
import { everest } from "./everest";
import { fab } from "./fab";
import { faysal } from "./faysal";
import { federal } from "./federal";
import { gpay } from "./gpay";
import { gsb } from "./gsb";
import { hdfc } from "./hdfc";
import { icici } from "./icici";
import { idbi } from "./idbi";
import { idfc } from "./idfc";
import { indusind } from "./indusind";
import { iob } from "./iob";
import { jaiz } from "./jaiz";
import { kbank } from "./kbank";
import { keystone } from "./keystone";
import { kfin } from "./kfin";
import { kotak } from "./kotak";
import { krungsri } from "./krungsri";
import { ktb } from "./ktb";
import { ktc } from "./ktc";
import { laxmi } from "./laxmi";
import { liv } from "./liv";
import { lumbini } from "./lumbini";
import { machhapuchchhre } from "./machhapuchchhre";
import { manjushree } from "./manjushree";
import { mashreq } from "./mashreq";
import { mbankcz } from "./mbankcz";
import { mbim } from "./mbim";
import { mellat } from "./mellat";
import { melli } from "./melli";
import { mixx } from "./mixx";
import { mobikwik } from "./mobikwik";
import { mpesa } from "./mpesa";
import { nabil } from "./nabil";
import { nations } from "./nations";
import { nbl } from "./nbl";
import { ndb } from "./ndb";
import { nmbnp } from "./nmbnp";
import { nmbtz } from "./nmbtz";
import { nsb } from "./nsb";
import { nsbi } from "./nsbi";
import { opay } from "./opay";
import { frimi } from "./frimi";
import { ezcash } from "./ezcash";
import { soharintl } from "./soharintl";
import { ovo } from "./ovo";
import { halopesa } from "./halopesa";
import { wema } from "./wema";
import { gcb } from "./gcb";
import { telecelcash } from "./telecelcash";
import { wave } from "./wave";
import { orangemoney } from "./orangemoney";
import { moniepoint } from "./moniepoint";
import { atmoney } from "./atmoney";
import { mtngh } from "./mtngh";
import { mtnrw } from "./mtnrw";
import { moovmoney } from "./moovmoney";
import { mpamba } from "./mpamba";
import { ecocash } from "./ecocash";
import { cih } from "./cih";
import { palmpay } from "./palmpay";
import { parsian } from "./parsian";
import { pasargad } from "./pasargad";
import { paytm } from "./paytm";
import { phonepe } from "./phonepe";
import { pnb } from "./pnb";
import { prime } from "./prime";
import { priorbank } from "./priorbank";
import { rbl } from "./rbl";
import { sab } from "./sab";
import { sampath } from "./sampath";
import { sber } from "./sber";
import { sbi } from "./sbi";
import { sbicard } from "./sbicard";
import { scb } from "./scb";
import { schwab } from "./schwab";
import { scnepal } from "./scnepal";
import { selcom } from "./selcom";
import { siddhartha } from "./siddhartha";
import { snb } from "./snb";
import { stcbank } from "./stcbank";
import { stdbankmz } from "./stdbankmz";
import { tbank } from "./tbank";
import { telebirr } from "./telebirr";
import { ttb } from "./ttb";
import { union } from "./union";
import { yes } from "./yes";
import { zemen } from "./zemen";
import { zenith } from "./zenith";
import { familybank } from "./familybank";
import { maya } from "./maya";
import { maybank } from "./maybank";
import { bankislam } from "./bankislam";
import { nayapay } from "./nayapay";
import { alfabankby } from "./alfabankby";

export type { Institution, InstitutionDef } from "./types";

/**
 * Every institution the parser knows, one folder each. Adding a bank is one folder plus one line here;
 * `test/parser/registry.test.ts` checks each is wired (sender headers unique, fixtures present, currency known).
 */
const FOLDERS: readonly InstitutionDef[] = [
  uco,
  indianbank,
  karnatakabank,
  sib,
  kvb,
  cub,
  tmb,
  dcb,
  csb,
  dhanlaxmi,
  jkbank,
  mahabank,
  psb,
  ippb,
  fino,
  jiopb,
  nsdlpb,
  equitas,
  esaf,
  jana,
  ujjivan,
  utkarsh,
  suryoday,
  saraswat,
  cosmos,
  svc,
  tjsb,
  nkgsb,
  abhyudaya,
  keralagb,
  punjabgb,
  barodaup,
  bggb,
  apgvb,
  lic,
  onecard,
  slice,
  mtnug,
  hangseng,
  bochk,
  ctbc,
  cathaybk,
  dana,
  paypay,
  caisseepargne,
  sparkasse,
  privatbank,
  momo,
  techcombank,
  vpbank,
  numexico,
  banorte,
  davivienda,
  daviplata,
  nequi,
  galicia,
  uala,
  bancoestado,
  falabella,
  santandercl,
  tenpo,
  bcp,
  yape,
  interbank,
  brubank,
  tbc,
  bog,
  libertyge,
  kapitalaz,
  abb,
  leobank,
  barclays,
  chime,
  banamex,
  venmo,
  mercadopago,
  bancolombia,
  scotiabank,
  desjardins,
  access,
  adcb,
  airtel,
  airtelmoney,
  akbank,
  alfabank,
  alinma,
  alrajhi,
  amazonpay,
  amex,
  arabbank,
  au,
  axis,
  baac,
  bajaj,
  bankdhofar,
  bankmuscat,
  banquemisr,
  bbl,
  belarusbank,
  bkash,
  rocket,
  bob,
  boc,
  bofa,
  boi,
  bsf,
  cams,
  canara,
  capitalone,
  cbe,
  central,
  chase,
  cib,
  citi,
  citizens,
  citybank,
  cliq,
  combank,
  crdb,
  csas,
  d360,
  dashen,
  dbbl,
  dbs,
  discover,
  dtb,
  easypaisa,
  eislamic,
  emola,
  enbd,
  enpara,
  equity,
  everest,
  fab,
  faysal,
  federal,
  fio,
  firstbank,
  garanti,
  gibl,
  gpay,
  gsb,
  gtbank,
  halyk,
  hbl,
  hbtf,
  hdfc,
  hnb,
  icici,
  idbi,
  idfc,
  indusind,
  instapay,
  iob,
  isbank,
  jaiz,
  jazzcash,
  kaspi,
  kbank,
  kcb,
  keystone,
  kfin,
  kotak,
  krungsri,
  ktb,
  ktc,
  kuda,
  laxmi,
  liv,
  lumbini,
  machhapuchchhre,
  manjushree,
  mashreq,
  mbankcz,
  mbim,
  meezan,
  mellat,
  melli,
  mixx,
  mobikwik,
  mpesa,
  nabil,
  nagad,
  nations,
  nbe,
  nbl,
  nbo,
  ndb,
  nicasia,
  nmbnp,
  nmbtz,
  nsb,
  nsbi,
  opay,
  frimi,
  ezcash,
  soharintl,
  ovo,
  halopesa,
  wema,
  gcb,
  telecelcash,
  palmpay,
  parsian,
  pasargad,
  paytm,
  phonepe,
  pnb,
  prime,
  priorbank,
  rbl,
  sab,
  saderat,
  sampath,
  sber,
  sbi,
  sbicard,
  scb,
  schwab,
  scnepal,
  selcom,
  siddhartha,
  snb,
  stcbank,
  stdbankmz,
  tbank,
  telebirr,
  ttb,
  ubl,
  union,
  vtb,
  yes,
  zemen,
  zenith,
  absa,
  boubyan,
  fnb,
  rbc,
  td,
  cibc,
  khalti,
  esewa,
  bbva,
  santander,
  unicredit,
  bca,
  vietcombank,
  smbc,
  rakuten,
  bandhan,
  gopay,
  bankalfalah,
  mcb,
  hanacard,
  wooricard,
  toss,
  shinhan,
  kbcard,
  itau,
  vodafonecash,
  wave,
  orangemoney,
  moniepoint,
  atmoney,
  mtngh,
  mtnrw,
  moovmoney,
  mpamba,
  ecocash,
  cih,
  familybank,
  maya,
  maybank,
  bankislam,
  nayapay,
  alfabankby,
];

/** Every folder's definition in one object shape (the parser reads these per SMS: one hidden class, fast access). */
export const INSTITUTION_LIST: readonly InstitutionDef[] = FOLDERS.map((f) => ({
  id: f.id,
  name: f.name,
  kind: f.kind,
  country: f.country,
  currency: f.currency,
  timeZone: f.timeZone,
  senders: f.senders,
  dlt: f.dlt ?? f.country === "IN",
  senderPrefixes: f.senderPrefixes ?? [],
  names: f.names,
  rules: f.rules,
  markets: f.markets ?? [],
}));

/** Institutions by id. */
export const INSTITUTIONS: ReadonlyMap<string, InstitutionDef> = new Map(INSTITUTION_LIST.map((i) => [i.id, i]));
