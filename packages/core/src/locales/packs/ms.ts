import type { LocalePack } from "../types";

/** Malay, as Malaysian banks write it ("Kad debit ***1234 digunakan RM 45.00 di ..", "Baki RM .."). Words shared
 * with Indonesian stay in `id.ts` (the first pack listing a word decides). */
export const ms: LocalePack = {
  id: "ms",
  name: "Malay",
  scripts: ["Latn"],
  words: {
    debit: ["digunakan", "telah didebitkan", "didebitkan", "pindahan ke", "bayaran kepada", "pengeluaran tunai"],
    credit: ["pindahan dari", "telah diterima", "diterima daripada", "dimasukkan ke"],
    balance: ["baki"],
    otp: ["kod pengesahan", "jangan kongsi"],
    promo: ["tawaran", "promosi", "tahniah"],
    due: ["tarikh akhir bayaran", "bayaran minimum"],
    failed: ["tidak berjaya"],
    declined: ["tidak diluluskan"],
    amount: ["amaun", "jumlah"],
    payer: ["daripada"],
    party: ["kepada"],
    account: ["akaun", "kad"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["MYR"],
};
