import type { LocalePack } from "../types";

/** Thai, as Thai banks write it (KBank, SCB, KTB, Krungsri, ttb, GSB, BAAC); no spaces between words. */
export const th: LocalePack = {
  id: "th",
  name: "Thai",
  scripts: ["Thai"],
  words: {
    debit: [
      "โอนเงินออก", "โอนเงิน", "ถอนเงิน", "ถอนเงินสด", "ใช้จ่าย", "ยอดใช้จ่าย", "ชำระ", "จ่าย", "หักบัญชี",
      "เงินออก",
    ],
    credit: ["เงินเข้า", "รับเงิน", "รับเงินโอน", "โอนเงินเข้า", "ฝากเงิน", "เงินฝากเข้า", "รับโอน"],
    balance: ["คงเหลือ", "ยอดเงินคงเหลือ", "วงเงินคงเหลือ"],
    otp: ["รหัส otp", "รหัสยืนยัน", "รหัสผ่านครั้งเดียว"],
    promo: ["โปรโมชั่น", "ส่วนลด", "รับสิทธิ์", "แคชแบ็ก", "ได้รับรางวัล", "รางวัล", "ยินดีด้วย"],
    due: ["ครบกำหนด", "กำหนดชำระ", "ยอดชำระขั้นต่ำ"],
    future: ["จะตัดบัญชี", "จะหักบัญชี", "จะตัดเงิน", "จะหักเงิน"],
    failed: ["ไม่สำเร็จ"],
    declined: ["ถูกปฏิเสธ"],
    amount: ["จำนวนเงิน", "ยอดเงิน"],
    account: ["บช", "บัญชี"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy"],
  currencies: ["THB"],
};
