import type { LocalePack } from "../types";

/**
 * Georgian, as Georgian banks write it (TBC, Bank of Georgia, Liberty): in its own script ("ჩაირიცხა 800.00 GEL")
 * or transliterated into Latin letters ("gadakhda 24.50 GEL; .. Nashti: 1,204.12 GEL"). Decimal point.
 */
export const ka: LocalePack = {
  id: "ka",
  name: "Georgian",
  scripts: ["Geor", "Latn"],
  words: {
    // Payment, withdrawal (from the ATM), debited, sent; transliterated forms as printed ("kh" or "x" for "ხ").
    debit: [
      "გადახდა",
      "გადაიხადა",
      "გატანა",
      "გაიტანა",
      "ჩამოიჭრა",
      "ჩამოგეჭრათ",
      "გაიგზავნა",
      "gadakhda",
      "gadaxda",
      "gadakhdili",
      "gatanili",
      "gatana",
      "chamoichra",
      "gaigzavna",
      // Purchase; a transfer (money in when a sender follows: see `transfer`).
      "შესყიდვა",
      "sheskidva",
      "gadaricxva",
      "gadaritskhva",
      "გადარიცხვა",
    ],
    // Credited, crediting, received.
    credit: ["ჩაირიცხა", "ჩაგერიცხათ", "ჩარიცხვა", "მიღებულია", "chairicxa", "chairitskha", "charicxva", "charitskhva"],
    // Balance words feed the keyword pass, which has room for few more distinct characters (`substrings.ts`): only
    // the Latin ones ("ნაშთი" is "nashti").
    balance: ["nashti", "xelmisawvdomi"],
    otp: ["ერთჯერადი კოდი", "დადასტურების კოდი", "ertjeradi kodi", "dadasturebis kodi"],
    promo: ["აქცია", "შეთავაზება", "aqcia", "shetavazeba"],
    // "sesxis shemdegi gadakhda 150.00 GEL 10/12": the loan's next payment, a due reminder.
    due: ["გადასახდელი", "დავალიანება", "gadasaxdeli", "davalianeba", "shemdegi gadakhda", "შემდეგი გადახდა"],
    future: ["ჩამოიჭრება", "ჩაირიცხება", "chamoichreba", "chairicxeba"],
    failed: ["ვერ შესრულდა", "წარუმატებელი", "ver shesrulda"],
    declined: ["უარყოფილია", "uarkofilia", "uaryofilia"],
    amount: ["თანხა", "tanxa", "tankha"],
    transfer: ["gadaricxva", "gadaritskhva", "გადარიცხვა"],
    payer: ["გამგზავნი:", "გამგზავნი", "gamgzavni:", "gamgzavni"],
    party: ["მიმღები:", "მიმღები", "mimghebi:", "mimghebi"],
    account: ["ანგარიში", "ბარათი", "angarishi", "barati"],
  },
  numbers: { decimal: ".", group: [",", " "] },
  dateOrders: ["dmy"],
  currencies: ["GEL"],
};
