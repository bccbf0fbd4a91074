import type { LocalePack } from "../types";

/** Ukrainian, as Ukrainian banks write card alerts (monobank, PrivatBank): "Списання 850,00 грн. Картка *3301". */
export const uk: LocalePack = {
  id: "uk",
  name: "Ukrainian",
  scripts: ["Cyrl"],
  words: {
    debit: ["списання", "покупка", "оплата", "переказ на", "зняття", "платіж", "spysannia", "spysannya", "zniattia"],
    credit: [
      "зарахування",
      "поповнення",
      "надходження",
      "переказ від",
      "повернення",
      "zarahuvannya",
      "perekaz vid",
      // Other transliterations: "Zarakhuvannia 1500.00 UAH vid ..", "Popovnennia".
      "zarakhuvannia",
      "zarakhuvannya",
      "popovnennia",
      "popovnennya",
    ],
    balance: ["баланс", "бал", "залишок", "доступно"],
    otp: ["код підтвердження", "нікому не повідомляйте", "одноразовий пароль"],
    promo: ["акція", "знижк", "кешбек", "вигідн", "пропозиці"],
    due: ["заборгованіст", "необхідно внести", "термін оплати"],
    held: ["передавторизац", "холд", "заблоковано", "кредитний ліміт", "схвалено", "можете оплатити"],
    failed: ["не виконано", "неуспішн", "не вдалося", "помилка"],
    declined: ["відмова", "відмовлено", "відхилено", "недостатньо коштів"],
    amount: ["сума"],
    payer: ["від", "vid"],
    // "Переказ на картку Ігор П.": the payee after the card they were paid to.
    party: ["в", "на картку"],
    transfer: ["переказ"],
    refund: ["повернення"],
    future: ["буде списано", "буде списан", "спишеться"],
    account: ["картка", "картки", "рахунок", "рахунку"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["UAH"],
};
