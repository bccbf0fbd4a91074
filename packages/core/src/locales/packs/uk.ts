import type { LocalePack } from "../types";

/** Ukrainian, as Ukrainian banks write card alerts (monobank, PrivatBank): "Списання 850,00 грн. Картка *3301". */
export const uk: LocalePack = {
  id: "uk",
  name: "Ukrainian",
  scripts: ["Cyrl"],
  words: {
    debit: ["списання", "покупка", "оплата", "переказ на", "зняття готівки", "платіж"],
    credit: ["зарахування", "поповнення", "надходження", "переказ від", "повернення"],
    balance: ["баланс", "залишок", "доступно"],
    otp: ["код підтвердження", "нікому не повідомляйте", "одноразовий пароль"],
    promo: ["акція", "знижк", "кешбек", "вигідн", "пропозиці"],
    due: ["заборгованіст", "необхідно внести", "термін оплати"],
    failed: ["не виконано", "неуспішн", "не вдалося", "помилка"],
    declined: ["відмова", "відхилено"],
    amount: ["сума"],
    account: ["картка", "картки", "рахунок", "рахунку"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["UAH"],
};
