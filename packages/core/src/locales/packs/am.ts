import type { LocalePack } from "../types";

/**
 * Amharic (Ethiopic script). Ethiopian banks and telebirr mostly alert in English ("ETB 3,000.00 has been
 * credited"); these words cover the Amharic alerts some send.
 */
export const am: LocalePack = {
  id: "am",
  name: "Amharic",
  scripts: ["Ethi"],
  words: {
    debit: ["ተቀናሽ", "ተቀንሷል", "ከፍለዋል", "ልከዋል", "ወጪ ተደርጓል"],
    // "ተልኮልዎት .. ገብቷል": sent to you .. has come in (telebirr).
    credit: ["ገቢ ሆኗል", "ተቀብለዋል", "ገቢ ተደርጓል", "ተልኮልዎታል", "ተልኮልዎት", "ገብቷል"],
    // "የሂሳብዎ ቀሪ ብር 5,640.20 ነው": your account's remaining birr is ...
    balance: ["ቀሪ ሂሳብ", "ቀሪ ሒሳብ", "ቀሪ ብር"],
    otp: ["የማረጋገጫ ኮድ", "ሚስጥር ቁጥር", "ማረጋገጫ ኮድ"],
    promo: ["ቅናሽ", "ሽልማት"],
    due: ["የሚከፈልበት ቀን"],
    // "ይቆረጣል": will be deducted (a loan instalment on a date to come).
    future: ["ይቆረጣል"],
    // "ያልተሳካ ግብይት": an unsuccessful transaction.
    failed: ["አልተሳካም", "ያልተሳካ"],
    declined: ["ውድቅ"],
    amount: ["የገንዘብ መጠን"],
    payer: ["ከ "],
    // "ወደ ሰለሞን ገ (2519****4411)": to the payee, whose phone follows the name.
    // "ብር 350.00 ለ ሰላም ግሮሰሪ .. ከፍለዋል": paid to the shop after "ለ".
    party: ["ወደ ", "ለ "],
    account: ["ሂሳብ"],
    payeeNumber: ["ለ"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["ETB"],
};
