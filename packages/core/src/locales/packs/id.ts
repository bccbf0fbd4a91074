import type { LocalePack } from "../types";

/** Indonesian, as Indonesian banks write it (BCA, Mandiri, BRI: "Dana masuk Rp 2.500.000,00 dari ..", "Tarik tunai Rp .."). */
export const id: LocalePack = {
  id: "id",
  name: "Indonesian",
  scripts: ["Latn"],
  words: {
    debit: [
      "transaksi debit", "tarik tunai", "penarikan", "pembayaran", "transfer ke", "transfer rp", "pembelian", "didebet",
      "dana keluar", "telah dipotong",
    ],
    credit: [
      "dana masuk", "transfer masuk", "dikreditkan", "transfer dari", "setoran", "terima transfer",
      "penerimaan", "anda menerima",
    ],
    balance: ["saldo", "sisa saldo"],
    otp: ["kode otp", "kode verifikasi", "jangan berikan", "rahasiakan"],
    promo: ["nikmati cashback", "s.d.", "s&k berlaku", "diskon", "hadiah", "selamat", "dapatkan"],
    due: ["jatuh tempo", "tagihan anda"],
    future: ["akan didebet", "akan dipotong"],
    held: ["pemblokiran dana", "limit kartu", "dapat membayar"],
    failed: ["gagal"],
    declined: ["ditolak"],
    amount: ["sebesar", "nominal"],
    payer: ["dari"],
    party: ["di", "ke"],
    refund: ["pengembalian dana"],
    account: ["rekening", "rek", "kartu"],
  },
  numbers: { decimal: ",", group: ["."] },
  dateOrders: ["dmy"],
  currencies: ["IDR"],
};
