import type { LocalePack } from "../types";

/** Japanese, as Japanese card and bank notices write it (SMBC "ご利用のお知らせ カード末尾4412 .. 1,280円"); no spaces. */
export const ja: LocalePack = {
  id: "ja",
  name: "Japanese",
  scripts: ["Jpan"],
  words: {
    debit: [
      "ご利用",
      "お支払い",
      "引落",
      "引き落とし",
      "出金",
      "お買い物",
      "送りました",
      "送金しました",
      "カード利用のお知らせ",
      // "ファミリーマートで¥598を支払いました": paid.
      "支払いました",
    ],
    // "様より 50,000円 のお振込がありました": a transfer came in.
    credit: [
      "お振込がありました",
      "お振込みがありました",
      "振込がありました",
      "入金",
      "返金",
      "着金",
      "受け取りました",
      "取消のお知らせ",
      "ご利用取消",
    ],
    balance: ["残高", "ご利用可能額", "利用可能額"],
    otp: ["認証コード", "ワンタイムパスワード", "確認コード"],
    promo: ["キャンペーン", "プレゼント", "特典", "お得"],
    due: ["お支払い金額のご案内", "ご請求金額", "ご請求", "お支払日", "支払期日", "ご請求額"],
    future: ["引き落とし予定", "引落予定", "お引落予定"],
    held: ["利用枠"],
    request: ["請求が届"],
    failed: ["失敗", "できませんでした"],
    declined: ["承認されませんでした", "拒否"],
    amount: ["金額", "ご利用金額"],
    refund: ["返金", "取消のお知らせ", "ご利用取消"],
    party: ["利用先"],
    payer: ["送付者"],
    // "ファミリーマートで¥598を支払いました": the shop glued before "で" and the amount.
    partyBefore: ["さんから", "さんに", "様より", "様から", "で¥", "で￥"],
    account: ["カード末尾", "口座末尾", "口座", "カード"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["ymd", "mdy"],
  currencies: ["JPY"],
};
