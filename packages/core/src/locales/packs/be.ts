import type { LocalePack } from "../types";

/** Belarusian, as Belarusian banks write card alerts ("Картка ***4410 Аплата 25.00 BYN .. Рэшта 120.00 BYN"). */
export const be: LocalePack = {
  id: "be",
  name: "Belarusian",
  scripts: ["Cyrl"],
  words: {
    debit: ["аплата", "спісанне", "зняцце наяўных", "пакупка"],
    credit: ["залічэнне", "папаўненне", "паступленне", "вяртанне"],
    balance: ["рэшта", "даступна"],
    otp: ["код пацверджання", "нікому не паведамляйце"],
    promo: ["акцыя", "зніжка", "кэшбэк"],
    due: ["запазычанасць"],
    failed: ["не выканана", "памылка"],
    declined: ["адмова", "адхілена"],
    amount: ["сума"],
    payer: ["ад"],
    refund: ["вяртанне"],
    account: ["картка", "карткі", "рахунак", "рахунку"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["BYN"],
};
