import type { LocalePack } from "../types";

/**
 * Russian, as Russian and Belarusian banks write it (T-Bank, Sber, Priorbank), in Cyrillic and in the Latin
 * transliteration some phones and banks use ("Oplata 12.90 BYN. Dostupno: 947.09 BYN").
 */
export const ru: LocalePack = {
  id: "ru",
  name: "Russian",
  scripts: ["Cyrl", "Latn"],
  words: {
    debit: [
      "выдача", "vydacha nalichnykh", "покупка", "оплата", "списание", "списано", "перевод", "снятие",
      "выдача наличных", "платеж", "платёж", "oplata", "pokupka", "spisanie", "spisano", "perevod", "snyatie",
      "vydacha",
    ],
    credit: [
      "перевод из", "perevod iz", "отмена операции", "otmena operacii", "отмена покупки", "otmena pokupki",
      "зарплата", "zarplata", "пополнение", "зачисление", "зачислено", "поступление", "входящий перевод",
      "возврат", "перевод от", "popolnenie", "zachislenie", "zachisleno", "postuplenie", "vozvrat",
    ],
    balance: ["доступно", "баланс", "остаток", "dostupno", "balans", "ostatok"],
    otp: [
      "код подтверждения", "никому не сообщайте", "одноразовый пароль", "kod podtverzhdeniya", "parol",
      "никому его не сообщайте", "не сообщайте", "никому не говорите", "nikomu ne soobshchayte", "nikomu ego ne", "vash kod",
    ],
    promo: [
      "акция", "скидк", "кэшбэк", "выгодн", "предложение", "aktsiya", "skidka", "выиграли", "приз",
      "поздравляем", "vyigrali", "кредит наличными", "rassrochka", "рассрочка", "одобрен кредит", "вам одобрен",
    ],
    due: ["задолженност", "необходимо внести", "срок оплаты", "zadolzhennost"],
    future: [
      "будет списан", "будут списаны", "будет произведено", "должна быть", "должен быть", "dolzhna byt",
      "dolzhen byt", "budet spisan",
    ],
    held: [
      "предавторизац", "холд", "заблокирован", "блокировка суммы", "кредитный лимит", "лимит по карте",
      "одобрен", "можете оплатить", "predavtorizac", "khold", "kholdirovan", "zablokirovan", "odobren",
    ],
    failed: ["не выполнен", "неуспешн", "не прошла", "не удалось", "ошибка", "oshibka"],
    declined: ["отказ", "отклонен", "отклонён", "otkaz", "otklonen"],
    amount: ["сумма", "summa"],
    payer: ["от", "ot"],
    party: ["в"],
    transfer: ["перевод", "perevod"],
    refund: ["возврат", "vozvrat"],
    account: ["карты", "карта", "счет", "счёт", "karta", "schet"],
  },
  numbers: { decimal: ",", group: [" ", "\u00a0"] },
  dateOrders: ["dmy"],
  currencies: ["RUB", "BYN", "KZT", "UAH"],
};
