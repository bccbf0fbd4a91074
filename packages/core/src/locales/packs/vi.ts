import type { LocalePack } from "../types";

/**
 * Vietnamese, as Vietnamese banks and wallets write it, with and without diacritics (Vietcombank "SD TK ..
 * -150,000VND", MoMo "Bạn vừa nhận 200.000đ").
 */
export const vi: LocalePack = {
  id: "vi",
  name: "Vietnamese",
  scripts: ["Latn"],
  words: {
    debit: [
      "bạn vừa thanh toán",
      "ban vua thanh toan",
      "bạn vừa chuyển",
      "ban vua chuyen",
      "bạn đã chuyển",
      "ban da chuyen",
      "bạn đã thanh toán",
      "ban da thanh toan",
      "rút tiền",
      "rut tien",
      "ghi nợ",
      "ghi no",
      "đã thanh toán",
      "da thanh toan",
      "bị trừ",
      "bi tru",
    ],
    credit: [
      "bạn vừa nhận",
      "ban vua nhan",
      "bạn đã nhận",
      "ban da nhan", "nhận được", "nhan duoc", "ghi có", "ghi co", "hoàn tiền", "hoan tien"],
    balance: ["số dư", "so du"],
    otp: ["mã otp", "ma otp", "mã xác thực", "ma xac thuc", "không chia sẻ", "khong chia se"],
    promo: ["khuyến mãi", "khuyen mai", "đăng ký ngay", "dang ky ngay", "hạn mức vay", "han muc vay", "ưu đãi", "uu dai", "giảm giá", "giam gia"],
    due: ["đến hạn", "den han", "hạn thanh toán", "han thanh toan"],
    failed: ["không thành công", "khong thanh cong", "thất bại", "that bai"],
    declined: ["bị từ chối", "bi tu choi"],
    amount: ["số tiền", "so tien"],
    payer: ["từ", "tu"],
    party: ["tại", "tai", "cho", "thanh toán", "thanh toan"],
    partyBefore: ["trả lương", "tra luong"],
    refund: ["hoàn tiền", "hoan tien"],
    account: ["sd tk", "tài khoản", "tai khoan", "tk"],
  },
  numbers: { decimal: ",", group: [".", ","] },
  dateOrders: ["dmy"],
  currencies: ["VND"],
};
