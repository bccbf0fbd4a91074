import type { LocalePack } from "../types";

/**
 * Azerbaijani, as Azerbaijani banks write it (Kapital Bank, ABB, Leobank), often without its letters ("odenis" for
 * "ödəniş", "medaxil" for "mədaxil", "Qaliq" for "Qalıq"): "Kart *5518 odenis 18.40 AZN .. Qaliq: 402.76 AZN".
 */
export const az: LocalePack = {
  id: "az",
  name: "Azerbaijani",
  scripts: ["Latn"],
  words: {
    // Payment, purchase, outgoing (məxaric), cash withdrawal, transfer sent.
    debit: [
      "ödəniş",
      "odenis",
      "alış",
      "məxaric",
      "mexaric",
      "nağdlaşdırma",
      "nagdlasdirma",
      "köçürmə edildi",
      "kocurme edildi",
      "göndərildi",
      "gonderildi",
      // "Kartinizdan 50.00 AZN cixarildi" (taken out, debited).
      "çıxarıldı",
      "cixarildi",
      "silindi",
    ],
    // Incoming (mədaxil), "came into your account".
    credit: [
      "mədaxil",
      "medaxil",
      "hesabınıza daxil oldu",
      "hesabiniza daxil oldu",
      "kartınıza köçürüldü",
      "daxil oldu",
      "kartiniza kocuruldu",
    ],
    balance: ["qalıq", "qaliq", "balans"],
    otp: ["təsdiq kodu", "tesdiq kodu", "birdəfəlik kod", "birdefelik kod", "kodu heç kimə", "kodu hec kime"],
    promo: ["aktivləşdirin", "aktivlesdirin", "kampaniya", "endirim", "təklif", "teklif", "hədiyyə", "hediyye"],
    due: ["ödəniş tarixi", "odenis tarixi", "borcunuz"],
    future: ["silinəcək", "silinecek", "tutulacaq"],
    failed: ["uğursuz", "ugursuz", "icra olunmadı", "icra olunmadi"],
    declined: ["rədd edildi", "redd edildi", "imtina edildi"],
    amount: ["məbləğ", "mebleg"],
    payer: ["göndərən:", "gonderen:", "göndərən", "gonderen"],
    party: ["alan:", "alan"],
    account: ["hesab", "kart"],
  },
  numbers: { decimal: ".", group: [" ", ","] },
  dateOrders: ["dmy"],
  currencies: ["AZN"],
};
