import type { LocalePack } from "../types";

/** Marathi (Devanagari), as Bank of Maharashtra, SBI and co-operative banks print it ("रु. 2,500.00 .. वजा करण्यात
 * आले", "शिल्लक"). Words shared with Hindi ("जमा", "खाते") are read by the Hindi classifier first. */
export const mr: LocalePack = {
  id: "mr",
  name: "Marathi",
  scripts: ["Deva"],
  words: {
    debit: ["वजा करण्यात आल", "वजा झाल", "वजा केल", "काढण्यात आल", "काढले", "पाठवण्यात आल", "पाठविण्यात आल", "पाठवले"],
    credit: ["जमा करण्यात आल", "जमा झाल", "जमा केल", "प्राप्त झाल", "मिळाले"],
    balance: ["शिल्लक", "उपलब्ध शिल्लक"],
    otp: ["ओटीपी", "पडताळणी कोड"],
    promo: ["सवलत", "कॅशबॅक", "अभिनंदन", "पूर्व-मंजूर", "पूर्वमंजूर"],
    due: ["थकबाकी", "भरण्याची अंतिम तारीख", "देय रक्कम"],
    future: [
      ...["वजा केले जाईल", "वजा केला जाईल", "वजा केली जाईल", "वजा करण्यात येईल", "वजा होईल"],
      ...["जमा केले जाईल", "जमा केला जाईल", "जमा केली जाईल", "जमा करण्यात येईल", "जमा होईल"],
    ],
    failed: ["अयशस्वी"],
    declined: ["नाकारण्यात आल", "नाकारले"],
    amount: ["रक्कम"],
    account: ["खाते क्र", "खात्यातून", "खात्यात", "खाते"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["INR"],
};
