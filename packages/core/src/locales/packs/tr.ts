import type { LocalePack } from "../types";

/** Turkish, as Turkish banks write it (decimal comma, dot grouping: "1.250,00 TL"). */
export const tr: LocalePack = {
  id: "tr",
  name: "Turkish",
  scripts: ["Latn"],
  words: {
    debit: [
      "harcama", "ödeme yapıldı", "para çekme", "gönderildi", "tahsil edildi", "çekildi", "borçlandırıldı",
      "islem yapilmistir", "işlem yapılmıştır", "nakit cekim", "nakit çekim", "odeme yapildi", "para cekme",
      "gonderildi", "cekildi", "para cekilmis", "para çekilmiş",
    ],
    credit: [
      "tarafından", "tarafindan", "yatırıldı", "gelen havale", "gelen eft", "hesabınıza geçti", "iade",
      "alacaklandırıldı", "nolu hesabiniza", "nolu hesabınıza", "yatirildi", "hesabiniza gecti",
    ],
    balance: ["bakiye", "kullanılabilir limit", "kullanilabilir limit"],
    otp: [
      "sifreniz", "giris sifreniz", "giriş şifreniz", "paylasmayiniz", "paylaşmayınız", "doğrulama kodu",
      "tek kullanımlık", "şifreniz", "dogrulama kodu", "tek kullanimlik", "kodu kimseyle", "kodunuz",
    ],
    promo: [
      "kampanya", "fırsat", "indirim", "hediye", "kazandınız", "tebrikler", "firsat", "basvur", "başvur",
    ],
    due: ["son ödeme", "asgari ödeme", "son odeme", "asgari odeme"],
    future: ["tahsil edilecek", "çekilecek", "cekilecek"],
    held: [
      "provizyon", "bloke edil", "bloke edildi", "kart limitiniz", "limit artış", "ödeyebilirsiniz",
      "odeyebilirsiniz",
    ],
    failed: ["başarısız", "gerçekleşmedi", "basarisiz", "gerceklesmedi"],
    declined: [
      "reddedildi", "onaylanmadı", "gerceklestirilemedi", "gerçekleştirilemedi", "yetersiz limit",
      "yetersiz bakiye", "onaylanmadi",
    ],
    amount: ["tutar", "tutarında"],
    partyBefore: ["iadesi", "tarafından", "tarafindan", "isyerinden", "isyerinde", "adlı alıcıya", "adli aliciya"],
    refund: ["iade", "iadesi"],
    account: ["hesap", "kart"],
  },
  numbers: { decimal: ",", group: ["."] },
  dateOrders: ["dmy"],
  currencies: ["TRY"],
};
