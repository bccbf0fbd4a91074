import type { LocalePack } from "../types";

/**
 * Chichewa (Nyanja), as Malawian and Zambian wallets write alerts (TNM Mpamba, Airtel Money Malawi):
 * "Mwatumiza MK10,000.00 kwa 0888.. NAME. Ndalama zotsala: MK6,420.00", "Mwalandira MK5,000.00 kuchokera kwa NAME".
 */
export const ny: LocalePack = {
  id: "ny",
  name: "Chichewa",
  scripts: ["Latn"],
  words: {
    // "mwatumiza": you have sent; "mwalipira": you have paid; "mwagula": you have bought.
    debit: ["mwatumiza", "mwalipira", "mwagula"],
    // "mwalandira" (also spelt "mwalandila"): you have received.
    credit: ["mwalandira", "mwalandila"],
    // "ndalama zotsala": the money remaining (the balance).
    balance: ["ndalama zotsala", "zotsala"],
    otp: ["nambala yachinsinsi"],
    // "mwapambana": you have won; "mphoto": a prize.
    promo: ["mwapambana", "mphoto"],
    // "tsiku lomaliza": the last day.
    due: ["tsiku lomaliza"],
    // "sizinatheke": it did not succeed.
    failed: ["sizinatheke"],
    // "zakanidwa": it was refused.
    declined: ["zakanidwa"],
    amount: ["kuchuluka kwa ndalama"],
    // "kuchokera kwa NAME": from NAME.
    payer: ["kuchokera kwa", "kuchokera"],
    party: ["kwa"],
    account: ["akaunti"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["MWK"],
};
