import type { LocalePack } from "../types";

/** Kazakh, as Kazakh banks and Kaspi write it (space grouping: "Аударым 5 000 ₸ Ержан Б. жіберілді"). */
export const kk: LocalePack = {
  id: "kk",
  name: "Kazakh",
  scripts: ["Cyrl"],
  words: {
    debit: ["жіберілді", "төленді", "төлем жасалды", "сатып алу", "есептен шығарылды", "шешілді"],
    credit: ["түсті", "толықтырылды", "есепке алынды", "қабылданды"],
    balance: ["қолжетімді", "қалдық", "теңгерім"],
    otp: ["растау коды", "біржолғы құпиясөз", "кодты ешкімге"],
    promo: ["жеңілдік", "ұтыс", "сыйлық", "ұсыныс"],
    // "Kaspi Red бойынша төлем 12 300 ₸ 25.11.2026 дейін": the payment due on a card, by a date.
    due: ["төлеу мерзімі", "берешек", "бойынша төлем"],
    future: ["есептен шығарылады", "төленеді"],
    held: ["бұғатталды", "бұғатталған"],
    failed: ["сәтсіз", "орындалмады"],
    declined: ["қабылданбады", "бас тартылды"],
    amount: ["сомасы", "сома"],
    partyBefore: ["жіберілді"],
    account: ["карта", "шот", "шотыңыз"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["KZT"],
};
