import type { LocalePack } from "../types";

/** Nepali (Devanagari); most Nepali bank alerts are English ("NPR 1,250.00 withdrawn"), wallets mix both. */
export const ne: LocalePack = {
  id: "ne",
  name: "Nepali",
  scripts: ["Deva"],
  words: {
    debit: ["टपअप", "रिचार्ज", "खर्च भएको", "डेबिट", "निकासी", "भुक्तानी", "पठाइएको", "झिकिएको", "कट्टा भएको"],
    credit: ["जम्मा", "क्रेडिट", "प्राप्त भएको"],
    balance: ["मौज्दात", "बाँकी रकम"],
    otp: ["ओटिपी", "प्रमाणीकरण कोड"],
    promo: ["छुट", "अफर", "बधाई", "जित्नुभयो", "पूर्वस्वीकृत"],
    due: ["तिर्नुपर्ने", "भुक्तानी मिति"],
    future: ["कट्टा हुनेछ", "काटिनेछ", "डेबिट हुनेछ", "जम्मा हुनेछ"],
    failed: ["असफल"],
    declined: ["अस्वीकृत"],
    amount: ["रकम"],
    partyBefore: [" बाट "],
    account: ["खाता"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy", "ymd"],
  currencies: ["NPR"],
};
