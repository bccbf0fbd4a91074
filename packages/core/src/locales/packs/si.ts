import type { LocalePack } from "../types";

/** Sinhala; most Sri Lankan bank alerts are English ("LKR 5,000.00 debited"), some banks also alert in Sinhala. */
export const si: LocalePack = {
  id: "si",
  name: "Sinhala",
  scripts: ["Sinh"],
  words: {
    debit: ["හර කරන ලදී", "හර කර ඇත", "ආපසු ගන්නා ලදී", "ආපසු ගෙන ඇත", "ගෙවන ලදී", "යවන ලදී"],
    credit: ["බැර කරන ලදී", "බැර කර ඇත", "තැන්පත් කරන ලදී", "තැන්පත් කර ඇත", "ලැබී ඇත", "ලැබුණි"],
    balance: ["ශේෂය", "ගිණුම් ශේෂය"],
    otp: ["එක් වරක් මුරපදය", "සත්‍යාපන කේතය"],
    promo: ["දීමනාව", "වට්ටම්", "සුබ පැතුම්"],
    due: ["ගෙවිය යුතු", "නියමිත දිනය"],
    failed: ["අසාර්ථක"],
    declined: ["ප්‍රතික්ෂේප"],
    amount: ["මුදල"],
    account: ["ගිණුම", "කාඩ්පත"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["LKR"],
};
