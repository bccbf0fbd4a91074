import type { LocalePack } from "../types";

/** Hindi (Devanagari), as Indian banks print it; the English classifier reads these words too (`parser/intent.ts`). */
export const hi: LocalePack = {
  id: "hi",
  name: "Hindi",
  scripts: ["Deva"],
  words: {
    debit: ["डेबिट", "नामे", "निकाले", "काटे", "कटौती", "भेजे", "खर्च", "अंतरित", "निकासी", "भुगतान"],
    credit: ["जमा", "प्राप्त", "क्रेडिट"],
    balance: ["शेष", "उपलब्ध शेष"],
    otp: ["ओटीपी", "वन टाइम पासवर्ड"],
    promo: ["ऑफर", "कैशबैक"],
    due: ["बकाया", "देय", "जाएगा", "जाएगी"],
    failed: ["विफल", "असफल"],
    declined: ["अस्वीकार", "अस्वीकृत"],
    amount: ["राशि"],
    account: ["खाता", "खाते"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["INR"],
};
