import type { LocalePack } from "../types";

/**
 * Kinyarwanda, as Rwandan banks and wallets write alerts (Bank of Kigali, MTN MoMo and Airtel Money Rwanda):
 * "Konti yawe .. yakiriye 50,000 RWF .. uvuye kuri NAME", "Wakiriye 8,000 RWF kuva kuri NAME. Amafaranga asigaye ..".
 */
export const rw: LocalePack = {
  id: "rw",
  name: "Kinyarwanda",
  scripts: ["Latn"],
  words: {
    // "wohereje": you sent; "woherereje": you sent to; "wishyuye": you paid; "wabikuje": you withdrew.
    debit: ["wohereje", "woherereje", "wishyuye", "wabikuje"],
    // "wakiriye": you received; "yakiriye": (the account) has received; "wohererejwe": you were sent.
    credit: ["wakiriye", "yakiriye", "wohererejwe"],
    // "asigaye": remaining (the balance), "amafaranga asigaye": money remaining.
    balance: ["amafaranga asigaye", "asigaye"],
    otp: ["kode y'ibanga", "ijambo ry'ibanga"],
    // "watsindiye": you have won.
    promo: ["watsindiye", "poromosiyo"],
    // "igihe ntarengwa": the deadline.
    due: ["igihe ntarengwa"],
    // "ntibyakunze": it did not go through.
    failed: ["ntibyakunze"],
    // "byanzwe": it was refused.
    declined: ["byanzwe"],
    amount: ["umubare w'amafaranga"],
    // "uvuye kuri NAME", "kuva kuri NAME": from NAME.
    payer: ["uvuye kuri", "kuva kuri"],
    account: ["konti yawe", "konti"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["RWF"],
};
