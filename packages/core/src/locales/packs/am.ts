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
    credit: ["ገቢ ሆኗል", "ተቀብለዋል", "ገቢ ተደርጓል", "ተልኮልዎታል"],
    balance: ["ቀሪ ሂሳብ", "ቀሪ ሒሳብ"],
    otp: ["የማረጋገጫ ኮድ", "ሚስጥር ቁጥር"],
    promo: ["ቅናሽ", "ሽልማት"],
    due: ["የሚከፈልበት ቀን"],
    failed: ["አልተሳካም"],
    declined: ["ውድቅ"],
    amount: ["የገንዘብ መጠን"],
    payer: ["ከ "],
    account: ["ሂሳብ"],
    payeeNumber: ["ለ"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["ETB"],
};
