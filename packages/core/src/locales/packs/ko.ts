import type { LocalePack } from "../types";

/**
 * Korean, as Korean card companies, banks and wallets write it: card approvals on several lines ("[Web발신] ..카드
 * (1234)승인 .. 12,500원 일시불 .. 가맹점"), bank deposits and withdrawals ("입금 300,000 .. 잔액 ..") and wallet
 * transfers ("김OO님에게 50,000원을 보냈어요"). No word spaces inside compounds, so words match anywhere; the
 * longest wins ("승인거절" over "승인", "결제예정금액" over "결제").
 */
export const ko: LocalePack = {
  id: "ko",
  name: "Korean",
  scripts: ["Kore"],
  words: {
    debit: [
      "승인",
      "출금",
      "보냈어요",
      "보냈습니다",
      "결제완료",
      "이체완료",
      "이체 완료",
      "송금완료",
      "송금 완료",
      "결제 완료",
      "지급",
    ],
    credit: ["입금", "받았어요", "받았습니다", "승인취소", "환불"],
    balance: ["잔액", "잔고"],
    otp: ["인증번호", "인증코드", "타인에게 알려주지"],
    // "대출승인 최대 5000만원 당일입금 상담": a loan ad ("승인" alone is a card approval).
    promo: ["이벤트", "혜택", "광고", "무료거부", "대출승인", "당일입금"],
    due: ["결제예정금액", "결제예정", "청구금액", "납부예정", "결제일"],
    future: ["출금예정", "이체예정", "자동이체 예정"],
    held: ["한도"],
    failed: ["실패", "처리되지 않았"],
    declined: ["승인거절", "거절"],
    amount: ["금액"],
    refund: ["승인취소", "환불"],
    partyBefore: ["님에게", "님께"],
    account: ["계좌", "카드"],
  },
  numbers: { decimal: ".", group: [","] },
  dateOrders: ["ymd", "mdy"],
  currencies: ["KRW"],
};
