import type { LocalePack } from "../types";

/** Gujarati, as Bank of Baroda, SBI and Gujarat co-operative banks print their Gujarati alerts ("રૂ.750.00 ડેબિટ થયા",
 * "જમા થયા", "બેલેન્સ"). "બાકી" alone is both a balance and an arrear: only "બાકી રકમ" is a due word. */
export const gu: LocalePack = {
  id: "gu",
  name: "Gujarati",
  scripts: ["Gujr"],
  words: {
    debit: [
      "ડેબિટ થય",
      "ડેબિટ કરવામાં આવ્ય",
      "ઉપાડવામાં આવ્ય",
      "ઉપાડ્યા",
      "કપાયા",
      "કપાઈ",
      "મોકલવામાં આવ્ય",
      "મોકલ્યા",
      "ચૂકવવામાં આવ્ય",
    ],
    credit: ["જમા થય", "જમા કરવામાં આવ્ય", "ક્રેડિટ થય", "ક્રેડિટ કરવામાં આવ્ય", "પ્રાપ્ત થય", "મળ્યા"],
    balance: ["બેલેન્સ", "સિલક", "ઉપલબ્ધ બેલેન્સ"],
    otp: ["ઓટીપી", "વેરિફિકેશન કોડ"],
    promo: ["ઓફર", "કેશબેક", "અભિનંદન", "પૂર્વ-મંજૂર"],
    due: ["બાકી રકમ", "ચૂકવવાની છેલ્લી તારીખ", "છેલ્લી તારીખ"],
    future: ["ડેબિટ થશે", "ડેબિટ કરવામાં આવશે", "જમા થશે", "જમા કરવામાં આવશે", "કપાશે"],
    failed: ["નિષ્ફળ", "ડેબિટ થયા નથી", "ડેબિટ થયેલ નથી", "જમા થયા નથી", "જમા થયેલ નથી"],
    declined: ["નકારવામાં આવ્ય", "નકારી"],
    amount: ["રકમ"],
    account: ["ખાતા નં", "ખાતા", "ખાતું", "એકાઉન્ટ"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["INR"],
};
