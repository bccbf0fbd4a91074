import type { LocalePack } from "../types";

/** Turkish, as Turkish banks write it (decimal comma, dot grouping: "1.250,00 TL"). */
export const tr: LocalePack = {
  id: "tr",
  name: "Turkish",
  scripts: ["Latn"],
  words: {
    debit: ["harcama", "ödeme yapıldı", "para çekme", "gönderildi", "tahsil edildi", "çekildi", "borçlandırıldı"],
    credit: ["yatırıldı", "gelen havale", "gelen eft", "hesabınıza geçti", "iade", "alacaklandırıldı"],
    balance: ["bakiye", "kullanılabilir limit"],
    otp: ["doğrulama kodu", "tek kullanımlık", "şifreniz"],
    promo: ["kampanya", "fırsat", "indirim", "hediye", "kazandınız", "tebrikler"],
    due: ["son ödeme", "asgari ödeme"],
    failed: ["başarısız", "gerçekleşmedi"],
    declined: ["reddedildi", "onaylanmadı"],
    amount: ["tutar", "tutarında"],
    account: ["hesap", "kart"],
  },
  numbers: { decimal: ",", group: ["."] },
  dateOrders: ["dmy"],
  currencies: ["TRY"],
};
