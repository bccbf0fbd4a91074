import type { LocalePack } from "../types";

/**
 * Chinese, as Hong Kong and mainland banks write card and account alerts (Traditional and Simplified; no spaces:
 * "閣下尾號1234之信用卡於20/11簽賬港幣1,280.00，商戶：.."). Kanji shared with Japanese ("消費税") are left out.
 */
export const zh: LocalePack = {
  id: "zh",
  name: "Chinese",
  scripts: ["Hani"],
  words: {
    debit: [
      "簽賬",
      "签账",
      "消费",
      "扣款",
      "扣除",
      "已扣除",
      "轉賬至",
      "转账至",
      "提款",
      "付款",
      "支出",
      "转账支出",
      "轉賬支出",
      "刷卡消費",
      "消費nt$",
      "消費新台幣",
      "消費台幣",
    ],
    credit: ["存入", "入賬", "入账", "轉入", "转入", "收到", "收入", "入帳"],
    balance: ["結餘", "结余", "餘額", "余额", "可用額度", "可用额度"],
    otp: ["一次性密碼", "一次性密码", "驗證碼", "验证码", "切勿向任何人透露"],
    promo: ["優惠", "优惠", "獎賞", "奖赏", "推廣", "推广", "待领取", "待領取", "拒收请回复", "退订"],
    due: [
      "應繳總額",
      "应缴总额",
      "到期日",
      "最低還款",
      "最低还款",
      "還款日",
      "还款日",
      "到期還款",
      "應繳金額",
      "应缴金额",
      "最低應繳",
      "繳款截止日",
    ],
    future: ["將會扣除", "将会扣除", "將自動扣除", "将自动扣除"],
    held: ["預授權", "预授权", "信用額度", "信用额度"],
    failed: ["失敗", "失败", "不成功"],
    declined: ["被拒", "拒絕", "拒绝"],
    amount: ["金額", "金额"],
    payer: ["付款人：", "付款人:", "付款人"],
    // "快捷支付支出(美团)": the merchant in brackets after the spend; "向张伟转账支出": the payee after "向" (to).
    party: ["商戶：", "商户：", "商戶:", "商户:", "支出(", "支出（", "向"],
    refund: ["退款"],
    account: ["末四碼", "尾號", "尾号", "賬戶", "账户", "帳戶"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["dmy", "ymd"],
  currencies: ["HKD", "CNY", "TWD"],
};
